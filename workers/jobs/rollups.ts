import { z } from "zod";
import { type EngineCategory, engineCategory } from "../../comet/client/engine-category.js";
import { type Column, unnestFrom } from "../ingest/context.js";
import type { JobContext, WorkerJob } from "./job.js";

/**
 * Per-day usage figures per MSP, customer and account for the 30-day dashboard series. The day is
 * recomputed from the mirror as it is now (idempotent upsert), so running it again later in the day
 * refines the row; past days keep what was computed while they were current. A past day can also be
 * computed later (the demo backfills a month): registrations, the day's jobs (a device that ran one
 * was online) and the uploads since then stand in for what the mirror no longer shows. Accounts
 * flagged missing are left out: Comet no longer has them.
 */
export const RollupsPayloadModel = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "day must be YYYY-MM-DD")
    .optional(),
});
export type RollupsPayload = z.output<typeof RollupsPayloadModel>;

interface Figures {
  devicesRegistered: number;
  devicesOnline: number;
  storageBytes: bigint;
  items: Partial<Record<EngineCategory, number>>;
}

interface RollupRow extends Figures {
  scope: "MSP" | "CUSTOMER" | "ACCOUNT";
  scopeId: string;
  mspId: string;
  customerId: string | null;
}

const zero = (): Figures => ({ devicesRegistered: 0, devicesOnline: 0, storageBytes: 0n, items: {} });

function add(into: Figures, from: Figures): void {
  into.devicesRegistered += from.devicesRegistered;
  into.devicesOnline += from.devicesOnline;
  into.storageBytes += from.storageBytes;
  for (const [k, v] of Object.entries(from.items)) {
    into.items[k as EngineCategory] = (into.items[k as EngineCategory] ?? 0) + v;
  }
}

/** Figures per account for the day [start, end). */
async function accountFigures(ctx: JobContext, start: Date, end: Date): Promise<Map<string, Figures>> {
  const q = ctx.db.prisma;
  const [devices, vaults, items] = await Promise.all([
    q.$queryRawUnsafe<{ accountId: string; registered: number; online: number }[]>(
      `WITH w AS (SELECT $1::timestamptz AS s, $2::timestamptz AS e)
       SELECT "accountId",
         count(*)::int AS registered,
         count(*) FILTER (WHERE ("isOnline" AND ("connectedAt" IS NULL OR "connectedAt" < w.e))
           OR ("lastSeenAt" >= w.s AND "lastSeenAt" < w.e) OR ("connectedAt" >= w.s AND "connectedAt" < w.e)
           OR EXISTS (SELECT 1 FROM "Job" j WHERE j."deviceId" = d.id AND j."startedAt" >= w.s AND j."startedAt" < w.e
             AND j.outcome <> 'MISSED'))::int AS online
       FROM "Device" d, w
       WHERE ("registeredAt" IS NULL OR "registeredAt" < w.e) AND ("revokedAt" IS NULL OR "revokedAt" >= w.e)
       GROUP BY "accountId"`,
      start.toISOString(),
      end.toISOString(),
    ),
    // Comet reports only the vaults' current size; a past day's is that minus what backups uploaded
    // since the day ended (retention pruning is not reported per job, so it is left out). Summed per
    // account, so the (accountId, startedAt) index bounds the scan; today's is empty.
    q.$queryRawUnsafe<{ accountId: string; bytes: string }[]>(
      `SELECT v."accountId", GREATEST(0, sum(v."usedBytes") - COALESCE((SELECT sum(j."uploadBytes") FROM "Job" j
         WHERE j."accountId" = v."accountId" AND j."startedAt" >= $1::timestamptz AND j.classification = 'BACKUP'), 0))::text AS bytes
       FROM "StorageVault" v GROUP BY v."accountId"`,
      end.toISOString(),
    ),
    q.$queryRawUnsafe<{ accountId: string; engine: string; n: number }[]>(
      `SELECT "accountId", engine, count(*)::int AS n FROM "ProtectedItem" GROUP BY "accountId", engine`,
    ),
  ]);
  const out = new Map<string, Figures>();
  const of = (id: string) => out.get(id) ?? out.set(id, zero()).get(id)!;
  for (const d of devices) Object.assign(of(d.accountId), { devicesRegistered: d.registered, devicesOnline: d.online });
  for (const v of vaults) of(v.accountId).storageBytes = BigInt(v.bytes);
  for (const i of items) add(of(i.accountId), { ...zero(), items: { [engineCategory(i.engine)]: i.n } });
  return out;
}

