import type { PrismaClient } from "../../prisma/db.js";
import type { LiveChannel, LiveEventMessage, LiveTopic } from "../pubsub.js";

/**
 * One subscriber's stream of its MSP's live messages, resumable from an outbox cursor.
 *
 * Order of operations is what makes it gap- and duplicate-free: subscribe to the pub/sub FIRST,
 * drain it into a local queue, THEN replay the `LiveEvent` outbox after the cursor, and finally
 * emit the queued live messages whose sequence is above the last replayed one. Outbox writers
 * commit in sequence order (see `writeLiveEvents`), so every row with a sequence at or below the
 * last replayed one was already visible to the replay, and every row above it was published after
 * we subscribed.
 *
 * Heartbeats carry a cursor that is safe to resume from even though live messages can arrive late
 * or out of order (two workers publish after their own commits; a worker may die in between):
 * at each heartbeat the stream takes the highest committed sequence, checks with one count that
 * every in-scope outbox row up to it was handled, reads and emits the missing ones when not, and
 * only then moves the cursor there.
 */

export const replayPageSize = 500;
/**
 * Live messages held while replaying (or while the client reads slowly). Past this the queue is
 * dropped and the missing messages are re-read from the outbox, so memory stays bounded and the
 * stream still has no gap.
 */
export const maxQueued = 2048;

/**
 * Sent every `heartbeatMs` between events: `sequence` is a cursor that is safe to resume from,
 * i.e. every message of this stream at or below it has already been delivered (or filtered out).
 */
export interface LiveHeartbeat {
  topic: "heartbeat";
  sequence: string;
  createdAt: string;
}
export type LiveItem = LiveEventMessage | LiveHeartbeat;

