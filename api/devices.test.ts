import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignAccountToCustomer } from "../core/accounts/assign.js";
import type { ApiDevicesQuery, ApiDevicesQueryVariables } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { execute, executeCounted } from "../test/operations.js";
import { roundTripCounter } from "../test/round-trips.js";
import type { TestLogin } from "../test/seed.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";

/**
 * Two MSPs share one Comet server (one Comet organization each, mapped by tenant links); every
 * device list must contain exactly the viewer's own devices, whatever the arguments.
 */

const Devices = graphql(`
  query ApiDevices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {
    devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {
      totalCount
      edges { node { id friendlyName accountUsername customerId customerName isOnline } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
type DeviceNode = ApiDevicesQuery["devices"]["edges"][number]["node"];

const Node = graphql(`
  query ApiDeviceNode($id: ID!) {
    node(id: $id) { id ... on Device { accountUsername } }
  }
`);
const Servers = graphql(`
  query ApiCometServers {
    cometServers { profileName isPlatformShared streamState }
  }
`);

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("bravo", "Bravo Co")
  .msp("b", "MSP B")
  .customer("charlie", "Charlie Co")
  .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
  // Owned by MSP B and disabled (no simulator behind it): only visibility is under test.
  .server("bOwn", {
    baseUrl: "http://127.0.0.1:9/",
    msp: "b",
    profileName: "b-own",
    label: "B's own",
    admin: { username: "x", password: "x" },
    isEnabled: false,
  })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("adminB", { msp: "b", role: "MSP_OPERATOR" })
  .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" });
const { logins, msps, customers } = w;

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      shared: {
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 3 },
                { slug: "bravo", accounts: 2 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 3 }] },
          ],
          devicesPerAccount: [1, 2],
        },
      },
    },
    linkAccounts: true,
    seed: w.seed,
  });
}, 120_000);

afterAll(() => stack?.stop());

async function allDevices(as: TestLogin, variables: Partial<ApiDevicesQueryVariables> = {}): Promise<DeviceNode[]> {
  const nodes: DeviceNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await execute(stack, Devices, { first: 3, after, ...variables }, as);
    expect(res.errors).toBeUndefined();
    const page: ApiDevicesQuery["devices"] = res.data!.devices;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const usernames = (nodes: DeviceNode[]) => new Set(nodes.map((n) => n.accountUsername.split("-")[0]));

describe("devices", () => {
  it("shows an MSP's staff exactly their MSP's devices on a shared server, across pages", async () => {
    const a = await allDevices(logins.adminA);
    const b = await allDevices(logins.adminB);
    const expectedA = await stack.db.prisma.device.count({ where: { mspId: msps.a.id, revokedAt: null } });
    expect(a.length).toBe(expectedA);
    expect(new Set(a.map((n) => n.id)).size).toBe(a.length);
    expect(usernames(a)).toEqual(new Set(["alpha", "bravo"]));
    expect(usernames(b)).toEqual(new Set(["charlie"]));
    const all = await allDevices(logins.platform);
    expect(all.length).toBe(a.length + b.length);
  });

  it("shows a customer member only that customer's devices, even when filtering for another customer", async () => {
    const own = await allDevices(logins.alphaViewer);
    expect(own.length).toBeGreaterThan(0);
    expect(usernames(own)).toEqual(new Set(["alpha"]));
    expect(new Set(own.map((n) => n.customerName))).toEqual(new Set(["Alpha Co"]));
    const charlieId = (await allDevices(logins.adminB))[0]!.customerId;
    expect(await allDevices(logins.alphaViewer, { customerId: charlieId })).toEqual([]);
    expect(await allDevices(logins.adminA, { customerId: charlieId })).toEqual([]);
  });

  it("narrows by customer, online state and search within the viewer's scope", async () => {
    const a = await allDevices(logins.adminA);
    const alphaId = a.find((n) => n.customerName === "Alpha Co")!.customerId;
    const alphaOnly = await allDevices(logins.adminA, { customerId: alphaId });
    expect(alphaOnly.length).toBe(a.filter((n) => n.customerName === "Alpha Co").length);
    const online = await allDevices(logins.adminA, { isOnline: true });
    expect(online.length).toBe(a.filter((n) => n.isOnline).length);
    expect(await allDevices(logins.adminA, { search: "charlie" })).toEqual([]);
    expect((await allDevices(logins.adminA, { search: "BRAVO" })).length).toBe(
      a.filter((n) => n.accountUsername.startsWith("bravo-")).length,
    );
  });

  it("resolves another tenant's device id to null through node(id)", async () => {
    const [bDevice] = await allDevices(logins.adminB);
    const mine = await execute(stack, Node, { id: bDevice!.id }, logins.adminB);
    expect(mine.data?.node?.id).toBe(bDevice!.id);
    const theirs = await execute(stack, Node, { id: bDevice!.id }, logins.adminA);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
  });

  it("rejects a page size above 100 with a clear error instead of clamping it", async () => {
    const res = await execute(stack, Devices, { first: 101 }, logins.adminA);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.message).toBe('"first" must be between 0 and 100; got 101.');
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Not a valid document (a required argument left out), so not a typed one.
    const missing = await stack.execute("{ devices { totalCount } }", {}, { as: logins.adminA });
    expect(missing.errors?.[0]?.message).toMatch(/argument "first" of type "Int!" is required/);
  });

  it("moves an account's devices to another customer in one step", async () => {
    const account = await stack.db.prisma.cometAccount.findFirstOrThrow({
      where: { customerId: customers.charlie.id },
    });
    await expect(assignAccountToCustomer(stack.db.prisma, account.id, customers.alpha.id)).rejects.toThrow(/MSP/);
    await assignAccountToCustomer(stack.db.prisma, account.id, null);
    const moved = await stack.db.prisma.device.findMany({ where: { accountId: account.id } });
    expect(moved.every((d) => d.customerId === null)).toBe(true);
    await assignAccountToCustomer(stack.db.prisma, account.id, customers.charlie.id);
    const back = await stack.db.prisma.job.count({
      where: { accountId: account.id, customerId: { not: customers.charlie.id } },
    });
    expect(back).toBe(0);
  });
});

describe("query planning", () => {
  it("loads a page of devices with account and customer names in the same number of queries, whatever its size", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    // A fresh session: its sliding expiry is not due for a write within the next minute.
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Devices, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.devices.edges.length).toBe(Math.min(first, body.data!.devices.totalCount));
      return roundTrips;
    };
    // session (with the user's roles) lookup + one findMany (relations joined into it) + one count
    expect(await countFor(2)).toBe(3);
    expect(await countFor(50)).toBe(3);
  });
});

describe("cometServers", () => {
  it("lists every server for the platform operator, only owned ones for MSP staff, none for customers", async () => {
    const names = async (as: TestLogin) =>
      ((await execute(stack, Servers, {}, as)).data?.cometServers ?? []).map((s) => s.profileName);
    expect(await names(logins.platform)).toHaveLength(2);
    expect(await names(logins.adminA)).toEqual([]);
    expect(await names(logins.adminB)).toEqual(["b-own"]);
    expect(await names(logins.alphaViewer)).toEqual([]);
  });
});
