import { randomUUID } from "node:crypto";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Device } from "../../prisma/generated/prisma/client.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import type {
  FleetDeviceJobsQuery,
  FleetDevicesQuery,
  FleetDevicesQueryVariables,
  JobStatus,
} from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted, narrow } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/**
 * A device's last 24 hours and what it protects: `devices(status24h:, serverId:)`, the Device
 * fields `latestJob24h`, `protectedItems`, `storageVaults`, `jobs`, and the `protectedItems` and
 * `storageVaults` lists. Two MSPs share one Comet server; MSP A also owns one. Five devices of
 * customer alpha get an exact job history (their simulator jobs are replaced).
 */

const Devices = graphql(`
  query FleetDevices($first: Int!, $after: String, $status24h: [JobStatus!], $serverId: ID, $customerId: ID) {
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
  }
`);
type DeviceNode = FleetDevicesQuery["devices"]["edges"][number]["node"];
const DeviceJobs = graphql(`
  query FleetDeviceJobs($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Device {
        jobs(first: 1, after: $after) { totalCount edges { node { id startedAt } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`);

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("bravo", "Bravo Co")
  .customer("delta", "Delta Co")
  .msp("b", "MSP B")
  .customer("charlie", "Charlie Co")
  .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
  .server("own", { sim: "own", msp: "a" })
  .server("bServer", {
    baseUrl: "http://127.0.0.1:9/",
    msp: "b",
    profileName: `b-own-${randomUUID().slice(0, 6)}`,
    label: "B's own",
    admin: { username: "x", password: "x" },
    isEnabled: false,
  })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("adminB", { msp: "b", role: "MSP_OPERATOR" })
  .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" });
const { logins, msps, customers, servers } = w;
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
    seed: w.seed,
  });
  const prisma = stack.db.prisma;
  const alphaDevices = await prisma.device.findMany({
    where: { customerId: customers.alpha.id, revokedAt: null },
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
    for (const [i, [outcome, cometStatus, h]] of jobs.entries()) {
      const isRunning = cometStatus >= 6000 && cometStatus < 7000;
      w.job(`${device.id}-${i}`, {
        device,
        outcome,
        cometStatus,
        isRunning,
        startedAt: hoursAgo(h),
        endedAt: isRunning ? null : hoursAgo(h - 0.1),
        data: { statusRank: 4 },
      });
    }
  }
  // The world recomputes the devices' latest-job columns of the jobs it wrote.
  await w.build();
}, 180_000);

afterAll(() => stack?.stop());

async function allDevices(as: TestLogin, variables: Partial<FleetDevicesQueryVariables> = {}): Promise<DeviceNode[]> {
  const nodes: DeviceNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await execute(stack, Devices, { first: 4, after, ...variables }, as);
    expect(res.errors).toBeUndefined();
    const page: FleetDevicesQuery["devices"] = res.data!.devices;
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
    for (const status of ["SUCCESS", "WARNING", "ERROR", "MISSED", "RUNNING"] as const) {
      expect(idsOf(await allDevices(logins.adminA, { status24h: [status] })).has(gid(d.stale))).toBe(false);
    }
  });

  it("agrees with latestJob24h for every device: the filter returns exactly the devices whose latest job has that status", async () => {
    const all = await allDevices(logins.adminA);
    for (const status of ["SUCCESS", "ERROR", "WARNING", "RUNNING", "MISSED"] as const) {
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
    const own = await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", servers.own.id) });
    const shared = await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", servers.shared.id) });
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((n) => n.customerName))).toEqual(new Set(["Delta Co"]));
    expect(new Set(own.map((n) => n.serverId))).toEqual(new Set([encodeGlobalID("CometServer", servers.own.id)]));
    expect(own.length + shared.length).toBe(all.length);
    expect(await allDevices(logins.adminA, { serverId: encodeGlobalID("CometServer", servers.bServer.id) })).toEqual(
      [],
    );
    expect(await allDevices(logins.adminA, { serverId: gid(d.error) })).toEqual([]);
    // Combined with status24h, every filter still applies.
    const every: JobStatus[] = ["SUCCESS", "WARNING", "ERROR", "MISSED", "RUNNING"];
    const ownRecent = await allDevices(logins.adminA, {
      serverId: encodeGlobalID("CometServer", servers.own.id),
      status24h: every,
    });
    expect(ownRecent.every((n) => own.some((o) => o.id === n.id))).toBe(true);
    const alphaErrors = await allDevices(logins.adminA, {
      customerId: encodeGlobalID("Customer", customers.alpha.id),
      status24h: ["ERROR"],
    });
    expect(idsOf(alphaErrors)).toEqual(
      new Set(all.filter((n) => n.customerName === "Alpha Co" && n.latestJob24h?.status === "ERROR").map((n) => n.id)),
    );
    expect(idsOf(alphaErrors).has(gid(d.error))).toBe(true);
    expect(await allDevices(logins.adminA, { serverId: gid(d.error), status24h: every })).toEqual([]);
    // MSP B on the shared server sees only its own devices there.
    const bShared = await allDevices(logins.adminB, { serverId: encodeGlobalID("CometServer", servers.shared.id) });
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
      where: { mspId: msps.a.id, id: { notIn: Object.values(d).map((x) => x.id) }, jobs: { some: {} } },
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<FleetDeviceJobsQuery> = await execute(
        stack,
        DeviceJobs,
        { id: gid(busy), after },
        logins.adminA,
      );
      expect(res.errors).toBeUndefined();
      const page = narrow(res.data!.node, "Device").jobs;
      seen.push(...page.edges.map((e) => e.node.startedAt));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(await prisma.job.count({ where: { deviceId: busy.id } }));
    expect(seen).toEqual([...seen].sort().reverse());
  });
});

describe("query planning", () => {
  async function roundTrips(variables: Partial<FleetDevicesQueryVariables>) {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Devices, { ...variables, first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.devices.edges.length).toBeGreaterThan(first === 2 ? 1 : 2);
      return roundTrips;
    };
    return [await countFor(2), await countFor(50)];
  }

  it("loads a page of devices with latest job, items, vaults and jobs in constant round trips", async () => {
    // session + one findMany (items, vaults and names selected into it) + one count
    // + latestJob24h for the whole page: one device lookup (latestJobId) and one findMany
    // + jobs(first: 3) for the whole page: one id lookup, one findMany and one grouped count
    expect(await roundTrips({})).toEqual([8, 8]);
    // status24h is a plain where on the device's latest-job columns: no extra round trip
    const status24h: JobStatus[] = ["SUCCESS", "ERROR", "WARNING", "RUNNING"];
    expect(await roundTrips({ status24h })).toEqual([8, 8]);
  });
});
