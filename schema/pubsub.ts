import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Repeater, SlidingBuffer } from "@repeaterjs/repeater";
import { Redis } from "ioredis";
import type { Prisma } from "../prisma/db.js";

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
  subscribe(routingKey: "live", mspId: string): Repeater<LiveEventMessage>;
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
 * sequence, so a subscriber can notice the gap and re-read the outbox.
 */
export const subscriberBufferSize = 4096;

type Target = Pick<EventTarget, "addEventListener" | "removeEventListener" | "dispatchEvent">;

function channelOver(target: Target): LiveChannel {
  // Topic naming matches graphql-yoga's createPubSub, so its Redis event target routes it.
  const topicOf = (routingKey: string, id: string) => `${routingKey}:${id}`;
  return {
    publish(routingKey, mspId, event) {
      target.dispatchEvent(new CustomEvent(topicOf(routingKey, mspId), { detail: event }));
    },
    subscribe(routingKey, mspId) {
      const topic = topicOf(routingKey, mspId);
      return new Repeater<LiveEventMessage>((push, stop) => {
        const listener = (e: Event) => void push((e as CustomEvent<LiveEventMessage>).detail);
        target.addEventListener(topic, listener);
        stop.then(() => target.removeEventListener(topic, listener));
      }, new SlidingBuffer(subscriberBufferSize));
    },
  };
}

export function buildPubSub(opts: { redisUrl?: string }): LivePubSub {
  if (!opts.redisUrl) {
    return { pubsub: channelOver(new EventTarget()), kind: "memory", ping: async () => true, close: async () => {} };
  }
  const publishClient = new Redis(opts.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(opts.redisUrl, { lazyConnect: false });
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
