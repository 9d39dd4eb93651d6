import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveUserConnection } from "../../comet/client/index.js";
import { LiveUserConnectionModel } from "../../comet/client/index.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildProfile, outbox, seedTenant } from "../../test/ingest.js";
import { applyConnections, setDeviceConnection } from "./apply-connections.js";
import { applyProfiles } from "./apply-profiles.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const conn = (deviceId: string, extra: Partial<LiveUserConnection> = {}): LiveUserConnection =>
  LiveUserConnectionModel.parse({
    Username: "acme-1",
    DeviceID: deviceId,
    ReportedVersion: "25.9.9",
    IPAddress: "10.0.0.7",
    ConnectionTime: 1_700_000_000,
    ...extra,
  });

async function seeded() {
  const t = await seedTenant(db);
  const profile = buildProfile("acme-1", { devices: { d1: { name: "One", version: "" }, d2: { name: "Two" } } });
  await applyProfiles(t.ctx, [{ username: "acme-1", profile }]);
  const device = (id: string) =>
    db.prisma.device.findFirstOrThrow({ where: { serverId: t.ctx.server.id, cometDeviceId: id } });
  const topics = async () => (await outbox(db, t.msp.id)).map((e) => e.topic).filter((x) => x.startsWith("device.o"));
  return { ...t, device, topics };
}

describe("applyConnections", () => {
  it("marks listed devices online with their TargetID and announces each change once", async () => {
    const { ctx, device, topics } = await seeded();
    const active = { "target-1": conn("d1"), "target-x": conn("unknown-device") };
    expect(await applyConnections(ctx, active, { complete: true })).toEqual({
      online: 1,
      wentOnline: 1,
      wentOffline: 0,
    });
    expect(await applyConnections(ctx, active, { complete: true })).toEqual({
      online: 1,
      wentOnline: 0,
      wentOffline: 0,
    });
    const d1 = await device("d1");
    expect(d1).toMatchObject({ isOnline: true, targetId: "target-1", ipAddress: "10.0.0.7", clientVersion: "25.9.9" });
    expect(d1.connectedAt?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect((await device("d2")).isOnline).toBe(false);
    expect(await topics()).toEqual(["device.online"]);
  });

  it("with complete, takes devices missing from the list offline; without it, leaves them", async () => {
    const { ctx, device, topics } = await seeded();
    await applyConnections(ctx, { t1: conn("d1"), t2: conn("d2") }, { complete: true });
    expect(await applyConnections(ctx, { t1: conn("d1") }, { complete: false })).toMatchObject({ wentOffline: 0 });
    expect((await device("d2")).isOnline).toBe(true);
    expect(await applyConnections(ctx, { t1: conn("d1") }, { complete: true })).toMatchObject({ wentOffline: 1 });
    const d2 = await device("d2");
    expect(d2).toMatchObject({ isOnline: false, targetId: null });
    expect(d2.lastSeenAt).not.toBeNull();
    expect(await topics()).toEqual(["device.online", "device.online", "device.offline"]);
  });

  it("keeps the newest connection when a device briefly holds two", async () => {
    const { ctx, device } = await seeded();
    await applyConnections(
      ctx,
      { old: conn("d1", { ConnectionTime: 1_700_000_000 }), new: conn("d1", { ConnectionTime: 1_700_000_100 }) },
      { complete: true },
    );
    expect((await device("d1")).targetId).toBe("new");
  });
});

describe("setDeviceConnection", () => {
  it("follows connect and disconnect events, ignoring a late disconnect of a replaced connection", async () => {
    const { ctx, device, topics } = await seeded();
    await setDeviceConnection(ctx, {
      username: "acme-1",
      deviceId: "d1",
      online: true,
      targetId: "t1",
      conn: conn("d1"),
    });
    await setDeviceConnection(ctx, {
      username: "acme-1",
      deviceId: "d1",
      online: true,
      targetId: "t2",
      conn: conn("d1"),
    });
    await setDeviceConnection(ctx, { username: "acme-1", deviceId: "d1", online: false, targetId: "t1" });
    expect(await device("d1")).toMatchObject({ isOnline: true, targetId: "t2" });
    await setDeviceConnection(ctx, { username: "acme-1", deviceId: "d1", online: false, targetId: "t2" });
    await setDeviceConnection(ctx, { username: "acme-1", deviceId: "d1", online: false });
    expect(await device("d1")).toMatchObject({ isOnline: false, targetId: null });
    expect(await topics()).toEqual(["device.online", "device.offline"]);
  });

  it("ignores revoked devices", async () => {
    const { ctx, device, topics } = await seeded();
    await db.prisma.device.updateMany({
      where: { serverId: ctx.server.id, cometDeviceId: "d2" },
      data: { revokedAt: new Date() },
    });
    await setDeviceConnection(ctx, {
      username: "acme-1",
      deviceId: "d2",
      online: true,
      targetId: "t",
      conn: conn("d2"),
    });
    expect((await device("d2")).isOnline).toBe(false);
    expect(await topics()).toEqual([]);
  });
});
