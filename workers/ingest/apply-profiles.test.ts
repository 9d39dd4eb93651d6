import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildProfile, outbox, seedTenant } from "../../test/ingest.js";
import { applyDeviceEvent, applyProfiles, markAccountRemoved } from "./apply-profiles.js";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const fleet = (name = "Laptop") =>
  buildProfile("acme-1", {
    devices: { dev1: { name, os: "linux", arch: "arm64" }, dev2: { name: "Server" } },
    sources: {
      src1: { engine: "engine1/file", owner: "dev1", size: 1234, lastStatus: 7001 },
      src2: { engine: "engine1/hyperv", owner: "dev2", vms: 3 },
    },
    vaults: { vault1: { used: 5000, quota: 10_000 } },
  });

describe("applyProfiles", () => {
  it("mirrors account, devices, items and vaults with the server owner's tenancy and no secrets", async () => {
    const { ctx, msp } = await seedTenant(db);
    const r = await applyProfiles(ctx, [{ username: "acme-1", profile: fleet(), profileHash: "h1" }]);
    expect(r).toEqual({ accounts: 1, devices: 2, items: 2, vaults: 1, flagged: 0, skipped: 0 });
    const account = await db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: ctx.server.id } });
    expect(account).toMatchObject({ mspId: msp.id, customerId: null, profileHash: "h1", maximumDevices: 5 });
    expect(account.emails).toEqual(["acme-1@example.com"]);
    const json = JSON.stringify(account.profile);
    for (const secret of ["secret-hash", "recovery-code", "totp-seed", "enc-key", "s3-secret", "db-pass"]) {
      expect(json).not.toContain(secret);
    }
    expect((account.profile as Record<string, unknown>).AllowPasswordLogin).toBe(true);
    const dev1 = await db.prisma.device.findFirstOrThrow({ where: { accountId: account.id, cometDeviceId: "dev1" } });
    expect(dev1).toMatchObject({ friendlyName: "Laptop", os: "linux", arch: "arm64", mspId: msp.id, revokedAt: null });
    expect(dev1.registeredAt?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    const src1 = await db.prisma.protectedItem.findFirstOrThrow({
      where: { accountId: account.id, cometSourceId: "src1" },
    });
    expect(src1).toMatchObject({ engine: "engine1/file", deviceId: dev1.id, totalBytes: 1234n, lastJobStatus: 7001 });
    expect(JSON.stringify(src1.raw)).not.toContain("db-pass");
    const src2 = await db.prisma.protectedItem.findFirstOrThrow({
      where: { accountId: account.id, cometSourceId: "src2" },
    });
    expect(src2.vmCount).toBe(3);
    const vault = await db.prisma.storageVault.findFirstOrThrow({ where: { accountId: account.id } });
    expect(vault).toMatchObject({ destinationType: 1003, quotaEnabled: true, quotaBytes: 10_000n, usedBytes: 5000n });
    const topics = (await outbox(db, msp.id)).map((e) => e.topic);
    expect(topics).toEqual(["account.updated", "device.added", "device.added"]);
  });

  it("re-applying the same profile changes nothing and emits nothing", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: fleet() }]);
    const before = await outbox(db, msp.id);
    const devBefore = await db.prisma.device.findMany({
      where: { serverId: ctx.server.id },
      orderBy: { cometDeviceId: "asc" },
    });
    await applyProfiles(ctx, [{ username: "acme-1", profile: fleet() }]);
    expect(await outbox(db, msp.id)).toHaveLength(before.length);
    const devAfter = await db.prisma.device.findMany({
      where: { serverId: ctx.server.id },
      orderBy: { cometDeviceId: "asc" },
    });
    expect(devAfter).toEqual(devBefore);
  });

  it("prunes items and vaults, revokes vanished devices and announces renames", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: fleet() }]);
    const smaller = buildProfile("acme-1", {
      devices: { dev1: { name: "Renamed laptop" } },
      sources: { src1: { engine: "engine1/file", owner: "dev1" } },
    });
    const seq = (await outbox(db, msp.id)).length;
    await applyProfiles(ctx, [{ username: "acme-1", profile: smaller }]);
    const devices = await db.prisma.device.findMany({
      where: { serverId: ctx.server.id },
      orderBy: { cometDeviceId: "asc" },
    });
    expect(devices.map((d) => [d.cometDeviceId, d.friendlyName, d.revokedAt !== null])).toEqual([
      ["dev1", "Renamed laptop", false],
      ["dev2", "Server", true],
    ]);
    expect(await db.prisma.protectedItem.count({ where: { serverId: ctx.server.id } })).toBe(1);
    expect(await db.prisma.storageVault.count({ where: { serverId: ctx.server.id } })).toBe(0);
    const events = (await outbox(db, msp.id)).slice(seq);
    expect(events.map((e) => e.topic).sort()).toEqual(["account.updated", "device.removed", "device.renamed"]);
    expect(events.find((e) => e.topic === "device.renamed")?.payload).toMatchObject({ friendlyName: "Renamed laptop" });
    // The device coming back un-revokes it and is announced as added again.
    await applyProfiles(ctx, [{ username: "acme-1", profile: fleet() }]);
    const dev2 = await db.prisma.device.findFirstOrThrow({ where: { serverId: ctx.server.id, cometDeviceId: "dev2" } });
    expect(dev2.revokedAt).toBeNull();
    expect((await outbox(db, msp.id)).filter((e) => e.topic === "device.added")).toHaveLength(3);
  });

  it("maps accounts through tenant links and copies the account's customer to its devices", async () => {
    const { ctx, msp, world } = await seedTenant(db, { serverOwned: false });
    const linked = world.msp("linked", "Linked", { slug: `linked-${ctx.server.id}` }).tenantLink("org-b", {});
    const other = (await linked.build()).msps.linked;
    const r = await applyProfiles(ctx, [
      { username: "b-1", profile: buildProfile("b-1", { org: "org-b", devices: { d: { name: "D" } } }) },
      { username: "nobody-1", profile: buildProfile("nobody-1", { org: "org-unlinked" }) },
    ]);
    expect(r).toMatchObject({ accounts: 1, skipped: 1 });
    const account = await db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: ctx.server.id } });
    expect(account.mspId).toBe(other.id);
    const customer = (await linked.customer("b", "Customer B", { ref: null }).build()).customers.b;
    await db.prisma.cometAccount.update({ where: { id: account.id }, data: { customerId: customer.id } });
    await applyProfiles(ctx, [
      { username: "b-1", profile: buildProfile("b-1", { org: "org-b", devices: { d: { name: "D2" } } }) },
    ]);
    const device = await db.prisma.device.findFirstOrThrow({ where: { accountId: account.id } });
    expect(device).toMatchObject({ mspId: other.id, customerId: customer.id, friendlyName: "D2" });
    expect(await outbox(db, msp.id)).toHaveLength(0);
  });

  it("with complete, flags accounts missing from the list instead of deleting them, and un-flags returns", async () => {
    const { ctx } = await seedTenant(db);
    const two = ["acme-1", "acme-2"].map((u) => ({ username: u, profile: buildProfile(u) }));
    await applyProfiles(ctx, two, { complete: true });
    const r = await applyProfiles(ctx, [two[0]!], { complete: true });
    expect(r.flagged).toBe(1);
    const gone = await db.prisma.cometAccount.findFirstOrThrow({
      where: { serverId: ctx.server.id, username: "acme-2" },
    });
    expect(gone.missingSince).not.toBeNull();
    const back = await applyProfiles(ctx, two, { complete: true });
    expect(back.flagged).toBe(0);
    expect(await db.prisma.cometAccount.count({ where: { serverId: ctx.server.id, missingSince: null } })).toBe(2);
  });

  it("writes nothing when one profile fails validation", async () => {
    const { ctx, msp } = await seedTenant(db);
    const bad = { ...buildProfile("acme-2"), Devices: "not a map" } as never;
    await expect(
      applyProfiles(ctx, [
        { username: "acme-1", profile: fleet() },
        { username: "acme-2", profile: bad },
      ]),
    ).rejects.toThrow();
    expect(await db.prisma.cometAccount.count({ where: { serverId: ctx.server.id } })).toBe(0);
    expect(await outbox(db, msp.id)).toHaveLength(0);
  });

  it("rolls the whole batch back when a statement fails half-way", async () => {
    const { ctx, msp } = await seedTenant(db);
    // Valid JSON, but the quota does not fit the column: the vault upsert fails after accounts and devices were written.
    const overflow = buildProfile("acme-2", { devices: { d: { name: "D" } } });
    overflow.Destinations.v = { ...buildProfile("x", { vaults: { v: {} } }).Destinations.v!, DestinationType: 2 ** 40 };
    await expect(
      applyProfiles(ctx, [
        { username: "acme-1", profile: fleet() },
        { username: "acme-2", profile: overflow },
      ]),
    ).rejects.toThrow();
    expect(await db.prisma.cometAccount.count({ where: { serverId: ctx.server.id } })).toBe(0);
    expect(await db.prisma.device.count({ where: { serverId: ctx.server.id } })).toBe(0);
    expect(await outbox(db, msp.id)).toHaveLength(0);
  });
});

