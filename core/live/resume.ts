import type { PrismaClient } from "../../prisma/db.js";
import { countOutbox, maxSequence, readOutbox, replayPageSize } from "./outbox.js";
import type { LiveChannel, LiveEventMessage } from "./pubsub.js";

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
 * at each heartbeat the stream takes the highest sequence committed at the previous heartbeat (a
 * period ago, so its live copies have arrived), checks with one count that every in-scope outbox
 * row up to it was handled, reads and emits the missing ones when not, and only then moves the
 * cursor there. The cursor therefore trails by one heartbeat period.
 */

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

/**
 * Calls `beat` every `periodMs`, at wall-clock instants with a phase per MSP: all streams of one
 * MSP beat together, so their heartbeats share the highest-sequence query and, being in lockstep
 * after the first beat, the outbox count too (one query per MSP instead of one per subscriber),
 * while different MSPs' beats stay spread over the period (no fleet-wide burst).
 */
function heartbeats(periodMs: number, mspId: string, beat: () => void): { stop(): void } {
  let phase = 0;
  for (let i = 0; i < mspId.length; i++) phase = (phase * 31 + mspId.charCodeAt(i)) % periodMs;
  let timeout: NodeJS.Timeout | undefined;
  const schedule = () => {
    const wait = (phase - (Date.now() % periodMs) + periodMs) % periodMs;
    timeout = setTimeout(
      () => {
        beat();
        schedule();
      },
      wait < periodMs / 10 ? wait + periodMs : wait,
    );
  };
  schedule();
  return { stop: () => clearTimeout(timeout) };
}

async function* streamItems(o: LiveStreamOptions, waiter: Waiter): AsyncGenerator<LiveItem, undefined> {
  const queue: LiveEventMessage[] = [];
  let overflowed = false;
  let heartbeatDue = false;
  // Attached synchronously, before the first outbox read below. Called with each message of the
  // MSP as it is published (no per-message promise): the queue is this stream's only buffer.
  const unlisten = o.channel.listen("live", o.mspId, (m) => {
    if (!m.topic.startsWith(o.topicPrefix)) return;
    if (queue.length >= maxQueued) {
      // The reader fell behind: drop the queue, re-read the missing messages from the outbox.
      overflowed = true;
      queue.length = 0;
    }
    queue.push(m);
    waiter.wake?.();
  });
  const timer = o.heartbeatMs
    ? heartbeats(o.heartbeatMs, o.mspId, () => {
        heartbeatDue = true;
        waiter.wake?.();
      })
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

  /** The highest committed sequence at the previous heartbeat: what the next one verifies up to. */
  let previousMax: bigint | null = null;

  /** Takes a live message from the queue: the message when it is to be emitted, else null (duplicate, filtered). */
  function take(m: LiveEventMessage): LiveEventMessage | null {
    const sequence = BigInt(m.sequence);
    if (sequence <= replayedUpTo || handled.has(sequence)) return null;
    if (safeUpTo !== null && sequence > safeUpTo && inScope(m)) handled.add(sequence);
    if (emittedUpTo === null || sequence > emittedUpTo) emittedUpTo = sequence;
    return o.accept(m) ? m : null;
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
        // Verify up to the previous beat's maximum, committed a whole period ago: its live copies
        // have arrived (or sit in the queue) by now, so the counts agree without reading rows.
        // Taking the maximum of this instant would find publishes still in flight and make every
        // subscriber read the outbox at every beat while events flow.
        const upTo = previousMax;
        previousMax = await maxSequence(o.prisma);
        if (upTo !== null && upTo > safeUpTo) {
          // Live messages already queued up to there count as handled: take them first.
          while (queue.length > 0 && BigInt(queue[0]!.sequence) <= upTo) {
            const m = take(queue.shift()!);
            if (m) yield m;
          }
          // Usually everything in between arrived live; read the rows only when the counts disagree.
          let seen = 0;
          for (const s of handled) if (s <= upTo) seen += 1;
          if ((await countOutbox(o, safeUpTo, upTo)) !== seen) yield* catchUp(safeUpTo, upTo);
          advance(upTo);
        }
        yield { topic: "heartbeat", sequence: safeUpTo.toString(), createdAt: new Date().toISOString() };
        continue;
      }
      const queued = queue.shift();
      if (queued) {
        const m = take(queued);
        if (m) yield m;
        continue;
      }
      if (waiter.closed) return;
      await new Promise<void>((resolve) => {
        waiter.wake = resolve;
      });
      waiter.wake = null;
      if (waiter.closed) return;
    }
  } finally {
    timer?.stop();
    // Closing the socket ends this generator: release the pub/sub listener.
    unlisten();
  }
}
