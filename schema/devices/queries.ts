import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { Prisma } from "../../prisma/db.js";
import { builder, type Context } from "../builder.js";
import { requireViewer, scopeWhere } from "../tenancy.js";

builder.queryField("devices", (t) =>
  t.prismaConnection(
    {
      authScopes: { capability: "READ" },
      type: "Device",
      cursor: "id",
      description:
        "Devices of the viewer's tenant (all for the platform operator, the MSP's for its staff, the customer's " +
        "for its members), ordered by name. Devices removed from Comet are not listed.",
      extensions: { forwardPagination: true },
      args: {
        customerId: t.arg.id({ description: "Only devices of this customer (its global ID)." }),
        isOnline: t.arg.boolean({ description: "Only online (true) or offline (false) devices." }),
        search: t.arg.string({
          description: "Case-insensitive match on the device name, the account username or the Comet device id.",
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.device.count({ where: devicesWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.device.findMany({
          ...query,
          where: devicesWhere(ctx, args),
          orderBy: [{ friendlyName: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of devices." },
    { description: "A device in a page of devices." },
  ),
);

interface DevicesArgs {
  customerId?: string | null;
  isOnline?: boolean | null;
  search?: string | null;
}

function devicesWhere(ctx: Context, args: DevicesArgs): Prisma.DeviceWhereInput {
  const search = args.search?.trim();
  return {
    // AND-ed with the tenant fragment: a customerId filter can only narrow the scope, never widen it.
    AND: [scopeWhere(requireViewer(ctx)), args.customerId ? { customerId: customerLocalId(args.customerId) } : {}],
    revokedAt: null,
    ...(args.isOnline == null ? {} : { isOnline: args.isOnline }),
    ...(search
      ? {
          OR: [
            { friendlyName: { contains: search, mode: "insensitive" } },
            { account: { username: { contains: search, mode: "insensitive" } } },
            { cometDeviceId: search },
          ],
        }
      : {}),
  };
}

function customerLocalId(globalId: string): string {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typename === "Customer") return id;
  } catch {
    // fall through to the typed error below
  }
  throw new GraphQLError("customerId is not a customer ID", {
    extensions: { code: "BAD_USER_INPUT", argumentName: "customerId" },
  });
}
