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
 */

export const replayPageSize = 500;
/**
 * Live messages held while replaying (or while the client reads slowly). Past this the queue is
 * dropped and the missing messages are re-read from the outbox, so memory stays bounded and the
 * stream still has no gap.
 */
export const maxQueued = 2048;

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
}

type OutboxRow = {
  sequence: bigint;
  mspId: string;
  customerId: string | null;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

async function readOutbox(o: LiveStreamOptions, after: bigint): Promise<LiveEventMessage[]> {
  const rows = await o.prisma.$queryRawUnsafe<OutboxRow[]>(
    `SELECT "sequence", "mspId", "customerId", "topic", "payload", "createdAt" FROM "LiveEvent"
     WHERE "mspId" = $1 AND "sequence" > $2::bigint AND starts_with("topic", $3)
       AND ($4::text IS NULL OR "customerId" = $4::text)
     ORDER BY "sequence" LIMIT ${replayPageSize}`,
    o.mspId,
    after.toString(),
    o.topicPrefix,
    o.customerId,
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

export async function* liveStream(o: LiveStreamOptions): AsyncGenerator<LiveEventMessage> {
  const source = o.channel.subscribe("live", o.mspId);
  const queue: LiveEventMessage[] = [];
  let overflowed = false;
  let ended = false;
  const waiter: { wake: (() => void) | null } = { wake: null };
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

  /** Highest sequence covered by an outbox read: live copies at or below it are duplicates. */
  let replayedUpTo = o.after ?? -1n;
  /** Highest sequence emitted; where a re-read starts after an overflow. */
  let emittedUpTo = o.after;
  let needReplay = o.after !== null;
  try {
    for (;;) {
      if (overflowed) {
        // The pump dropped messages: fetch them (and what is queued after them) from the outbox.
        overflowed = false;
        queue.length = 0;
        needReplay = emittedUpTo !== null;
      }
      if (needReplay && emittedUpTo !== null) {
        needReplay = false;
        // Queued messages are re-read here in order (and filtered as duplicates afterwards).
        for (let from = emittedUpTo; ; ) {
          const page = await readOutbox(o, from);
          for (const m of page) {
            from = BigInt(m.sequence);
            if (o.accept(m)) yield m;
          }
          if (from > replayedUpTo) replayedUpTo = from;
          if (from > emittedUpTo) emittedUpTo = from;
          if (page.length < replayPageSize) break;
        }
        continue;
      }
      const m = queue.shift();
      if (m) {
        const sequence = BigInt(m.sequence);
        if (sequence <= replayedUpTo) continue;
        if (emittedUpTo === null || sequence > emittedUpTo) emittedUpTo = sequence;
        if (o.accept(m)) yield m;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => {
        waiter.wake = resolve;
      });
      waiter.wake = null;
    }
  } finally {
    // Closing the socket ends this generator: release the pub/sub listener.
    await source.return();
    await pump.catch(() => {});
  }
}
