import DataLoader from "dataloader";
import { actionKinds } from "../../core/actions/kinds.js";
import { capabilitiesOf } from "../../core/auth/capabilities.js";
import type { Viewer } from "../../core/auth/viewer.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context } from "../builder.js";
import { DeviceRef } from "../devices/device.js";
import { isCustomerScoped } from "./authorize.js";
import { DeviceActionKindRef } from "./device-action.js";

/**
 * Which actions the viewer may take, so the web client shows only the buttons that will work.
 * The same rule as `assertMayAct` (authorize.ts), which still decides when an action is asked for.
 * MSP staff never cost a query; customer-scoped viewers see devices of one MSP, so a page of
 * devices costs one lookup of that MSP's setting (per-request DataLoader), whatever its size.
 */

const allKinds = Object.keys(actionKinds) as DeviceActionKind[];

const loaders = new WeakMap<Context, DataLoader<string, DeviceActionKind[]>>();

/** `Msp.customerOwnerActions` of each MSP, batched and cached for the request. */
export function customerOwnerActionsOf(ctx: Context, mspId: string): Promise<DeviceActionKind[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.prisma.msp.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, customerOwnerActions: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r.customerOwnerActions]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader.load(mspId);
}

/** Action kinds the viewer may take on devices of `mspId` (before looking at the device itself). */
export async function allowedKinds(ctx: Context, viewer: Viewer, mspId: string): Promise<DeviceActionKind[]> {
  if (!capabilitiesOf(viewer).includes("OPERATE")) return [];
  if (viewer.kind === "customer" && viewer.role !== "CUSTOMER_OWNER") return [];
  if (!isCustomerScoped(viewer)) return allKinds;
  const allowed = new Set(await customerOwnerActionsOf(ctx, mspId));
  return allKinds.filter((kind) => allowed.has(kind));
}

builder.prismaObjectFields(DeviceRef, (t) => ({
  allowedActions: t.withAuth({ viewer: true }).field({
    type: [DeviceActionKindRef],
    description:
      "The actions you may take on this device: none for customer viewers, read-only API keys and revoked " +
      "devices; for customer owners (and customer-scoped keys with OPERATE) the ones their provider allows " +
      "(`Msp.customerOwnerActions`); every kind for MSP staff and keys with OPERATE. Whether the device is " +
      "online is not considered (offline devices can have actions queued).",
    resolve: (device, _args, ctx) => (device.revokedAt ? [] : allowedKinds(ctx, ctx.viewer, device.mspId)),
  }),
}));
