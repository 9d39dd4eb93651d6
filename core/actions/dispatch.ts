import { type CometClient, CometError } from "../../comet/client/index.js";
import type { Prisma, PrismaClient } from "../../prisma/db.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { DeviceOfflineError } from "../errors.js";
import { type LiveChannel, type NewLiveEvent, writeLiveEvents } from "../live/pubsub.js";
import type { CometClientFor } from "../servers/comet-client.js";
import { findKnownJob, followPatch } from "./follow-job.js";
import { actionKinds } from "./kinds.js";
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

export interface ActionDeps {
  prisma: PrismaClient;
  live: LiveChannel;
  clientFor: CometClientFor;
}

export interface Requester {
  kind: "USER" | "API_KEY";
  id: string | null;
}

export interface NewAction<K extends DeviceActionKind = DeviceActionKind> {
  kind: K;
  /** Our Device.id; the caller has already checked the viewer may act on it. */
  deviceId: string;
  params: ActionParams[K];
  summary: string;
  /** Queue until the device connects (queueable kinds only); null: fail when offline. */
  queue: { expiresAt: Date } | null;
  requestedBy: Requester;
  bulkOperationId?: string | null;
}

type DeviceWithServer = Prisma.DeviceGetPayload<{ include: { account: { include: { server: true } } } }>;

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

async function insertAction(
  deps: ActionDeps,
  device: DeviceWithServer,
  spec: NewAction,
  status: DeviceActionStatus,
  opts: { claimed?: boolean } = {},
): Promise<DeviceAction> {
  return inTransaction(deps, async (tx, emit) => {
    const action = await tx.deviceAction.create({
      data: {
        mspId: device.mspId,
        customerId: device.customerId,
        serverId: device.serverId,
        accountId: device.accountId,
        deviceId: device.id,
        kind: spec.kind,
        status,
        params: spec.params as object,
        summary: spec.summary,
        expiresAt: status === "QUEUED" ? (spec.queue?.expiresAt ?? null) : null,
        requestedByKind: spec.requestedBy.kind,
        requestedById: spec.requestedBy.id,
        bulkOperationId: spec.bulkOperationId ?? null,
        claimedUntil: opts.claimed ? new Date(Date.now() + 60_000) : null,
        attempts: opts.claimed ? 1 : 0,
      },
    });
    emit(actionEvent(action));
    return action;
  });
}

type Patch = Partial<
  Pick<DeviceAction, "errorMessage" | "cometJobId" | "jobId" | "dispatchedAt" | "startedAt" | "finishedAt">
>;

/** Writes the outcome of a send (the action is claimed by this process, so no status guard is needed). */
async function finish(deps: ActionDeps, action: DeviceAction, status: DeviceActionStatus, patch: Patch) {
  const final = status === "SUCCEEDED" || status === "FAILED";
  const updated = await inTransaction(deps, async (tx, emit) => {
    const row = await tx.deviceAction.update({
      where: { id: action.id },
      data: { ...patch, status, claimedUntil: null, ...(final && !patch.finishedAt ? { finishedAt: new Date() } : {}) },
    });
    emit(actionEvent(row));
    return row;
  });
  return updated;
}

/** Moves an action from one of `from` to `to`; null when it was in another state (someone else moved it). */
export async function transition(
  deps: ActionDeps,
  actionId: string,
  from: DeviceActionStatus[],
  to: DeviceActionStatus,
  patch: Patch,
  unclaimedOnly = false,
): Promise<DeviceAction | null> {
  return inTransaction(deps, async (tx, emit) => {
    const now = new Date();
    const moved = await tx.deviceAction.updateMany({
      where: {
        id: actionId,
        status: { in: from },
        ...(unclaimedOnly ? { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] } : {}),
      },
      data: { ...patch, status: to, claimedUntil: null },
    });
    if (moved.count === 0) return null;
    const row = await tx.deviceAction.findUniqueOrThrow({ where: { id: actionId } });
    emit(actionEvent(row));
    return row;
  });
}

/** The `action.updated` outbox payload: what a list row of actions shows. */
export function actionEvent(a: DeviceAction): NewLiveEvent {
  return {
    mspId: a.mspId,
    customerId: a.customerId,
    topic: "action.updated",
    payload: {
      actionId: a.id,
      deviceId: a.deviceId,
      accountId: a.accountId,
      kind: a.kind,
      status: a.status,
      summary: a.summary,
      jobId: a.jobId,
      errorMessage: a.errorMessage,
      bulkOperationId: a.bulkOperationId,
    },
  };
}

type Tx = Prisma.TransactionClient;

/** One transaction for the rows and their outbox events; publishes after commit. */
export async function inTransaction<T>(
  deps: Pick<ActionDeps, "prisma" | "live">,
  fn: (tx: Tx, emit: (e: NewLiveEvent) => void) => Promise<T>,
): Promise<T> {
  const events: NewLiveEvent[] = [];
  let messages: Awaited<ReturnType<typeof writeLiveEvents>> = [];
  const out = await deps.prisma.$transaction(async (tx) => {
    const result = await fn(tx, (e) => events.push(e));
    messages = await writeLiveEvents(tx, events);
    return result;
  });
  for (const m of messages) deps.live.publish("live", m.mspId, m);
  return out;
}
