import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import type { Context } from "../builder.js";
import { last24hStart } from "../jobs/filters.js";
import { type JobStatusBucket, outcomesOf } from "../jobs/status.js";
import { requireViewer, scopeWhere } from "../tenancy.js";

/**
 * The `status24h` filter of `devices`: devices whose most recent job started in the last 24 hours
 * (running included) falls in one of the given normalised statuses. "Most recent job" relates two
 * rows of the same table, which a Prisma `where` cannot say, so the ids come from one SQL query:
 * per device of the viewer's scope, a LATERAL probe of the jobs(deviceId, startedAt) index,
 * newest first, LIMIT 1 (10k devices = 10k index probes, no scan of the job table). Devices
 * without a job in the window match no status. The ids are computed once per request and shared
 * by the page and its `totalCount`.
 */

const matches = new WeakMap<Context, Map<string, Promise<string[]>>>();

/** Other filters of the same request, applied here too so fewer devices are probed. */
export interface DeviceNarrowing {
  customerId?: string | null;
  serverId?: string | null;
  isOnline?: boolean | null;
}

export function devicesWithStatus24h(
  ctx: Context,
  statuses: JobStatusBucket[],
  narrow: DeviceNarrowing = {},
): Promise<string[]> {
  const outcomes: JobOutcome[] = [...new Set(statuses)].flatMap(outcomesOf);
  const key = JSON.stringify([outcomes.sort(), narrow.customerId, narrow.serverId, narrow.isOnline]);
  let byKey = matches.get(ctx);
  if (!byKey) {
    byKey = new Map();
    matches.set(ctx, byKey);
  }
  let ids = byKey.get(key);
  if (!ids) {
    ids = query(ctx, outcomes, narrow);
    byKey.set(key, ids);
  }
  return ids;
}

async function query(ctx: Context, outcomes: JobOutcome[], narrow: DeviceNarrowing): Promise<string[]> {
  const scope = scopeWhere(requireViewer(ctx));
  const params: unknown[] = [last24hStart(ctx), outcomes];
  const conditions = [`d."revokedAt" IS NULL`];
  const equal = (column: string, value: unknown) => {
    params.push(value);
    conditions.push(`d."${column}" = $${params.length}`);
  };
  // The tenant fragment, then the narrowing: each only removes devices.
  if (scope.mspId !== undefined) equal("mspId", scope.mspId);
  if (scope.customerId !== undefined) equal("customerId", scope.customerId);
  if (narrow.customerId != null) equal("customerId", narrow.customerId);
  if (narrow.serverId != null) equal("serverId", narrow.serverId);
  if (narrow.isOnline != null) equal("isOnline", narrow.isOnline);
  // Ordered exactly like Device.latestJob24h (startedAt desc, id desc), so the two always agree.
  const rows = await ctx.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT d.id FROM "Device" d
       JOIN LATERAL (
         SELECT j.outcome FROM "Job" j
          WHERE j."deviceId" = d.id AND j."startedAt" >= $1
          ORDER BY j."startedAt" DESC, j.id DESC
          LIMIT 1
       ) latest ON true
      WHERE ${conditions.join(" AND ")} AND latest.outcome::text = ANY($2::text[])`,
    ...params,
  );
  return rows.map((r) => r.id);
}
