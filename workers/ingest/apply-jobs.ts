import type { BackupJobDetail, UserProfileConfig } from "../../comet/client/index.js";
import type { NewLiveEvent } from "../../core/live/pubsub.js";
import { type JobRow, type ReturnedJob, upsertJobs } from "./apply-job-sql.js";
import { applyProfiles } from "./apply-profiles.js";
import { cometDate, type IngestContext, isoOf, mapBounded, writeMirror } from "./context.js";
import { followActions } from "./follow-actions.js";
import { compareJobKeys, statusRank } from "./job-order.js";

/**
 * Mirrors Comet jobs into `Job`, in one batched statement per call. Convergence lives in the SQL:
 * `ON CONFLICT ... DO UPDATE ... WHERE <incoming key> > <stored key>`, so a duplicate, stale or
 * reordered observation changes nothing and emits nothing, and any delivery order of one job's
 * observations ends in the same row (see job-order.ts for the key).
 *
 * `lastProgressAt` is the time *we* saw the job move forward (insert or key advance), not a Comet
 * timestamp: the stalled-job monitor compares it with our clock, and Comet's clock may be skewed
 * (or accelerated, in the simulator).
 */

export interface ApplyJobsOptions {
  /** Loads the profile of an account we do not know yet, so its jobs can be mapped. */
  fetchProfile?: (username: string) => Promise<{ profile: UserProfileConfig; profileHash?: string }>;
}

export interface ApplyJobsResult {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Parallel profile fetches for unknown accounts: enough to hide latency, few enough for Comet. */
const FETCH_CONCURRENCY = 4;

function toRow(job: BackupJobDetail): JobRow {
  const ended = cometDate(job.EndTime);
  const started = cometDate(job.StartTime);
  const p = job.Progress;
  return {
    job,
    started,
    ended,
    rank: statusRank(job.Status),
    counter: p?.Counter ?? 0,
    endedAtMs: ended?.getTime() ?? 0,
    uploadBytes: BigInt(Math.max(0, Math.trunc(job.UploadSize ?? 0))),
  };
}

/** Duplicates inside one batch collapse to the furthest observation (ON CONFLICT may touch a row once). */
function collapse(jobs: BackupJobDetail[]): JobRow[] {
  const byGuid = new Map<string, JobRow>();
  for (const job of jobs) {
    if (!job.GUID || !job.Username) continue;
    const row = toRow(job);
    const seen = byGuid.get(job.GUID);
    if (!seen || compareJobKeys(row, seen) > 0) byGuid.set(job.GUID, row);
  }
  // A stable lock order: two concurrent batches touching the same jobs cannot deadlock.
  return [...byGuid.values()].sort((a, b) => (a.job.GUID < b.job.GUID ? -1 : a.job.GUID > b.job.GUID ? 1 : 0));
}

/** job.started for a new running row, job.ended whenever the row lands in a terminal state, else job.progress. */
function jobEvent(r: ReturnedJob): NewLiveEvent {
  const topic = !r.isRunning ? "job.ended" : r.inserted ? "job.started" : "job.progress";
  return {
    mspId: r.mspId,
    customerId: r.customerId,
    topic,
    payload: {
      jobId: r.id,
      cometJobId: r.cometJobId,
      deviceId: r.deviceId,
      accountId: r.accountId,
      customerId: r.customerId,
      classification: r.classification,
      outcome: r.outcome,
      cometStatus: r.cometStatus,
      startedAt: isoOf(r.startedAt),
      endedAt: isoOf(r.endedAt),
      progressCounter: r.progressCounter,
      uploadBytes: String(r.uploadBytes),
    },
  };
}

async function knownUsernames(ctx: IngestContext, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await ctx.db.prisma.$queryRawUnsafe<{ username: string }[]>(
    `SELECT username FROM "CometAccount" WHERE "serverId" = $1 AND username = ANY($2::text[])`,
    ctx.server.id,
    usernames,
  );
  return new Set(rows.map((r) => r.username));
}

/** Fetches and mirrors the profiles of accounts first seen through a job; returns who is now known. */
async function learnAccounts(ctx: IngestContext, rows: JobRow[], opts: ApplyJobsOptions): Promise<Set<string>> {
  const usernames = [...new Set(rows.map((r) => r.job.Username))];
  const known = await knownUsernames(ctx, usernames);
  const unknown = usernames.filter((u) => !known.has(u));
  if (unknown.length === 0 || !opts.fetchProfile) return known;
  const fetch = opts.fetchProfile;
  const fetched = await mapBounded(unknown, FETCH_CONCURRENCY, async (username) => {
    try {
      return { username, ...(await fetch(username)) };
    } catch (err) {
      ctx.logger.debug({ username, err: String(err) }, "profile fetch for a job's account failed");
      return null;
    }
  });
  const profiles = fetched.filter((f) => f !== null);
  if (profiles.length > 0) await applyProfiles(ctx, profiles);
  return knownUsernames(ctx, usernames);
}

export async function applyJobs(
  ctx: IngestContext,
  jobs: BackupJobDetail[],
  opts: ApplyJobsOptions = {},
): Promise<ApplyJobsResult> {
  const rows = collapse(jobs);
  const invalid = jobs.length - jobs.filter((j) => j.GUID && j.Username).length;
  const known = await learnAccounts(ctx, rows, opts);
  const mappable = rows.filter((r) => known.has(r.job.Username));
  const skipped = rows.length - mappable.length;
  if (skipped > 0 || invalid > 0) {
    const unmapped = [...new Set(rows.filter((r) => !known.has(r.job.Username)).map((r) => r.job.Username))];
    ctx.logger.debug({ server: ctx.server.profileName, skipped, invalid, unmapped }, "jobs skipped");
  }
  if (mappable.length === 0) return { inserted: 0, updated: 0, unchanged: 0, skipped: skipped + invalid };
  const returned = await writeMirror(ctx, async (tx, emit) => {
    const out = await upsertJobs(tx, ctx.server.id, mappable);
    emit(out.map(jobEvent));
    // Device actions waiting for (or following) these jobs move in the same transaction.
    emit(await followActions(tx, ctx.server.id, out, mappable));
    return out;
  });
  const inserted = returned.filter((r) => r.inserted).length;
  const updated = returned.length - inserted;
  return { inserted, updated, unchanged: mappable.length - returned.length, skipped: skipped + invalid };
}
