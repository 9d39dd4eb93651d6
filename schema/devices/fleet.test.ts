import { randomUUID } from "node:crypto";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Device } from "../../prisma/generated/prisma/client.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { roundTripCounter } from "../../test/round-trips.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";
import { refreshDeviceLatestJob } from "../../workers/ingest/device-latest-job.js";

/**
 * A device's last 24 hours and what it protects: `devices(status24h:, serverId:)`, the Device
 * fields `latestJob24h`, `protectedItems`, `storageVaults`, `jobs`, and the `protectedItems` and
 * `storageVaults` lists. Two MSPs share one Comet server; MSP A also owns one. Five devices of
 * customer alpha get an exact job history (their simulator jobs are replaced).
 */

const devicesQuery = `query Devices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {
  devices(first: $first, after: $after, status24h: $status24h, serverId: $serverId, customerId: $customerId) {
    totalCount
    edges { node {
      id friendlyName accountId accountUsername serverId serverName customerName
      latestJob24h { id status outcome outcomeLabel endedAt classification startedAt }
      protectedItems { id description engineCategory }
      storageVaults { id description }
      jobs(first: 3) { totalCount edges { node { id startedAt status } } pageInfo { hasNextPage endCursor } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface DeviceNode {
  id: string;
  friendlyName: string;
  accountId: string;
  accountUsername: string;
  serverId: string;
  serverName: string;
  customerName: string | null;
  latestJob24h: {
    id: string;
    status: string;
    outcome: string;
    outcomeLabel: string;
    endedAt: string | null;
    classification: string;
    startedAt: string;
  } | null;
  protectedItems: { id: string; description: string; engineCategory: string }[];
  storageVaults: { id: string; description: string }[];
  jobs: {
    totalCount: number;
    edges: { node: { id: string; startedAt: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}
type DevicesData = {
  devices: { totalCount: number; edges: { node: DeviceNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
};

let stack: Stack;
const logins: Record<"platform" | "adminA" | "adminB" | "alphaViewer", TestLogin> = {} as never;
const ids = { mspA: "", mspB: "", alpha: "", sharedServer: "", ownServer: "", bServer: "" };
/** The devices with an exact history, by what their last 24 hours look like. */
const d: Record<"error" | "recovered" | "running" | "stale" | "cancelled", Device> = {} as never;
const gid = (device: Device) => encodeGlobalID("Device", device.id);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      shared: {
        historyHours: 6,
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 3 },
                { slug: "bravo", accounts: 1 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 2 }] },
          ],
          devicesPerAccount: [2, 2],
        },
      },
      own: {
        seed: 11,
        historyHours: 6,
        fleet: { organizations: [{ id: "", name: "Own", customers: [{ slug: "delta", accounts: 1 }] }] },
      },
    },
    linkAccounts: true,
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
      await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      await createCustomer(db.prisma, mspA.id, "delta", "Delta Co");
      await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      const shared = await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      const own = await registerServer(db.prisma, secrets, { baseUrl: sims.own!.url, mspId: mspA.id });
      const bServer = await db.prisma.cometServer.create({
        data: {
          profileName: `b-own-${randomUUID().slice(0, 6)}`,
          name: "B's own",
          baseUrl: "http://127.0.0.1:9/",
          adminUsername: "x",
          adminPasswordEnc: "x",
          mspId: mspB.id,
          isEnabled: false,
        },
      });
      Object.assign(ids, {
        mspA: mspA.id,
        mspB: mspB.id,
        alpha: alpha.id,
        sharedServer: shared.id,
        ownServer: own.id,
        bServer: bServer.id,
      });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_OPERATOR" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
    },
  });
  const prisma = stack.db.prisma;
  const alphaDevices = await prisma.device.findMany({
    where: { customerId: ids.alpha, revokedAt: null },
    orderBy: { id: "asc" },
  });
  const [error, recovered, running, stale, cancelled] = alphaDevices;
  Object.assign(d, { error, recovered, running, stale, cancelled });
  const history: Array<[Device, Array<[JobOutcome, number, number]>]> = [
    // [outcome, Comet status, started hours ago]
    [
      d.error,
      [
        ["SUCCESS", 5000, 3],
        ["ERROR", 7002, 1],
      ],
    ],
    [
      d.recovered,
      [
        ["ERROR", 7002, 3],
        ["SUCCESS", 5000, 1],
      ],
    ],
    [
      d.running,
      [
        ["SUCCESS", 5000, 2],
        ["REVIVED", 6002, 0.2],
      ],
    ],
    [d.stale, [["ERROR", 7002, 25]]],
    [
      d.cancelled,
      [
        ["WARNING", 7001, 5],
        ["CANCELLED", 7005, 0.5],
      ],
    ],
  ];
  for (const [device, jobs] of history) {
    await prisma.job.deleteMany({ where: { deviceId: device.id } });
    for (const [outcome, cometStatus, h] of jobs) {
      const isRunning = cometStatus >= 6000 && cometStatus < 7000;
      await prisma.job.create({
        data: {
          serverId: device.serverId,
          cometJobId: randomUUID(),
          accountId: device.accountId,
          mspId: device.mspId,
          customerId: device.customerId,
          deviceId: device.id,
          cometDeviceId: device.cometDeviceId,
          classification: "BACKUP",
          cometStatus,
          outcome,
          statusRank: 4,
          isRunning,
          startedAt: hoursAgo(h),
          endedAt: isRunning ? null : hoursAgo(h - 0.1),
        },
      });
    }
  }
  // Jobs written directly, not through the ingest: the devices' latest-job columns are recomputed.
  await refreshDeviceLatestJob(
    prisma,
    history.map(([device]) => device.id),
  );
}, 180_000);

afterAll(() => stack?.stop());

async function allDevices(as: TestLogin, variables: Record<string, unknown> = {}): Promise<DeviceNode[]> {
  const nodes: DeviceNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<DevicesData> = await stack.execute<DevicesData>(
      devicesQuery,
      { first: 4, after, ...variables },
      { as },
    );
    expect(res.errors).toBeUndefined();
    const page: DevicesData["devices"] = res.data!.devices;
    expect(page.totalCount).toBeGreaterThanOrEqual(page.edges.length);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const idsOf = (nodes: { id: string }[]) => new Set(nodes.map((n) => n.id));

describe("devices by their last 24 hours", () => {
  it("filters on the status of each device's most recent job of the last 24 hours", async () => {
    const errors = idsOf(await allDevices(logins.adminA, { status24h: ["ERROR"] }));
    expect(errors.has(gid(d.error))).toBe(true);
    expect(errors.has(gid(d.cancelled))).toBe(true); // cancelled counts as an error
    expect(errors.has(gid(d.recovered))).toBe(false); // an older error followed by a success
    expect(errors.has(gid(d.stale))).toBe(false); // its error is 25 hours old
    expect(errors.has(gid(d.running))).toBe(false);
    const running = idsOf(await allDevices(logins.adminA, { status24h: ["RUNNING"] }));
    expect(running.has(gid(d.running))).toBe(true); // revived counts as running
    const okOrRunning = idsOf(await allDevices(logins.adminA, { status24h: ["SUCCESS", "RUNNING"] }));
    expect(okOrRunning.has(gid(d.recovered)) && okOrRunning.has(gid(d.running))).toBe(true);
    expect(okOrRunning.has(gid(d.error))).toBe(false);
    // A device with no job in the window matches no status at all.
    for (const status of ["SUCCESS", "WARNING", "ERROR", "MISSED", "RUNNING"]) {
      expect(idsOf(await allDevices(logins.adminA, { status24h: [status] })).has(gid(d.stale))).toBe(false);
    }
  });

  it("agrees with latestJob24h for every device: the filter returns exactly the devices whose latest job has that status", async () => {
    const all = await allDevices(logins.adminA);
    for (const status of ["SUCCESS", "ERROR", "WARNING", "RUNNING", "MISSED"]) {
      const expected = all.filter((n) => n.latestJob24h?.status === status).map((n) => n.id);
      const filtered = await allDevices(logins.adminA, { status24h: [status] });
      expect(filtered.map((n) => n.id).sort()).toEqual(expected.sort());
      expect(filtered.every((n) => n.latestJob24h?.status === status)).toBe(true);
    }
    expect(all.filter((n) => n.latestJob24h === null).map((n) => n.id)).toContain(gid(d.stale));
  });

  it("shows the latest job of the last 24 hours with its status, outcome label, end and kind", async () => {
    const all = await allDevices(logins.adminA);
    const byId = new Map(all.map((n) => [n.id, n]));
    expect(byId.get(gid(d.error))!.latestJob24h).toMatchObject({
      status: "ERROR",
      outcome: "ERROR",
      outcomeLabel: "Error",
      classification: "BACKUP",
    });
    expect(byId.get(gid(d.error))!.latestJob24h!.endedAt).not.toBeNull();
    expect(byId.get(gid(d.cancelled))!.latestJob24h).toMatchObject({ status: "ERROR", outcomeLabel: "Cancelled" });
    expect(byId.get(gid(d.running))!.latestJob24h).toMatchObject({ status: "RUNNING", endedAt: null });
    expect(byId.get(gid(d.stale))!.latestJob24h).toBeNull();
  });

  it("never lets the filter reach another tenant's devices", async () => {
    const b = await allDevices(logins.adminB, { status24h: ["ERROR", "SUCCESS", "RUNNING", "WARNING", "MISSED"] });
    expect(b.length).toBeGreaterThan(0);
    expect(new Set(b.map((n) => n.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
    const alpha = await allDevices(logins.alphaViewer, { status24h: ["ERROR"] });
    expect(idsOf(alpha)).toContain(gid(d.error));
    expect(new Set(alpha.map((n) => n.customerName))).toEqual(new Set(["Alpha Co"]));
  });

  it("narrows by Comet server; a foreign or mistyped server id lists nothing", async () => {
    const all = await allDevices(logins.adminA);
    const own = await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", ids.ownServer) });
    const shared = await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", ids.sharedServer) });
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((n) => n.customerName))).toEqual(new Set(["Delta Co"]));
    expect(new Set(own.map((n) => n.serverId))).toEqual(new Set([encodeGlobalID("CometServer", ids.ownServer)]));
    expect(own.length + shared.length).toBe(all.length);
    expect(await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", ids.bServer) })).toEqual([]);
    expect(await allDevices(logins.adminA, { serverId: gid(d.error) })).toEqual([]);
    // Combined with status24h, every filter still applies.
    const every = ["SUCCESS", "WARNING", "ERROR", "MISSED", "RUNNING"];
    const ownRecent = await allDevices(logins.adminA, {
      serverId: encodeGlobalID("CometServer", ids.ownServer),
      status24h: every,
    });
    expect(ownRecent.every((n) => own.some((o) => o.id === n.id))).toBe(true);
    const alphaErrors = await allDevices(logins.adminA, {
      customerId: encodeGlobalID("Customer", ids.alpha),
      status24h: ["ERROR"],
    });
    expect(idsOf(alphaErrors)).toEqual(
      new Set(all.filter((n) => n.customerName === "Alpha Co" && n.latestJob24h?.status === "ERROR").map((n) => n.id)),
    );
    expect(idsOf(alphaErrors).has(gid(d.error))).toBe(true);
    expect(await allDevices(logins.adminA, { serverId: gid(d.error), status24h: every })).toEqual([]);
    // MSP B on the shared server sees only its own devices there.
    const bShared = await allDevices(logins.adminB, { serverId: encodeGlobalID("CometServer", ids.sharedServer) });
    expect(new Set(bShared.map((n) => n.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
  });
});

describe("what a device protects", () => {
  it("lists the device's items, its account's vaults and its jobs newest first, page by page", async () => {
    const prisma = stack.db.prisma;
    const node = (await allDevices(logins.adminA)).find((n) => n.id === gid(d.cancelled))!;
    expect(node.accountId).toBe(encodeGlobalID("CometAccount", d.cancelled.accountId));
    expect(node.serverName).toBe("Simulated Comet");
    const items = await prisma.protectedItem.findMany({ where: { deviceId: d.cancelled.id } });
    expect(idsOf(node.protectedItems)).toEqual(new Set(items.map((i) => encodeGlobalID("ProtectedItem", i.id))));
    const vaults = await prisma.storageVault.findMany({ where: { accountId: d.cancelled.accountId } });
    expect(vaults.length).toBeGreaterThan(0);
    expect(idsOf(node.storageVaults)).toEqual(new Set(vaults.map((v) => encodeGlobalID("StorageVault", v.id))));
    expect(node.jobs.totalCount).toBe(2);
    expect(node.jobs.edges.map((e) => e.node.status)).toEqual(["ERROR", "WARNING"]);
    // Page through a busier device's jobs one at a time.
    const busy = await prisma.device.findFirstOrThrow({
      where: { mspId: ids.mspA, id: { notIn: Object.values(d).map((x) => x.id) }, jobs: { some: {} } },
    });
    const q = `query($id: ID!, $after: String) { node(id: $id) { ... on Device {
      jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } } } } }`;
    type Page = { node: { jobs: DeviceNode["jobs"] } };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await stack.execute<Page>(q, { id: gid(busy), after }, { as: logins.adminA });
      expect(res.errors).toBeUndefined();
      const page: DeviceNode["jobs"] = res.data!.node.jobs;
      seen.push(...page.edges.map((e) => e.node.startedAt));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(await prisma.job.count({ where: { deviceId: busy.id } }));
    expect(seen).toEqual([...seen].sort().reverse());
  });
});

describe("query planning", () => {
  async function roundTrips(query: string, variables: Record<string, unknown>, key: string) {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await counter.execute<Record<string, { edges: unknown[] }>>(token, query, {
        ...variables,
        first,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data![key]!.edges.length).toBeGreaterThan(first === 2 ? 1 : 2);
      return roundTrips;
    };
    return [await countFor(2), await countFor(50)];
  }

  it("loads a page of devices with latest job, items, vaults and jobs in constant round trips", async () => {
    // session + one findMany (items, vaults and names selected into it) + one count
    // + latestJob24h for the whole page: one device lookup (latestJobId) and one findMany
    // + jobs(first: 3) for the whole page: one id lookup, one findMany and one grouped count
    expect(await roundTrips(devicesQuery, {}, "devices")).toEqual([8, 8]);
    // status24h is a plain where on the device's latest-job columns: no extra round trip
    const status24h = ["SUCCESS", "ERROR", "WARNING", "RUNNING"];
    expect(await roundTrips(devicesQuery, { status24h }, "devices")).toEqual([8, 8]);
  });
});
