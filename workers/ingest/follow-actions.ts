import { type FollowPatch, followPatch, mayBeJobOf } from "../../core/actions/follow-job.js";
import { actionEvent } from "../../core/actions/lifecycle.js";
import type { NewLiveEvent } from "../../core/live/pubsub.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { JobRow, ReturnedJob } from "./apply-job-sql.js";
import { type Column, iso, type Tx, unnestFrom } from "./context.js";

/**
 * Moves device actions along with the jobs a batch just mirrored, inside the batch's transaction
 * (so an action's change commits, and is published, with its job's). Matching rules are in
 * schema/actions/follow-job.ts.
 *
 * Cost: nearly every batch concerns devices with no action in flight, so the common case is ONE
 * query over the few DISPATCHED/RUNNING actions (index on status) and nothing else. Rows move
 * only when a job links to an action or ends, in one UPDATE for the whole batch; each update is
 * guarded by status, so concurrent batches (or `linkKnownJob` after a send) cannot link one
 * action to two jobs or move a finished action back.
 */

type ActiveAction = Pick<
  DeviceAction,
  "id" | "deviceId" | "kind" | "status" | "params" | "cometJobId" | "dispatchedAt"
>;

interface Change extends FollowPatch {
  id: string;
}

const changeColumns: readonly Column<Change>[] = [
  ["id", "text", (c) => c.id],
  ["status", "text", (c) => c.status],
  ["job", "text", (c) => c.jobId],
  ["guid", "text", (c) => c.cometJobId],
  ["started", "timestamptz", (c) => iso(c.startedAt)],
  ["finished", "timestamptz", (c) => iso(c.finishedAt)],
  ["error", "text", (c) => c.errorMessage],
];

async function activeActions(tx: Tx, serverId: string, jobs: ReturnedJob[]): Promise<ActiveAction[]> {
  const deviceIds = [...new Set(jobs.flatMap((j) => (j.deviceId ? [j.deviceId] : [])))];
  // IN (SELECT unnest(...)) is a hashed subplan: a batch of thousands of jobs costs one lookup per action.
  return tx.$queryRawUnsafe<ActiveAction[]>(
    `SELECT id, "deviceId", kind::text AS kind, status::text AS status, params, "cometJobId", "dispatchedAt"
     FROM "DeviceAction"
     WHERE status IN ('DISPATCHED', 'RUNNING') AND "serverId" = $1
       AND ("deviceId" IN (SELECT unnest($2::text[])) OR "cometJobId" IN (SELECT unnest($3::text[])))
     ORDER BY "dispatchedAt" NULLS LAST, "createdAt", id`,
    serverId,
    deviceIds,
    jobs.map((j) => j.cometJobId),
  );
}

/** GUIDs among `guids` that some action (in any state) already names: not up for matching by kind. */
async function claimedGuids(tx: Tx, serverId: string, guids: string[]): Promise<Set<string>> {
  if (guids.length === 0) return new Set();
  const rows = await tx.$queryRawUnsafe<{ cometJobId: string }[]>(
    `SELECT "cometJobId" FROM "DeviceAction" WHERE "serverId" = $1 AND "cometJobId" = ANY($2::text[])`,
    serverId,
    guids,
  );
  return new Set(rows.map((r) => r.cometJobId));
}

/** Pairs jobs with actions; returns the changes to write (progress of a RUNNING action changes nothing). */
async function match(tx: Tx, serverId: string, jobs: ReturnedJob[], rows: JobRow[], active: ActiveAction[]) {
  const byGuid = new Map(active.flatMap((a) => (a.cometJobId ? [[a.cometJobId, a] as const] : [])));
  const waiting = active.filter((a) => a.status === "DISPATCHED" && !a.cometJobId && a.dispatchedAt);
  const waitingDevices = new Set(waiting.map((a) => a.deviceId));
  const candidates = jobs.filter((j) => j.deviceId && waitingDevices.has(j.deviceId) && !byGuid.has(j.cometJobId));
  const claimed = await claimedGuids(
    tx,
    serverId,
    candidates.map((j) => j.cometJobId),
  );
  const destination = new Map(rows.map((r) => [r.job.GUID, r.job.DestinationGUID ?? ""]));
  const changes: Change[] = [];
  // Oldest job first, so the oldest waiting action gets the first job that may be its own.
  const ordered = [...jobs].sort((a, b) => new Date(a.startedAt).getTime() - new Date(b.startedAt).getTime());
  for (const job of ordered) {
    let action = byGuid.get(job.cometJobId);
    if (!action && waitingDevices.has(job.deviceId ?? "") && !claimed.has(job.cometJobId)) {
      const candidate = { ...job, cometDestinationId: destination.get(job.cometJobId) ?? "" };
      const i = waiting.findIndex((a) => mayBeJobOf(a, candidate));
      if (i >= 0) action = waiting.splice(i, 1)[0];
    }
    if (!action) continue;
    const patch = followPatch(job);
    if (action.status === "RUNNING" && patch.status === "RUNNING") continue;
    changes.push({ id: action.id, ...patch });
  }
  return changes;
}

/** Follows the batch's jobs; returns the `action.updated` events to emit in the same transaction. */
export async function followActions(
  tx: Tx,
  serverId: string,
  jobs: ReturnedJob[],
  rows: JobRow[],
): Promise<NewLiveEvent[]> {
  if (jobs.length === 0) return [];
  const active = await activeActions(tx, serverId, jobs);
  if (active.length === 0) return [];
  const changes = await match(tx, serverId, jobs, rows, active);
  if (changes.length === 0) return [];
  const { sql, params } = unnestFrom(changeColumns, changes, 1);
  const updated = await tx.$queryRawUnsafe<DeviceAction[]>(
    `UPDATE "DeviceAction" a SET status = i.status::"DeviceActionStatus", "jobId" = i.job, "cometJobId" = i.guid,
       "startedAt" = COALESCE(a."startedAt", i.started), "finishedAt" = i.finished, "errorMessage" = i.error,
       "claimedUntil" = NULL, "updatedAt" = now()
     FROM ${sql}
     WHERE a.id = i.id AND a.status IN ('DISPATCHED', 'RUNNING') AND (a."cometJobId" IS NULL OR a."cometJobId" = i.guid)
     RETURNING a.*`,
    ...params,
  );
  return updated.map(actionEvent);
}