describe("account and device events", () => {
  it("flags a removed account, takes its devices offline and keeps its rows", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: fleet() }]);
    await db.prisma.device.updateMany({ where: { serverId: ctx.server.id }, data: { isOnline: true } });
    await markAccountRemoved(ctx, "acme-1");
    await markAccountRemoved(ctx, "acme-1");
    const account = await db.prisma.cometAccount.findFirstOrThrow({ where: { serverId: ctx.server.id } });
    expect(account.missingSince).not.toBeNull();
    expect(await db.prisma.device.count({ where: { serverId: ctx.server.id, isOnline: false } })).toBe(2);
    const topics = (await outbox(db, msp.id)).map((e) => e.topic).slice(3);
    expect(topics).toEqual(["account.updated", "device.offline", "device.offline"]);
  });

  it("adds a device from DEVICE_NEW and revokes it on DEVICE_REMOVED, once each", async () => {
    const { ctx, msp } = await seedTenant(db);
    await applyProfiles(ctx, [{ username: "acme-1", profile: buildProfile("acme-1") }]);
    const device = buildProfile("acme-1", { devices: { n: { name: "New PC" } } }).Devices.n!;
    await applyDeviceEvent(ctx, { kind: "added", username: "acme-1", deviceId: "n", device });
    await applyDeviceEvent(ctx, { kind: "added", username: "acme-1", deviceId: "n", device });
    await applyDeviceEvent(ctx, { kind: "removed", username: "acme-1", deviceId: "n" });
    await applyDeviceEvent(ctx, { kind: "removed", username: "acme-1", deviceId: "n" });
    await applyDeviceEvent(ctx, { kind: "added", username: "unknown-1", deviceId: "n", device });
    const row = await db.prisma.device.findFirstOrThrow({ where: { serverId: ctx.server.id, cometDeviceId: "n" } });
    expect(row.revokedAt).not.toBeNull();
    const topics = (await outbox(db, msp.id)).map((e) => e.topic);
    expect(topics).toEqual(["account.updated", "device.added", "device.removed"]);
  });
});
