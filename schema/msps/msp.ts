import { requireViewer } from "../../core/auth/viewer.js";
import { localId } from "../../core/global-id.js";
import { customerWhere, mspWhere, scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { DeviceActionKindRef } from "../actions/device-action.js";
import { builder, type ViewerContext } from "../builder.js";
import { deviceCount } from "../customers/counts.js";

export const TenantStatusRef = builder.enumType("TenantStatus", {
  description: "Lifecycle of a tenant (MSP or customer).",
  values: {
    ACTIVE: { description: "In use: listed and reachable as usual." },
    SUSPENDED: { description: "Temporarily on hold (e.g. unpaid); its data is kept and still listed." },
    ARCHIVED: { description: "No longer served; kept for history and can be restored." },
  } as const,
});

/**
 * A managed service provider. Everyone but the platform operator sees exactly one: their own.
 * The counts are computed within the viewer's scope, so a customer member sees its own share.
 */
export const MspRef = builder.prismaNode("Msp", {
  id: { field: "id" },
  nullable: true,
  // AND, not spread: the fragment carries its own `id` for non-operators, which would replace the looked-up one.
  findUnique: (id, ctx) => ({ id, AND: [mspWhere(requireViewer(ctx))] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Display name of the MSP." }),
    slug: t.exposeString("slug"),
    status: t.expose("status", { type: TenantStatusRef, description: "Lifecycle state of the MSP." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the MSP was added to the platform." }),
    customerCount: t.withAuth({ viewer: true }).relationCount("customers", {
      description: "Customers of the MSP that you can see (every status).",
      where: (_args, ctx) => customerWhere(ctx.viewer),
    }),
    accountCount: t.withAuth({ viewer: true }).relationCount("accounts", {
      description: "Comet accounts of the MSP that you can see, including ones Comet no longer lists.",
      where: (_args, ctx) => scopeWhere(ctx.viewer),
    }),
    deviceCount: t.withAuth({ viewer: true }).int({
      description: "Devices of the MSP that you can see; devices removed from Comet are not counted.",
      resolve: (msp, _args, ctx) => deviceCount(ctx, "mspId", msp.id),
    }),
    customerOwnerActions: t.expose("customerOwnerActions", {
      type: [DeviceActionKindRef],
      authScopes: { mspStaff: true },
      description:
        "Device actions the MSP lets customer owners (and customer-scoped API keys with OPERATE) take on their own " +
        "devices; customer viewers never may, MSP staff always may. MSP staff and the platform operator only " +
        "(customers see theirs per device in `Device.allowedActions`). Changed with `updateMspActionSettings`.",
    }),
  }),
});

builder.queryField("msps", (t) =>
  t.withAuth({ platform: true }).prismaConnection(
    {
      type: "Msp",
      cursor: "id",
      description: "Every MSP on the platform, ordered by name (platform operator only).",
      extensions: { forwardPagination: true },
      args: {
        search: t.arg.string({ description: "Case-insensitive match on the name or the slug." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.msp.count({ where: mspsWhere(ctx, args.search) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.msp.findMany({
          ...query,
          where: mspsWhere(ctx, args.search),
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of MSPs." },
    { description: "An MSP in a page of MSPs." },
  ),
);

function mspsWhere(ctx: ViewerContext, search?: string | null): Prisma.MspWhereInput {
  const text = search?.trim();
  return {
    AND: [mspWhere(ctx.viewer)],
    ...(text
      ? {
          OR: [{ name: { contains: text, mode: "insensitive" } }, { slug: { contains: text, mode: "insensitive" } }],
        }
      : {}),
  };
}

builder.queryField("msp", (t) =>
  t.withAuth({ capability: "READ" }).prismaField({
    type: "Msp",
    nullable: true,
    description:
      "One MSP: by `id`, or the viewer's own MSP without it. The platform operator has no MSP of its own, " +
      "so it gets null without `id`. Null when the MSP does not exist or is not yours.",
    args: { id: t.arg.id({ description: "Global ID of the MSP; omit for your own." }) },
    resolve: (query, _parent, args, ctx) => {
      const { viewer } = ctx;
      // Read before any early return: plugin-prisma warns about a selection that was never used.
      const selection = { ...query };
      const id = args.id == null ? (viewer.kind === "platform" ? null : viewer.mspId) : localId(args.id, "Msp");
      if (!id) return null;
      return ctx.prisma.msp.findFirst({ ...selection, where: { id, AND: [mspWhere(viewer)] } });
    },
  }),
);
