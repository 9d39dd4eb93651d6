import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
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

export type PubSubMap = {
  live: [mspId: string, event: LiveEventMessage];
};

export interface LivePubSub {
  pubsub: ReturnType<typeof createPubSub<PubSubMap>>;
  kind: "memory" | "redis";
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export function buildPubSub(opts: { redisUrl?: string }): LivePubSub {
  if (!opts.redisUrl) {
    return { pubsub: createPubSub<PubSubMap>(), kind: "memory", ping: async () => true, close: async () => {} };
  }
  const publishClient = new Redis(opts.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(opts.redisUrl, { lazyConnect: false });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<PubSubMap>({ eventTarget }),
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

/** Publishes committed outbox rows. Call only after the transaction that wrote them committed. */
export function publishLiveEvents(live: LivePubSub, messages: LiveEventMessage[]): void {
  for (const m of messages) live.pubsub.publish("live", m.mspId, m);
}
