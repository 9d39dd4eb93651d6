import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CometClient } from "../../comet/client/index.js";
import type { Simulator } from "../../comet/simulator/index.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { jobContext, registerServer, SIM_ADMIN, startSmallSimulator } from "../../test/jobs.js";
import { heartbeat } from "./heartbeat.js";
import { reconcile } from "./reconcile.js";

let db: TestDb;
let sim: Simulator;
let server: CometServer;

beforeAll(async () => {
  [db, sim] = await Promise.all([createTestDb(), startSmallSimulator()]);
  server = await registerServer(db, sim.url, "reconcile");
});
afterAll(async () => {
  await sim?.stop();
  await db?.destroy();
});

describe("reconcile", () => {
  it("mirrors every account, device and job of the server and records its stats", async () => {
    const ctx = jobContext(db);
    const snap = sim.snapshot();
    const result = await reconcile.run(ctx, { server: server.profileName });
    expect(result).toMatchObject({ servers: 1, accounts: snap.accounts, devices: snap.devices, flagged: 0 });
    expect(result.jobsInserted).toBeGreaterThan(0);
    expect(result.jobsSkipped).toBe(0);
    expect(result.online).toBe(snap.online);
    expect(await db.prisma.job.count({ where: { serverId: server.id } })).toBe(result.jobsInserted);
    const row = await db.prisma.cometServer.findUniqueOrThrow({ where: { id: server.id } });
    expect(row.lastReconcileAt).not.toBeNull();
    // Its live-connection pass doubles as a heartbeat, so health is fresh right after a (re)connect.
    expect(row.lastHeartbeatAt).toEqual(row.lastReconcileAt);
    expect(row.lastReconcileStats).toMatchObject({ accounts: snap.accounts, jobsInserted: result.jobsInserted });
    expect(row.serverVersion).toBe("25.9.8");
    expect(ctx.lines.join("\n")).toContain(`accounts=${snap.accounts}`);
    const again = await reconcile.run(ctx, { server: server.profileName });
    expect(again).toMatchObject({ jobsInserted: 0, jobsUpdated: 0, wentOnline: 0, wentOffline: 0 });
  });

  it("flags an account deleted from Comet instead of deleting it", async () => {
    const ctx = jobContext(db);
    await reconcile.run(ctx, { server: server.profileName });
    const victim = sim.control.listAccounts()[0]!.username;
    await new CometClient({ baseUrl: sim.url, ...SIM_ADMIN }).deleteUser(victim);
    const result = await reconcile.run(ctx, { server: server.profileName });
    expect(result.flagged).toBe(1);
    const account = await db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: server.id, username: victim } });
    expect(account.missingSince).not.toBeNull();
    expect(await db.prisma.job.count({ where: { accountId: account.id } })).toBeGreaterThan(0);
  });

  it("fails for an unknown server name", async () => {
    await expect(reconcile.run(jobContext(db), { server: "nope" })).rejects.toThrow(/no enabled Comet server/);
  });
});

describe("heartbeat", () => {
  it("takes a device that dropped its live connection offline and announces it", async () => {
    const ctx = jobContext(db);
    await reconcile.run(ctx, { server: server.profileName });
    const account = sim.control.listAccounts().find((a) => a.devices.some((d) => d.online))!;
    const device = account.devices.find((d) => d.online)!;
    sim.control.setDeviceOnline(account.username, device.deviceId, false);
    const result = await heartbeat.run(ctx, { server: server.profileName });
    expect(result).toMatchObject({ servers: 1, wentOffline: 1, wentOnline: 0 });
    const row = await db.prisma.device.findFirstOrThrow({
      where: { serverId: server.id, cometDeviceId: device.deviceId },
    });
    expect(row).toMatchObject({ isOnline: false, targetId: null });
    const events = await db.prisma.liveEvent.findMany({ where: { mspId: server.mspId!, topic: "device.offline" } });
    expect(events.map((e) => (e.payload as { deviceId: string }).deviceId)).toContain(row.id);
    const srv = await db.prisma.cometServer.findUniqueOrThrow({ where: { id: server.id } });
    expect(srv.lastHeartbeatAt).not.toBeNull();
    sim.control.setDeviceOnline(account.username, device.deviceId, true);
    expect(await heartbeat.run(ctx, { server: server.profileName })).toMatchObject({ wentOnline: 1, wentOffline: 0 });
  });
});
