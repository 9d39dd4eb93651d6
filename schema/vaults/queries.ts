import { idIn } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder, type ViewerContext } from "../builder.js";
import "./vault.js";

builder.queryField("storageVaults", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "StorageVault",
      cursor: "id",
      description: "Storage Vaults of the viewer's tenant, ordered by name. Every filter narrows the list.",
      extensions: { forwardPagination: true },
      args: {
        accountId: t.arg.id({ description: "Only vaults of this Comet account (its global ID)." }),
        customerId: t.arg.id({ description: "Only vaults of this customer (its global ID)." }),
        deviceId: t.arg.id({
          description: "Only vaults this device can use: those of the device's account (its global ID).",
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.storageVault.count({ where: vaultsWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.storageVault.findMany({
          ...query,
          where: vaultsWhere(ctx, args),
          orderBy: [{ description: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of storage vaults." },
    { description: "A storage vault in a page of storage vaults." },
  ),
);

interface VaultsArgs {
  accountId?: string | number | null;
  customerId?: string | number | null;
  deviceId?: string | number | null;
}

function vaultsWhere(ctx: ViewerContext, args: VaultsArgs): Prisma.StorageVaultWhereInput {
  const and: Prisma.StorageVaultWhereInput[] = [scopeWhere(ctx.viewer)];
  if (args.accountId != null) and.push({ accountId: idIn(args.accountId, "CometAccount") });
  if (args.customerId != null) and.push({ customerId: idIn(args.customerId, "Customer") });
  // Vaults belong to the account, not to a device: every device of the account may use them.
  if (args.deviceId != null) and.push({ account: { devices: { some: { id: idIn(args.deviceId, "Device") } } } });
  return { AND: and };
}
