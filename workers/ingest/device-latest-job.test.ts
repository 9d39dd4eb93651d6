import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../prisma/db.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildJob, buildProfile, seedTenant } from "../../test/ingest.js";
import { type IngestFixture, startIngestFixture, testLogger, waitFor } from "../../test/workers.js";
import { buildWorkers, type Workers } from "../index.js";
import { applyJobs } from "./apply-jobs.js";
import { applyProfiles } from "./apply-profiles.js";
import { refreshDeviceLatestJob } from "./device-latest-job.js";

/** Device.latestJob* as the ingest keeps it, against a recomputation from the Job rows. */

interface Latest {
  id: string;
  latestJobId: string | null;
  latestJobStartedAt: Date | null;
  latestJobOutcome: string | null;
  latestJobIsRunning: boolean;
}

const stored = (db: Db, where: object = {}): Promise<Latest[]> =>
  db.prisma.device.findMany({
    where,
    select: { id: true, latestJobId: true, latestJobStartedAt: true, latestJobOutcome: true, latestJobIsRunning: true },
    orderBy: { id: "asc" },
  });

/** The same figures straight from Job: each device's job with the greatest (startedAt, id). */
async function recomputed(db: Db): Promise<Latest[]> {
  return db.prisma.$queryRawUnsafe<Latest[]>(
    `SELECT d.id, l.id AS "latestJobId", l."startedAt" AS "latestJobStartedAt", l.outcome::text AS "latestJobOutcome",
       coalesce(l."isRunning", false) AS "latestJobIsRunning"
     FROM "Device" d LEFT JOIN (
       SELECT DISTINCT ON ("deviceId") "deviceId", id, "startedAt", outcome, "isRunning" FROM "Job"
       WHERE "deviceId" IS NOT NULL ORDER BY "deviceId", "startedAt" DESC, id DESC
     ) l ON l."deviceId" = d.id
     ORDER BY d.id`,
  );
}

