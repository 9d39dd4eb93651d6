import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountsListQuery, AccountsListQueryVariables } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted, narrow } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/**
 * Comet accounts as each kind of viewer sees them, and moving accounts between customers: two
 * MSPs share one simulated Comet server; MSP A also has accounts no customer claims yet (`delta-`).
 */

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("echo", "Echo Co")
  .customer("foxtrot", "Foxtrot Co", { status: "ARCHIVED" })
  .msp("b", "MSP B")
  .customer("charlie", "Charlie Co")
  .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
  .login("adminB", { msp: "b", role: "MSP_ADMIN" })
  .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" })
  .login("echoViewer", { customer: "echo", role: "CUSTOMER_OWNER" });
const { logins, msps, customers, servers } = w;

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
    seed: w.seed,
  });
}, 120_000);

afterAll(() => stack?.stop());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const Accounts = graphql(`
  query AccountsList($first: Int!, $after: String, $customerId: ID, $serverId: ID, $isUnassigned: Boolean, $search: String) {
    accounts(first: $first, after: $after, customerId: $customerId, serverId: $serverId, isUnassigned: $isUnassigned, search: $search) {
      totalCount
      edges { node { id username accountName emails isSuspended maximumDevices allItemsQuotaBytes missingSince
        lastSyncedAt serverName customerId customer { name } deviceCount } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
type AccountNode = AccountsListQuery["accounts"]["edges"][number]["node"];
const AccountFields = graphql(`
  query AccountsFields {
    __type(name: "CometAccount") { fields { name } }
  }
`);
const ProfileHash = graphql(`
  query AccountsProfileHash {
    accounts(first: 1) { edges { node { profileHash } } }
  }
`);
const AccountNode = graphql(`
  query AccountsNode($id: ID!) {
    node(id: $id) { ... on CometAccount { username } }
  }
`);

async function accounts(as: TestLogin, variables: Partial<AccountsListQueryVariables> = {}) {
  const res = await execute(stack, Accounts, { first: 100, ...variables }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.accounts.edges.map((e) => e.node);
}
const prefixes = (nodes: AccountNode[]) => [...new Set(nodes.map((n) => n.username.split("-")[0]))].sort();
const accountsOf = (customerId: string | null, mspId = msps.a.id) =>
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
    const server = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { id: servers.shared.id } });
    for (const node of await accounts(logins.alphaViewer)) {
      expect(node.serverName).toBe(server.profileName);
      expect(node.customer).toEqual({ name: "Alpha Co" });
      expect(node.customerId).toBe(gid("Customer", customers.alpha.id));
      const row = await stack.db.prisma.cometAccount.findFirstOrThrow({ where: { username: node.username } });
      expect(node.deviceCount).toBe(
        await stack.db.prisma.device.count({ where: { accountId: row.id, revokedAt: null } }),
      );
      expect(node.allItemsQuotaBytes).toBe(String(row.allItemsQuotaBytes));
    }
    const res = await execute(stack, AccountFields, {});
    const fields = res.data!.__type!.fields!.map((f) => f.name);
    expect(fields).toContain("username");
    expect(fields).not.toContain("profile");
    // The concurrency token is for staff who edit the account, not for its customer.
    const hash = await execute(stack, ProfileHash, {}, logins.alphaViewer);
    expect(hash.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("narrows by customer, server, assignment and search, only within the viewer's scope", async () => {
    expect(prefixes(await accounts(logins.adminA, { customerId: gid("Customer", customers.alpha.id) }))).toEqual([
      "alpha",
    ]);
    expect(prefixes(await accounts(logins.adminA, { isUnassigned: true }))).toEqual(["delta"]);
    expect(prefixes(await accounts(logins.adminA, { isUnassigned: false }))).toEqual(["alpha"]);
    expect(prefixes(await accounts(logins.adminA, { serverId: gid("CometServer", servers.shared.id) }))).toEqual([
      "alpha",
      "delta",
    ]);
    expect(prefixes(await accounts(logins.adminA, { search: "DELTA" }))).toEqual(["delta"]);
    expect(await accounts(logins.adminA, { customerId: gid("Customer", customers.charlie.id) })).toEqual([]);
    expect(await accounts(logins.alphaViewer, { isUnassigned: true })).toEqual([]);
    expect(await accounts(logins.adminA, { search: "charlie" })).toEqual([]);
  });

  it("resolves another tenant's account to null through node(id)", async () => {
    const [charlieAccount] = await accountsOf(customers.charlie.id, msps.b.id);
    const [deltaAccount] = await accountsOf(null);
    const read = async (as: TestLogin, id: string) =>
      (await execute(stack, AccountNode, { id: gid("CometAccount", id) }, as)).data?.node ?? null;
    expect(await read(logins.adminB, charlieAccount!.id)).toEqual({ username: charlieAccount!.username });
    expect(await read(logins.adminA, charlieAccount!.id)).toBeNull();
    expect(await read(logins.alphaViewer, deltaAccount!.id)).toBeNull();
  });

  it("loads a page of accounts with server, customer and device count in the same number of queries, whatever its size", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Accounts, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.accounts.edges.length).toBe(Math.min(first, 6));
      return roundTrips;
    };
    // session lookup + one findMany (server, customer and device count joined) + one count
    expect(await countFor(2)).toBe(3);
    expect(await countFor(50)).toBe(3);
  });
});

const AccountDevices = graphql(`
  query AccountsDevices($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on CometAccount {
        username
        customer { name }
        devices(first: $first) { totalCount edges { node { id friendlyName accountId } } }
      }
    }
  }
