import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day, type Fleet, seedFleet, todayStart } from "../../test/dashboard.js";
import type { DashboardFiguresQuery, DashboardFiguresQueryVariables } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * The dashboard's figures over a fleet written row by row with exact timestamps: every number
 * below is what the seed implies (see dashboard-test-kit.ts).
 */

const Dashboard = graphql(`
  query DashboardFigures($customerId: ID, $mspId: ID) {
    dashboard(customerId: $customerId, mspId: $mspId) {
      asOf
      devices { total online offline }
      protectedItemsByCategory { category label count }
      storageBytes
      jobStatus24h { status label count }
      deviceStatus24h { outcome status label count }
      series30d { day devicesRegistered devicesOnline storageBytes }
    }
  }
`);
type DashboardData = DashboardFiguresQuery["dashboard"];

let stack: Stack;
let fleet: Fleet;

beforeAll(async () => {
  stack = await startStack();
  fleet = await seedFleet(stack.db.prisma);
}, 60_000);

afterAll(() => stack?.stop());

async function dashboard(as: TestLogin, variables: DashboardFiguresQueryVariables = {}) {
  const res = await execute(stack, Dashboard, variables, as);
  expect(res.errors).toBeUndefined();
  return res.data!.dashboard;
}

const buckets = (d: DashboardData) => Object.fromEntries(d.jobStatus24h.map((b) => [b.status, b.count]));
const chips = (d: DashboardData) => Object.fromEntries(d.deviceStatus24h.map((c) => [c.outcome ?? "NONE", c.count]));

