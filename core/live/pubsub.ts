import { setMaxListeners } from "node:events";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Repeater, type RepeaterBuffer } from "@repeaterjs/repeater";
import { Redis } from "ioredis";
import type { Prisma } from "../../prisma/db.js";

/**
 * One typed pub/sub shared by the API and the workers. Channels are keyed by tenant (MSP id),
 * so a subscription only ever receives its own MSP's traffic; customer scoping is re-checked
 * per event by the subscriber. Payloads are small: ids and the fields a list row shows.
 *
 * Every message is first written to the `LiveEvent` outbox inside the same transaction as the
 * change it describes, then published after commit; a subscriber that missed messages resumes
 * from the outbox by `sequence`.
 */

export const liveTopics = [
  "job.started",
  "job.progress",
  "job.ended",
  "device.added",
  "device.removed",
  "device.renamed",
  "device.online",
  "device.offline",
  "account.updated",
  "server.state",
  "action.updated",
] as const;
export type LiveTopic = (typeof liveTopics)[number];

/** Channel used for events that belong to no MSP (e.g. a platform-shared server's health). */
export const platformChannel = "platform";

export interface LiveEventMessage {
  /** Outbox sequence (decimal string of a bigint): the resume cursor. */
  sequence: string;
  mspId: string;
  customerId: string | null;
  topic: LiveTopic;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface LiveChannel {
  publish(routingKey: "live", mspId: string, event: LiveEventMessage): void;
  /**
   * `onOverflow` runs when this subscriber's buffer drops its oldest message (it fell
   * `subscriberBufferSize` messages behind): the subscriber must re-read the outbox.
   */
  subscribe(routingKey: "live", mspId: string, opts?: { onOverflow?: () => void }): Repeater<LiveEventMessage>;
  /**
   * Calls `onMessage` synchronously with each message of the MSP's channel until the returned
   * function is called. No buffer and no promise per message: for consumers that keep their own
   * bounded queue (live streams, which fan one message out to thousands of subscribers).
   */
  listen(routingKey: "live", mspId: string, onMessage: (message: LiveEventMessage) => void): () => void;
  /** Open subscriptions of this process on an MSP's channel (each holds one listener until it ends). */
  subscriberCount(routingKey: "live", mspId: string): number;
}

export interface LivePubSub {
  pubsub: LiveChannel;
  kind: "memory" | "redis";
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Each subscriber gets its own bounded sliding buffer: a consumer that falls this far behind
 * loses the oldest messages instead of growing server memory (yoga's own createPubSub either
 * shares one buffer between all subscribers or, unbuffered, crashes the process with
 * RepeaterOverflowError after 1,024 pending pushes). Every message carries its outbox
 * sequence, so a subscriber can notice the gap and re-read the outbox (`onOverflow` says when).
 * A reader that keeps up only needs it for a burst delivered within one turn of the event loop:
 * in-process, `publishLiveEvents` yields every 256 messages; from Redis, one 64 KB socket read
 * holds at most ~450 messages (each is over 140 bytes of JSON). Messages are shared between
 * subscribers, so a slot costs a reference (8 KB per subscriber when full). Live streams use
 * `listen` instead, with their own bounded queue (schema/live/resume.ts) as the only buffer.
 */
export const subscriberBufferSize = 1024;

type Target = Pick<EventTarget, "addEventListener" | "removeEventListener" | "dispatchEvent">;

/** A sliding buffer (keeps the newest `capacity` messages) that says when it drops one. */
class DroppingBuffer implements RepeaterBuffer<LiveEventMessage> {
  private readonly queue: LiveEventMessage[] = [];
  constructor(
    private readonly capacity: number,
    private readonly onDrop: (() => void) | undefined,
  ) {}
  get empty() {
    return this.queue.length === 0;
  }
  get full() {
    return false;
  }
  add(message: LiveEventMessage) {
    if (this.queue.length >= this.capacity) {
      this.queue.shift();
      this.onDrop?.();
    }
    this.queue.push(message);
  }
  remove(): LiveEventMessage {
    const message = this.queue.shift();
    if (message === undefined) throw new Error("Buffer empty");
    return message;
  }
}

function channelOver(target: Target): LiveChannel {
  // Topic naming matches graphql-yoga's createPubSub, so its Redis event target routes it.
  const topicOf = (routingKey: string, id: string) => `${routingKey}:${id}`;
  const subscribers = new Map<string, number>();
  const count = (topic: string, delta: number) => {
    const n = (subscribers.get(topic) ?? 0) + delta;
    if (n > 0) subscribers.set(topic, n);
    else subscribers.delete(topic);
  };
  const listen: LiveChannel["listen"] = (routingKey, mspId, onMessage) => {
    const topic = topicOf(routingKey, mspId);
    const listener = (e: Event) => onMessage((e as CustomEvent<LiveEventMessage>).detail);
    target.addEventListener(topic, listener);
    count(topic, 1);
    let listening = true;
    return () => {
      if (!listening) return;
      listening = false;
      target.removeEventListener(topic, listener);
      count(topic, -1);
    };
  };
  return {
    subscriberCount: (routingKey, mspId) => subscribers.get(topicOf(routingKey, mspId)) ?? 0,
    publish(routingKey, mspId, event) {
      target.dispatchEvent(new CustomEvent(topicOf(routingKey, mspId), { detail: event }));
    },
    listen,
    subscribe(routingKey, mspId, opts) {
      return new Repeater<LiveEventMessage>((push, stop) => {
        const unlisten = listen(routingKey, mspId, (m) => void push(m));
        stop.then(unlisten);
      }, new DroppingBuffer(subscriberBufferSize, opts?.onOverflow));
    },
  };
}

export function buildPubSub(opts: { redisUrl?: string }): LivePubSub {
  if (!opts.redisUrl) {
    const target = new EventTarget();
    // Every subscriber of an MSP listens on its topic: hundreds per topic is normal, not a leak
    // (listeners are released when a subscription ends: see `subscriberCount` and its tests).
    setMaxListeners(0, target);
    return { pubsub: channelOver(target), kind: "memory", ping: async () => true, close: async () => {} };
  }
  const publishClient = new Redis(opts.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // No ready check on the subscriber: ioredis >= 5.8.2 can send its INFO probe after a SUBSCRIBE
  // issued while connecting, Redis refuses it in subscriber mode, and the client reconnects in a
  // loop delivering nothing (redis/ioredis#2037). A subscriber has no use for the probe anyway.
  const subscribeClient = new Redis(opts.redisUrl, { lazyConnect: false, enableReadyCheck: false });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: channelOver(eventTarget as unknown as Target),
    kind: "redis",
    ping: async () => (await publishClient.ping().catch(() => "")) === "PONG",
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

export interface NewLiveEvent {
  mspId: string;
  customerId: string | null;
  topic: LiveTopic;
  payload: Record<string, unknown>;
}

type RawTx = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/**
 * Writes outbox rows inside the caller's transaction. The transaction-scoped advisory lock
 * serialises outbox writers, so sequences become visible in commit order: a reader resuming
 * "after N" can never later see a smaller sequence commit (no gap for live resume).
 */
export async function writeLiveEvents(tx: RawTx, events: NewLiveEvent[]): Promise<LiveEventMessage[]> {
  if (events.length === 0) return [];
  await tx.$queryRawUnsafe("SELECT pg_advisory_xact_lock(727001)::text");
  const rows = await tx.$queryRawUnsafe<{ sequence: bigint; createdAt: Date }[]>(
    `INSERT INTO "LiveEvent" ("mspId", "customerId", "topic", "payload")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
     RETURNING "sequence", "createdAt"`,
    events.map((e) => e.mspId),
    events.map((e) => e.customerId),
    events.map((e) => e.topic),
    events.map((e) => JSON.stringify(e.payload)),
  );
  // INSERT ... SELECT FROM unnest keeps input order, and RETURNING follows it.
  return rows.map((r, i) => {
    const e = events[i]!;
    return { ...e, sequence: String(r.sequence), createdAt: new Date(r.createdAt).toISOString() };
  });
}

const publishChunk = 256;

/**
 * Publishes committed outbox rows. Call only after the transaction that wrote them committed.
 * Large batches go out in chunks with a macrotask between them, so in-process subscribers
 * drain as they arrive rather than all at the end.
 */
export async function publishLiveEvents(live: LivePubSub, messages: LiveEventMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += publishChunk) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const m of messages.slice(i, i + publishChunk)) live.pubsub.publish("live", m.mspId, m);
  }
}
