import { actionKinds } from "../../core/actions/kinds.js";
import type { ActionDeps, Requester } from "../../core/actions/lifecycle.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { ConflictError, ForbiddenError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { cometClientFactory } from "../../core/servers/comet-client.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import type { Context } from "../builder.js";
import { requireSecrets } from "../servers/context.js";

/**
 * Who may take which device action. Customer viewers: none (their scopes lack OPERATE). Customer
 * owners and customer-scoped keys with OPERATE: the kinds their MSP allows (`Msp.customerOwnerActions`).
 * MSP staff, MSP-wide keys with OPERATE and the platform operator: all.
 */

/**
 * Field-level scopes of every action mutation; the per-kind rule is `assertMayAct`. OPERATE already
 * refuses customer viewers (FORBIDDEN), so `assertMayAct` decides only what depends on the MSP.
 */
export const actionScopes = { capability: "OPERATE" } as const;

export const isCustomerScoped = (viewer: Viewer) =>
  viewer.kind === "customer" || (viewer.kind === "apiKey" && viewer.customerId !== null);

export async function assertMayAct(ctx: Context, viewer: Viewer, kind: DeviceActionKind, mspId: string) {
  if (!isCustomerScoped(viewer)) return;
  const msp = await ctx.prisma.msp.findUnique({ where: { id: mspId }, select: { customerOwnerActions: true } });
  if (!msp?.customerOwnerActions.includes(kind)) {
    throw new ForbiddenError(`your provider does not allow customers to ${actionKinds[kind].label.toLowerCase()}`);
  }
}

/** A device the viewer may see (not revoked), with its account and server; NotFoundError otherwise. */
export async function findActionDevice(
  ctx: Context,
  viewer: Viewer,
  globalId: string | number,
  path = ["input", "deviceId"],
) {
  const id = requireLocalId(globalId, "Device", path);
  const device = await ctx.prisma.device.findFirst({
    where: { id, ...scopeWhere(viewer) },
    include: { account: { include: { server: true } } },
  });
  if (!device) throw new NotFoundError("Device");
  if (device.revokedAt) throw new ConflictError(`${device.friendlyName || "The device"} was revoked`);
  return device;
}

export function requesterOf(viewer: Viewer): Requester {
  return viewer.kind === "apiKey" ? { kind: "API_KEY", id: viewer.apiKeyId } : { kind: "USER", id: viewer.userId };
}

export function actionDeps(ctx: Context): ActionDeps {
  return { prisma: ctx.prisma, live: ctx.live, clientFor: cometClientFactory(requireSecrets(ctx)) };
}
