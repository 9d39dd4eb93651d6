import { type CometClient, CometError } from "../../comet/client/index.js";
import { resolveTarget } from "../../core/actions/dispatch.js";
import {
  CometServerError,
  ConflictError,
  DeviceOfflineError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import type { Context, ViewerContext } from "../builder.js";
import { actionDeps, assertMayAct, findActionDevice } from "./authorize.js";
import { pick } from "./run-backup.js";

/**
 * The restore wizard's reads ask the device itself (through the dispatcher): its snapshots, the
 * tree inside one, its own filesystem. They are held to the same rules as the restore they prepare
 * (scoped device, RESTORE allowed for the role) and need the live connection: an offline device is
 * a DeviceOfflineError before any Comet call. The TargetID is looked up right before each call
 * because it changes on every reconnect (dispatch.ts).
 */

export const browseErrors = [
  InvalidInputError,
  NotFoundError,
  ForbiddenError,
  ConflictError,
  DeviceOfflineError,
  CometServerError,
];

export type RestoreDevice = Awaited<ReturnType<typeof findActionDevice>>;

/** The device, if the viewer may restore on it; typed errors otherwise. */
export async function restoreDevice(
  ctx: ViewerContext,
  deviceId: string | number,
  path: string[],
): Promise<RestoreDevice> {
  const { viewer } = ctx;
  const device = await findActionDevice(ctx, viewer, deviceId, path);
  await assertMayAct(ctx, viewer, "RESTORE", device.mspId);
  return device;
}

/** Runs `ask` against the device's live connection; Comet refusals become CometServerError. */
export async function askDevice<T>(
  ctx: Context,
  device: RestoreDevice,
  ask: (client: CometClient, targetId: string) => Promise<T>,
): Promise<T> {
  const offline = () => new DeviceOfflineError(device.friendlyName, device.lastSeenAt);
  if (!device.isOnline) throw offline();
  const client = actionDeps(ctx).clientFor(device.account.server);
  try {
    const targetId = await resolveTarget(client, device);
    if (!targetId) throw offline();
    return await ask(client, targetId);
  } catch (error) {
    if (error instanceof CometError) throw new CometServerError(`The Comet server refused: ${error.message}`);
    throw error;
  }
}

/** One of the device account's storage vaults, by global ID; InvalidInputError on `path` otherwise. */
export function vaultOf(ctx: Context, device: RestoreDevice, globalId: string | number | null, path: string[]) {
  return pick(
    "storage vault",
    path,
    globalId,
    null,
    (where) =>
      ctx.prisma.storageVault.findMany({
        where: { accountId: device.accountId, ...where },
        select: { id: true, cometDestinationId: true, description: true },
      }),
    "StorageVault",
  );
}

/** One of the device's protected items, by global ID; InvalidInputError on `path` otherwise. */
export function itemOf(ctx: Context, device: RestoreDevice, globalId: string | number | null, path: string[]) {
  return pick(
    "protected item",
    path,
    globalId,
    null,
    (where) =>
      ctx.prisma.protectedItem.findMany({
        where: { accountId: device.accountId, deviceId: device.id, ...where },
        select: { id: true, cometSourceId: true, description: true, engine: true },
      }),
    "ProtectedItem",
  );
}
