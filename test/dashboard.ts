import { randomUUID } from "node:crypto";
import { ENGINE } from "../comet/client/constants.js";
import type { PrismaClient } from "../prisma/db.js";
import type { JobClassification, JobOutcome } from "../prisma/generated/prisma/enums.js";
import { refreshDeviceLatestJob } from "../workers/ingest/device-latest-job.js";
import { createCustomer, createLogin, createMsp, type TestLogin } from "./seed.js";

/**
 * A small fleet written row by row with exact timestamps (relative to now), so the dashboard's
 * figures can be asserted exactly. Used by the dashboard tests only.
 *
 * MSP A: customer alpha (d1 online, d2, d3, a revoked device), customer bravo (d4 online), an
 * unassigned account (d5). MSP B: customer charlie (d6 online).
 */

export const hour = 3_600_000;
export const day = 24 * hour;
export const todayStart = () => new Date(Math.floor(Date.now() / day) * day);

export interface Fleet {
  mspA: string;
  mspB: string;
  alpha: string;
  bravo: string;
  charlie: string;
  devices: Record<"d1" | "d2" | "d3" | "d4" | "d5" | "d6" | "revoked", string>;
  items: Record<"item1" | "item2" | "item3" | "item4" | "item5", string>;
  jobs: Record<string, string>;
  logins: Record<"platform" | "adminA" | "operatorB" | "alphaViewer" | "alphaOwner", TestLogin>;
}