async function rollupRows(ctx: JobContext, start: Date, end: Date): Promise<RollupRow[]> {
  const q = ctx.db.prisma;
  const [msps, customers, accounts, figures] = await Promise.all([
    q.msp.findMany({ select: { id: true } }),
    q.customer.findMany({ select: { id: true, mspId: true } }),
    q.cometAccount.findMany({ where: { missingSince: null }, select: { id: true, mspId: true, customerId: true } }),
    accountFigures(ctx, start, end),
  ]);
  // Every tenant gets a row, zeros included, so a 30-day series has no holes.
  const mspRows = new Map(
    msps.map((m) => [m.id, { scope: "MSP", scopeId: m.id, mspId: m.id, customerId: null, ...zero() } as RollupRow]),
  );
  const customerRows = new Map(
    customers.map((c) => [
      c.id,
      { scope: "CUSTOMER", scopeId: c.id, mspId: c.mspId, customerId: c.id, ...zero() } as RollupRow,
    ]),
  );
  const accountRows: RollupRow[] = [];
  for (const a of accounts) {
    const f = figures.get(a.id) ?? zero();
    accountRows.push({ scope: "ACCOUNT", scopeId: a.id, mspId: a.mspId, customerId: a.customerId, ...f });
    const m = mspRows.get(a.mspId);
    if (m) add(m, f);
    const c = a.customerId ? customerRows.get(a.customerId) : undefined;
    if (c) add(c, f);
  }
  return [...mspRows.values(), ...customerRows.values(), ...accountRows];
}

const columns: readonly Column<RollupRow>[] = [
  ["scope", "text", (r) => r.scope],
  ["scope_id", "text", (r) => r.scopeId],
  ["msp", "text", (r) => r.mspId],
  ["cust", "text", (r) => r.customerId],
  ["registered", "int", (r) => r.devicesRegistered],
  ["online", "int", (r) => r.devicesOnline],
  ["bytes", "bigint", (r) => r.storageBytes.toString()],
  ["items", "jsonb", (r) => r.items],
];

export const rollups: WorkerJob<RollupsPayload> = {
  name: "rollups",
  payload: RollupsPayloadModel,
  async run(ctx, payload) {
    const day = payload.day ?? new Date().toISOString().slice(0, 10);
    const start = new Date(`${day}T00:00:00.000Z`);
    const end = new Date(start.getTime() + 86_400_000);
    const rows = await rollupRows(ctx, start, end);
    if (rows.length > 0) {
      const { sql, params } = unnestFrom(columns, rows, 2);
      await ctx.db.prisma.$executeRawUnsafe(
        `INSERT INTO "DailyRollup" (day, scope, "scopeId", "mspId", "customerId", "devicesRegistered", "devicesOnline",
           "storageBytes", "itemsByCategory", "updatedAt")
         SELECT $1::date, i.scope::"RollupScope", i.scope_id, i.msp, i.cust, i.registered, i.online, i.bytes, i.items, now()
         FROM ${sql}
         ON CONFLICT (scope, "scopeId", day) DO UPDATE SET "mspId" = EXCLUDED."mspId",
           "customerId" = EXCLUDED."customerId", "devicesRegistered" = EXCLUDED."devicesRegistered",
           "devicesOnline" = EXCLUDED."devicesOnline", "storageBytes" = EXCLUDED."storageBytes",
           "itemsByCategory" = EXCLUDED."itemsByCategory", "updatedAt" = now()`,
        day,
        ...params,
      );
    }
    const count = (s: RollupRow["scope"]) => rows.filter((r) => r.scope === s).length;
    const result = { day, msps: count("MSP"), customers: count("CUSTOMER"), accounts: count("ACCOUNT") };
    ctx.print(`rollups for ${day}: ${result.msps} MSPs, ${result.customers} customers, ${result.accounts} accounts`);
    return result;
  },
};
