import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { builder } from "../builder.js";
import type { LiveEventMessage } from "../pubsub.js";
import { liveArgs } from "./args.js";
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

function toDeviceEvent(m: LiveEventMessage): DeviceEventShape {
  return {
    ...DevicePayloadModel.parse(m.payload),
    cursor: m.sequence,
    kind: kinds[m.topic as keyof typeof kinds],
    at: m.createdAt,
  };
}

const DeviceEventKindRef = builder.enumType("DeviceEventKind", {
  description: "What happened to a device.",
  values: {
    ADDED: { description: "The device joined its account (or came back after removal)." },
    REMOVED: { description: "The device left its account's profile." },
    RENAMED: { description: "The device's name changed." },
    ONLINE: { description: "The device connected to its Comet server." },
    OFFLINE: { description: "The device's live connection ended." },
  } as const,
});

const DeviceEventRef = builder.objectRef<DeviceEventShape>("DeviceEvent").implement({
  description: "A change to a device, as it happens (or replayed from `after`).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: DeviceEventKindRef, description: "What happened.", resolve: (e) => e.kind }),
    at: t.field({ type: "DateTime", description: "When the change was recorded.", resolve: (e) => e.at }),
    deviceId: t.id({
      description: "Global ID of the device.",
      resolve: (e) => encodeGlobalID("Device", e.deviceId),
    }),
    cometDeviceId: t.exposeString("cometDeviceId", { description: "Comet's own device id." }),
    accountId: t.id({
      description: "Global ID of the Comet account the device belongs to.",
      resolve: (e) => encodeGlobalID("CometAccount", e.accountId),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the device's account; null while unassigned.",
      resolve: (e) => (e.customerId ? encodeGlobalID("Customer", e.customerId) : null),
    }),
    friendlyName: t.exposeString("friendlyName", { description: "The device's name (after a rename, the new one)." }),
    isOnline: t.exposeBoolean("isOnline", { description: "Whether the device is online after this change." }),
  }),
});

builder.subscriptionField("deviceEvents", (t) =>
  t.field({
    authScopes: { capability: "READ" },
    type: DeviceEventRef,
    description:
      "Devices added, removed, renamed, going online or offline within the viewer's tenant (customers see only " +
      "their own). Each event carries a `cursor`; reconnect with `after` to receive what you missed first.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => scopedLiveStream(ctx, args, "device."),
    resolve: (m: LiveEventMessage) => toDeviceEvent(m),
  }),
);
