import { type CometClient, CometError } from "../../comet/client/index.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import { DeviceOfflineError } from "../errors.js";
import { findKnownJob, followPatch } from "./follow-job.js";
import { actionKinds } from "./kinds.js";
import {
  type ActionDeps,
  type DeviceWithServer,
  finish,
  insertAction,
  type NewAction,
  transition,
} from "./lifecycle.js";
import type { ActionParams } from "./params.js";

/**
 * The one path by which a device action reaches Comet, shared by the API (immediate actions) and
 * the workers (queued ones, when the device connects). Every status change writes the action row
 * and its `action.updated` outbox event in one transaction and publishes after commit.
 *
 * Dispatcher calls need the device's *current* live-connection GUID (TargetID), which changes on
 * every reconnect, so it is looked up with `list-active` right before the call rather than read
 * from the mirror. The mirror's `isOnline` is only used to refuse early, without any Comet call.
 */

/** Creates the action and sends it now, or queues it; throws DeviceOfflineError when neither is possible. */
export async function requestAction(deps: ActionDeps, spec: NewAction): Promise<DeviceAction> {
  const info = actionKinds[spec.kind];
  const device = await deps.prisma.device.findUniqueOrThrow({
    where: { id: spec.deviceId },
    include: { account: { include: { server: true } } },
  });
  const offline = async () => {
    if (spec.queue && info.queueable) return insertAction(deps, device, spec, "QUEUED");
    throw new DeviceOfflineError(device.friendlyName, device.lastSeenAt);
  };
  if (info.live && !device.isOnline) return offline();
  const client = deps.clientFor(device.account.server);
  let targetId: string | null = null;
  if (info.live && spec.kind !== "CANCEL_JOB") {
    targetId = await resolveTarget(client, device);
    if (!targetId) return offline();
  }
  const action = await insertAction(deps, device, spec, "DISPATCHED", { claimed: true });
  return send(deps, client, device, action, targetId);
}

/** Sends a queued action if its device is connected now; returns null when it stays queued (or was taken). */
export async function dispatchQueued(deps: ActionDeps, actionId: string): Promise<DeviceAction | null> {
  // Claim with a lease so that two workers (or a worker and the API) never send it twice.
  const claimed = await deps.prisma.deviceAction.updateMany({
    where: {
      id: actionId,
      status: "QUEUED",
      expiresAt: { gt: new Date() },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: new Date() } }],
    },
    data: { claimedUntil: new Date(Date.now() + 60_000), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return null;
  const action = await deps.prisma.deviceAction.findUniqueOrThrow({ where: { id: actionId } });
  const device = await deps.prisma.device.findUniqueOrThrow({
    where: { id: action.deviceId },
    include: { account: { include: { server: true } } },
  });
  const release = () =>
    deps.prisma.deviceAction.update({ where: { id: actionId }, data: { claimedUntil: null } }).then(() => null);
  if (device.revokedAt) return finish(deps, action, "FAILED", { errorMessage: "the device was revoked" });
  const client = deps.clientFor(device.account.server);
  let targetId: string | null;
  try {
    targetId = await resolveTarget(client, device);
  } catch {
    return release();
  }
  if (!targetId) return release();
  return send(deps, client, device, action, targetId);
}

