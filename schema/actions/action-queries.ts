import { idIn } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import type { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { builder, type ViewerContext } from "../builder.js";
import { DeviceRef } from "../devices/device.js";
import { DeviceActionKindRef, DeviceActionStatusRef } from "./device-action.js";

/**
 * Reading device actions: one device's history (`Device.actions`) and the tenant-wide list
 * (`deviceActions`), newest first. One action is `node(id)`. Action rows carry the device's
 * tenant columns, so `scopeWhere` alone keeps every read inside the viewer's tenant.
 */

const newestActionFirst: Prisma.DeviceActionOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

interface ActionsArgs {
  statuses?: DeviceActionStatus[] | null;
  kinds?: DeviceActionKind[] | null;
  deviceId?: string | number | null;
  customerId?: string | number | null;
}

function actionsWhere(ctx: ViewerContext, args: ActionsArgs): Prisma.DeviceActionWhereInput {
  // Every filter is AND-ed with the tenant fragment: an id filter can only narrow the scope.
  const and: Prisma.DeviceActionWhereInput[] = [scopeWhere(ctx.viewer)];
  if (args.statuses?.length) and.push({ status: { in: args.statuses } });
  if (args.kinds?.length) and.push({ kind: { in: args.kinds } });
  if (args.deviceId != null) and.push({ deviceId: idIn(args.deviceId, "Device") });
  if (args.customerId != null) and.push({ customerId: idIn(args.customerId, "Customer") });
  return { AND: and };
}

builder.queryField("deviceActions", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "DeviceAction",
      cursor: "id",
      description:
        "Device actions of the viewer's tenant, newest first (by request time). Every filter narrows the list; " +
        "list filters match any of their values, and an omitted or empty list does not filter.",
      extensions: { forwardPagination: true },
      args: {
        statuses: t.arg({ type: [DeviceActionStatusRef], description: "Only actions in one of these states." }),
        kinds: t.arg({ type: [DeviceActionKindRef], description: "Only actions of these kinds." }),
        deviceId: t.arg.id({ description: "Only actions on this device (its global ID)." }),
        customerId: t.arg.id({ description: "Only actions on this customer's devices (its global ID)." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.deviceAction.count({ where: actionsWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.deviceAction.findMany({ ...query, where: actionsWhere(ctx, args), orderBy: newestActionFirst }),
    },
    { description: "A page of device actions." },
    { description: "A device action in a page of device actions." },
  ),
);

builder.prismaObjectFields(DeviceRef, (t) => ({
  actions: t.withAuth({ viewer: true }).relatedConnection(
    "actions",
    {
      cursor: "id",
      description: "Actions taken on the device (backups run, updates, cancels...), newest first.",
      extensions: { forwardPagination: true },
      args: {
        statuses: t.arg({ type: [DeviceActionStatusRef], description: "Only actions in one of these states." }),
      },
      totalCount: true,
      query: (args, ctx) => ({
        where: actionsWhere(ctx, { statuses: args.statuses }),
        orderBy: newestActionFirst,
      }),
    },
    { description: "A page of a device's actions." },
    { description: "An action in a page of a device's actions." },
  ),
}));
