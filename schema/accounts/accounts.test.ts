import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roundTripCounter } from "../../test/round-trips.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * Comet accounts as each kind of viewer sees them, and moving accounts between customers: two
 * MSPs share one simulated Comet server; MSP A also has accounts no customer claims yet (`delta-`).
 */

let stack: Stack;
type Who = "platform" | "adminA" | "operatorA" | "adminB" | "alphaViewer" | "echoViewer";
const logins = {} as Record<Who, TestLogin>;
const ids = { mspA: "", mspB: "", server: "", alpha: "", echo: "", foxtrot: "", charlie: "" };

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
                { slug: "alpha", accounts: 2 },
                { slug: "delta", accounts: 2 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 2 }] },
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
      const echo = await createCustomer(db.prisma, mspA.id, "echo", "Echo Co");
      const foxtrot = await createCustomer(db.prisma, mspA.id, "foxtrot", "Foxtrot Co");
      await db.prisma.customer.update({ where: { id: foxtrot.id }, data: { status: "ARCHIVED" } });
      const charlie = await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      const server = await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      Object.assign(ids, {
        mspA: mspA.id,
        mspB: mspB.id,
        server: server.id,
        alpha: alpha.id,
        echo: echo.id,
        foxtrot: foxtrot.id,
        charlie: charlie.id,
      });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.operatorA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_OPERATOR" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
      logins.echoViewer = await createLogin(db.prisma, { customerId: echo.id, role: "CUSTOMER_OWNER" });
    },
  });
}, 120_000);

afterAll(() => stack?.stop());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

type AccountNode = {
  id: string;
  username: string;
  serverName: string;
  customerId: string | null;
  customer: { name: string } | null;
  deviceCount: number;
  allItemsQuotaBytes: string;
};
const accountsQuery = `query($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {
  accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {
    totalCount
    edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince
      lastSyncedAt serverName customerId customer { name } deviceCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type AccountsData = {
  accounts: { totalCount: number; edges: { node: AccountNode }[]; pageInfo: { hasNextPage: boolean } };
};

async function accounts(as: TestLogin, variables: Record<string, unknown> = {}) {
  const res = await stack.execute<AccountsData>(accountsQuery, { first: 100, ...variables }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.accounts.edges.map((e) => e.node);
}
const prefixes = (nodes: AccountNode[]) => [...new Set(nodes.map((n) => n.username.split("-")[0]))].sort();
const accountsOf = (customerId: string | null, mspId = ids.mspA) =>
  stack.db.prisma.cometAccount.findMany({ where: { mspId, customerId }, orderBy: { username: "asc" } });

describe("accounts", () => {
  it("shows MSP staff their MSP's accounts on a shared server, a customer member only its own", async () => {
    expect(prefixes(await accounts(logins.adminA))).toEqual(["alpha", "delta"]);
    expect(prefixes(await accounts(logins.adminB))).toEqual(["charlie"]);
    expect(prefixes(await accounts(logins.alphaViewer))).toEqual(["alpha"]);
    expect(await accounts(logins.echoViewer)).toEqual([]);
    expect(prefixes(await accounts(logins.platform))).toEqual(["alpha", "charlie", "delta"]);
  });

  it("describes each account with its server name, customer and device count, never its raw profile", async () => {
    const server = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { id: ids.server } });
    for (const node of await accounts(logins.alphaViewer)) {
      expect(node.serverName).toBe(server.profileName);
      expect(node.customer).toEqual({ name: "Alpha Co" });
      expect(node.customerId).toBe(gid("Customer", ids.alpha));
      const row = await stack.db.prisma.cometAccount.findFirstOrThrow({ where: { username: node.username } });
      expect(node.deviceCount).toBe(
        await stack.db.prisma.device.count({ where: { accountId: row.id, revokedAt: null } }),
      );
      expect(node.allItemsQuotaBytes).toBe(String(row.allItemsQuotaBytes));
    }
    const res = await stack.execute<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "CometAccount") { fields { name } } }`,
    );
    const fields = res.data!.__type.fields.map((f) => f.name);
    expect(fields).toContain("username");
    expect(fields).not.toContain("profile");
    // The concurrency token is for staff who edit the account, not for its customer.
    const hash = await stack.execute(
      `{ accounts(first: 1) { edges { node { profileHash } } } }`,
      {},
      {
        as: logins.alphaViewer,
      },
    );
    expect(hash.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("narrows by customer, server, assignment and search, only within the viewer's scope", async () => {
    expect(prefixes(await accounts(logins.adminA, { customerId: gid("Customer", ids.alpha) }))).toEqual(["alpha"]);
    expect(prefixes(await accounts(logins.adminA, { isUnassigned: true }))).toEqual(["delta"]);
    expect(prefixes(await accounts(logins.adminA, { isUnassigned: false }))).toEqual(["alpha"]);
    expect(prefixes(await accounts(logins.adminA, { serverId: gid("CometServer", ids.server) }))).toEqual([
      "alpha",
      "delta",
    ]);
    expect(prefixes(await accounts(logins.adminA, { search: "DELTA" }))).toEqual(["delta"]);
    expect(await accounts(logins.adminA, { customerId: gid("Customer", ids.charlie) })).toEqual([]);
    expect(await accounts(logins.alphaViewer, { isUnassigned: true })).toEqual([]);
    expect(await accounts(logins.adminA, { search: "charlie" })).toEqual([]);
  });

  it("resolves another tenant's account to null through node(id)", async () => {
    const [charlieAccount] = await accountsOf(ids.charlie, ids.mspB);
    const [deltaAccount] = await accountsOf(null);
    const query = `query($id: ID!) { node(id: $id) { ... on CometAccount { username } } }`;
    const read = async (as: TestLogin, id: string) =>
      (await stack.execute<{ node: { username: string } | null }>(query, { id: gid("CometAccount", id) }, { as })).data
        ?.node ?? null;
    expect(await read(logins.adminB, charlieAccount!.id)).toEqual({ username: charlieAccount!.username });
    expect(await read(logins.adminA, charlieAccount!.id)).toBeNull();
    expect(await read(logins.alphaViewer, deltaAccount!.id)).toBeNull();
  });

  it("loads a page of accounts with server, customer and device count in the same number of queries, whatever its size", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await counter.execute<AccountsData>(token, accountsQuery, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.accounts.edges.length).toBe(Math.min(first, 6));
      return roundTrips;
    };
    // session lookup + one findMany (server, customer and device count joined) + one count
    expect(await countFor(2)).toBe(3);
    expect(await countFor(50)).toBe(3);
  });
});