describe("device latest job, kept by the job upsert", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const profile = () => buildProfile("acme-1", { devices: { dev1: { name: "Laptop" }, dev2: { name: "Server" } } });
  const at = (minutes: number) => 1_700_000_000 + minutes * 60;

  async function setup() {
    const { ctx } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    const devices = await db.prisma.device.findMany({
      where: { serverId: ctx.server.id },
      orderBy: { cometDeviceId: "asc" },
    });
    const latestOf = async (index: number) => {
      const [row] = await stored(db, { id: devices[index]!.id });
      const job = row!.latestJobId ? await db.prisma.job.findUnique({ where: { id: row!.latestJobId } }) : null;
      return { ...row!, cometJobId: job?.cometJobId ?? null };
    };
    return { ctx, devices, latestOf };
  }
  const job = (guid: string, device: string, startMinutes: number, extra: object = {}) =>
    buildJob({ GUID: guid, Username: "acme-1", DeviceID: device, StartTime: at(startMinutes), ...extra });

  it("points a device at its newest job; a job started later replaces it", async () => {
    const { ctx, latestOf } = await setup();
    await applyJobs(ctx, [job("a", "dev1", 0, { Status: 5000, EndTime: at(5) })]);
    expect(await latestOf(0)).toMatchObject({
      cometJobId: "a",
      latestJobOutcome: "SUCCESS",
      latestJobIsRunning: false,
    });
    await applyJobs(ctx, [job("b", "dev1", 10)]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "b", latestJobOutcome: "RUNNING", latestJobIsRunning: true });
    expect((await latestOf(0)).latestJobStartedAt?.getTime()).toBe(at(10) * 1000);
    // The other device of the account is untouched.
    expect(await latestOf(1)).toMatchObject({ latestJobId: null, latestJobOutcome: null, latestJobIsRunning: false });
  });

  it("keeps the newer job when an older one arrives late, alone or in the same batch", async () => {
    const { ctx, latestOf } = await setup();
    await applyJobs(ctx, [job("new", "dev1", 30, { Status: 7002, EndTime: at(31) })]);
    await applyJobs(ctx, [job("old", "dev1", 0, { Status: 5000, EndTime: at(1) })]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "new", latestJobOutcome: "ERROR" });
    // A late update of the older job (it ends) changes nothing either.
    await applyJobs(ctx, [job("old", "dev1", 0, { Status: 7001, EndTime: at(2), UploadSize: 5 })]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "new", latestJobOutcome: "ERROR" });
    // One batch with jobs of both devices, newest last or first: each device gets its newest.
    await applyJobs(ctx, [
      job("x1", "dev2", 40, { Status: 5000, EndTime: at(41) }),
      job("x3", "dev2", 60, { Status: 7004, EndTime: at(61) }),
      job("x2", "dev2", 50, { Status: 7001, EndTime: at(51) }),
    ]);
    expect(await latestOf(1)).toMatchObject({ cometJobId: "x3", latestJobOutcome: "MISSED" });
  });

  it("moves the outcome along as the latest job progresses and ends", async () => {
    const { ctx, latestOf } = await setup();
    await applyJobs(ctx, [job("p", "dev1", 0)]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "p", latestJobOutcome: "RUNNING", latestJobIsRunning: true });
    await applyJobs(ctx, [job("p", "dev1", 0, { Progress: { Counter: 4 } as never })]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "p", latestJobIsRunning: true });
    await applyJobs(ctx, [job("p", "dev1", 0, { Status: 7001, EndTime: at(9) })]);
    expect(await latestOf(0)).toMatchObject({
      cometJobId: "p",
      latestJobOutcome: "WARNING",
      latestJobIsRunning: false,
    });
  });

  it("recomputes from the job rows: a deleted latest job falls back to the previous one, no job clears", async () => {
    const { ctx, devices, latestOf } = await setup();
    await applyJobs(ctx, [
      job("r1", "dev1", 0, { Status: 5000, EndTime: at(1) }),
      job("r2", "dev1", 10, { Status: 7002, EndTime: at(11) }),
    ]);
    await db.prisma.job.deleteMany({ where: { serverId: ctx.server.id, cometJobId: "r2" } });
    await refreshDeviceLatestJob(db.prisma, [devices[0]!.id]);
    expect(await latestOf(0)).toMatchObject({ cometJobId: "r1", latestJobOutcome: "SUCCESS" });
    await db.prisma.job.deleteMany({ where: { serverId: ctx.server.id } });
    await refreshDeviceLatestJob(db.prisma, [devices[0]!.id]);
    expect(await latestOf(0)).toMatchObject({ latestJobId: null, latestJobStartedAt: null, latestJobOutcome: null });
  });
});

describe("device latest job after a simulator run", { timeout: 120_000 }, () => {
  let fx: IngestFixture | undefined;
  let workers: Workers | undefined;
  afterAll(async () => {
    await workers?.stop();
    await fx?.close();
  });

  it("matches a recomputation from the Job rows, with duplicated and shuffled delivery", async () => {
    fx = await startIngestFixture({ config: { INGEST_BATCH_MAX: 7, INGEST_FLUSH_MS: 0 } });
    workers = buildWorkers({ ...fx, logger: testLogger(), schedule: "none" });
    await workers.start();
    await workers.reconciled(fx.profileName);
    fx.sim.control.duplicateNext(200);
    fx.sim.control.shuffleNext(200);
    const guids = new Set(fx.sim.control.burstJobs(120));
    await waitFor("all burst jobs ended", async () => {
      const ended = await fx!.db.prisma.job.count({ where: { cometJobId: { in: [...guids] }, isRunning: false } });
      return ended === guids.size ? true : undefined;
    });
    const expected = await recomputed(fx.db);
    expect(expected.filter((d) => d.latestJobId !== null).length).toBeGreaterThan(0);
    expect(await stored(fx.db)).toEqual(expected);
  });
});