`);
const AccountsWithDevices = graphql(`
  query AccountsWithDevices($first: Int!) {
    accounts(first: $first) {
      edges { node { username devices(first: 10) { totalCount edges { node { friendlyName } } } } }
    }
  }
`);

describe("an account's devices", () => {
  async function alphaAccountWithDevices() {
    const accounts = await stack.db.prisma.cometAccount.findMany({
      where: { customerId: customers.alpha.id },
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
      const res = await execute(stack, AccountDevices, variables, as);
      expect(res.errors).toBeUndefined();
      const devices = narrow(res.data!.node, "CometAccount").devices;
      expect(devices.totalCount).toBe(account.devices.length);
      expect(devices.edges.map((e) => e.node.id)).toEqual(account.devices.map((d) => gid("Device", d.id)));
      expect(devices.edges.every((e) => e.node.accountId === variables.id)).toBe(true);
    }
    const page = await execute(stack, AccountDevices, { ...variables, first: 1 }, logins.adminA);
    expect(narrow(page.data!.node, "CometAccount").devices.edges).toHaveLength(1);
    expect(narrow(page.data!.node, "CometAccount").devices.totalCount).toBe(account.devices.length);
    const tooMany = await execute(stack, AccountDevices, { ...variables, first: 101 }, logins.adminA);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Another tenant's account stays null, devices and all.
    const theirs = await execute(stack, AccountDevices, variables, logins.adminB);
    expect(theirs.data?.node).toBeNull();
  });

  it("loads the account page (account, customer and devices) and a page of accounts with their devices in fixed round trips", async () => {
    const account = await alphaAccountWithDevices();
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.adminA);
    const one = await executeCounted(counter, token, AccountDevices, {
      id: gid("CometAccount", account.id),
      first: 100,
    });
    expect(one.body.errors).toBeUndefined();
    expect(narrow(one.body.data!.node, "CometAccount").devices.edges).toHaveLength(account.devices.length);
    // session lookup + the account with its customer, devices and their count in one query
    expect(one.roundTrips).toBe(2);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, AccountsWithDevices, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.accounts.edges.length).toBe(Math.min(first, 4));
      return roundTrips;
    };
    expect(await countFor(1)).toBe(await countFor(50));
  });
});

const Link = graphql(`
  mutation AccountsLink($input: LinkAccountsToCustomerInput!) {
    linkAccountsToCustomer(input: $input) {
      __typename
      ... on LinkAccountsPayload {
        customer { name accountCount deviceCount }
        accounts { username customer { name } }
        movedAccounts movedDevices movedProtectedItems movedStorageVaults movedJobs
      }
      ... on UserError { message }
    }
  }
`);
const Unlink = graphql(`
  mutation AccountsUnlink($input: UnlinkAccountsInput!) {
    unlinkAccounts(input: $input) {
      __typename
      ... on LinkAccountsPayload { customer { name } accounts { username customerId } movedAccounts movedDevices movedJobs }
      ... on UserError { message }
    }
  }
`);
const DeviceTotal = graphql(`
  query AccountsDeviceTotal {
    devices(first: 1) { totalCount }
  }
