import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { idIn } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder, type ViewerContext } from "../builder.js";
import { type JobStatusBucket, JobStatusRef } from "../jobs/status.js";
import { status24hWhere } from "./status-24h.js";

builder.queryField("devices", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "Device",
      cursor: "id",
      description:
        "Devices of the viewer's tenant (all for the platform operator, the MSP's for its staff, the customer's " +
        "for its members), ordered by name. Devices removed from Comet are not listed.",
      extensions: { forwardPagination: true },
      args: {
        customerId: t.arg.id({ description: "Only devices of this customer (its global ID)." }),
        serverId: t.arg.id({ description: "Only devices on this Comet server (its global ID)." }),
        isOnline: t.arg.boolean({ description: "Only online (true) or offline (false) devices." }),
        status24h: t.arg({
          type: [JobStatusRef],
          description:
            "Only devices whose most recent job started in the last 24 hours (running included) has one of these " +
            "normalised statuses, as shown by `latestJob24h`. Devices without a job in that window match none. " +
            "An omitted or empty list does not filter.",
        }),
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

export interface DevicesArgs {
  customerId?: string | null;
  serverId?: string | null;
  isOnline?: boolean | null;
  status24h?: JobStatusBucket[] | null;
  search?: string | null;
}

export function devicesWhere(ctx: ViewerContext, args: DevicesArgs): Prisma.DeviceWhereInput {
  const search = args.search?.trim();
  const customerId = args.customerId ? customerLocalId(args.customerId) : null;
  const serverId = args.serverId != null ? idIn(args.serverId, "CometServer") : null;
  const status24h = args.status24h?.length ? status24hWhere(ctx, args.status24h) : null;
  return {
    // AND-ed with the tenant fragment: a customerId filter can only narrow the scope, never widen it.
    AND: [scopeWhere(ctx.viewer), customerId ? { customerId } : {}, serverId ? { serverId } : {}, status24h ?? {}],
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
