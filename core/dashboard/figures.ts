import { type EngineCategory, engineCategory, engineCategoryLabel } from "../../comet/client/engine-category.js";
import type { PrismaClient } from "../../prisma/db.js";
import { Prisma } from "../../prisma/generated/prisma/client.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { type Slice, sliceSql } from "./slice.js";
import { windowOutcomesSql } from "./window.js";

/**
 * The dashboard's aggregates, one SQL round trip each. Every one is bounded either by the
 * viewer's slice on an index prefix (devices, items, vaults: whole-fleet totals by nature) or by
 * the 24-hour window (jobs) or 30 rollup days (series).
 */

export interface DeviceFigures {
  total: number;
  online: number;
  /** Online at some point today (UTC): today's point of the 30-day series, as the rollup job counts it. */
  onlineToday: number;
  storageBytes: bigint;
}

/** Devices (not revoked) and the storage used by the slice's vaults, in one statement. */
export async function deviceFigures(prisma: PrismaClient, slice: Slice, today: Date): Promise<DeviceFigures> {
  const [row] = await prisma.$queryRaw<{ total: number; online: number; onlineToday: number; bytes: string }[]>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE d."isOnline")::int AS online,
      count(*) FILTER (WHERE d."isOnline" OR d."lastSeenAt" >= ${today.toISOString()}::timestamptz
        OR d."connectedAt" >= ${today.toISOString()}::timestamptz)::int AS "onlineToday",
      (SELECT coalesce(sum(v."usedBytes"), 0)::text FROM "StorageVault" v WHERE ${sliceSql(slice, "v")}) AS bytes
    FROM "Device" d
    WHERE ${sliceSql(slice, "d")} AND d."revokedAt" IS NULL`;
  return {
    total: row?.total ?? 0,
    online: row?.online ?? 0,
    onlineToday: row?.onlineToday ?? 0,
    storageBytes: BigInt(row?.bytes ?? "0"),
  };
}

export interface CategoryCount {
  category: EngineCategory;
  label: string;
  count: number;
}

/** Protected items per engine category, largest first (engines Partner Hub does not know add up in OTHER). */
export async function itemsByCategory(prisma: PrismaClient, slice: Slice): Promise<CategoryCount[]> {
  const rows = await prisma.$queryRaw<{ engine: string; n: number }[]>`
    SELECT p.engine, count(*)::int AS n FROM "ProtectedItem" p WHERE ${sliceSql(slice, "p")} GROUP BY p.engine`;
  const counts = new Map<EngineCategory, number>();
  for (const r of rows) counts.set(engineCategory(r.engine), (counts.get(engineCategory(r.engine)) ?? 0) + r.n);
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([category, count]) => ({ category, label: engineCategoryLabel(category), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export interface JobWindowFigures {
  /** Jobs of the window per outcome. */
  jobs: Map<JobOutcome, number>;
  /** Devices (not revoked) per outcome of their most recent job in the window. */
  latestPerDevice: Map<JobOutcome, number>;
}

/**
 * Both 24-hour breakdowns in one statement: the window's jobs counted per outcome (index-only
 * range scans, see window.ts), and the devices per outcome of their latest job read from the columns
 * Device.latestJob* (kept by the ingest; workers/ingest/device-latest-job.ts). A device's latest
 * job is "in the window" when it started in it or is still running, as in `windowJobsSql`.
 */
export async function jobWindowFigures(prisma: PrismaClient, slice: Slice, since: Date): Promise<JobWindowFigures> {
  const rows = await prisma.$queryRaw<{ kind: "job" | "device"; outcome: JobOutcome; n: number }[]>`
    SELECT 'job' AS kind, w.outcome::text AS outcome, count(*)::int AS n
    FROM (${windowOutcomesSql(slice, since)}) w GROUP BY w.outcome
    UNION ALL
    SELECT 'device', d."latestJobOutcome"::text, count(*)::int
    FROM "Device" d
    WHERE ${sliceSql(slice, "d")} AND d."revokedAt" IS NULL AND d."latestJobOutcome" IS NOT NULL
      AND (d."latestJobStartedAt" >= ${since.toISOString()}::timestamptz OR d."latestJobIsRunning")
    GROUP BY d."latestJobOutcome"`;
  const out: JobWindowFigures = { jobs: new Map(), latestPerDevice: new Map() };
  for (const r of rows) (r.kind === "job" ? out.jobs : out.latestPerDevice).set(r.outcome, r.n);
  return out;
}

export interface SeriesPoint {
  day: Date;
  devicesRegistered: number;
  devicesOnline: number;
  storageBytes: bigint;
}

const dayMs = 86_400_000;

/**
 * The 30 days ending today (UTC), oldest first, from the daily rollups: the MSP's rows for an
 * MSP-wide view (summed over MSPs for the platform operator), the customer's rows for a customer
 * view. A day without a row (the rollup job did not run) carries the previous day's figures, so a
 * worker outage does not look like the fleet vanished; days before the first row are zero. Today
 * is always the live figure (`today`), never a partial rollup.
 */
export async function series30d(
  prisma: PrismaClient,
  slice: Slice,
  todayStart: Date,
  today: Promise<Omit<SeriesPoint, "day">>,
): Promise<SeriesPoint[]> {
  const first = new Date(todayStart.getTime() - 29 * dayMs);
  const conditions = [
    slice.customerId !== null
      ? Prisma.sql`r.scope = 'CUSTOMER'::"RollupScope" AND r."scopeId" = ${slice.customerId}`
      : Prisma.sql`r.scope = 'MSP'::"RollupScope"`,
  ];
  if (slice.mspId !== null) conditions.push(Prisma.sql`r."mspId" = ${slice.mspId}`);
  // The live figures for today are read at the same time, not after the rollups.
  const [rows, live] = await Promise.all([
    slice.empty
      ? []
      : prisma.$queryRaw<{ day: Date; registered: number; online: number; bytes: string }[]>`
    SELECT r.day, sum(r."devicesRegistered")::int AS registered, sum(r."devicesOnline")::int AS online,
      sum(r."storageBytes")::text AS bytes
    FROM "DailyRollup" r
    WHERE ${Prisma.join(conditions, " AND ")}
      AND r.day >= ${first.toISOString().slice(0, 10)}::date AND r.day < ${todayStart.toISOString().slice(0, 10)}::date
    GROUP BY r.day`,
    today,
  ]);
  const byDay = new Map(rows.map((r) => [new Date(r.day).toISOString().slice(0, 10), r]));
  const points: SeriesPoint[] = [];
  let carried: Omit<SeriesPoint, "day"> = { devicesRegistered: 0, devicesOnline: 0, storageBytes: 0n };
  for (let i = 0; i < 29; i++) {
    const day = new Date(first.getTime() + i * dayMs);
    const row = byDay.get(day.toISOString().slice(0, 10));
    if (row) {
      carried = { devicesRegistered: row.registered, devicesOnline: row.online, storageBytes: BigInt(row.bytes) };
    }
    points.push({ day, ...carried });
  }
  points.push({ day: todayStart, ...live });
  return points;
}
