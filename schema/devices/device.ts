import { encodeGlobalID } from "@pothos/plugin-relay";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";

/**
 * A device as mirrored from Comet. The node lookup is scoped like every list, so a global ID of
 * another tenant's device resolves to null, exactly as a missing one.
 */
export const DeviceRef = builder.prismaNode("Device", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    cometDeviceId: t.exposeString("cometDeviceId", {
      description: "Comet's own device id (the key of the account profile's `Devices`).",
    }),
    friendlyName: t.exposeString("friendlyName", { description: "Name shown in Comet; empty when never set." }),
    os: t.exposeString("os", { description: "Operating system family reported by the client, e.g. `windows`." }),
    arch: t.exposeString("arch", { description: "CPU architecture reported by the client, e.g. `x86_64`." }),
    distribution: t.exposeString("distribution", { description: "OS distribution or edition name." }),
    osVersion: t.exposeString("osVersion", { description: "OS version string." }),
    clientVersion: t.exposeString("clientVersion", { description: "Comet Backup client version installed." }),
    timezone: t.exposeString("timezone", { description: "IANA time zone of the device." }),
    registeredAt: t.expose("registeredAt", {
      type: "DateTime",
      nullable: true,
      description: "When the device was registered to its account in Comet.",
    }),
    isOnline: t.exposeBoolean("isOnline", {
      description: "Whether the device holds a live connection to its Comet server right now.",
    }),
    ipAddress: t.exposeString("ipAddress", {
      nullable: true,
      description: "Remote address of the live connection while online.",
    }),
    connectedAt: t.expose("connectedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the current (or last) live connection started.",
    }),
    lastSeenAt: t.expose("lastSeenAt", {
      type: "DateTime",
      nullable: true,
      description: "Last time the device was seen online.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the device left its account's profile; kept for job history.",
    }),
    accountUsername: t.string({
      description: "Username of the Comet account the device belongs to.",
      select: { account: { select: { username: true } } },
      resolve: (device) => device.account.username,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the device's account is assigned to; null while unassigned.",
      resolve: (device) => (device.customerId ? encodeGlobalID("Customer", device.customerId) : null),
    }),
    customerName: t.string({
      nullable: true,
      description: "Name of the customer the device's account is assigned to; null while unassigned.",
      select: { account: { select: { customer: { select: { name: true } } } } },
      resolve: (device) => device.account.customer?.name ?? null,
    }),
  }),
});
