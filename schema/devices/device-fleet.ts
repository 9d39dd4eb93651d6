import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import "../jobs/job.js";
import { scopeWhere } from "../../core/tenancy.js";
import { StorageVaultRef } from "../vaults/vault.js";
import { DeviceRef } from "./device.js";
import "./device-jobs.js";
import { latestJob24h } from "./latest-job.js";

/**
 * What a device protects and how it went: its items, its account's vaults and the latest job of
 * the last 24 hours (its job history is device-jobs.ts). Items and vaults are relations selected
 * by plugin-prisma into the device page's own query; the latest job is batched per page
 * (latest-job.ts). A page of devices costs the same number of round trips at any size.
 * The related rows share the device's account, hence its tenant; the tenant fragment is added to
 * each relation anyway so a future relation change cannot widen it.
 */
builder.prismaObjectFields(DeviceRef, (t) => ({
  accountId: t.id({
    description: "Global ID of the Comet account the device belongs to.",
    resolve: (device) => encodeGlobalID("CometAccount", device.accountId),
  }),
  serverId: t.id({
    description: "Global ID of the Comet server the device's account lives on.",
    resolve: (device) => encodeGlobalID("CometServer", device.serverId),
  }),
  serverName: t.string({
    description: "Display name of the Comet server the device's account lives on.",
    select: { account: { select: { server: { select: { name: true } } } } },
    resolve: (device) => device.account.server.name,
  }),
  latestJob24h: t.withAuth({ viewer: true }).prismaField({
    type: "Job",
    nullable: true,
    description:
      "The device's most recent job started in the last 24 hours (running ones included); null when it ran none. " +
      "Its `status` is what the `status24h` filter of `devices` matches.",
    resolve: (query, device, _args, ctx) => latestJob24h(ctx, query, device.id),
  }),
  protectedItems: t.withAuth({ viewer: true }).relation("protectedItems", {
    description: "The device's protected items, ordered by name.",
    query: (_args, ctx) => ({
      where: scopeWhere(ctx.viewer),
      orderBy: [{ description: "asc" }, { id: "asc" }],
    }),
  }),
  storageVaults: t.withAuth({ viewer: true }).field({
    type: [StorageVaultRef],
    description: "Storage Vaults of the device's account (every device of an account may use them), ordered by name.",
    select: (_args, ctx, nestedSelection) => ({
      account: {
        select: {
          storageVaults: nestedSelection({
            where: scopeWhere(ctx.viewer),
            orderBy: [{ description: "asc" }, { id: "asc" }],
          }),
        },
      },
    }),
    resolve: (device) => device.account.storageVaults,
  }),
}));
