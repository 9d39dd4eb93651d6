import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { LiveEventMessage } from "../../core/live/pubsub.js";
import type { ViewerContext } from "../builder.js";
import "./heartbeat.js";
import { type LiveItem, liveStream } from "../../core/live/resume.js";

/**
 * Subscribe-time scoping of a live subscription, and the per-event re-check (STYLE rule 2).
 * The channel is the viewer's MSP; customer users and customer-scoped keys additionally only
 * receive events of their own customer, whatever the filters say.
 */

export interface LiveArgs {
  after?: string | null | undefined;
  mspId?: string | null | undefined;
  customerId?: string | null | undefined;
  accountId?: string | null | undefined;
  deviceId?: string | null | undefined;
}

function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

function localId(argumentName: string, globalId: string | null | undefined, typename: string): string | null {
  if (globalId == null) return null;
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // fall through to the typed error below
  }
  throw badInput(argumentName, `${argumentName} is not a ${typename} ID`);
}

function parseCursor(after: string | null | undefined): bigint | null {
  if (after == null) return null;
  if (!/^\d{1,19}$/.test(after)) throw badInput("after", "after is not an event cursor");
  return BigInt(after);
}

/**
 * Validates the arguments against the viewer and opens the (resumable) stream of matching
 * messages, with a heartbeat (`topic: "heartbeat"`) every `ctx.liveHeartbeatSeconds`: map items
 * with `eventOrHeartbeat` (heartbeat.ts) and give the event type a `HEARTBEAT` kind.
 */
export function scopedLiveStream(ctx: ViewerContext, args: LiveArgs, topicPrefix: string): AsyncIterable<LiveItem> {
  const { viewer } = ctx;
  const after = parseCursor(args.after);
  const requestedMsp = localId("mspId", args.mspId, "Msp");
  let mspId: string;
  if (viewer.kind === "platform") {
    if (!requestedMsp) throw badInput("mspId", "the platform operator must choose an MSP with mspId");
    mspId = requestedMsp;
  } else {
    if (requestedMsp && requestedMsp !== viewer.mspId) throw badInput("mspId", "mspId is not your MSP");
    mspId = viewer.mspId;
  }
  const viewerCustomer = viewer.kind === "customer" || viewer.kind === "apiKey" ? viewer.customerId : null;
  const customerId = localId("customerId", args.customerId, "Customer");
  const accountId = localId("accountId", args.accountId, "CometAccount");
  const deviceId = localId("deviceId", args.deviceId, "Device");

  const accept = (m: LiveEventMessage): boolean => {
    // Re-checked on every event: the channel is per MSP, the customer scope is not.
    if (m.mspId !== mspId) return false;
    if (viewerCustomer !== null && m.customerId !== viewerCustomer) return false;
    if (customerId !== null && m.customerId !== customerId) return false;
    if (accountId !== null && m.payload.accountId !== accountId) return false;
    if (deviceId !== null && m.payload.deviceId !== deviceId) return false;
    return m.topic.startsWith(topicPrefix);
  };
  return liveStream({
    prisma: ctx.prisma,
    channel: ctx.live,
    mspId,
    topicPrefix,
    after,
    customerId: viewerCustomer ?? customerId,
    accept,
    heartbeatMs: (ctx.liveHeartbeatSeconds ?? 0) * 1000,
  });
}
