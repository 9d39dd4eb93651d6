import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engineCategory } from "../../comet/client/engine-category.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildProfile, seedTenant } from "../../test/ingest.js";
import { jobContext } from "../../test/jobs.js";
import { applyProfiles } from "../ingest/apply-profiles.js";
import { rollups } from "./rollups.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

describe("engineCategory", () => {
  it("maps every built-in engine and sends unknown engines to OTHER", () => {
    expect(engineCategory("engine1/file")).toBe("FILES_AND_FOLDERS");
    expect(engineCategory("engine1/winmsofficemail")).toBe("MICROSOFT_365");
    expect(engineCategory("engine1/vsswriter")).toBe("APPLICATION_AWARE_WRITER");
    expect(engineCategory("engine9/quantum")).toBe("OTHER");
  });
});

describe("rollups", () => {
  it("sums devices, online devices, storage and items per account, customer and MSP", async () => {
    const { ctx, msp, world } = await seedTenant(db);
    await applyProfiles(ctx, [
      {
        username: "acme-1",
        profile: buildProfile("acme-1", {
          devices: { d1: { name: "A" }, d2: { name: "B" }, d3: { name: "Gone" } },
          sources: {
            s1: { engine: "engine1/file", owner: "d1" },
            s2: { engine: "engine1/hyperv", owner: "d2" },
            s3: { engine: "engine1/file", owner: "d2" },
          },
          vaults: { v1: { used: 1000 } },
        }),
      },
      {
        username: "acme-2",
        profile: buildProfile("acme-2", {
          devices: { e1: { name: "E" } },
          sources: { s4: { engine: "engine1/mssql", owner: "e1" } },
          vaults: { v2: { used: 500 }, v3: { used: 250 } },
        }),
      },
      { username: "gone-1", profile: buildProfile("gone-1", { devices: { g: { name: "G" } } }) },
    ]);
    const { c1, c2 } = (await world.customer("c1", "C1", { ref: null }).customer("c2", "C2", { ref: null }).build())
      .customers;
    const acc = (u: string) =>
      db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: ctx.server.id, username: u } });
    const [a1, a2, gone] = await Promise.all([acc("acme-1"), acc("acme-2"), acc("gone-1")]);
    await db.prisma.cometAccount.update({ where: { id: a1.id }, data: { customerId: c1.id } });
    await db.prisma.cometAccount.update({ where: { id: gone.id }, data: { missingSince: new Date() } });
    const setDev = (id: string, data: object) =>
      db.prisma.device.updateMany({ where: { serverId: ctx.server.id, cometDeviceId: id }, data });
    await setDev("d1", { isOnline: true });
    await setDev("d2", { lastSeenAt: new Date(Date.now() - 3 * 86_400_000) });
    await setDev("d3", { revokedAt: new Date(Date.now() - 86_400_000), isOnline: false });
    await setDev("e1", { lastSeenAt: new Date() });

    const day = new Date().toISOString().slice(0, 10);
    const ctxJob = jobContext(db);
    expect(await rollups.run(ctxJob, {})).toEqual({ day, msps: 1, customers: 2, accounts: 2 });
    await rollups.run(ctxJob, { day });
    const rows = await db.prisma.dailyRollup.findMany();
    expect(rows).toHaveLength(5);
    const of = (scopeId: string) => rows.find((r) => r.scopeId === scopeId)!;
    expect(of(a1.id)).toMatchObject({
      scope: "ACCOUNT",
      customerId: c1.id,
      devicesRegistered: 2,
      devicesOnline: 1,
      storageBytes: 1000n,
    });
    expect(of(a1.id).itemsByCategory).toEqual({ FILES_AND_FOLDERS: 2, HYPER_V: 1 });
    expect(of(a2.id)).toMatchObject({
      devicesRegistered: 1,
      devicesOnline: 1,
      storageBytes: 750n,
      itemsByCategory: { SQL_SERVER: 1 },
    });
    expect(of(c1.id)).toMatchObject({ scope: "CUSTOMER", devicesRegistered: 2, devicesOnline: 1, storageBytes: 1000n });
    expect(of(c2.id)).toMatchObject({ scope: "CUSTOMER", devicesRegistered: 0, storageBytes: 0n, itemsByCategory: {} });
    expect(of(msp.id)).toMatchObject({ scope: "MSP", devicesRegistered: 3, devicesOnline: 2, storageBytes: 1750n });
    expect(of(msp.id).itemsByCategory).toEqual({ FILES_AND_FOLDERS: 2, HYPER_V: 1, SQL_SERVER: 1 });
    expect(of(msp.id).day.toISOString().slice(0, 10)).toBe(day);
  });

  it("derives a past day from the jobs: a device that ran one was online, storage lacks the uploads since", async () => {
    const { ctx } = await seedTenant(db);
    await applyProfiles(ctx, [
      {
        username: "past-1",
        profile: buildProfile("past-1", {
          devices: { p1: { name: "Ran" }, p2: { name: "Missed" } },
          vaults: { v1: { used: 10_000 } },
        }),
      },
    ]);
    const account = await db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: ctx.server.id } });
    const devices = await db.prisma.device.findMany({
      where: { accountId: account.id },
      orderBy: { cometDeviceId: "asc" },
    });
    await db.prisma.device.updateMany({
      where: { accountId: account.id },
      data: { isOnline: false, lastSeenAt: null },
    });
    const dayMs = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 3 * 86_400_000;
    const job = (n: number, deviceId: string, at: number, outcome: "SUCCESS" | "MISSED", uploadBytes: bigint) => ({
      serverId: ctx.server.id,
      cometJobId: `past-job-${n}`,
      accountId: account.id,
      mspId: account.mspId,
      deviceId,
      classification: "BACKUP" as const,
      cometStatus: outcome === "SUCCESS" ? 5000 : 7006,
      outcome,
      statusRank: 2,
      isRunning: false,
      startedAt: new Date(at),
      uploadBytes,
    });
    await db.prisma.job.createMany({
      data: [
        job(1, devices[0]!.id, dayMs + 3_600_000, "SUCCESS", 100n), // that day: not after it
        job(2, devices[1]!.id, dayMs + 7_200_000, "MISSED", 0n),
        job(3, devices[0]!.id, dayMs + 86_400_000 + 60_000, "SUCCESS", 300n), // the next day
        job(4, devices[0]!.id, dayMs + 2 * 86_400_000, "SUCCESS", 200n),
      ],
    });
    const day = new Date(dayMs).toISOString().slice(0, 10);
    await rollups.run(jobContext(db), { day });
    const row = await db.prisma.dailyRollup.findFirstOrThrow({ where: { scopeId: account.id } });
    expect(row).toMatchObject({ devicesRegistered: 2, devicesOnline: 1, storageBytes: 9_500n });
  });

  it("rejects a malformed day", () => {
    expect(rollups.payload.safeParse({ day: "21/11/2026" }).success).toBe(false);
  });
});