export async function seedFleet(prisma: PrismaClient): Promise<Fleet> {
  const a = await createMsp(prisma, "MSP A");
  const b = await createMsp(prisma, "MSP B");
  const alpha = await createCustomer(prisma, a.id, `alpha-${randomUUID().slice(0, 4)}`, "Alpha Co");
  const bravo = await createCustomer(prisma, a.id, `bravo-${randomUUID().slice(0, 4)}`, "Bravo Co");
  const charlie = await createCustomer(prisma, b.id, `charlie-${randomUUID().slice(0, 4)}`, "Charlie Co");
  const server = await prisma.cometServer.create({
    data: {
      profileName: `dash-${randomUUID().slice(0, 8)}`,
      name: "Dashboard test server",
      baseUrl: "http://127.0.0.1:9/",
      adminUsername: "x",
      adminPasswordEnc: "x",
      isEnabled: false,
    },
  });
  const account = (username: string, mspId: string, customerId: string | null) =>
    prisma.cometAccount.create({ data: { serverId: server.id, username, mspId, customerId } });
  const accounts = {
    alpha: await account("alpha-1", a.id, alpha.id),
    bravo: await account("bravo-1", a.id, bravo.id),
    loose: await account("loose-1", a.id, null),
    charlie: await account("charlie-1", b.id, charlie.id),
  };
  const device = async (
    acct: keyof typeof accounts,
    name: string,
    extra: { isOnline?: boolean; revokedAt?: Date } = {},
  ) =>
    (
      await prisma.device.create({
        data: {
          accountId: accounts[acct].id,
          serverId: server.id,
          mspId: accounts[acct].mspId,
          customerId: accounts[acct].customerId,
          cometDeviceId: `c-${name}`,
          friendlyName: name,
          ...extra,
        },
      })
    ).id;
  const devices = {
    d1: await device("alpha", "Alpha laptop", { isOnline: true }),
    d2: await device("alpha", "Alpha server"),
    d3: await device("alpha", "Alpha desktop"),
    revoked: await device("alpha", "Alpha old", { revokedAt: new Date(Date.now() - 10 * day) }),
    d4: await device("bravo", "Bravo host", { isOnline: true }),
    d5: await device("loose", "Loose box"),
    d6: await device("charlie", "Charlie box", { isOnline: true }),
  };
  const deviceAccount: Record<string, keyof typeof accounts> = {
    [devices.d1]: "alpha",
    [devices.d2]: "alpha",
    [devices.d3]: "alpha",
    [devices.revoked]: "alpha",
    [devices.d4]: "bravo",
    [devices.d5]: "loose",
    [devices.d6]: "charlie",
  };
  const item = async (deviceId: string, engine: string, description: string) => {
    const acct = accounts[deviceAccount[deviceId]!];
    return (
      await prisma.protectedItem.create({
        data: {
          accountId: acct.id,
          serverId: server.id,
          mspId: acct.mspId,
          customerId: acct.customerId,
          cometSourceId: randomUUID(),
          engine,
          description,
          deviceId,
        },
      })
    ).id;
  };
  const items = {
    item1: await item(devices.d1, ENGINE.FILE, "Documents"),
    item2: await item(devices.d1, ENGINE.WINDISK, "Whole disk"),
    item3: await item(devices.d2, ENGINE.FILE, "Shares"),
    item4: await item(devices.d4, ENGINE.HYPERV, "Guests"),
    item5: await item(devices.d6, ENGINE.MSSQL, "Databases"),
  };
  const vault = async (acct: keyof typeof accounts, usedBytes: bigint) =>
    prisma.storageVault.create({
      data: {
        accountId: accounts[acct].id,
        serverId: server.id,
        mspId: accounts[acct].mspId,
        customerId: accounts[acct].customerId,
        cometDestinationId: randomUUID(),
        usedBytes,
      },
    });
  await vault("alpha", 1000n);
  await vault("alpha", 500n);
  await vault("bravo", 200n);
  await vault("charlie", 7000n);

  const jobs: Record<string, string> = {};
  const job = async (
    key: string,
    deviceId: string,
    itemId: string | null,
    outcome: JobOutcome,
    startedAt: Date,
    classification: JobClassification = "BACKUP",
  ) => {
    const acct = accounts[deviceAccount[deviceId]!];
    const running = outcome === "RUNNING";
    jobs[key] = (
      await prisma.job.create({
        data: {
          serverId: server.id,
          cometJobId: randomUUID(),
          accountId: acct.id,
          mspId: acct.mspId,
          customerId: acct.customerId,
          deviceId,
          protectedItemId: itemId,
          classification,
          cometStatus: running ? 6001 : 5000,
          outcome,
          statusRank: running ? 1 : 2,
          isRunning: running,
          startedAt,
          endedAt: running ? null : new Date(startedAt.getTime() + 10 * 60_000),
          progressItemsDone: running ? 25n : 0n,
          progressItemsTotal: running ? 100n : 0n,
        },
      })
    ).id;
  };
  const ago = (ms: number) => new Date(Date.now() - ms);
  const dayAt = (daysBack: number) => new Date(todayStart().getTime() - daysBack * day + hour);
  await job("d1Old", devices.d1, items.item1, "SUCCESS", ago(30 * hour));
  await job("d1Error", devices.d1, items.item1, "ERROR", ago(5 * hour));
  await job("d1Warning", devices.d1, items.item2, "WARNING", ago(3 * hour));
  await job("d1Running", devices.d1, null, "RUNNING", ago(1 * hour), "RETENTION");
  await job("d2Timeout", devices.d2, items.item3, "TIMEOUT", ago(20 * hour));
  await job("d2Success", devices.d2, items.item3, "SUCCESS", ago(4 * hour));
  await job("d2Missed", devices.d2, items.item3, "MISSED", ago(2 * hour));
  await job("d2LongRunning", devices.d2, items.item3, "RUNNING", dayAt(2));
  await job("revokedError", devices.revoked, null, "ERROR", ago(2 * hour));
  await job("d4Cancelled", devices.d4, items.item4, "CANCELLED", ago(6 * hour));
  await job("d5Success", devices.d5, null, "SUCCESS", ago(7 * hour));
  await job("d6Error", devices.d6, items.item5, "ERROR", ago(1 * hour));
  // d3: history only, at fixed UTC days well outside the 24-hour window.
  await job("d3Old13", devices.d3, null, "MISSED", dayAt(13));
  await job("d3Missed12", devices.d3, null, "MISSED", dayAt(12));
  await job("d3Success5", devices.d3, null, "SUCCESS", dayAt(5));
  await job("d3Error5", devices.d3, null, "ERROR", dayAt(5));
  await job("d3Success3", devices.d3, null, "SUCCESS", dayAt(3));
  await job("d3Warning3", devices.d3, null, "WARNING", dayAt(3));
  // Written row by row, not through the ingest: the devices' latest-job columns are recomputed.
  await refreshDeviceLatestJob(prisma, Object.values(devices));

  // Rollups three days ago only: the two days after it carry its figures.
  const rollup = (scope: "MSP" | "CUSTOMER", scopeId: string, mspId: string, figures: [number, number, bigint]) =>
    prisma.dailyRollup.create({
      data: {
        day: new Date(todayStart().getTime() - 3 * day),
        scope,
        scopeId,
        mspId,
        customerId: scope === "CUSTOMER" ? scopeId : null,
        devicesRegistered: figures[0],
        devicesOnline: figures[1],
        storageBytes: figures[2],
      },
    });
  await rollup("MSP", a.id, a.id, [4, 2, 1000n]);
  await rollup("MSP", b.id, b.id, [1, 1, 7000n]);
  await rollup("CUSTOMER", alpha.id, a.id, [2, 1, 500n]);

  return {
    mspA: a.id,
    mspB: b.id,
    alpha: alpha.id,
    bravo: bravo.id,
    charlie: charlie.id,
    devices,
    items,
    jobs,
    logins: {
      platform: await createLogin(prisma, { platform: true }),
      adminA: await createLogin(prisma, { mspId: a.id, role: "MSP_ADMIN" }),
      operatorB: await createLogin(prisma, { mspId: b.id, role: "MSP_OPERATOR" }),
      alphaViewer: await createLogin(prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" }),
      alphaOwner: await createLogin(prisma, { customerId: alpha.id, role: "CUSTOMER_OWNER" }),
    },
  };
}
