import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignAccountToCustomer } from "../core/accounts/assign.js";
import { roundTripCounter } from "../test/round-trips.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../test/stack.js";

/**
 * Two MSPs share one Comet server (one Comet organization each, mapped by tenant links); every
 * device list must contain exactly the viewer's own devices, whatever the arguments.
 */

const devicesQuery = `query Devices($first: Int!, $after: String, $customerId: ID, $isOnline: Boolean, $search: String) {
  devices(first: $first, after: $after, customerId: $customerId, isOnline: $isOnline, search: $search) {
    totalCount
    edges { node { id friendlyName accountUsername customerId customerName isOnline } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type DeviceNode = {
  id: string;
  accountUsername: string;
  customerId: string | null;
  customerName: string | null;
  isOnline: boolean;
};
type DevicesData = {
  devices: {
    totalCount: number;
    edges: { node: DeviceNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let stack: Stack;
const logins: Record<"platform" | "adminA" | "adminB" | "alphaViewer", TestLogin> = {} as never;
const ids = { mspA: "", mspB: "", alpha: "", charlie: "" };

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
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
      await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      const charlie = await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      Object.assign(ids, { mspA: mspA.id, mspB: mspB.id, alpha: alpha.id, charlie: charlie.id });
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      // Owned by MSP B and disabled (no simulator behind it): only visibility is under test.
      await db.prisma.cometServer.create({
        data: {
          profileName: "b-own",
          name: "B's own",
          baseUrl: "http://127.0.0.1:9/",
          adminUsername: "x",
          adminPasswordEnc: "x",
          mspId: mspB.id,
          isEnabled: false,
        },
      });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_OPERATOR" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
    },
  });
}, 120_000);

afterAll(() => stack?.stop());

async function allDevices(as: TestLogin, variables: Record<string, unknown> = {}): Promise<DeviceNode[]> {
  const nodes: DeviceNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<DevicesData> = await stack.execute<DevicesData>(
      devicesQuery,
      { first: 3, after, ...variables },
      { as },
    );
    expect(res.errors).toBeUndefined();
    const page: DevicesData["devices"] = res.data!.devices;
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
    const expectedA = await stack.db.prisma.device.count({ where: { mspId: ids.mspA, revokedAt: null } });
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
    const query = `query($id: ID!) { node(id: $id) { id ... on Device { accountUsername } } }`;
    const mine = await stack.execute<{ node: { id: string } | null }>(
      query,
      { id: bDevice!.id },
      { as: logins.adminB },
    );
    expect(mine.data?.node?.id).toBe(bDevice!.id);
    const theirs = await stack.execute<{ node: unknown }>(query, { id: bDevice!.id }, { as: logins.adminA });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
  });

  it("rejects a page size above 100 with a clear error instead of clamping it", async () => {
    const res = await stack.execute(devicesQuery, { first: 101 }, { as: logins.adminA });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.message).toBe('"first" must be between 0 and 100; got 101.');
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await stack.execute("{ devices { totalCount } }", {}, { as: logins.adminA });
    expect(missing.errors?.[0]?.message).toMatch(/argument "first" of type "Int!" is required/);
  });

  it("moves an account's devices to another customer in one step", async () => {
    const account = await stack.db.prisma.cometAccount.findFirstOrThrow({ where: { customerId: ids.charlie } });
    await expect(assignAccountToCustomer(stack.db.prisma, account.id, ids.alpha)).rejects.toThrow(/MSP/);
    await assignAccountToCustomer(stack.db.prisma, account.id, null);
    const moved = await stack.db.prisma.device.findMany({ where: { accountId: account.id } });
    expect(moved.every((d) => d.customerId === null)).toBe(true);
    await assignAccountToCustomer(stack.db.prisma, account.id, ids.charlie);
    const back = await stack.db.prisma.job.count({
      where: { accountId: account.id, customerId: { not: ids.charlie } },
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
      const { body, roundTrips } = await counter.execute<DevicesData>(token, devicesQuery, { first });
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
  const serversQuery = "{ cometServers { profileName isPlatformShared streamState } }";
  it("lists every server for the platform operator, only owned ones for MSP staff, none for customers", async () => {
    const names = async (as: TestLogin) =>
      (
        (await stack.execute<{ cometServers: { profileName: string }[] }>(serversQuery, {}, { as })).data
          ?.cometServers ?? []
      ).map((s) => s.profileName);
    expect(await names(logins.platform)).toHaveLength(2);
    expect(await names(logins.adminA)).toEqual([]);
    expect(await names(logins.adminB)).toEqual(["b-own"]);
    expect(await names(logins.alphaViewer)).toEqual([]);
  });
});