const accountDevicesQuery = `query($id: ID!, $first: Int!) {
  node(id: $id) {
    ... on CometAccount { username customer { name } devices(first: $first) { totalCount edges { node { id friendlyName accountId } } } }
  }
}`;
type AccountDevicesData = {
  node: {
    username: string;
    devices: { totalCount: number; edges: { node: { id: string; friendlyName: string; accountId: string } }[] };
  } | null;
};

describe("an account's devices", () => {
  async function alphaAccountWithDevices() {
    const accounts = await stack.db.prisma.cometAccount.findMany({
      where: { customerId: ids.alpha },
      include: { devices: { where: { revokedAt: null }, orderBy: [{ friendlyName: "asc" }, { id: "asc" }] } },
      orderBy: { username: "asc" },
    });
    const account = accounts.sort((a, b) => b.devices.length - a.devices.length)[0]!;
    expect(account.devices.length).toBeGreaterThan(1);
    return account;
  }

  it("lists the account's devices by name with their total, to its MSP's staff and its customer's members", async () => {
    const account = await alphaAccountWithDevices();
    const variables = { id: gid("CometAccount", account.id), first: 100 };
    for (const as of [logins.adminA, logins.alphaViewer]) {
      const res = await stack.execute<AccountDevicesData>(accountDevicesQuery, variables, { as });
      expect(res.errors).toBeUndefined();
      const devices = res.data!.node!.devices;
      expect(devices.totalCount).toBe(account.devices.length);
      expect(devices.edges.map((e) => e.node.id)).toEqual(account.devices.map((d) => gid("Device", d.id)));
      expect(devices.edges.every((e) => e.node.accountId === variables.id)).toBe(true);
    }
    const page = await stack.execute<AccountDevicesData>(
      accountDevicesQuery,
      { ...variables, first: 1 },
      {
        as: logins.adminA,
      },
    );
    expect(page.data!.node!.devices.edges).toHaveLength(1);
    expect(page.data!.node!.devices.totalCount).toBe(account.devices.length);
    const tooMany = await stack.execute(accountDevicesQuery, { ...variables, first: 101 }, { as: logins.adminA });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Another tenant's account stays null, devices and all.
    const theirs = await stack.execute<AccountDevicesData>(accountDevicesQuery, variables, { as: logins.adminB });
    expect(theirs.data?.node).toBeNull();
  });

  it("loads the account page (account, customer and devices) and a page of accounts with their devices in fixed round trips", async () => {
    const account = await alphaAccountWithDevices();
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.adminA);
    const one = await counter.execute<AccountDevicesData>(token, accountDevicesQuery, {
      id: gid("CometAccount", account.id),
      first: 100,
    });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.node!.devices.edges).toHaveLength(account.devices.length);
    // session lookup + the account with its customer, devices and their count in one query
    expect(one.roundTrips).toBe(2);
    const listQuery = `query($first: Int!) {
      accounts(first: $first) { edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } } }
    }`;
    const countFor = async (first: number) => {
      const { body, roundTrips } = await counter.execute<AccountsData>(token, listQuery, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.accounts.edges.length).toBe(Math.min(first, 4));
      return roundTrips;
    };
    expect(await countFor(1)).toBe(await countFor(50));
  });
});

