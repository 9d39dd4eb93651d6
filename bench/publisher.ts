import { type LivePubSub, type NewLiveEvent, publishLiveEvents, writeLiveEvents } from "../core/live/pubsub.js";
import type { Db } from "../prisma/db.js";

/**
 * Publishes `job.progress` events exactly as the ingest worker does: outbox rows written in a
 * transaction (`writeLiveEvents`), then published after commit (`publishLiveEvents`), in ticks
 * of `tickMs` (the worker's INGEST_FLUSH_MS batching). Events go round-robin to the MSPs.
 *
 * Each payload carries its publish stamp: `uploadBytes` = wall-clock microseconds taken just
 * before the outbox write, so the latency a subscriber computes covers the outbox write, the
 * commit, the pub/sub, the server's per-subscriber work and the socket. `progressCounter` is
 * the event's number (0 for warm-up events, which are not measured).
 */

export interface PublishPlan {
  mspIds: string[];
  /** Total events to publish. */
  events: number;
  perSecond: number;
  tickMs?: number;
  /** Warm-up events carry progressCounter 0. */
  warmup?: boolean;
  /** Stop early after this long (a saturated process cannot keep the rate). */
  maxMs?: number;
}

export interface PublishResult {
  published: number;
  seconds: number;
  /** Outbox write + commit per tick. */
  writeMsP50: number;
  writeMsP99: number;
  /** Ticks that started more than one tick late (the publisher could not keep the rate). */
  lateTicks: number;
}

const txOptions = { maxWait: 30_000, timeout: 120_000 };

export const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runPublisher(o: PublishPlan & { db: Db; live: LivePubSub }): Promise<PublishResult> {
  const tickMs = o.tickMs ?? 25;
  const perTick = Math.max(1, Math.round((o.perSecond * tickMs) / 1000));
  const writes: number[] = [];
  let published = 0;
  let lateTicks = 0;
  const started = performance.now();
  const stopAt = started + (o.maxMs ?? Number.POSITIVE_INFINITY);
  for (let tick = 0; published < o.events && performance.now() < stopAt; tick++) {
    const due = started + tick * tickMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else if (-wait > tickMs) lateTicks++;
    const stamp = nowMicros();
    const events: NewLiveEvent[] = [];
    for (let i = 0; i < perTick && published < o.events; i++, published++) {
      const mspId = o.mspIds[published % o.mspIds.length]!;
      events.push({
        mspId,
        customerId: null,
        topic: "job.progress",
        payload: {
          jobId: `bench-job-${published}`,
          cometJobId: `bench-${published}`,
          deviceId: null,
          accountId: "bench-account",
          customerId: null,
          classification: "BACKUP",
          outcome: "RUNNING",
          cometStatus: 6001,
          startedAt: new Date().toISOString(),
          endedAt: null,
          progressCounter: o.warmup ? 0 : published + 1,
          uploadBytes: String(stamp),
        },
      });
    }
    const t = performance.now();
    // The ingest worker's transaction options (workers/ingest/context.ts).
    const messages = await o.db.prisma.$transaction((tx) => writeLiveEvents(tx, events), txOptions);
    writes.push(performance.now() - t);
    await publishLiveEvents(o.live, messages);
  }
  writes.sort((a, b) => a - b);
  return {
    published,
    seconds: (performance.now() - started) / 1000,
    writeMsP50: percentile(writes, 50),
    writeMsP99: percentile(writes, 99),
    lateTicks,
  };
}
