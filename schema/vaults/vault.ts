import { encodeGlobalID } from "@pothos/plugin-relay";
import { vaultTypeLabel } from "../../comet/client/vault-type.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";

/** A Storage Vault (Comet `DestinationConfig`) of a Comet account: where its devices back up to. */
export const StorageVaultRef = builder.prismaNode("StorageVault", {
  id: { field: "id" },
  nullable: true,
  description: "A Storage Vault of a Comet account: a destination its devices back up to.",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    cometDestinationId: t.exposeString("cometDestinationId", { description: "Comet's own vault GUID." }),
    description: t.exposeString("description", { description: "Name of the vault as set in Comet." }),
    destinationType: t.exposeInt("destinationType", {
      description: "Comet's raw `DESTINATIONTYPE_*` value, e.g. 1003 for Comet Server storage.",
    }),
    typeLabel: t.string({
      description: 'The vault type as Comet labels it, e.g. "Comet Server" or "S3-compatible".',
      resolve: (vault) => vaultTypeLabel(vault.destinationType),
    }),
    quotaEnabled: t.exposeBoolean("quotaEnabled", { description: "Whether a storage quota applies to the vault." }),
    quotaBytes: t.expose("quotaBytes", {
      type: "BigInt",
      description: "The quota in bytes (meaningful only when `quotaEnabled`).",
    }),
    usedBytes: t.expose("usedBytes", { type: "BigInt", description: "Bytes stored in the vault, as Comet measured." }),
    accountId: t.id({
      description: "Global ID of the Comet account the vault belongs to.",
      resolve: (vault) => encodeGlobalID("CometAccount", vault.accountId),
    }),
    accountUsername: t.string({
      description: "Username of the Comet account the vault belongs to.",
      select: { account: { select: { username: true } } },
      resolve: (vault) => vault.account.username,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the vault's account is assigned to; null while unassigned.",
      resolve: (vault) => (vault.customerId ? encodeGlobalID("Customer", vault.customerId) : null),
    }),
  }),
});