const linkMutation = `mutation($input: LinkAccountsToCustomerInput!) {
  linkAccountsToCustomer(input: $input) {
    __typename
    ... on LinkAccountsPayload {
      customer { name accountCount deviceCount }
      accounts { username customer { name } }
      movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs
    }
    ... on UserError { message }
  }
}`;
const unlinkMutation = `mutation($input: UnlinkAccountsInput!) {
  unlinkAccounts(input: $input) {
    __typename
    ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }
    ... on UserError { message }
  }
}`;
type LinkResult = {
  __typename: string;
  message?: string;
  customer: { name: string; accountCount: number; deviceCount: number } | null;
  accounts: { username: string; customer: { name: string } | null; customerId?: string | null }[];
  movedAccounts: number;
  movedDevices: number;
  movedProtectedItems: number;
  movedStorageVaults: number;
  movedJobs: number;
};

const link = async (as: TestLogin, accountIds: string[], customerId: string) =>
  (
    await stack.execute<{ linkAccountsToCustomer: LinkResult }>(
      linkMutation,
      {
        input: { accountIds: accountIds.map((id) => gid("CometAccount", id)), customerId: gid("Customer", customerId) },
      },
      { as },
    )
  ).data?.linkAccountsToCustomer;

const deviceTotal = async (as: TestLogin) =>
  (await stack.execute<{ devices: { totalCount: number } }>("{ devices(first: 1) { totalCount } }", {}, { as })).data
    ?.devices.totalCount;

/** Where every row of MSP A sits, to prove a refused request moved nothing. */
const placement = async () => ({
  accounts: await stack.db.prisma.cometAccount.findMany({
    select: { id: true, customerId: true },
    orderBy: { id: "asc" },
  }),
  jobs: await stack.db.prisma.job.groupBy({
    by: ["customerId"],
    _count: { _all: true },
    orderBy: { customerId: "asc" },
  }),
  // Only changes to customers: the first request of a login writes its own (login) audit row.
  audits: await stack.db.prisma.auditLog.count({ where: { action: { startsWith: "customer." } } }),
});