describe("dashboard", () => {
  it("counts an MSP's devices, items by category, storage and the last 24 hours exactly as seeded", async () => {
    const d = await dashboard(fleet.logins.adminA);
    expect(d.devices).toEqual({ total: 5, online: 2, offline: 3 });
    expect(d.protectedItemsByCategory).toEqual([
      { category: "FILES_AND_FOLDERS", label: "Files and Folders", count: 2 },
      { category: "DISK_IMAGE", label: "Disk Image", count: 1 },
      { category: "HYPER_V", label: "Hyper-V", count: 1 },
    ]);
    expect(d.storageBytes).toBe("1700");
    // Cancelled and timeout count as errors; the 2-day-old job still running counts as running.
    expect(d.jobStatus24h).toEqual([
      { status: "SUCCESS", label: "Success", count: 2 },
      { status: "ERROR", label: "Error", count: 4 },
      { status: "WARNING", label: "Warning", count: 1 },
      { status: "MISSED", label: "Missed", count: 1 },
      { status: "RUNNING", label: "Running", count: 2 },
    ]);
    // Latest job per device: d1 running, d2 missed, d3 none, d4 cancelled, d5 success; the revoked device is out.
    expect(chips(d)).toEqual({
      ERROR: 0,
      MISSED: 1,
      WARNING: 0,
      TIMEOUT: 0,
      CANCELLED: 1,
      RUNNING: 1,
      SKIPPED: 0,
      SUCCESS: 1,
      NONE: 1,
    });
    expect(d.deviceStatus24h.find((c) => c.outcome === "CANCELLED")?.status).toBe("ERROR");
    expect(d.deviceStatus24h.at(-1)).toEqual({ outcome: null, status: null, label: "No job in 24 h", count: 1 });
  });

  it("draws 30 UTC days from the rollups, carries a missing day and shows today live", async () => {
    const { series30d } = await dashboard(fleet.logins.adminA);
    expect(series30d).toHaveLength(30);
    expect(series30d.map((p) => p.day)).toEqual(
      Array.from({ length: 30 }, (_, i) => new Date(todayStart().getTime() - (29 - i) * day).toISOString()),
    );
    const figures = series30d.map((p) => [p.devicesRegistered, p.devicesOnline, p.storageBytes]);
    expect(figures.slice(0, 26).every((f) => f[0] === 0 && f[1] === 0 && f[2] === "0")).toBe(true);
    expect(figures.slice(26, 29)).toEqual([
      [4, 2, "1000"],
      [4, 2, "1000"],
      [4, 2, "1000"],
    ]);
    expect(figures[29]).toEqual([5, 2, "1700"]);
  });

  it("shows a customer member only its customer's figures, whatever customerId it passes", async () => {
    const own = await dashboard(fleet.logins.alphaViewer);
    expect(own.devices).toEqual({ total: 3, online: 1, offline: 2 });
    expect(own.storageBytes).toBe("1500");
    expect(own.protectedItemsByCategory.map((c) => [c.category, c.count])).toEqual([
      ["FILES_AND_FOLDERS", 2],
      ["DISK_IMAGE", 1],
    ]);
    expect(buckets(own)).toEqual({ SUCCESS: 1, ERROR: 3, WARNING: 1, MISSED: 1, RUNNING: 2 });
    expect(own.series30d[26]).toMatchObject({ devicesRegistered: 2, devicesOnline: 1, storageBytes: "500" });
    expect(own.series30d[29]).toMatchObject({ devicesRegistered: 3, devicesOnline: 1, storageBytes: "1500" });

    const sibling = await dashboard(fleet.logins.alphaViewer, { customerId: encodeGlobalID("Customer", fleet.bravo) });
    expect(sibling.devices.total).toBe(0);
    expect(sibling.storageBytes).toBe("0");
    expect(buckets(sibling)).toEqual({ SUCCESS: 0, ERROR: 0, WARNING: 0, MISSED: 0, RUNNING: 0 });
    expect(sibling.series30d.every((p) => p.devicesRegistered === 0)).toBe(true);
  });

  it("narrows an MSP view to one customer, and gives zeros for another MSP's customer", async () => {
    const bravo = await dashboard(fleet.logins.adminA, { customerId: encodeGlobalID("Customer", fleet.bravo) });
    expect(bravo.devices).toEqual({ total: 1, online: 1, offline: 0 });
    expect(bravo.storageBytes).toBe("200");
    expect(buckets(bravo)).toEqual({ SUCCESS: 0, ERROR: 1, WARNING: 0, MISSED: 0, RUNNING: 0 });
    expect(chips(bravo).CANCELLED).toBe(1);

    const theirs = await dashboard(fleet.logins.adminA, { customerId: encodeGlobalID("Customer", fleet.charlie) });
    expect(theirs.devices.total).toBe(0);
    expect(theirs.protectedItemsByCategory).toEqual([]);
    expect(theirs.series30d.every((p) => p.storageBytes === "0")).toBe(true);
    const otherMsp = await dashboard(fleet.logins.adminA, { mspId: encodeGlobalID("Msp", fleet.mspB) });
    expect(otherMsp.devices.total).toBe(0);
  });

  it("sums every MSP for the platform operator, or shows one MSP with mspId", async () => {
    const all = await dashboard(fleet.logins.platform);
    expect(all.devices).toEqual({ total: 6, online: 3, offline: 3 });
    expect(all.storageBytes).toBe("8700");
    expect(buckets(all)).toEqual({ SUCCESS: 2, ERROR: 5, WARNING: 1, MISSED: 1, RUNNING: 2 });
    expect(all.series30d[26]).toMatchObject({ devicesRegistered: 5, devicesOnline: 3, storageBytes: "8000" });
    const b = await dashboard(fleet.logins.platform, { mspId: encodeGlobalID("Msp", fleet.mspB) });
    expect(b.devices).toEqual({ total: 1, online: 1, offline: 0 });
    expect(b.protectedItemsByCategory).toEqual([{ category: "SQL_SERVER", label: "SQL Server", count: 1 }]);
    expect(b.series30d[26]).toMatchObject({ devicesRegistered: 1, storageBytes: "7000" });
    expect(b.series30d[29]).toMatchObject({ devicesRegistered: 1, devicesOnline: 1, storageBytes: "7000" });
  });

  it("costs the same few database round trips whatever the fleet", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(fleet.logins.platform);
    const { body, roundTrips } = await executeCounted(counter, token, Dashboard, {});
    expect(body.errors).toBeUndefined();
    // session + devices/storage + items + 24-hour window + rollups
    expect(roundTrips).toBe(5);
  });
});