`);

const link = async (as: TestLogin, accountIds: string[], customerId: string) =>
  (
    await execute(
      stack,
      Link,
      {
        input: { accountIds: accountIds.map((id) => gid("CometAccount", id)), customerId: gid("Customer", customerId) },
      },
      as,
    )
  ).data?.linkAccountsToCustomer;

const deviceTotal = async (as: TestLogin) => (await execute(stack, DeviceTotal, {}, as)).data?.devices.totalCount;

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

    const result = await link(logins.adminA, deltaIds, customers.echo.id);
    expect(result).toMatchObject({
      __typename: "LinkAccountsPayload",
      customer: { name: "Echo Co", accountCount: 2 },
      movedAccounts: 2,
      movedDevices: devices,
      movedJobs: jobs,
    });
    expect(narrow(result, "LinkAccountsPayload").accounts.map((a) => a.customer?.name)).toEqual(["Echo Co", "Echo Co"]);
    expect(
      await stack.db.prisma.job.count({
        where: { accountId: { in: deltaIds }, customerId: { not: customers.echo.id } },
      }),
    ).toBe(0);
    const visible = await stack.db.prisma.device.count({ where: { accountId: { in: deltaIds }, revokedAt: null } });
    expect(await deviceTotal(logins.echoViewer)).toBe(visible);
    expect(prefixes(await accounts(logins.echoViewer))).toEqual(["delta"]);
    const audits = await stack.db.prisma.auditLog.findMany({ where: { action: "customer.linkAccounts" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetId: customers.echo.id, mspId: msps.a.id, customerId: customers.echo.id });

    // Linking again changes nothing and writes no second audit row.
    expect(await link(logins.adminA, deltaIds, customers.echo.id)).toMatchObject({ movedAccounts: 0, movedJobs: 0 });
    expect(await stack.db.prisma.auditLog.count({ where: { action: "customer.linkAccounts" } })).toBe(1);
  });

  it("moves nothing when any account or the customer is not the viewer's, or the customer is archived", async () => {
    const [alphaAccount] = await accountsOf(customers.alpha.id);
    const [charlieAccount] = await accountsOf(customers.charlie.id, msps.b.id);
    const echo = customers.echo.id;
    const before = await placement();
    const mixed = await link(logins.adminA, [alphaAccount!.id, charlieAccount!.id], echo);
    expect(mixed).toMatchObject({ __typename: "NotFoundError" });
    expect((await link(logins.adminA, [alphaAccount!.id], customers.charlie.id))?.__typename).toBe("NotFoundError");
    expect((await link(logins.adminB, [charlieAccount!.id], echo))?.__typename).toBe("NotFoundError");
    expect((await link(logins.adminA, [alphaAccount!.id], customers.foxtrot.id))?.__typename).toBe("ConflictError");
    // The operator sees both MSPs, but an account cannot join another MSP's customer.
    expect((await link(logins.platform, [charlieAccount!.id], echo))?.__typename).toBe("InvalidInputError");
    for (const as of [logins.operatorA, logins.alphaViewer]) {
      const res = await execute(
        stack,
        Link,
        { input: { accountIds: [gid("CometAccount", alphaAccount!.id)], customerId: gid("Customer", echo) } },
        as,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await placement()).toEqual(before);
  });

  it("unlinks accounts back to unassigned, taking their devices out of the customer's view", async () => {
    const echoAccounts = await accountsOf(customers.echo.id);
    expect(echoAccounts.length).toBe(2);
    const res = await execute(
      stack,
      Unlink,
      { input: { accountIds: echoAccounts.map((a) => gid("CometAccount", a.id)) } },
      logins.adminA,
    );
    expect(res.data?.unlinkAccounts).toMatchObject({
      __typename: "LinkAccountsPayload",
      customer: null,
      movedAccounts: 2,
    });
    expect(narrow(res.data?.unlinkAccounts, "LinkAccountsPayload").accounts.every((a) => a.customerId === null)).toBe(
      true,
    );
    expect(await deviceTotal(logins.echoViewer)).toBe(0);
    expect(await stack.db.prisma.device.count({ where: { customerId: customers.echo.id } })).toBe(0);
    const audits = await stack.db.prisma.auditLog.findMany({ where: { action: "customer.unlinkAccounts" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ mspId: msps.a.id, customerId: customers.echo.id });

    const [charlieAccount] = await accountsOf(customers.charlie.id, msps.b.id);
    const theirs = await execute(
      stack,
      Unlink,
      { input: { accountIds: [gid("CometAccount", charlieAccount!.id)] } },
      logins.adminA,
    );
    expect(theirs.data?.unlinkAccounts.__typename).toBe("NotFoundError");
    expect(
      (await stack.db.prisma.cometAccount.findUniqueOrThrow({ where: { id: charlieAccount!.id } })).customerId,
    ).toBe(customers.charlie.id);
  });
});
