import type { LiveEventMessage } from "../../core/live/pubsub.js";
import type { LiveItem } from "../../core/live/resume.js";

/**
 * Heartbeats in live subscriptions. Every SUBSCRIPTION_HEARTBEAT_SECONDS a subscription sends an
 * item of kind `HEARTBEAT` whose `cursor` is safe to resume from: nothing at or below it is still
 * on its way to this subscriber. A client that stores the last cursor it saw (event or heartbeat)
 * therefore resumes without re-reading a long quiet stretch, and notices a dead connection when
 * heartbeats stop. The event types keep their fields; those describing the change are null on a
 * heartbeat.
 */
declare module "../builder.js" {
  interface Context {
    /** Seconds between heartbeats of live subscriptions (SUBSCRIPTION_HEARTBEAT_SECONDS); none when absent. */
    liveHeartbeatSeconds?: number;
  }
}

export const heartbeatKind = {
  description:
    "No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields " +
    "describing a change are null.",
} as const;

export interface Heartbeat {
  cursor: string;
  kind: "HEARTBEAT";
  at: string;
}

/** Maps a stream item to the event's shape, or to a heartbeat (which the event types resolve with null fields). */
export function eventOrHeartbeat<T>(toEvent: (m: LiveEventMessage) => T) {
  return (item: LiveItem): T | Heartbeat =>
    item.topic === "heartbeat" ? { cursor: item.sequence, kind: "HEARTBEAT", at: item.createdAt } : toEvent(item);
}
