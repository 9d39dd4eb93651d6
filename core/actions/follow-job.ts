import type { PrismaClient } from "../../prisma/db.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { actionKinds } from "./kinds.js";

/**
 * How a dispatched action finds the Comet job it started and follows it to its end. Shared by
 * the ingest worker (set-based, per batch of mirrored jobs: workers/ingest/follow-actions.ts)
 * and the dispatch core (`linkKnownJob`, for a job mirrored before Comet's reply arrived).
 *
 * A job is the action's when its GUID is the one Comet returned (run-backup-custom, restore).
 * Dispatcher calls that return no job GUID (update, retention, reindex) are matched instead to
 * the first job of the action's classification on the same device (and vault, for kinds that
 * name one) that started no earlier than `jobStartSlackMs` before the dispatch.
 */

/**
 * `dispatchedAt` is written after Comet's reply, while the device may already have started the
 * job; Comet's StartTime is also whole seconds from another clock. Five seconds covers both.
 */
export const jobStartSlackMs = 5_000;

/** The columns of a mirrored job that following needs (raw SQL may hand dates back as strings). */
export interface FollowedJob {
  id: string;
  cometJobId: string;
  classification: string;
  outcome: string;
  isRunning: boolean;
  startedAt: Date | string;
  endedAt: Date | string | null;
}

export interface JobCandidate {
  deviceId: string | null;
  classification: string;
  cometDestinationId: string;
  startedAt: Date | string;
}

type WaitingAction = Pick<DeviceAction, "kind" | "deviceId" | "params" | "dispatchedAt">;

/** The vault a kind's params name (RUN_BACKUP, RESTORE, APPLY_RETENTION, REINDEX_VAULT), or null. */
export function destinationOf(action: Pick<DeviceAction, "params">): string | null {
  const p = action.params as Record<string, unknown> | null;
  return typeof p?.destinationId === "string" && p.destinationId !== "" ? p.destinationId : null;
}

/** Whether `job` may be the job a dispatched action without a job GUID started. */
export function mayBeJobOf(action: WaitingAction, job: JobCandidate): boolean {
  const classification = actionKinds[action.kind].job;
  if (!classification || !action.dispatchedAt || job.deviceId !== action.deviceId) return false;
  if (job.classification !== classification) return false;
  const dest = destinationOf(action);
  if (dest !== null && job.cometDestinationId !== dest) return false;
  return new Date(job.startedAt).getTime() >= action.dispatchedAt.getTime() - jobStartSlackMs;
}

/** Words for an outcome in a message: `QUOTA_EXCEEDED` -> `Quota exceeded`. */
const words = (name: string) => name.charAt(0) + name.slice(1).toLowerCase().replaceAll("_", " ");

export interface FollowPatch {
  status: DeviceActionStatus;
  jobId: string;
  cometJobId: string;
  startedAt: Date;
  finishedAt: Date | null;
  errorMessage: string | null;
}

/** Where an action stands given its job: RUNNING, then SUCCEEDED (success, warnings) or FAILED. */
export function followPatch(job: FollowedJob): FollowPatch {
  const base = { jobId: job.id, cometJobId: job.cometJobId, startedAt: new Date(job.startedAt) };
  if (job.isRunning) return { ...base, status: "RUNNING", finishedAt: null, errorMessage: null };
  const finishedAt = job.endedAt ? new Date(job.endedAt) : new Date();
  if (job.outcome === "SUCCESS" || job.outcome === "WARNING") {
    return { ...base, status: "SUCCEEDED", finishedAt, errorMessage: null };
  }
  const errorMessage = `the ${words(job.classification).toLowerCase()} ended with status ${words(job.outcome)}`;
  return { ...base, status: "FAILED", finishedAt, errorMessage };
}

/** The mirrored job of a DISPATCHED action, if the mirror already has it. */
export async function findKnownJob(prisma: PrismaClient, action: DeviceAction) {
  if (action.cometJobId) {
    return prisma.job.findUnique({
      where: { serverId_cometJobId: { serverId: action.serverId, cometJobId: action.cometJobId } },
    });
  }
  const classification = actionKinds[action.kind].job;
  if (!classification || !action.dispatchedAt) return null;
  const dest = destinationOf(action);
  const job = await prisma.job.findFirst({
    where: {
      deviceId: action.deviceId,
      classification,
      startedAt: { gte: new Date(action.dispatchedAt.getTime() - jobStartSlackMs) },
      ...(dest !== null ? { cometDestinationId: dest } : {}),
      // Not another action's job already.
      actions: { none: {} },
    },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
  });
  if (!job) return null;
  const claimed = await prisma.deviceAction.count({
    where: { serverId: action.serverId, cometJobId: job.cometJobId },
  });
  return claimed === 0 ? job : null;
}
