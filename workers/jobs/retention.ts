import { z } from "zod";
import { idempotencyRetentionHours } from "../../core/actions/idempotency.js";
import { refreshDeviceLatestJob } from "../ingest/device-latest-job.js";
import type { JobContext, WorkerJob } from "./job.js";

/**
 * Keeps the outbox and the job history bounded. Deletes run in batches so that no single
 * statement holds locks (or, on PGlite, the only connection) for long while the stream ingests.
 */
export const RetentionPayloadModel = z.object({});
export type RetentionPayload = z.output<typeof RetentionPayloadModel>;

const BATCH = 5_000;

/** Repeats one bounded DELETE (`$1`: the age limit, `$2`: the batch) until it deletes less than a batch. */
async function deleteInBatches(ctx: JobContext, sql: string, age: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await ctx.db.prisma.$executeRawUnsafe(sql, age, BATCH);
    total += n;
    if (n < BATCH) return total;
  }
}

export const retention: WorkerJob<RetentionPayload> = {
  name: "retention",
  payload: RetentionPayloadModel,
  async run(ctx) {
    const liveEvents = await deleteInBatches(
      ctx,
      `DELETE FROM "LiveEvent" WHERE sequence IN (
         SELECT sequence FROM "LiveEvent" WHERE "createdAt" < now() - $1::int * interval '1 day'
         ORDER BY sequence LIMIT $2::int)`,
      ctx.config.LIVE_EVENT_RETENTION_DAYS,
    );
    // Only ended jobs: a job still running after a year is an anomaly the monitor must see.
    // The devices of deleted jobs are recomputed (an index probe each; only a device whose latest
    // job went changes): it then points at its newest remaining job, or none.
    let jobs = 0;
    for (;;) {
      const deleted = await ctx.db.prisma.$queryRawUnsafe<{ deviceId: string | null }[]>(
        `DELETE FROM "Job" WHERE id IN (
           SELECT id FROM "Job" WHERE NOT "isRunning" AND "endedAt" < now() - $1::int * interval '1 day'
           LIMIT $2::int)
         RETURNING "deviceId"`,
        ctx.config.JOB_RETENTION_DAYS,
        BATCH,
      );
      jobs += deleted.length;
      await refreshDeviceLatestJob(ctx.db.prisma, [
        ...new Set(deleted.flatMap((r) => (r.deviceId ? [r.deviceId] : []))),
      ]);
      if (deleted.length < BATCH) break;
    }
    // Idempotency keys only need to outlive a client's retries; replays after that act again.
    const idempotencyRecords = await deleteInBatches(
      ctx,
      `DELETE FROM "IdempotencyRecord" WHERE id IN (
         SELECT id FROM "IdempotencyRecord" WHERE "createdAt" < now() - $1::int * interval '1 hour'
         LIMIT $2::int)`,
      idempotencyRetentionHours,
    );
    ctx.print(
      `retention: deleted ${liveEvents} live events, ${jobs} jobs and ${idempotencyRecords} idempotency records`,
    );
    return { liveEvents, jobs, idempotencyRecords };
  },
};
