import { z } from "zod";
import { refreshDeviceLatestJob } from "../ingest/device-latest-job.js";
import type { JobContext, WorkerJob } from "./job.js";

/**
 * Keeps the outbox and the job history bounded. Deletes run in batches so that no single
 * statement holds locks (or, on PGlite, the only connection) for long while the stream ingests.
 */
export const RetentionPayloadModel = z.object({});
export type RetentionPayload = z.output<typeof RetentionPayloadModel>;

const BATCH = 5_000;

/** Repeats one bounded DELETE until it deletes less than a batch; returns the total. */
async function deleteInBatches(ctx: JobContext, sql: string, days: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await ctx.db.prisma.$executeRawUnsafe(sql, days, BATCH);
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
    ctx.print(`retention: deleted ${liveEvents} live events and ${jobs} jobs`);
    return { liveEvents, jobs };
  },
};
