import { randomUUID } from "node:crypto";
import { ENGINE } from "../comet/client/constants.js";
import type { PrismaClient } from "../prisma/db.js";
import type { TestLogin } from "./seed.js";
import { world } from "./world.js";

/**
 * A small fleet written row by row by the world builder, with exact timestamps (relative to now),
 * so the dashboard's figures can be asserted exactly. Used by the dashboard tests only.
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
  const suffix = () => randomUUID().slice(0, 4);
  const ago = (ms: number) => new Date(Date.now() - ms);
  const dayAt = (daysBack: number) => new Date(todayStart().getTime() - daysBack * day + hour);
  const running = { outcome: "RUNNING", data: { progressItemsDone: 25n, progressItemsTotal: 100n } } as const;
  const w = await world({ prisma })
    .msp("a", "MSP A")
    .customer("alpha", "Alpha Co", { ref: `alpha-${suffix()}` })
    .customer("bravo", "Bravo Co", { ref: `bravo-${suffix()}` })
    .msp("b", "MSP B")
    .customer("charlie", "Charlie Co", { ref: `charlie-${suffix()}` })
    .login("platform", { platform: true })
    .login("adminA", { msp: "a", role: "MSP_ADMIN" })
    .login("operatorB", { msp: "b", role: "MSP_OPERATOR" })
    .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" })
    .login("alphaOwner", { customer: "alpha", role: "CUSTOMER_OWNER" })
    .server("dash", {
      baseUrl: "http://127.0.0.1:9/",
      msp: null,
      profileName: `dash-${randomUUID().slice(0, 8)}`,
      label: "Dashboard test server",
      isEnabled: false,
    })
    .account("alpha-1", { customer: "alpha" })
    .device("d1", { friendlyName: "Alpha laptop", isOnline: true })
    .device("d2", { friendlyName: "Alpha server" })
    .device("d3", { friendlyName: "Alpha desktop" })
    .device("revoked", { friendlyName: "Alpha old", revokedAt: new Date(Date.now() - 10 * day) })
    .account("bravo-1", { customer: "bravo" })
    .device("d4", { friendlyName: "Bravo host", isOnline: true })
    .account("loose-1", { customer: null, msp: "a" })
    .device("d5", { friendlyName: "Loose box" })
    .account("charlie-1", { customer: "charlie" })
    .device("d6", { friendlyName: "Charlie box", isOnline: true })
    .item("item1", { device: "d1", engine: ENGINE.FILE, description: "Documents" })
    .item("item2", { device: "d1", engine: ENGINE.WINDISK, description: "Whole disk" })
    .item("item3", { device: "d2", engine: ENGINE.FILE, description: "Shares" })
    .item("item4", { device: "d4", engine: ENGINE.HYPERV, description: "Guests" })
    .item("item5", { device: "d6", engine: ENGINE.MSSQL, description: "Databases" })
    .vault("alpha1", { account: "alpha-1", usedBytes: 1000n })
    .vault("alpha2", { account: "alpha-1", usedBytes: 500n })
    .vault("bravo", { account: "bravo-1", usedBytes: 200n })
    .vault("charlie", { account: "charlie-1", usedBytes: 7000n })
    .job("d1Old", { device: "d1", item: "item1", outcome: "SUCCESS", startedAt: ago(30 * hour) })
    .job("d1Error", { device: "d1", item: "item1", outcome: "ERROR", startedAt: ago(5 * hour) })
    .job("d1Warning", { device: "d1", item: "item2", outcome: "WARNING", startedAt: ago(3 * hour) })
    .job("d1Running", { ...running, device: "d1", startedAt: ago(1 * hour), classification: "RETENTION" })
    .job("d2Timeout", { device: "d2", item: "item3", outcome: "TIMEOUT", startedAt: ago(20 * hour) })
    .job("d2Success", { device: "d2", item: "item3", outcome: "SUCCESS", startedAt: ago(4 * hour) })
    .job("d2Missed", { device: "d2", item: "item3", outcome: "MISSED", startedAt: ago(2 * hour) })
    .job("d2LongRunning", { ...running, device: "d2", item: "item3", startedAt: dayAt(2) })
    .job("revokedError", { device: "revoked", outcome: "ERROR", startedAt: ago(2 * hour) })
    .job("d4Cancelled", { device: "d4", item: "item4", outcome: "CANCELLED", startedAt: ago(6 * hour) })
    .job("d5Success", { device: "d5", outcome: "SUCCESS", startedAt: ago(7 * hour) })
    .job("d6Error", { device: "d6", item: "item5", outcome: "ERROR", startedAt: ago(1 * hour) })
    // d3: history only, at fixed UTC days well outside the 24-hour window.
    .job("d3Old13", { device: "d3", outcome: "MISSED", startedAt: dayAt(13) })
    .job("d3Missed12", { device: "d3", outcome: "MISSED", startedAt: dayAt(12) })
    .job("d3Success5", { device: "d3", outcome: "SUCCESS", startedAt: dayAt(5) })
    .job("d3Error5", { device: "d3", outcome: "ERROR", startedAt: dayAt(5) })
    .job("d3Success3", { device: "d3", outcome: "SUCCESS", startedAt: dayAt(3) })
    .job("d3Warning3", { device: "d3", outcome: "WARNING", startedAt: dayAt(3) })
    .build();
  const a = w.msps.a;
  const b = w.msps.b;
  const alpha = w.customers.alpha;

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

  const ids = <K extends string>(rows: Record<K, { id: string }>) =>
    Object.fromEntries(Object.entries<{ id: string }>(rows).map(([k, row]) => [k, row.id])) as Record<K, string>;
  return {
    mspA: a.id,
    mspB: b.id,
    alpha: alpha.id,
    bravo: w.customers.bravo.id,
    charlie: w.customers.charlie.id,
    devices: ids(w.devices),
    items: ids(w.items),
    jobs: ids(w.jobs),
    logins: w.logins,
  };
}
