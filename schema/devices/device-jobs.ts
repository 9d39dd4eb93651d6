import DataLoader from "dataloader";
import { newestJobFirst } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Job } from "../../prisma/generated/prisma/client.js";
import { builder, type Context, type ViewerContext } from "../builder.js";
import { DeviceRef } from "./device.js";

/**
 * `Device.jobs`: a device's job history, newest first. Not a plugin-prisma `relatedConnection`:
 * Prisma pages nested relations in memory (it reads every job of the device, a year of them, to
 * return the first 20), so each page is its own LIMITed query on the jobs(deviceId, startedAt)
 * index. First pages of a whole device list are batched: one SQL query takes the newest N ids per
 * device (LATERAL ... LIMIT N) and one `findMany` loads them with the requested selection; counts
 * are one grouped query. Later pages (`after`) belong to one device and run alone.
 */

type JobPageQuery = { take: number; skip?: number; cursor?: { id: string }; include?: object; select?: object };

const pageLoaders = new WeakMap<Context, Map<string, DataLoader<string, Job[]>>>();
const countLoaders = new WeakMap<Context, DataLoader<string, number>>();

function deviceJobs(ctx: ViewerContext, query: JobPageQuery, deviceId: string): Promise<Job[]> {
  const where = { deviceId, ...scopeWhere(ctx.viewer) };
  if (query.cursor || query.take <= 0) {
    return ctx.prisma.job.findMany({ ...query, where, orderBy: newestJobFirst }) as Promise<Job[]>;
  }
  const key = JSON.stringify(query);
  let byQuery = pageLoaders.get(ctx);
  if (!byQuery) {
    byQuery = new Map();
    pageLoaders.set(ctx, byQuery);
  }
  let loader = byQuery.get(key);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => firstPages(ctx, query, ids));
    byQuery.set(key, loader);
  }
  return loader.load(deviceId);
}

async function firstPages(ctx: ViewerContext, query: JobPageQuery, deviceIds: readonly string[]): Promise<Job[][]> {
  const { take, skip: _skip, cursor: _cursor, ...selection } = query;
  // Ordered like `newestJobFirst`, per device.
  const newest = await ctx.prisma.$queryRawUnsafe<{ deviceId: string; jobId: string }[]>(
    `SELECT d.id AS "deviceId", page.id AS "jobId"
       FROM unnest($1::text[]) AS d(id)
       JOIN LATERAL (
         SELECT j.id, j."startedAt" FROM "Job" j
          WHERE j."deviceId" = d.id
          ORDER BY j."startedAt" DESC, j.id DESC
          LIMIT $2
       ) page ON true
      ORDER BY d.id, page."startedAt" DESC, page.id DESC`,
    [...deviceIds],
    take,
  );
  if (newest.length === 0) return deviceIds.map(() => []);
  const jobs = (await ctx.prisma.job.findMany({
    ...selection,
    where: { id: { in: newest.map((r) => r.jobId) }, ...scopeWhere(ctx.viewer) },
  })) as Job[];
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const byDevice = new Map<string, Job[]>();
  for (const { deviceId, jobId } of newest) {
    const job = byId.get(jobId);
    if (!job) continue;
    byDevice.set(deviceId, [...(byDevice.get(deviceId) ?? []), job]);
  }
  return deviceIds.map((id) => byDevice.get(id) ?? []);
}

function jobCount(ctx: ViewerContext, deviceId: string): Promise<number> {
  let loader = countLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const groups = await ctx.prisma.job.groupBy({
        by: ["deviceId"],
        where: { deviceId: { in: [...ids] }, ...scopeWhere(ctx.viewer) },
        _count: { _all: true },
      });
      const counts = new Map(groups.map((g) => [g.deviceId, g._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    countLoaders.set(ctx, loader);
  }
  return loader.load(deviceId);
}

builder.prismaObjectFields(DeviceRef, (t) => ({
  jobs: t.withAuth({ viewer: true }).prismaConnection(
    {
      type: "Job",
      cursor: "id",
      description: "The device's jobs, newest first (by start time).",
      extensions: { forwardPagination: true },
      totalCount: (device, _args, ctx) => jobCount(ctx, device.id),
      resolve: (query, device, _args, ctx) => deviceJobs(ctx, query as JobPageQuery, device.id),
    },
    { description: "A page of a device's jobs." },
    { description: "A job in a page of a device's jobs." },
  ),
}));
