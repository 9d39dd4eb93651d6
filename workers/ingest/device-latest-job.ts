import type { PrismaClient } from "../../prisma/db.js";
import type { Tx } from "./context.js";

/**
 * Device.latestJob* mirrors the device's most recent job: greatest `startedAt`, then greatest
 * `id` (the order `Device.latestJob24h`, the `status24h` filter and the dashboard read it in).
 *
 * The job upsert keeps it current incrementally (`advanceLatestSql`); everything that changes
 * jobs some other way (retention deletes, links backfilled onto older jobs, tests writing Job rows
 * directly) recomputes it from the Job rows with `refreshDeviceLatestJob`.
 */

/**
 * An `UPDATE "Device"` moving each device of the set `source` (columns `deviceId`, `id`,
 * `startedAt`, `outcome`, `isRunning`; at most one row per device) to that job when it is at least
 * as new as the stored one: a newer job replaces it, the same job progressing (running -> ended)
 * updates its outcome, an older job arriving late changes nothing. The stored job itself always
 * updates (the upsert may move its `startedAt` earlier, to the first time Comet reported).
 */
export function advanceLatestSql(source: string): string {
  return `UPDATE "Device" d SET "latestJobId" = u.id, "latestJobStartedAt" = u."startedAt",
    "latestJobOutcome" = u.outcome, "latestJobIsRunning" = u."isRunning"
  FROM ${source} u
  WHERE d.id = u."deviceId"
    AND (d."latestJobStartedAt" IS NULL OR d."latestJobId" = u.id
      OR (u."startedAt", u.id) >= (d."latestJobStartedAt", d."latestJobId"))`;
}

type Db = Pick<PrismaClient | Tx, "$executeRawUnsafe">;

/**
 * Recomputes the columns from the Job rows: for the given devices, or every device when
 * `deviceIds` is omitted (tests, repairs). A device without jobs is cleared. One statement;
 * one index probe of Job(deviceId, startedAt) per device.
 */
export function refreshDeviceLatestJob(db: Db, deviceIds?: readonly string[]): Promise<number> {
  if (deviceIds?.length === 0) return Promise.resolve(0);
  const which = deviceIds ? `AND d.id = ANY($1::text[])` : "";
  const sql = `UPDATE "Device" d SET "latestJobId" = l.id, "latestJobStartedAt" = l."startedAt",
      "latestJobOutcome" = l.outcome, "latestJobIsRunning" = coalesce(l."isRunning", false)
    FROM "Device" d2 LEFT JOIN LATERAL (
      SELECT j.id, j."startedAt", j.outcome, j."isRunning" FROM "Job" j
      WHERE j."deviceId" = d2.id ORDER BY j."startedAt" DESC, j.id DESC LIMIT 1
    ) l ON true
    WHERE d2.id = d.id ${which}
      AND (d."latestJobId" IS DISTINCT FROM l.id OR d."latestJobStartedAt" IS DISTINCT FROM l."startedAt"
        OR d."latestJobOutcome" IS DISTINCT FROM l.outcome
        OR d."latestJobIsRunning" IS DISTINCT FROM coalesce(l."isRunning", false))`;
  return deviceIds ? db.$executeRawUnsafe(sql, [...deviceIds]) : db.$executeRawUnsafe(sql);
}
