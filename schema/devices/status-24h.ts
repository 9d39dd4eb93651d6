import { last24hStart } from "../../core/jobs/filters.js";
import type { Prisma } from "../../prisma/db.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import type { Context } from "../builder.js";
import { type JobStatusBucket, outcomesOf } from "../jobs/status.js";

/**
 * The `status24h` filter of `devices`: devices whose most recent job started in the last 24 hours
 * or is still running, with an outcome in one of the given normalised statuses. The most recent
 * job is denormalised onto Device (`latestJob*`, kept by the ingest), so this is a plain `where`
 * on the device row that the page and its `totalCount` share, read exactly like
 * `Device.latestJob24h` and the dashboard's `deviceStatus24h`. Devices without a job in the window
 * match no status.
 */
export function status24hWhere(ctx: Context, statuses: JobStatusBucket[]): Prisma.DeviceWhereInput {
  const outcomes: JobOutcome[] = [...new Set(statuses)].flatMap(outcomesOf);
  return {
    latestJobOutcome: { in: outcomes },
    OR: [{ latestJobStartedAt: { gte: last24hStart(ctx) } }, { latestJobIsRunning: true }],
  };
}