/** Queued actions whose time ran out: EXPIRED, nothing sent. Returns how many. */
export async function expireQueued(deps: ActionDeps, now = new Date()): Promise<number> {
  const due = await deps.prisma.deviceAction.findMany({
    where: { status: "QUEUED", expiresAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    select: { id: true },
    take: 1000,
  });
  let n = 0;
  for (const { id } of due) {
    const done = await transition(deps, id, ["QUEUED"], "EXPIRED", {
      errorMessage: "the device did not connect before the action expired; nothing was sent",
      finishedAt: now,
    });
    if (done) n++;
  }
  return n;
}

/** QUEUED -> CANCELLED (only while nobody is sending it). Null when it was not queued any more. */
export function cancelQueued(deps: ActionDeps, actionId: string, reason = "cancelled before it was sent") {
  return transition(deps, actionId, ["QUEUED"], "CANCELLED", { errorMessage: reason, finishedAt: new Date() }, true);
}

/** The live-connection GUID of the device right now, or null when it is not connected. */
export async function resolveTarget(
  client: CometClient,
  device: { cometDeviceId: string; account: { username: string } },
): Promise<string | null> {
  const active = await client.listActive(device.account.username);
  for (const [targetId, conn] of Object.entries(active)) {
    if (conn.DeviceID === device.cometDeviceId && conn.Username === device.account.username) return targetId;
  }
  return null;
}

async function send(
  deps: ActionDeps,
  client: CometClient,
  device: DeviceWithServer,
  action: DeviceAction,
  targetId: string | null,
): Promise<DeviceAction> {
  let cometJobId: string | undefined;
  try {
    cometJobId = await callComet(client, device, action, targetId);
  } catch (error) {
    if (!(error instanceof CometError)) throw error;
    return finish(deps, action, "FAILED", { errorMessage: `The Comet server refused: ${error.message}` });
  }
  const followsJob = actionKinds[action.kind].job !== null;
  const sent = await finish(deps, action, followsJob ? "DISPATCHED" : "SUCCEEDED", {
    cometJobId: cometJobId ?? null,
    dispatchedAt: new Date(),
  });
  if (sent.status !== "DISPATCHED") return sent;
  return (await linkKnownJob(deps, sent)) ?? sent;
}

/**
 * Follows a job the mirror already has: the event stream can deliver the job (even its end)
 * before Comet's reply gave us its GUID, and the ingest worker only follows jobs of actions it
 * can match. Null when there is no such job yet (the ingest worker links it when it arrives).
 */
export async function linkKnownJob(deps: ActionDeps, action: DeviceAction) {
  if (action.status !== "DISPATCHED") return null;
  const job = await findKnownJob(deps.prisma, action);
  if (!job) return null;
  const { status, ...patch } = followPatch(job);
  return transition(deps, action.id, ["DISPATCHED"], status, patch);
}

/** Performs the Comet call for an action; returns the job GUID when Comet reports one. */
async function callComet(
  client: CometClient,
  device: DeviceWithServer,
  action: DeviceAction,
  targetId: string | null,
): Promise<string | undefined> {
  const username = device.account.username;
  const target = () => {
    if (!targetId) throw new Error(`${action.kind} needs a TargetID`);
    return targetId;
  };
  const p = action.params as Record<string, unknown>;
  const str = (k: string) => String(p[k] ?? "");
  switch (action.kind) {
    case "RUN_BACKUP":
      return (await client.runBackupCustom(target(), str("sourceId"), str("destinationId"))).jobId;
    case "RESTORE": {
      const r = p as unknown as ActionParams["RESTORE"];
      const result = await client.runRestoreCustom(target(), {
        source: r.sourceId,
        destination: r.destinationId,
        options: r.options,
        ...(r.snapshotId ? { snapshot: r.snapshotId } : {}),
        ...(r.paths && r.paths.length > 0 ? { paths: r.paths } : {}),
      });
      return result.jobId;
    }
    case "UPDATE_SOFTWARE":
      await client.updateSoftware(target());
      return undefined;
    case "UNINSTALL_SOFTWARE":
      await client.uninstallSoftware(target(), p.removeConfig === true);
      return undefined;
    case "REVOKE_DEVICE":
      await client.revokeDevice(username, device.cometDeviceId);
      return undefined;
    case "APPLY_RETENTION":
      await client.applyRetentionRules(target(), str("destinationId"));
      return undefined;
    case "REINDEX_VAULT":
      await client.reindexStorageVault(target(), str("destinationId"));
      return undefined;
    case "CANCEL_JOB":
      await client.cancelJob(username, str("cometJobId"));
      return undefined;
    case "ABANDON_JOB":
      await client.abandonJob(username, str("cometJobId"));
      return undefined;
  }
}
