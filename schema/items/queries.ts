import type { EngineCategory } from "../../comet/client/engine-category.js";
import { idIn } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder, type ViewerContext } from "../builder.js";
import { EngineCategoryRef, enginesOf } from "./engine.js";
import "./item.js";

builder.queryField("protectedItems", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "ProtectedItem",
      cursor: "id",
      description: "Protected Items of the viewer's tenant, ordered by name. Every filter narrows the list.",
      extensions: { forwardPagination: true },
      args: {
        deviceId: t.arg.id({ description: "Only items of this device (its global ID)." }),
        accountId: t.arg.id({ description: "Only items of this Comet account (its global ID)." }),
        customerId: t.arg.id({ description: "Only items of this customer (its global ID)." }),
        engineCategory: t.arg({ type: EngineCategoryRef, description: "Only items of this engine category." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.protectedItem.count({ where: itemsWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.protectedItem.findMany({
          ...query,
          where: itemsWhere(ctx, args),
          orderBy: [{ description: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of protected items." },
    { description: "A protected item in a page of protected items." },
  ),
);

interface ItemsArgs {
  deviceId?: string | number | null;
  accountId?: string | number | null;
  customerId?: string | number | null;
  engineCategory?: EngineCategory | null;
}

function itemsWhere(ctx: ViewerContext, args: ItemsArgs): Prisma.ProtectedItemWhereInput {
  const and: Prisma.ProtectedItemWhereInput[] = [scopeWhere(ctx.viewer)];
  if (args.deviceId != null) and.push({ deviceId: idIn(args.deviceId, "Device") });
  if (args.accountId != null) and.push({ accountId: idIn(args.accountId, "CometAccount") });
  if (args.customerId != null) and.push({ customerId: idIn(args.customerId, "Customer") });
  if (args.engineCategory) and.push({ engine: enginesOf(args.engineCategory) });
  return { AND: and };
}
