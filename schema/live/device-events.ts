import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import type { LiveEventMessage } from "../../core/live/pubsub.js";
import { builder } from "../builder.js";
import { liveArgs } from "./args.js";
import { eventOrHeartbeat, type Heartbeat, heartbeatKind } from "./heartbeat.js";
import { scopedLiveStream } from "./scope.js";

/** The outbox payload of `device.*` messages, as written by the ingest worker (`deviceEvent`). */
const DevicePayloadModel = z.object({
  deviceId: z.string(),
  cometDeviceId: z.string(),
  accountId: z.string(),
  customerId: z.string().nullable(),
  friendlyName: z.string(),
  isOnline: z.boolean(),
});

const kinds = {
  "device.added": "ADDED",
  "device.removed": "REMOVED",
  "device.renamed": "RENAMED",
  "device.online": "ONLINE",
  "device.offline": "OFFLINE",
} as const;

type DeviceEventShape = z.infer<typeof DevicePayloadModel> & {
  cursor: string;
  kind: (typeof kinds)[keyof typeof kinds];
  at: string;
};

/** Parsed once per message, shared by every subscriber of the MSP (see job-events.ts). */
const parsed = new WeakMap<LiveEventMessage, DeviceEventShape>();

function toDeviceEvent(m: LiveEventMessage): DeviceEventShape {
  let e = parsed.get(m);
  if (!e) {
    e = {
      ...DevicePayloadModel.parse(m.payload),
      cursor: m.sequence,
      kind: kinds[m.topic as keyof typeof kinds],
      at: m.createdAt,
    };
    parsed.set(m, e);
  }
  return e;
}

const DeviceEventKindRef = builder.enumType("DeviceEventKind", {
  description: "What happened to a device.",
  values: {
    ADDED: { description: "The device joined its account (or came back after removal)." },
    REMOVED: { description: "The device left its account's profile." },
    RENAMED: { description: "The device's name changed." },
    ONLINE: { description: "The device connected to its Comet server." },
    OFFLINE: { description: "The device's live connection ended." },
    HEARTBEAT: heartbeatKind,
  } as const,
});

type DeviceItem = DeviceEventShape | Heartbeat;
/** A payload field of a device event; null on a heartbeat. */
const of = <K extends keyof DeviceEventShape>(e: DeviceItem, key: K): DeviceEventShape[K] | null =>
  e.kind === "HEARTBEAT" ? null : e[key];

const DeviceEventRef = builder.objectRef<DeviceItem>("DeviceEvent").implement({
  description:
    "A change to a device, as it happens (or replayed from `after`), or a heartbeat (`kind: HEARTBEAT`, only " +
    "`cursor` and `at` set).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: DeviceEventKindRef, description: "What happened.", resolve: (e) => e.kind }),
    at: t.field({
      type: "DateTime",
      description: "When the change was recorded (for a heartbeat: when it was sent).",
      resolve: (e) => e.at,
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device; null on a heartbeat.",
      resolve: (e) => (e.kind === "HEARTBEAT" ? null : encodeGlobalID("Device", e.deviceId)),
    }),
    cometDeviceId: t.string({
      nullable: true,
      description: "Comet's own device id; null on a heartbeat.",
      resolve: (e) => of(e, "cometDeviceId"),
    }),
    accountId: t.id({
      nullable: true,
      description: "Global ID of the Comet account the device belongs to; null on a heartbeat.",
      resolve: (e) => (e.kind === "HEARTBEAT" ? null : encodeGlobalID("CometAccount", e.accountId)),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the device's account; null while unassigned.",
      resolve: (e) => {
        const id = of(e, "customerId");
        return id ? encodeGlobalID("Customer", id) : null;
      },
    }),
    friendlyName: t.string({
      nullable: true,
      description: "The device's name (after a rename, the new one); null on a heartbeat.",
      resolve: (e) => of(e, "friendlyName"),
    }),
    isOnline: t.boolean({
      nullable: true,
      description: "Whether the device is online after this change; null on a heartbeat.",
      resolve: (e) => of(e, "isOnline"),
    }),
  }),
});

builder.subscriptionField("deviceEvents", (t) =>
  t.withAuth({ capability: "READ" }).field({
    type: DeviceEventRef,
    description:
      "Devices added, removed, renamed, going online or offline within the viewer's tenant (customers see only " +
      "their own). Each event carries a `cursor`; reconnect with `after` to receive what you missed first. Between " +
      "events a `HEARTBEAT` arrives every SUBSCRIPTION_HEARTBEAT_SECONDS with a cursor that is safe to resume from.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => scopedLiveStream(ctx, args, "device."),
    resolve: eventOrHeartbeat(toDeviceEvent),
  }),
);
