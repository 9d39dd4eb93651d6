import type { Prisma, PrismaClient } from "../../prisma/db.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { type LiveChannel, type NewLiveEvent, writeLiveEvents } from "../live/pubsub.js";
import type { CometClientFor } from "../servers/comet-client.js";
import type { ActionParams } from "./params.js";

/**
 * A device action's record: who asked for what, and every status it moves through. Each change
 * writes the row and its `action.updated` outbox event in one transaction and publishes after
 * commit, so a live list of actions never misses a step. Sending to Comet is dispatch.ts's job.
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

export type DeviceWithServer = Prisma.DeviceGetPayload<{ include: { account: { include: { server: true } } } }>;

/** Records a new action in `status` (claimed by this process when it is about to send it). */
export async function insertAction(
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

export type Patch = Partial<
  Pick<DeviceAction, "errorMessage" | "cometJobId" | "jobId" | "dispatchedAt" | "startedAt" | "finishedAt">
>;

/** Writes the outcome of a send (the action is claimed by this process, so no status guard is needed). */
export async function finish(deps: ActionDeps, action: DeviceAction, status: DeviceActionStatus, patch: Patch) {
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
