import { z } from "zod";
import { resumeBulkOperations } from "../../core/actions/bulk-run.js";
import { dispatchQueued, expireQueued, linkKnownJob } from "../../core/actions/dispatch.js";
import { followPatch } from "../../core/actions/follow-job.js";
import { actionKinds } from "../../core/actions/kinds.js";
import { type ActionDeps, transition } from "../../core/actions/lifecycle.js";
import type { CometServer, DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { JobContext, WorkerJob } from "./job.js";

/**
 * The device-action sweep. Queued actions are normally sent the moment the stream reports their
 * device connecting (`dispatchOnConnect`); this job catches whatever that missed (a connection
 * found by the heartbeat or reconcile of another process, a send that crashed mid-way and whose
 * lease ran out) and ends what can no longer move:
 * - QUEUED past `expiresAt`: EXPIRED, nothing sent;
 * - QUEUED on an online device: sent now;
 * - DISPATCHED with a job to follow whose job is already mirrored: linked (a missed match);
 * - DISPATCHED with no job after `noJobMinutes`: FAILED;
 * - RUNNING whose job already ended: SUCCEEDED / FAILED (a missed end).
 * Every step is a guarded transition, so running it twice, or beside the stream, changes nothing more.
 */
export const DeviceActionsPayloadModel = z.object({});
export type DeviceActionsPayload = z.output<typeof DeviceActionsPayloadModel>;

/**
 * A connected client starts a dispatched job within seconds; a software update first downloads
 * the installer. Half an hour without a job means the device dropped the command (it restarted,
 * or lost its connection right after Comet accepted it): the action will not start any more.
 */
export const noJobMinutes = 30;
/** A DISPATCHED action gets this long to be matched by the stream before the sweep looks it up itself. */
const linkGraceMs = 60_000;
/** Rows handled per run and step; the schedule runs every minute, so a backlog drains quickly. */
const BATCH = 500;

const followsJob = (Object.keys(actionKinds) as Array<keyof typeof actionKinds>).filter((k) => actionKinds[k].job);

export function actionDepsOf(ctx: JobContext): ActionDeps {
  return {
    prisma: ctx.db.prisma,
    live: ctx.live.pubsub,
    // The dispatch core always passes the full CometServer row it loaded with the device.
    clientFor: (server) => ctx.clientFor(server as CometServer),
  };
}

/** Sends the QUEUED actions of these devices (or of every online device); returns what happened. */
export async function dispatchQueuedOf(ctx: JobContext, deviceIds?: string[]) {
  const deps = actionDepsOf(ctx);
  const due = await ctx.db.prisma.deviceAction.findMany({
    where: {
      status: "QUEUED",
      expiresAt: { gt: new Date() },
      ...(deviceIds ? { deviceId: { in: deviceIds } } : { device: { isOnline: true, revokedAt: null } }),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: BATCH,
  });
  const outcome = { dispatched: 0, stillQueued: 0, errors: 0 };
  for (const { id } of due) {
    try {
      const sent = await dispatchQueued(deps, id);
      if (sent) outcome.dispatched += 1;
      else outcome.stillQueued += 1;
    } catch (err) {
      // Left claimed until its lease ends; the next sweep tries again.
      outcome.errors += 1;
      ctx.logger.warn({ err, deviceActionId: id }, "cannot send a queued device action");
    }
  }
  return outcome;
}

/**
 * The `onDevicesOnline` hook: sends in the background, one device batch after another, so that a
 * reconnect storm neither blocks ingestion nor floods the Comet server.
 */
export function dispatchOnConnect(ctx: JobContext): (deviceIds: string[]) => void {
  let chain = Promise.resolve();
  return (deviceIds) => {
    chain = chain
      .then(() => dispatchQueuedOf(ctx, deviceIds))
      .then((r) => {
        if (r.dispatched > 0 || r.errors > 0) ctx.logger.info({ ...r }, "queued device actions sent on connect");
      })
      .catch((err: Error) => ctx.logger.warn({ err }, "queued device actions on connect failed"));
  };
}

async function followMissed(ctx: JobContext, deps: ActionDeps) {
  let linked = 0;
  const dispatched = await ctx.db.prisma.deviceAction.findMany({
    where: { status: "DISPATCHED", kind: { in: followsJob }, dispatchedAt: { lt: new Date(Date.now() - linkGraceMs) } },
    orderBy: { dispatchedAt: "asc" },
    take: BATCH,
  });
  for (const action of dispatched) if (await linkKnownJob(deps, action)) linked += 1;
  const running = await ctx.db.prisma.deviceAction.findMany({
    where: { status: "RUNNING", job: { isRunning: false } },
    include: { job: true },
    take: BATCH,
  });
  for (const action of running) {
    if (!action.job) continue;
    const { status, ...patch } = followPatch(action.job);
    if (await transition(deps, action.id, ["RUNNING"], status, patch)) linked += 1;
  }
  return linked;
}

/** DISPATCHED actions that should have started a job long ago (or whose send never finished). */
function staleWhere(now: Date) {
  const cutoff = new Date(now.getTime() - noJobMinutes * 60_000);
  return {
    status: "DISPATCHED" as const,
    kind: { in: followsJob },
    OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    AND: [{ OR: [{ dispatchedAt: { lt: cutoff } }, { dispatchedAt: null, createdAt: { lt: cutoff } }] }],
  };
}

async function failStale(ctx: JobContext, deps: ActionDeps, now: Date) {
  const stale: Pick<DeviceAction, "id">[] = await ctx.db.prisma.deviceAction.findMany({
    where: staleWhere(now),
    select: { id: true },
    take: BATCH,
  });
  let failed = 0;
  for (const { id } of stale) {
    const done = await transition(deps, id, ["DISPATCHED"], "FAILED", {
      errorMessage: `no job started within ${noJobMinutes} minutes of sending it to the device`,
      finishedAt: now,
    });
    if (done) failed += 1;
  }
  return failed;
}

async function preview(ctx: JobContext, now: Date) {
  const prisma = ctx.db.prisma;
  const [expiring, sendable, stale] = await Promise.all([
    prisma.deviceAction.count({ where: { status: "QUEUED", expiresAt: { lte: now } } }),
    prisma.deviceAction.count({
      where: { status: "QUEUED", expiresAt: { gt: now }, device: { isOnline: true, revokedAt: null } },
    }),
    prisma.deviceAction.count({ where: staleWhere(now) }),
  ]);
  ctx.print(`device-actions (dry run): would expire ${expiring}, send ${sendable}, fail ${stale} without a job`);
  return { expired: expiring, dispatched: sendable, noJob: stale, followed: 0 };
}

export const deviceActions: WorkerJob<DeviceActionsPayload> = {
  name: "device-actions",
  payload: DeviceActionsPayloadModel,
  async run(ctx) {
    const now = new Date();
    if (ctx.dryRun) return preview(ctx, now);
    const deps = actionDepsOf(ctx);
    const expired = await expireQueued(deps, now);
    const sent = await dispatchQueuedOf(ctx);
    const followed = await followMissed(ctx, deps);
    const noJob = await failStale(ctx, deps, now);
    // A bulk operation whose process died mid-run: its actions were sent above; finish its bookkeeping.
    const bulk = await resumeBulkOperations(deps);
    ctx.print(
      `device-actions: expired ${expired}, sent ${sent.dispatched} (${sent.stillQueued} still offline), ` +
        `followed ${followed} missed job changes, failed ${noJob} without a job, resumed ${bulk} bulk operation(s)`,
    );
    if (sent.errors > 0) throw new Error(`${sent.errors} queued action(s) could not be sent; retrying`);
    return { expired, dispatched: sent.dispatched, noJob, followed, bulk };
  },
};
