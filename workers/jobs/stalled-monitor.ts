import { z } from "zod";
import { JOB_STATUS } from "../../comet/client/constants.js";
import type { BackupJobDetail, CometClient } from "../../comet/client/index.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import { applyJobs } from "../ingest/apply-jobs.js";
import { type IngestContext, mapBounded } from "../ingest/context.js";
import { statusRank } from "../ingest/job-order.js";
import { forEachServer, ingestContext, type JobContext, type WorkerJob } from "./job.js";

/**
 * Jobs Comet still calls running but that stopped moving. Comet emits no event when an admin
 * cancels a job from its UI, and a device that dies mid-job leaves it "running" forever, so
 * stale running rows are confirmed with get-job-properties: an end we missed is finalised, new
 * progress is mirrored, and a truly stuck job is cancelled, then abandoned after
 * STALLED_MAX_ATTEMPTS cancels did not end it.
 */
export const StalledMonitorPayloadModel = z.object({ server: z.string().optional() });
export type StalledMonitorPayload = z.output<typeof StalledMonitorPayloadModel>;

interface Candidate {
  id: string;
  cometJobId: string;
  username: string;
  statusRank: number;
  progressCounter: number;
  monitorAttempts: number;
  lastProgressAt: Date | null;
}

type Outcome = "finalised" | "progressed" | "cancelled" | "cancelFailed" | "abandoned" | "errors";

/** Comet calls this concurrently-safe; a handful in flight keeps a 200-job pass short. */
const CHECK_CONCURRENCY = 4;

async function candidates(ctx: JobContext, server: CometServer): Promise<Candidate[]> {
  const c = ctx.config;
  // lastProgressAt is when *we* saw the job move (see apply-jobs.ts), so Comet clock skew is harmless.
  return ctx.db.prisma.$queryRawUnsafe<Candidate[]>(
    `SELECT j.id, j."cometJobId", a.username, j."statusRank", j."progressCounter", j."monitorAttempts", j."lastProgressAt"
     FROM "Job" j JOIN "CometAccount" a ON a.id = j."accountId"
     WHERE j."serverId" = $1 AND j."isRunning"
       AND COALESCE(j."lastProgressAt", j."startedAt") < now() - $2::int * interval '1 second'
       AND (j."monitorCheckedAt" IS NULL OR j."monitorCheckedAt" <= now() - $3::int * interval '1 second')
     ORDER BY COALESCE(j."lastProgressAt", j."startedAt") LIMIT $4::int`,
    server.id,
    c.STALLED_STALE_SECONDS,
    c.STALLED_RECHECK_SECONDS,
    c.STALLED_BATCH,
  );
}

async function record(ctx: JobContext, job: Candidate, attempts: number, action: string): Promise<void> {
  await ctx.db.prisma.job.update({
    where: { id: job.id },
    data: { monitorAttempts: attempts, monitorCheckedAt: new Date(), monitorLastAction: action.slice(0, 500) },
  });
}

const isEnd = (d: BackupJobDetail) => (d.Status >= 5000 && d.Status <= 5999) || (d.Status >= 7000 && d.Status <= 7999);

/** Asks Comet to cancel, then re-reads: a cancel that took effect is mirrored at once. */
async function cancel(ctx: JobContext, ictx: IngestContext, client: CometClient, job: Candidate): Promise<Outcome> {
  const attempt = job.monitorAttempts + 1;
  try {
    await client.cancelJob(job.username, job.cometJobId);
  } catch (err) {
    await record(ctx, job, attempt, `cancel failed (attempt ${attempt}): ${String(err)}`);
    ctx.print(`job ${job.cometJobId} (${job.username}): cancel attempt ${attempt} failed: ${String(err)}`);
    return "cancelFailed";
  }
  const after = await client.getJobProperties(job.cometJobId);
  if (isEnd(after)) await applyJobs(ictx, [after]);
  await record(ctx, job, attempt, `cancel requested (attempt ${attempt})`);
  ctx.print(`job ${job.cometJobId} (${job.username}): cancel requested (attempt ${attempt})`);
  return "cancelled";
}