describe("linking accounts to customers", () => {
  it("moves accounts with their devices and jobs into the customer, whose members then see them", async () => {
    const delta = await accountsOf(null);
    expect(delta.length).toBe(2);
    const deltaIds = delta.map((a) => a.id);
    const devices = await stack.db.prisma.device.count({ where: { accountId: { in: deltaIds } } });
    const jobs = await stack.db.prisma.job.count({ where: { accountId: { in: deltaIds } } });
    expect(jobs).toBeGreaterThan(0);
    expect(await deviceTotal(logins.echoViewer)).toBe(0);

    const result = await link(logins.adminA, deltaIds, ids.echo);
    expect(result).toMatchObject({
      __typename: "LinkAccountsPayload",
      customer: { name: "Echo Co", accountCount: 2 },
      movedAccounts: 2,
      movedDevices: devices,
      movedJobs: jobs,
    });
    expect(result!.accounts.map((a) => a.customer?.name)).toEqual(["Echo Co", "Echo Co"]);
    expect(
      await stack.db.prisma.job.count({ where: { accountId: { in: deltaIds }, customerId: { not: ids.echo } } }),
    ).toBe(0);
    const visible = await stack.db.prisma.device.count({ where: { accountId: { in: deltaIds }, revokedAt: null } });
    expect(await deviceTotal(logins.echoViewer)).toBe(visible);
    expect(prefixes(await accounts(logins.echoViewer))).toEqual(["delta"]);
    const audits = await stack.db.prisma.auditLog.findMany({ where: { action: "customer.linkAccounts" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetId: ids.echo, mspId: ids.mspA, customerId: ids.echo });

    // Linking again changes nothing and writes no second audit row.
    expect(await link(logins.adminA, deltaIds, ids.echo)).toMatchObject({ movedAccounts: 0, movedJobs: 0 });
    expect(await stack.db.prisma.auditLog.count({ where: { action: "customer.linkAccounts" } })).toBe(1);
  });

  it("moves nothing when any account or the customer is not the viewer's, or the customer is archived", async () => {
    const [alphaAccount] = await accountsOf(ids.alpha);
    const [charlieAccount] = await accountsOf(ids.charlie, ids.mspB);
    const before = await placement();
    const mixed = await link(logins.adminA, [alphaAccount!.id, charlieAccount!.id], ids.echo);
    expect(mixed).toMatchObject({ __typename: "NotFoundError" });
    expect((await link(logins.adminA, [alphaAccount!.id], ids.charlie))?.__typename).toBe("NotFoundError");
    expect((await link(logins.adminB, [charlieAccount!.id], ids.echo))?.__typename).toBe("NotFoundError");
    expect((await link(logins.adminA, [alphaAccount!.id], ids.foxtrot))?.__typename).toBe("ConflictError");
    // The operator sees both MSPs, but an account cannot join another MSP's customer.
    expect((await link(logins.platform, [charlieAccount!.id], ids.echo))?.__typename).toBe("InvalidInputError");
    for (const as of [logins.operatorA, logins.alphaViewer]) {
      const res = await stack.execute(
        linkMutation,
        { input: { accountIds: [gid("CometAccount", alphaAccount!.id)], customerId: gid("Customer", ids.echo) } },
        { as },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await placement()).toEqual(before);
  });

  it("unlinks accounts back to unassigned, taking their devices out of the customer's view", async () => {
    const echoAccounts = await accountsOf(ids.echo);
    expect(echoAccounts.length).toBe(2);
    const res = await stack.execute<{ unlinkAccounts: LinkResult }>(
      unlinkMutation,
      { input: { accountIds: echoAccounts.map((a) => gid("CometAccount", a.id)) } },
      { as: logins.adminA },
    );
    expect(res.data?.unlinkAccounts).toMatchObject({
      __typename: "LinkAccountsPayload",
      customer: null,
      movedAccounts: 2,
    });
    expect(res.data?.unlinkAccounts.accounts.every((a) => a.customerId === null)).toBe(true);
    expect(await deviceTotal(logins.echoViewer)).toBe(0);
    expect(await stack.db.prisma.device.count({ where: { customerId: ids.echo } })).toBe(0);
    const audits = await stack.db.prisma.auditLog.findMany({ where: { action: "customer.unlinkAccounts" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ mspId: ids.mspA, customerId: ids.echo });

    const [charlieAccount] = await accountsOf(ids.charlie, ids.mspB);
    const theirs = await stack.execute<{ unlinkAccounts: LinkResult }>(
      unlinkMutation,
      { input: { accountIds: [gid("CometAccount", charlieAccount!.id)] } },
      { as: logins.adminA },
    );
    expect(theirs.data?.unlinkAccounts.__typename).toBe("NotFoundError");
    expect(
      (await stack.db.prisma.cometAccount.findUniqueOrThrow({ where: { id: charlieAccount!.id } })).customerId,
    ).toBe(ids.charlie);
  });
});
