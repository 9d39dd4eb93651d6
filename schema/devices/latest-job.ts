import DataLoader from "dataloader";
import { last24hStart } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Job } from "../../prisma/generated/prisma/client.js";
import type { Context, ViewerContext } from "../builder.js";

/**
 * `Device.latestJob24h` for a whole page of devices in two round trips: the devices' denormalised
 * latest job (`Device.latestJobId`, kept by the ingest) when it started in the window or still
 * runs, exactly the condition of the `status24h` filter; then one `findMany` loads those jobs with
 * the selection the GraphQL query asked for. It is not a plugin-prisma relation select because the
 * device's `jobs` relation is also selected (with other arguments) by `Device.jobs` and the
 * dashboard's timeline, and plugin-prisma would then load one of them per device.
 */

type JobQuery = { include?: object; select?: object };
const loaders = new WeakMap<Context, Map<string, DataLoader<string, Job | null>>>();

export function latestJob24h(ctx: ViewerContext, query: JobQuery, deviceId: string): Promise<Job | null> {
  // One loader per selection: every device of a page asks with the same one.
  const key = JSON.stringify(query);
  let byQuery = loaders.get(ctx);
  if (!byQuery) {
    byQuery = new Map();
    loaders.set(ctx, byQuery);
  }
  let loader = byQuery.get(key);
  if (!loader) {
    loader = new DataLoader((deviceIds: readonly string[]) => load(ctx, query, deviceIds));
    byQuery.set(key, loader);
  }
  return loader.load(deviceId);
}

async function load(ctx: ViewerContext, query: JobQuery, deviceIds: readonly string[]): Promise<(Job | null)[]> {
  const scope = scopeWhere(ctx.viewer);
  const latest = await ctx.prisma.device.findMany({
    where: {
      id: { in: [...deviceIds] },
      ...scope,
      latestJobId: { not: null },
      OR: [{ latestJobStartedAt: { gte: last24hStart(ctx) } }, { latestJobIsRunning: true }],
    },
    select: { id: true, latestJobId: true },
  });
  if (latest.length === 0) return deviceIds.map(() => null);
  const jobs = (await ctx.prisma.job.findMany({
    ...query,
    where: { id: { in: latest.map((r) => r.latestJobId!) }, ...scope },
  })) as Job[];
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const byDevice = new Map(latest.map((r) => [r.id, byId.get(r.latestJobId!) ?? null]));
  return deviceIds.map((id) => byDevice.get(id) ?? null);
}