/** Abandon never needs the device; Comet revives the job (6002) if the device reports in again. */
async function abandon(
  ctx: JobContext,
  ictx: IngestContext,
  client: CometClient,
  job: Candidate,
  before: BackupJobDetail,
) {
  await client.abandonJob(job.username, job.cometJobId);
  const after = await client.getJobProperties(job.cometJobId).catch(() => before);
  const ended = isEnd(after)
    ? after
    : { ...after, Status: JOB_STATUS.FAILED_ABANDONED, EndTime: Math.floor(Date.now() / 1000) };
  await applyJobs(ictx, [ended]);
  await record(ctx, job, job.monitorAttempts + 1, "abandoned");
  ctx.print(`job ${job.cometJobId} (${job.username}): abandoned after ${job.monitorAttempts} cancel attempts`);
}

async function check(ctx: JobContext, ictx: IngestContext, client: CometClient, job: Candidate): Promise<Outcome> {
  const max = ctx.config.STALLED_MAX_ATTEMPTS;
  const d = await client.getJobProperties(job.cometJobId);
  const label = `job ${job.cometJobId} (${job.username})`;
  if (ctx.verbose)
    ctx.print(`${label}: status ${d.Status}, counter ${d.Progress?.Counter ?? 0}, attempts ${job.monitorAttempts}`);
  const progressed = (d.Progress?.Counter ?? 0) > job.progressCounter || statusRank(d.Status) > job.statusRank;
  if (isEnd(d) || progressed) {
    const outcome: Outcome = isEnd(d) ? "finalised" : "progressed";
    if (ctx.dryRun) {
      ctx.print(`${label}: would mirror ${outcome === "finalised" ? `its end (status ${d.Status})` : "new progress"}`);
      return outcome;
    }
    await applyJobs(ictx, [d]);
    await record(ctx, job, 0, outcome);
    ctx.print(`${label}: ${outcome} (status ${d.Status})`);
    return outcome;
  }
  if (job.monitorAttempts >= max) {
    if (ctx.dryRun) ctx.print(`${label}: would abandon after ${job.monitorAttempts} cancel attempts`);
    else await abandon(ctx, ictx, client, job, d);
    return "abandoned";
  }
  if (ctx.dryRun) {
    ctx.print(`${label}: would cancel (attempt ${job.monitorAttempts + 1} of ${max})`);
    return "cancelled";
  }
  return cancel(ctx, ictx, client, job);
}

export const stalledMonitor: WorkerJob<StalledMonitorPayload> = {
  name: "stalled-monitor",
  payload: StalledMonitorPayloadModel,
  async run(ctx, payload) {
    return forEachServer(ctx, payload.server, async (server) => {
      const client = ctx.clientFor(server);
      const ictx = ingestContext(ctx, server);
      const jobs = await candidates(ctx, server);
      const counts: Record<Outcome | "checked", number> = {
        checked: jobs.length,
        finalised: 0,
        progressed: 0,
        cancelled: 0,
        cancelFailed: 0,
        abandoned: 0,
        errors: 0,
      };
      const outcomes = await mapBounded(jobs, CHECK_CONCURRENCY, (job) =>
        check(ctx, ictx, client, job).catch(async (err): Promise<Outcome> => {
          ctx.logger.warn({ err, job: job.cometJobId }, "stalled job check failed");
          ctx.print(`job ${job.cometJobId} (${job.username}): check failed: ${String(err)}`);
          if (!ctx.dryRun) await record(ctx, job, job.monitorAttempts, `check failed: ${String(err)}`);
          return "errors";
        }),
      );
      for (const o of outcomes) counts[o] += 1;
      return counts;
    });
  },
};