const Devices = graphql(`
  query DashboardDevices($first: Int!) {
    devices(first: $first) {
      edges { node { id friendlyName
        timeline24h { id startedAt endedAt status outcome classification progressPercent }
        history13d { day status jobCount }
      } }
    }
  }
`);

describe("device timeline and history", () => {
  async function nodes(as: TestLogin) {
    const res = await execute(stack, Devices, { first: 50 }, as);
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.devices.edges.map((e) => [e.node.friendlyName, e.node]));
  }

  it("lists the last 24 hours of a device oldest first, with the running job and without older ones", async () => {
    const d1 = (await nodes(fleet.logins.adminA)).get("Alpha laptop")!;
    expect(d1.timeline24h.map((j) => j.id)).toEqual(
      [fleet.jobs.d1Error, fleet.jobs.d1Warning, fleet.jobs.d1Running].map((id) => encodeGlobalID("Job", id!)),
    );
    expect(d1.timeline24h.map((j) => j.status)).toEqual(["ERROR", "WARNING", "RUNNING"]);
    const running = d1.timeline24h[2]!;
    expect(running).toMatchObject({
      endedAt: null,
      outcome: "RUNNING",
      classification: "RETENTION",
      progressPercent: 25,
    });
    expect(d1.timeline24h[0]!.endedAt).not.toBeNull();
    // A job started two days ago and still running is on today's timeline.
    const d2 = (await nodes(fleet.logins.adminA)).get("Alpha server")!;
    expect(d2.timeline24h.map((j) => j.id)).toContain(encodeGlobalID("Job", fleet.jobs.d2LongRunning!));
  });

  it("sums up 13 UTC days per device with the worst status, RUNNING when only running, null without jobs", async () => {
    const byName = await nodes(fleet.logins.adminA);
    const d3 = byName.get("Alpha desktop")!;
    expect(d3.history13d.map((h) => h.day)).toEqual(
      Array.from({ length: 13 }, (_, i) => new Date(todayStart().getTime() - (12 - i) * day).toISOString()),
    );
    const expected = Array.from({ length: 13 }, () => ({ status: null as string | null, jobCount: 0 }));
    expected[0] = { status: "MISSED", jobCount: 1 }; // 12 days ago; the job 13 days ago is outside
    expected[7] = { status: "ERROR", jobCount: 2 }; // 5 days ago: an error beats a success
    expected[9] = { status: "WARNING", jobCount: 2 }; // 3 days ago
    expect(d3.history13d.map(({ status, jobCount }) => ({ status, jobCount }))).toEqual(expected);
    const d2 = byName.get("Alpha server")!;
    expect(d2.history13d[10]).toMatchObject({ status: "RUNNING", jobCount: 1 }); // 2 days ago: only running
  });

  it("keeps other tenants' jobs out of a device page", async () => {
    const b = await nodes(fleet.logins.operatorB);
    expect([...b.keys()]).toEqual(["Charlie box"]);
    expect(b.get("Charlie box")!.timeline24h.map((j) => j.id)).toEqual([encodeGlobalID("Job", fleet.jobs.d6Error!)]);
  });

  it("loads timeline and history for a page of 2 or 50 devices in the same number of queries", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(fleet.logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Devices, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.devices.edges.length).toBe(Math.min(first, 6));
      return roundTrips;
    };
    const small = await countFor(2);
    expect(small).toBe(await countFor(50));
    // session + device page + timeline + history
    expect(small).toBe(4);
  });
});
