import type { StreamableEvent } from "../../comet/client/index.js";
import type { IngestContext } from "./context.js";
import { applyOps, applyPlanJobs, type BatchPlan, type ProfileFetch, planBatch } from "./stream-batch.js";

/**
 * The apply side of one server's event stream: buffers events, flushes every `flushMs` or
 * `batchMax` events. The non-job part of each batch (profiles, devices, connections) is applied
 * strictly in stream order. The job part is pipelined: up to `JOB_PIPELINE` job writes are in
 * flight while the next batch is planned, because job rows converge whatever the order
 * (job-order.ts) and the JS work of one batch then overlaps the database work of another.
 * While batches are being written the next one accumulates, so a slow database yields bigger,
 * cheaper batches instead of a backlog of tiny ones.
 *
 * `exclusive(fn)` runs work (a reconcile, a heartbeat) between two batches, never during one,
 * and only once in-flight job writes have finished.
 */
export interface StreamConsumerDeps {
  ctx: IngestContext;
  fetchProfile: ProfileFetch;
  batchMax: number;
  flushMs: number;
  /** A batch could not be written even after retries: the mirror is behind until a reconcile. */
  onBatchLost?(err: Error): void;
  /** Test/bench hook: called after each batch commits. */
  onBatchApplied?(plan: BatchPlan): void;
}

export interface ConsumerStats {
  received: number;
  applied: number;
  batches: number;
  ignored: number;
  unknownTypes: number;
  invalidFrames: number;
  lostBatches: number;
}

export interface StreamConsumer {
  push(ev: StreamableEvent): void;
  invalidFrame(raw: string, reason: string): void;
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Resolves once everything pushed so far is applied. */
  drain(): Promise<void>;
  stop(): Promise<void>;
  stats(): ConsumerStats;
}

const RETRY_DELAYS_MS = [200, 1000, 3000];
/** Job writes in flight at once: two keep one database connection and the JS thread both busy. */
const JOB_PIPELINE = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function buildStreamConsumer(deps: StreamConsumerDeps): StreamConsumer {
  const { ctx, batchMax, flushMs } = deps;
  const log = ctx.logger;
  const stats: ConsumerStats = {
    received: 0,
    applied: 0,
    batches: 0,
    ignored: 0,
    unknownTypes: 0,
    invalidFrames: 0,
    lostBatches: 0,
  };
  const touch = buildServerTouch(ctx);
  let buffer: StreamableEvent[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let flushQueued = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const jobWrites = new Set<Promise<void>>();

  const enqueue = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn);
    chain = next.catch(() => {});
    return next;
  };

  const kick = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (flushQueued || buffer.length === 0) return;
    flushQueued = true;
    void enqueue(flushOnce);
  };

  async function flushOnce(): Promise<void> {
    flushQueued = false;
    const events = buffer.length <= batchMax ? buffer : buffer.slice(0, batchMax);
    buffer = buffer.length <= batchMax ? [] : buffer.slice(batchMax);
    if (events.length > 0) await applyWithRetry(events);
    // What arrived while we were writing has already waited a whole batch: go again at once.
    if (buffer.length > 0) kick();
  }

  async function applyWithRetry(events: StreamableEvent[]): Promise<void> {
    const plan = planBatch(events);
    record(plan);
    const opsDone = await withRetry(events.length, () => applyOps(ctx, plan, deps.fetchProfile));
    if (!opsDone) return;
    while (jobWrites.size >= JOB_PIPELINE) await Promise.race(jobWrites);
    const write = withRetry(events.length, () => applyPlanJobs(ctx, plan, deps.fetchProfile)).then((ok) => {
      jobWrites.delete(write);
      if (!ok) return;
      stats.batches++;
      deps.onBatchApplied?.(plan);
    });
    jobWrites.add(write);
  }

  /** Retries a failing write; false once it is given up (the mirror is then behind until a reconcile). */
  async function withRetry(events: number, fn: () => Promise<number>): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        stats.applied += await fn();
        return true;
      } catch (err) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined || stopped) {
          stats.lostBatches++;
          log.error({ err, events }, "event batch could not be applied; dropped until reconcile");
          deps.onBatchLost?.(err as Error);
          return false;
        }
        log.warn({ err: (err as Error).message, attempt }, "event batch failed; retrying");
        await sleep(delay);
      }
    }
  }

  const settleJobWrites = async () => {
    while (jobWrites.size > 0) await Promise.all(jobWrites);
  };

  function record(plan: BatchPlan): void {
    stats.ignored += plan.ignored;
    stats.unknownTypes += plan.unknown.length;
    for (const u of plan.unknown) log.warn({ type: u.type, typeString: u.typeString }, "unknown event type ignored");
    for (const i of plan.invalid) log.warn({ type: i.type, reason: i.reason }, "invalid event ignored");
    touch.note({ unknown: plan.unknown.length + plan.invalid.length, serverVersion: plan.serverVersion });
  }

  const drain = async () => {
    kick();
    while (buffer.length > 0 || flushQueued || jobWrites.size > 0) {
      kick();
      await chain;
      await settleJobWrites();
    }
    await chain;
  };

  return {
    push(ev) {
      if (stopped) return;
      stats.received++;
      buffer.push(ev);
      touch.note({});
      if (buffer.length >= batchMax) kick();
      else if (!timer && !flushQueued) timer = setTimeout(kick, flushMs);
    },
    invalidFrame(raw, reason) {
      stats.invalidFrames++;
      log.warn({ reason, frame: raw.slice(0, 200) }, "malformed stream frame ignored");
      touch.note({ unknown: 1 });
    },
    exclusive: (fn) =>
      enqueue(async () => {
        await settleJobWrites();
        return fn();
      }),
    drain,
    async stop() {
      if (stopped) return;
      await drain();
      stopped = true;
      if (timer) clearTimeout(timer);
      await touch.flush();
    },
    stats: () => ({ ...stats }),
  };
}

/**
 * Coalesced bookkeeping on the CometServer row: `lastEventAt` at most once per second, plus
 * the not-understood counter (malformed frames, unknown or invalid events) and the version
 * from SEVT_META_HELLO. A busy stream must not turn into one UPDATE per event.
 */
function buildServerTouch(ctx: IngestContext) {
  let pending: { at?: Date; unknown: number; serverVersion?: string } = { unknown: 0 };
  let lastWrite = 0;
  let timer: NodeJS.Timeout | undefined;

  const write = async () => {
    timer = undefined;
    const p = pending;
    pending = { unknown: 0 };
    if (!p.at && p.unknown === 0 && !p.serverVersion) return;
    lastWrite = Date.now();
    await ctx.db.prisma.cometServer
      .update({
        where: { id: ctx.server.id },
        data: {
          ...(p.at ? { lastEventAt: p.at } : {}),
          ...(p.unknown ? { unknownEventCount: { increment: p.unknown } } : {}),
          ...(p.serverVersion ? { serverVersion: p.serverVersion } : {}),
        },
      })
      .catch((err: Error) => ctx.logger.warn({ err: err.message }, "cannot update stream bookkeeping"));
  };

  return {
    note(n: { unknown?: number; serverVersion?: string }) {
      pending.at = new Date();
      pending.unknown += n.unknown ?? 0;
      if (n.serverVersion) pending.serverVersion = n.serverVersion;
      if (!timer) timer = setTimeout(write, Math.max(0, lastWrite + 1000 - Date.now()));
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await write();
    },
  };
}