export interface LiveStreamOptions {
  prisma: PrismaClient;
  channel: LiveChannel;
  mspId: string;
  /** Only topics starting with this, e.g. `job.`. */
  topicPrefix: string;
  /** Outbox cursor to resume after; live only when null. */
  after: bigint | null;
  /** Narrows the outbox read to one customer (the viewer's or the filter's). */
  customerId: string | null;
  /** The per-event check against the viewer and the filters; applied to replayed and live messages alike. */
  accept(message: LiveEventMessage): boolean;
  /** Interval of heartbeats; none when 0 or absent. */
  heartbeatMs?: number;
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

async function readOutbox(o: LiveStreamOptions, after: bigint, upTo: bigint | null): Promise<LiveEventMessage[]> {
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

async function countOutbox(o: LiveStreamOptions, after: bigint, upTo: bigint): Promise<number> {
  const rows = await o.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "LiveEvent" WHERE ${scopeSql} AND "sequence" > $4::bigint AND "sequence" <= $5::bigint`,
    o.mspId,
    o.topicPrefix,
    o.customerId,
    after.toString(),
    upTo.toString(),
  );
  return rows[0]?.n ?? 0;
}

const pendingMax = new WeakMap<PrismaClient, Promise<bigint>>();

/**
 * Highest committed sequence. Writers commit in sequence order, so nothing at or below it can
 * still appear. Subscriptions asking at the same time share one query (thousands connect at once
 * after a restart): any committed maximum is a valid bound, because the heartbeat's outbox read
 * delivers whatever arrived between it and the subscription's own start.
 */
function maxSequence(prisma: PrismaClient): Promise<bigint> {
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

/**
 * The stream as an iterator whose `return()` takes effect at once: an async generator waiting for
 * the next message would queue a closing client's `return()` until a message arrives, keeping the
 * pub/sub listener (and heartbeat timer) of a dead subscription alive.
 */
export function liveStream(o: LiveStreamOptions): AsyncIterableIterator<LiveItem> {
  const waiter: Waiter = { wake: null, closed: false };
  const items = streamItems(o, waiter);
  return {
    next: () => items.next(),
    return(value?: unknown) {
      waiter.closed = true;
      waiter.wake?.();
      return items.return(value as undefined);
    },
    throw: (error?: unknown) => items.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

type Waiter = { wake: (() => void) | null; closed: boolean };

async function* streamItems(o: LiveStreamOptions, waiter: Waiter): AsyncGenerator<LiveItem, undefined> {
  const source = o.channel.subscribe("live", o.mspId);
  const queue: LiveEventMessage[] = [];
  let overflowed = false;
  let ended = false;
  let heartbeatDue = false;
  // Started synchronously: the listener is attached before the first outbox read below.
  const pump = (async () => {
    for await (const m of source) {
      if (!m.topic.startsWith(o.topicPrefix)) continue;
      if (queue.length >= maxQueued) {
        overflowed = true;
        queue.length = 0;
      }
      queue.push(m);
      waiter.wake?.();
    }
  })().finally(() => {
    ended = true;
    waiter.wake?.();
  });
  const timer = o.heartbeatMs
    ? setInterval(() => {
        heartbeatDue = true;
        waiter.wake?.();
      }, o.heartbeatMs)
    : undefined;

  /** Messages the outbox read of this stream would return (what `handled` and the counts are about). */
  const inScope = (m: LiveEventMessage) =>
    m.mspId === o.mspId && (o.customerId === null || m.customerId === o.customerId);
  /** Highest sequence covered by an outbox read: live copies at or below it are duplicates. */
  let replayedUpTo = o.after ?? -1n;
  /** Highest sequence emitted; where a re-read starts after an overflow (without heartbeats). */
  let emittedUpTo = o.after;
  /**
   * With heartbeats: every in-scope message at or below it was handled (emitted or filtered out),
   * so it is safe to resume from. Live messages can arrive out of order (two workers publishing
   * after their commits), so it only moves forward by outbox reads, never by a live message.
   */
  let safeUpTo: bigint | null = o.after;
  /** In-scope sequences above `safeUpTo` already handled from the live channel. */
  const handled = new Set<bigint>();

  function advance(to: bigint) {
    if (to > replayedUpTo) replayedUpTo = to;
    if (emittedUpTo === null || to > emittedUpTo) emittedUpTo = to;
    if (safeUpTo !== null && to > safeUpTo) {
      safeUpTo = to;
      for (const s of handled) if (s <= to) handled.delete(s);
    }
  }

  /** Reads the outbox after `from` (up to `upTo`), emitting what was not handled yet; returns the last sequence read. */
  async function* catchUp(from: bigint, upTo: bigint | null): AsyncGenerator<LiveEventMessage, bigint> {
    for (;;) {
      const page = await readOutbox(o, from, upTo);
      for (const m of page) {
        from = BigInt(m.sequence);
        if (handled.has(from)) continue;
        if (o.accept(m)) yield m;
      }
      if (page.length < replayPageSize) return upTo ?? from;
    }
  }

  try {
    // Live only: the resume point starts at what is committed now (later commits get higher sequences).
    if (timer && safeUpTo === null) safeUpTo = await maxSequence(o.prisma);
    let replayFrom: bigint | null = o.after;
    for (;;) {
      if (overflowed) {
        // The pump dropped messages: fetch them (and what is queued after them) from the outbox.
        overflowed = false;
        queue.length = 0;
        replayFrom = safeUpTo ?? emittedUpTo;
      }
      if (replayFrom !== null) {
        const from = replayFrom;
        replayFrom = null;
        advance(yield* catchUp(from, null));
        continue;
      }
      if (heartbeatDue && safeUpTo !== null) {
        heartbeatDue = false;
        const upTo = await maxSequence(o.prisma);
        if (upTo > safeUpTo) {
          // Usually everything in between arrived live; read the rows only when the counts disagree.
          let seen = 0;
          for (const s of handled) if (s <= upTo) seen += 1;
          if ((await countOutbox(o, safeUpTo, upTo)) !== seen) yield* catchUp(safeUpTo, upTo);
          advance(upTo);
        }
        yield { topic: "heartbeat", sequence: safeUpTo.toString(), createdAt: new Date().toISOString() };
        continue;
      }
      const m = queue.shift();
      if (m) {
        const sequence = BigInt(m.sequence);
        if (sequence <= replayedUpTo || handled.has(sequence)) continue;
        if (safeUpTo !== null && sequence > safeUpTo && inScope(m)) handled.add(sequence);
        if (emittedUpTo === null || sequence > emittedUpTo) emittedUpTo = sequence;
        if (o.accept(m)) yield m;
        continue;
      }
      if (ended || waiter.closed) return;
      await new Promise<void>((resolve) => {
        waiter.wake = resolve;
      });
      waiter.wake = null;
      if (waiter.closed) return;
    }
  } finally {
    if (timer) clearInterval(timer);
    // Closing the socket ends this generator: release the pub/sub listener.
    await source.return();
    await pump.catch(() => {});
  }
}
