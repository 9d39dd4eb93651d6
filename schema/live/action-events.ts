import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import type { LiveEventMessage } from "../../core/live/pubsub.js";
import { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { DeviceActionKindRef, DeviceActionStatusRef } from "../actions/device-action.js";
import { builder } from "../builder.js";
import { liveArgs } from "./args.js";
import { eventOrHeartbeat, type Heartbeat, heartbeatKind } from "./heartbeat.js";
import { scopedLiveStream } from "./scope.js";

/** The outbox payload of `action.updated` messages, as written by the dispatch core (`actionEvent`). */
const ActionPayloadModel = z.object({
  actionId: z.string(),
  deviceId: z.string(),
  accountId: z.string().nullish(),
  kind: z.enum(DeviceActionKind),
  status: z.enum(DeviceActionStatus),
  summary: z.string(),
  jobId: z.string().nullable(),
  errorMessage: z.string().nullable(),
  bulkOperationId: z.string().nullable(),
});

type ActionEventShape = z.infer<typeof ActionPayloadModel> & {
  cursor: string;
  event: "UPDATED";
  customerId: string | null;
  at: string;
};

/** Parsed once per message, shared by every subscriber of the MSP (see job-events.ts). */
const parsed = new WeakMap<LiveEventMessage, ActionEventShape>();

function toActionEvent(m: LiveEventMessage): ActionEventShape {
  let e = parsed.get(m);
  if (!e) {
    const payload = ActionPayloadModel.parse(m.payload);
    e = { ...payload, event: "UPDATED", customerId: m.customerId, cursor: m.sequence, at: m.createdAt };
    parsed.set(m, e);
  }
  return e;
}

const DeviceActionEventKindRef = builder.enumType("DeviceActionEventKind", {
  description: "What happened to a device action.",
  values: {
    UPDATED: { description: "The action was created or its status changed (see `status`)." },
    HEARTBEAT: heartbeatKind,
  } as const,
});

type ActionItem = ActionEventShape | (Heartbeat & { event: "HEARTBEAT" });
const isBeat = (e: ActionItem): e is Heartbeat & { event: "HEARTBEAT" } => e.event === "HEARTBEAT";
/** A payload field of an action event; null on a heartbeat. */
const of = <K extends keyof ActionEventShape>(e: ActionItem, key: K): ActionEventShape[K] | null =>
  isBeat(e) ? null : e[key];
const gid = (type: string, id: string | null | undefined) => (id ? encodeGlobalID(type, id) : null);

const DeviceActionEventRef = builder.objectRef<ActionItem>("DeviceActionEvent").implement({
  description:
    "A device action created or changing status (QUEUED -> DISPATCHED -> RUNNING -> SUCCEEDED / FAILED / " +
    "EXPIRED / CANCELLED), as it happens (or replayed from `after`), or a heartbeat (`kind: HEARTBEAT`, only " +
    "`cursor` and `at` set).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: DeviceActionEventKindRef, description: "What happened.", resolve: (e) => e.event }),
    at: t.field({
      type: "DateTime",
      description: "When the change was recorded (for a heartbeat: when it was sent).",
      resolve: (e) => e.at,
    }),
    deviceActionId: t.id({
      nullable: true,
      description: "Global ID of the device action; null on a heartbeat.",
      resolve: (e) => gid("DeviceAction", of(e, "actionId")),
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device the action is for; null on a heartbeat.",
      resolve: (e) => gid("Device", of(e, "deviceId")),
    }),
    accountId: t.id({
      nullable: true,
      description: "Global ID of the device's Comet account; null on a heartbeat.",
      resolve: (e) => gid("CometAccount", of(e, "accountId")),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the device's account; null while unassigned.",
      resolve: (e) => gid("Customer", of(e, "customerId")),
    }),
    actionKind: t.field({
      type: DeviceActionKindRef,
      nullable: true,
      description: "What the action does; null on a heartbeat.",
      resolve: (e) => of(e, "kind"),
    }),
    status: t.field({
      type: DeviceActionStatusRef,
      nullable: true,
      description: "Where the action stands after this change; null on a heartbeat.",
      resolve: (e) => of(e, "status"),
    }),
    summary: t.string({
      nullable: true,
      description: "The action in one line, e.g. `Back up Documents to Cloud vault`; null on a heartbeat.",
      resolve: (e) => of(e, "summary"),
    }),
    jobId: t.id({
      nullable: true,
      description: "Global ID of the job the action started, once known.",
      resolve: (e) => gid("Job", of(e, "jobId")),
    }),
    errorMessage: t.string({
      nullable: true,
      description: "Why it failed, expired or was cancelled; null otherwise.",
      resolve: (e) => of(e, "errorMessage"),
    }),
    bulkOperationId: t.id({
      nullable: true,
      description: "Global ID of the bulk operation the action belongs to, if any.",
      resolve: (e) => gid("BulkOperation", of(e, "bulkOperationId")),
    }),
  }),
});

const toItem = eventOrHeartbeat(toActionEvent);

builder.subscriptionField("deviceActionEvents", (t) =>
  t.withAuth({ capability: "READ" }).field({
    type: DeviceActionEventRef,
    description:
      "Device actions created and changing status within the viewer's tenant (customers see only their own): " +
      "queued, sent, running, and how they ended. Each event carries a `cursor`; reconnect with `after` to " +
      "receive what you missed first. Between events a `HEARTBEAT` arrives every SUBSCRIPTION_HEARTBEAT_SECONDS " +
      "with a cursor that is safe to resume from.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => scopedLiveStream(ctx, args, "action."),
    resolve: (item) => {
      const e = toItem(item);
      return "event" in e ? e : { ...e, event: "HEARTBEAT" as const };
    },
  }),
);
