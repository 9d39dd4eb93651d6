import type { PrismaClient } from "../../prisma/db.js";
import type { LiveEventMessage, LiveTopic } from "./pubsub.js";

/**
 * Reads of the `LiveEvent` outbox for resumable streams (resume.ts): a page after a cursor, a
 * count in a closed range, the highest committed sequence. Identical questions asked at once
 * share one query, because subscriptions connect and heartbeat in herds.
 */

export const replayPageSize = 500;

/** Whose rows a stream reads: one MSP, one topic prefix, optionally one customer. */
export interface OutboxScope {
  prisma: PrismaClient;
  mspId: string;
  topicPrefix: string;
  customerId: string | null;
}

type OutboxRow = {
  sequence: bigint;
  mspId: string;
  customerId: string | null;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

const scopeSql = `"mspId" = $1 AND starts_with("topic", $2) AND ($3::text IS NULL OR "customerId" = $3::text)`;

export async function readOutbox(o: OutboxScope, after: bigint, upTo: bigint | null): Promise<LiveEventMessage[]> {
  const rows = await o.prisma.$queryRawUnsafe<OutboxRow[]>(
    `SELECT "sequence", "mspId", "customerId", "topic", "payload", "createdAt" FROM "LiveEvent"
     WHERE ${scopeSql} AND "sequence" > $4::bigint AND ($5::bigint IS NULL OR "sequence" <= $5::bigint)
     ORDER BY "sequence" LIMIT ${replayPageSize}`,
    o.mspId,
    o.topicPrefix,
    o.customerId,
    after.toString(),
    upTo === null ? null : upTo.toString(),
  );
  return rows.map((r) => ({
    sequence: String(r.sequence),
    mspId: r.mspId,
    customerId: r.customerId,
    topic: r.topic as LiveTopic,
    payload: r.payload,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

const pendingCounts = new WeakMap<PrismaClient, Map<string, Promise<number>>>();

/**
 * In-scope outbox rows in (after, upTo]. Every row up to `upTo` is committed (see `maxSequence`),
 * so the answer is fixed, and streams asking the same question at the same time share one query:
 * subscriptions that connected together send their heartbeats together, with the same bounds,
 * and an MSP's hundred dashboards would otherwise run a hundred identical counts.
 */
export function countOutbox(o: OutboxScope, after: bigint, upTo: bigint): Promise<number> {
  let pending = pendingCounts.get(o.prisma);
  if (!pending) {
    pending = new Map();
    pendingCounts.set(o.prisma, pending);
  }
  const key = JSON.stringify([o.mspId, o.topicPrefix, o.customerId, after.toString(), upTo.toString()]);
  let count = pending.get(key);
  if (!count) {
    const shared = pending;
    count = o.prisma
      .$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "LiveEvent" WHERE ${scopeSql} AND "sequence" > $4::bigint AND "sequence" <= $5::bigint`,
        o.mspId,
        o.topicPrefix,
        o.customerId,
        after.toString(),
        upTo.toString(),
      )
      .then((rows) => rows[0]?.n ?? 0)
      .finally(() => shared.delete(key));
    pending.set(key, count);
  }
  return count;
}

const pendingMax = new WeakMap<PrismaClient, Promise<bigint>>();

/**
 * Highest committed sequence. Writers commit in sequence order, so nothing at or below it can
 * still appear. Subscriptions asking at the same time share one query (thousands connect at once
 * after a restart): any committed maximum is a valid bound, because the heartbeat's outbox read
 * delivers whatever arrived between it and the subscription's own start.
 */
export function maxSequence(prisma: PrismaClient): Promise<bigint> {
  let pending = pendingMax.get(prisma);
  if (!pending) {
    pending = prisma
      .$queryRawUnsafe<{ max: string }[]>(`SELECT coalesce(max("sequence"), 0)::text AS max FROM "LiveEvent"`)
      .then((rows) => BigInt(rows[0]?.max ?? "0"))
      .finally(() => pendingMax.delete(prisma));
    pendingMax.set(prisma, pending);
  }
  return pending;
}
