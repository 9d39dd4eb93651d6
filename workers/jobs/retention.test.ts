import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyRetentionHours } from "../../core/actions/idempotency.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildJob, buildProfile, seedTenant } from "../../test/ingest.js";
import { jobContext } from "../../test/jobs.js";
import { applyJobs } from "../ingest/apply-jobs.js";
import { applyProfiles } from "../ingest/apply-profiles.js";
import { retention } from "./retention.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe("retention", () => {
  it("deletes only live events and ended jobs older than their retention", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: buildProfile("acme-1") }]);
    const job = (GUID: string, Status: number, EndTime = 0) => buildJob({ GUID, Username: "acme-1", Status, EndTime });
    await applyJobs(ctx, [job("old-ended", 5000, 1), job("recent-ended", 7002, 1), job("old-running", 6001)]);
    const backdate = (guid: string, ended: Date | null, started: Date) =>
      db.prisma.job.updateMany({ where: { cometJobId: guid }, data: { endedAt: ended, startedAt: started } });
    await backdate("old-ended", daysAgo(40), daysAgo(40));
    await backdate("recent-ended", daysAgo(20), daysAgo(20));
    await backdate("old-running", null, daysAgo(100));
    const ev = (createdAt: Date) => ({ mspId: msp.id, topic: "job.ended", payload: {}, createdAt });
    await db.prisma.liveEvent.deleteMany();
    await db.prisma.liveEvent.createMany({ data: [ev(daysAgo(10)), ev(daysAgo(8)), ev(daysAgo(6)), ev(new Date())] });

    const ctxJob = jobContext(db, { config: { LIVE_EVENT_RETENTION_DAYS: 7, JOB_RETENTION_DAYS: 30 } });
    expect(await retention.run(ctxJob, {})).toEqual({ liveEvents: 2, jobs: 1, idempotencyRecords: 0 });
    expect(await db.prisma.liveEvent.count()).toBe(2);
    const left = await db.prisma.job.findMany({ select: { cometJobId: true }, orderBy: { cometJobId: "asc" } });
    expect(left.map((j) => j.cometJobId)).toEqual(["old-running", "recent-ended"]);
    expect(await retention.run(ctxJob, {})).toEqual({ liveEvents: 0, jobs: 0, idempotencyRecords: 0 });
  });

  it(`forgets idempotency keys after ${idempotencyRetentionHours} hours`, async () => {
    const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000);
    const record = (key: string, createdAt: Date) => ({
      callerKey: "USER:retention-test",
      key,
      operation: "runBackup",
      inputHash: "x",
      createdAt,
    });
    await db.prisma.idempotencyRecord.createMany({
      data: [record("old", hoursAgo(idempotencyRetentionHours + 1)), record("fresh", hoursAgo(1))],
    });
    const result = await retention.run(jobContext(db), {});
    expect(result.idempotencyRecords).toBe(1);
    const left = await db.prisma.idempotencyRecord.findMany({ where: { callerKey: "USER:retention-test" } });
    expect(left.map((r) => r.key)).toEqual(["fresh"]);
  });
});
