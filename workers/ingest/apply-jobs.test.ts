import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildJob, buildProfile, outbox, seedTenant } from "../../test/ingest.js";
import { applyJobs } from "./apply-jobs.js";
import { applyProfiles } from "./apply-profiles.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const profile = () =>
  buildProfile("acme-1", {
    devices: { dev1: { name: "Laptop" } },
    sources: { src1: { engine: "engine1/file", owner: "dev1" } },
    vaults: { vault1: {} },
  });
const links = { DeviceID: "dev1", SourceGUID: "src1", DestinationGUID: "vault1" };

describe("applyJobs", () => {
  it("inserts a running job linked to its device, item and vault and announces it once", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    const job = buildJob({ GUID: "j1", Username: "acme-1", ...links, Progress: { Counter: 2 } as never });
    expect(await applyJobs(ctx, [job])).toEqual({ inserted: 1, updated: 0, unchanged: 0, skipped: 0 });
    expect(await applyJobs(ctx, [job, job])).toEqual({ inserted: 0, updated: 0, unchanged: 1, skipped: 0 });
    const row = await db.prisma.job.findFirstOrThrow({ where: { serverId: ctx.server.id, cometJobId: "j1" } });
    expect(row).toMatchObject({ outcome: "RUNNING", isRunning: true, classification: "BACKUP", progressCounter: 2 });
    expect(row.deviceId).not.toBeNull();
    expect(row.protectedItemId).not.toBeNull();
    expect(row.storageVaultId).not.toBeNull();
    const events = (await outbox(db, msp.id)).filter((e) => e.topic.startsWith("job."));
    expect(events.map((e) => e.topic)).toEqual(["job.started"]);
    expect(events[0]!.payload).toMatchObject({ cometJobId: "j1", outcome: "RUNNING", progressCounter: 2 });
  });

  it("moves a job forward only: progress, then end; a late progress report changes nothing", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    const base = { GUID: "j2", Username: "acme-1", ...links };
    const progress = buildJob({ ...base, Progress: { Counter: 5 } as never, UploadSize: 10 });
    const done = buildJob({ ...base, Status: 5000, EndTime: 1_700_000_600, UploadSize: 99 });
    await applyJobs(ctx, [buildJob(base)]);
    expect(await applyJobs(ctx, [progress])).toMatchObject({ updated: 1 });
    expect(await applyJobs(ctx, [done])).toMatchObject({ updated: 1 });
    expect(await applyJobs(ctx, [progress])).toMatchObject({ unchanged: 1 });
    const row = await db.prisma.job.findFirstOrThrow({ where: { serverId: ctx.server.id, cometJobId: "j2" } });
    expect(row).toMatchObject({ outcome: "SUCCESS", isRunning: false, uploadBytes: 99n, statusRank: 4 });
    expect(row.endedAt?.toISOString()).toBe("2023-11-14T22:23:20.000Z");
    const topics = (await outbox(db, msp.id)).filter((e) => e.topic.startsWith("job.")).map((e) => e.topic);
    expect(topics).toEqual(["job.started", "job.progress", "job.ended"]);
  });

  it("reads timestamps above 1e12 as milliseconds", async () => {
    const { ctx } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    await applyJobs(ctx, [
      buildJob({
        GUID: "ms",
        Username: "acme-1",
        StartTime: 1_700_000_000_123,
        EndTime: 1_700_000_060_000,
        Status: 7002,
      }),
    ]);
    const row = await db.prisma.job.findFirstOrThrow({ where: { serverId: ctx.server.id, cometJobId: "ms" } });
    expect(row.startedAt.toISOString()).toBe("2023-11-14T22:13:20.123Z");
    expect(row.outcome).toBe("ERROR");
  });

  it("fetches the profile of an unknown account first, and skips jobs whose account stays unknown", async () => {
    const { ctx } = await seedTenant(db);
    const asked: string[] = [];
    const fetchProfile = async (username: string) => {
      asked.push(username);
      if (username !== "acme-1") throw new Error("no such user");
      return { profile: profile(), profileHash: "h" };
    };
    const jobs = [
      buildJob({ GUID: "a", Username: "acme-1", ...links }),
      buildJob({ GUID: "b", Username: "ghost-1" }),
      buildJob({ GUID: "", Username: "acme-1" }),
    ];
    expect(await applyJobs(ctx, jobs, { fetchProfile })).toEqual({ inserted: 1, updated: 0, unchanged: 0, skipped: 2 });
    expect(asked.sort()).toEqual(["acme-1", "ghost-1"]);
    const row = await db.prisma.job.findFirstOrThrow({ where: { serverId: ctx.server.id, cometJobId: "a" } });
    expect(row.deviceId).not.toBeNull();
    expect(await applyJobs(ctx, [buildJob({ GUID: "c", Username: "ghost-1" })])).toMatchObject({ skipped: 1 });
  });

  it("links a job to a device that only appears in a later profile", async () => {
    const { ctx } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: buildProfile("acme-1") }]);
    await applyJobs(ctx, [buildJob({ GUID: "early", Username: "acme-1", ...links })]);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    const row = await db.prisma.job.findFirstOrThrow({ where: { serverId: ctx.server.id, cometJobId: "early" } });
    expect(row.deviceId).not.toBeNull();
    expect(row.protectedItemId).not.toBeNull();
    expect(row.storageVaultId).not.toBeNull();
  });

  it("converges when two callers apply overlapping batches at the same time", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: profile() }]);
    const guids = Array.from({ length: 20 }, (_, i) => `c-${i}`);
    const running = guids.map((GUID) => buildJob({ GUID, Username: "acme-1", ...links }));
    const ended = guids.map((GUID) =>
      buildJob({ GUID, Username: "acme-1", ...links, Status: 5000, EndTime: 1_700_000_500 }),
    );
    await Promise.all([applyJobs(ctx, [...running].reverse()), applyJobs(ctx, ended), applyJobs(ctx, running)]);
    const rows = await db.prisma.job.findMany({ where: { serverId: ctx.server.id } });
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.outcome === "SUCCESS")).toBe(true);
    const ends = (await outbox(db, msp.id)).filter((e) => e.topic === "job.ended");
    expect(ends).toHaveLength(20);
  });
});
