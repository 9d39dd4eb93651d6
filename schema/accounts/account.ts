import { encodeGlobalID } from "@pothos/plugin-relay";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";

/**
 * A Comet user account as mirrored from its server. The raw profile is deliberately not a field:
 * it holds the account's policy and settings, which are not the viewer's to read wholesale. The
 * server is reduced to its name because only MSP staff may see servers.
 */
builder.prismaNode("CometAccount", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    username: t.exposeString("username", { description: "Comet username; unique on its server." }),
    accountName: t.exposeString("accountName", { description: "Account name set in Comet; empty when never set." }),
    emails: t.exposeStringList("emails", { description: "Email addresses Comet sends the account's reports to." }),
    isSuspended: t.exposeBoolean("isSuspended", { description: "Whether Comet has suspended the account." }),
    maximumDevices: t.exposeInt("maximumDevices", {
      description: "Most devices the account may register; 0 = unlimited.",
    }),
    quotaOffice365Accounts: t.exposeInt("quotaOffice365Accounts", {
      description: "Most Microsoft 365 accounts the account may protect; 0 = unlimited.",
    }),
    quotaHyperVGuests: t.exposeInt("quotaHyperVGuests", {
      description: "Most Hyper-V guests the account may protect; 0 = unlimited.",
    }),
    quotaVMwareGuests: t.exposeInt("quotaVMwareGuests", {
      description: "Most VMware guests the account may protect; 0 = unlimited.",
    }),
    allItemsQuotaEnabled: t.exposeBoolean("allItemsQuotaEnabled", {
      description: "Whether a storage quota across all protected items is enforced.",
    }),
    allItemsQuotaBytes: t.expose("allItemsQuotaBytes", {
      type: "BigInt",
      description: "Storage quota across all protected items, in bytes (when enabled).",
    }),
    cometCreatedAt: t.expose("cometCreatedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the account was created in Comet.",
    }),
    lastSyncedAt: t.expose("lastSyncedAt", {
      type: "DateTime",
      description: "When Partner Hub last read the account from Comet.",
    }),
    missingSince: t.expose("missingSince", { type: "DateTime", nullable: true }),
    serverName: t.string({
      description: "Profile name of the Comet server the account lives on, e.g. `cometbackup`.",
      select: { server: { select: { profileName: true } } },
      resolve: (account) => account.server.profileName,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the account is assigned to; null while unassigned.",
      resolve: (account) => (account.customerId ? encodeGlobalID("Customer", account.customerId) : null),
    }),
    // Always within the viewer's scope: whoever sees the account sees its customer (same MSP, same customer).
    customer: t.relation("customer", {
      nullable: true,
      description: "The customer the account is assigned to; null while unassigned.",
    }),
    deviceCount: t.relationCount("devices", {
      description: "Devices registered to the account; devices removed from Comet are not counted.",
      where: { revokedAt: null },
    }),
    // Part of the account's own query: an account has a handful of devices, so plugin-prisma's
    // nested page (read with the account, paged in memory by Prisma) costs no extra round trip.
    devices: t.withAuth({ viewer: true }).relatedConnection(
      "devices",
      {
        cursor: "id",
        description: "Devices registered to the account, by name; devices removed from Comet are not listed.",
        extensions: { forwardPagination: true },
        totalCount: true,
        query: (_args, ctx) => ({
          where: { revokedAt: null, ...scopeWhere(ctx.viewer) },
          orderBy: [{ friendlyName: "asc" }, { id: "asc" }],
        }),
      },
      { description: "A page of a Comet account's devices." },
      { description: "A device in a page of a Comet account's devices." },
    ),
  }),
});
