import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreateCustomerInput, CustomersListQueryVariables, UpdateCustomerInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { type As, execute, executeCounted, narrow } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/**
 * MSPs and customers as their staff, their customers' members and the platform operator see
 * them, and the customer lifecycle mutations. Two MSPs share one simulated Comet server.
 */

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("bravo", "Bravo Co")
  .msp("b", "MSP B")
  .customer("charlie", "Charlie Co")
  .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
  .login("adminB", { msp: "b", role: "MSP_ADMIN" })
  .login("alphaOwner", { customer: "alpha", role: "CUSTOMER_OWNER" });
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
                { slug: "alpha", accounts: 2 },
                { slug: "bravo", accounts: 1 },
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

graphql(`
  fragment CustomersFields on Customer {
    id name externalRef status notes mspName accountCount deviceCount
  }
`);
const Customers = graphql(`
  query CustomersList($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {
    customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {
      totalCount
      edges { node { ...CustomersFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

async function customerNames(as: As, variables: Partial<CustomersListQueryVariables> = {}) {
  const res = await execute(stack, Customers, { first: 100, ...variables }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.customers.edges.map((e) => e.node.name);
}

const Msps = graphql(`
  query CustomersMsps($search: String) {
    msps(first: 10, search: $search) { totalCount edges { node { name } } }
  }
`);
const Msp = graphql(`
  query CustomersMsp($id: ID) {
    msp(id: $id) { id name status customerCount accountCount deviceCount }
  }
`);
const MspById = graphql(`
  query CustomersMspById($id: ID!) {
    msp(id: $id) { name }
  }
`);
const MspNode = graphql(`
  query CustomersMspNode($id: ID!) {
    msp: node(id: $id) { ... on Msp { name } }
  }
`);
const CustomerById = graphql(`
  query CustomersCustomerById($id: ID!) {
    c: customer(id: $id) { name }
  }
`);
const CustomerNode = graphql(`
  query CustomersCustomerNode($id: ID!) {
    c: node(id: $id) { ... on Customer { name } }
  }
`);
const CustomerOfId = graphql(`
  query CustomersCustomerOfId($id: ID!) {
    customer(id: $id) { name }
  }
`);

describe("msps", () => {
  it("lists every MSP to the platform operator and refuses everyone else", async () => {
    const all = await execute(stack, Msps, {}, logins.platform);
    expect(all.data?.msps.edges.map((e) => e.node.name)).toEqual(["MSP A", "MSP B"]);
    const searched = await execute(stack, Msps, { search: "msp b" }, logins.platform);
    expect(searched.data?.msps.totalCount).toBe(1);
    for (const who of ["adminA", "alphaOwner"] as const) {
      const refused = await execute(stack, Msps, {}, logins[who]);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("answers msp without an id with the viewer's own MSP, with counts within the viewer's scope", async () => {
    const own = await execute(stack, Msp, {}, logins.adminA);
    const devicesA = await stack.db.prisma.device.count({ where: { mspId: msps.a.id, revokedAt: null } });
    expect(own.data?.msp).toMatchObject({ name: "MSP A", customerCount: 2, accountCount: 3, deviceCount: devicesA });
    const asCustomer = await execute(stack, Msp, {}, logins.alphaOwner);
    const devicesAlpha = await stack.db.prisma.device.count({
      where: { customerId: customers.alpha.id, revokedAt: null },
    });
    expect(asCustomer.data?.msp).toMatchObject({
      name: "MSP A",
      customerCount: 1,
      accountCount: 2,
      deviceCount: devicesAlpha,
    });
    expect((await execute(stack, Msp, {}, logins.platform)).data?.msp).toBeNull();
    const b = await execute(stack, Msp, { id: gid("Msp", msps.b.id) }, logins.platform);
    expect(b.data?.msp?.name).toBe("MSP B");
  });

  it("resolves another MSP's id to null, through msp(id) and node(id)", async () => {
    for (const query of [MspById, MspNode]) {
      const res = await execute(stack, query, { id: gid("Msp", msps.b.id) }, logins.adminA);
      expect(res.errors).toBeUndefined();
      expect(res.data?.msp).toBeNull();
      const customer = await execute(stack, query, { id: gid("Msp", msps.b.id) }, logins.alphaOwner);
      expect(customer.data?.msp).toBeNull();
    }
  });
});

describe("customers", () => {
  it("shows MSP staff their MSP's customers, a customer member only its own, the operator all, by name", async () => {
    expect(await customerNames(logins.adminA)).toEqual(["Alpha Co", "Bravo Co"]);
    expect(await customerNames(logins.adminB)).toEqual(["Charlie Co"]);
    expect(await customerNames(logins.alphaOwner)).toEqual(["Alpha Co"]);
    expect(await customerNames(logins.platform)).toEqual(["Alpha Co", "Bravo Co", "Charlie Co"]);
    expect(await customerNames(logins.platform, { mspId: gid("Msp", msps.b.id) })).toEqual(["Charlie Co"]);
    // A filter for another tenant narrows to nothing; it never widens the scope.
    expect(await customerNames(logins.adminA, { mspId: gid("Msp", msps.b.id) })).toEqual([]);
  });

  it("counts each customer's accounts and devices", async () => {
    const res = await execute(stack, Customers, { first: 10 }, logins.platform);
    for (const { node } of res.data!.customers.edges) {
      const id = Buffer.from(node.id, "base64").toString().split(":")[1]!;
      expect(node.accountCount).toBe(await stack.db.prisma.cometAccount.count({ where: { customerId: id } }));
      expect(node.deviceCount).toBe(await stack.db.prisma.device.count({ where: { customerId: id, revokedAt: null } }));
      expect(node.deviceCount).toBeGreaterThan(0);
    }
  });

  it("narrows by search and status", async () => {
    expect(await customerNames(logins.adminA, { search: "BRAV" })).toEqual(["Bravo Co"]);
    expect(await customerNames(logins.adminA, { search: "alpha" })).toEqual(["Alpha Co"]);
    expect(await customerNames(logins.adminA, { search: "charlie" })).toEqual([]);
    expect(await customerNames(logins.adminA, { status: ["SUSPENDED"] })).toEqual([]);
    expect(await customerNames(logins.adminA, { status: ["ACTIVE", "SUSPENDED"] })).toEqual(["Alpha Co", "Bravo Co"]);
  });

  it("resolves a sibling or another MSP's customer to null, through customer(id) and node(id)", async () => {
    for (const query of [CustomerById, CustomerNode]) {
      const read = async (as: TestLogin, id: string) =>
        (await execute(stack, query, { id: gid("Customer", id) }, as)).data?.c ?? null;
      expect(await read(logins.alphaOwner, customers.alpha.id)).toEqual({ name: "Alpha Co" });
      expect(await read(logins.alphaOwner, customers.bravo.id)).toBeNull();
      expect(await read(logins.adminA, customers.charlie.id)).toBeNull();
      expect(await read(logins.adminB, customers.charlie.id)).toEqual({ name: "Charlie Co" });
      expect(await read(logins.platform, customers.alpha.id)).toEqual({ name: "Alpha Co" });
    }
    const wrongType = await execute(stack, CustomerOfId, { id: gid("Msp", msps.a.id) }, logins.adminA);
    expect(wrongType.data?.customer).toBeNull();
  });

  it("loads a page of customers with MSP names and counts in the same number of queries, whatever its size", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Customers, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.customers.edges.length).toBe(Math.min(first, 3));
      return roundTrips;
    };
    // session lookup + one findMany (MSP name and account count joined) + one count + one device group-by
    expect(await countFor(2)).toBe(4);
    expect(await countFor(50)).toBe(4);
  });
});

const CreateCustomer = graphql(`
  mutation CustomersCreate($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on Customer { ...CustomersFields }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);
const UpdateCustomer = graphql(`
  mutation CustomersUpdate($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      __typename
      ... on Customer { ...CustomersFields }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);
const ArchiveCustomer = graphql(`
  mutation CustomersArchive($input: ArchiveCustomerInput!) {
    archiveCustomer(input: $input) { __typename ... on Customer { status } }
  }
`);
const RestoreCustomer = graphql(`
  mutation CustomersRestore($input: RestoreCustomerInput!) {
    restoreCustomer(input: $input) { __typename ... on Customer { status } }
  }
`);

async function create(as: As, input: CreateCustomerInput) {
  return execute(stack, CreateCustomer, { input }, as);
}

const snapshot = async () => ({
  customers: await stack.db.prisma.customer.count(),
  audits: await stack.db.prisma.auditLog.count({ where: { targetType: "Customer" } }),
});

describe("customer lifecycle", () => {
  it("creates a customer in the admin's MSP and writes one audit row", async () => {
    const res = await create(logins.adminA, { name: "  Delta Ltd ", externalRef: "delta", notes: "Key account" });
    expect(res.data?.createCustomer).toMatchObject({
      __typename: "Customer",
      name: "Delta Ltd",
      externalRef: "delta",
      notes: "Key account",
      status: "ACTIVE",
      mspName: "MSP A",
      accountCount: 0,
      deviceCount: 0,
    });
    const id = Buffer.from(narrow(res.data!.createCustomer, "Customer").id, "base64").toString().split(":")[1]!;
    const audits = await stack.db.prisma.auditLog.findMany({ where: { targetId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "customer.create", mspId: msps.a.id, customerId: id });
    expect(await customerNames(logins.adminB, { search: "delta" })).toEqual([]);
  });

  it("refuses bad input, a duplicate external reference and another MSP with typed errors, changing nothing", async () => {
    await create(logins.adminA, { name: "Echo", externalRef: "echo" });
    const before = await snapshot();
    const empty = await create(logins.adminA, { name: "   " });
    expect(narrow(empty.data?.createCustomer, "InvalidInputError").fieldErrors[0]?.path).toEqual(["input", "name"]);
    const duplicate = await create(logins.adminA, { name: "Echo again", externalRef: " echo " });
    expect(duplicate.data?.createCustomer.__typename).toBe("ConflictError");
    const otherMsp = await create(logins.adminA, { name: "Sneaky", mspId: gid("Msp", msps.b.id) });
    expect(otherMsp.data?.createCustomer.__typename).toBe("NotFoundError");
    const noMsp = await create(logins.platform, { name: "Nowhere" });
    expect(noMsp.data?.createCustomer).toMatchObject({ __typename: "InvalidInputError" });
    expect(narrow(noMsp.data?.createCustomer, "InvalidInputError").fieldErrors[0]?.path).toEqual(["input", "mspId"]);
    expect(await snapshot()).toEqual(before);
    // The same external reference in another MSP is fine.
    const elsewhere = await create(logins.platform, {
      name: "Echo B",
      externalRef: "echo",
      mspId: gid("Msp", msps.b.id),
    });
    expect(elsewhere.data?.createCustomer).toMatchObject({ __typename: "Customer", mspName: "MSP B" });
  });

  it("lets MSP-wide ADMIN keys create customers and refuses operators, customer members and read-only keys", async () => {
    const keys = await w
      .apiKey("admin", { msp: "a", by: "adminA", label: "PSA sync", capabilities: ["READ", "ADMIN"] })
      .apiKey("operate", { msp: "a", by: "adminA", label: "PSA sync", capabilities: ["READ", "OPERATE"] })
      .apiKey("alphaAdmin", { customer: "alpha", by: "adminA", label: "PSA sync", capabilities: ["READ", "ADMIN"] })
      .build();
    const created = await create(keys.keys.admin, { name: "Foxtrot" });
    expect(created.data?.createCustomer).toMatchObject({ __typename: "Customer", mspName: "MSP A" });
    const before = await snapshot();
    for (const as of [logins.operatorA, logins.alphaOwner, keys.keys.operate, keys.keys.alphaAdmin]) {
      const res = await create(as, { name: "Not allowed" });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("updates name, external reference and notes, writing an audit row only when something changed", async () => {
    const created = await create(logins.adminA, { name: "Golf", externalRef: "golf", notes: "n" });
    const id = narrow(created.data!.createCustomer, "Customer").id;
    const localId = Buffer.from(id, "base64").toString().split(":")[1]!;
    const update = (input: Omit<UpdateCustomerInput, "id">, as = logins.adminA) =>
      execute(stack, UpdateCustomer, { input: { id, ...input } }, as);
    const renamed = await update({ name: "Golf & Sons", externalRef: "", notes: null });
    expect(renamed.data?.updateCustomer).toMatchObject({ name: "Golf & Sons", externalRef: null, notes: null });
    const audits = () => stack.db.prisma.auditLog.count({ where: { targetId: localId, action: "customer.update" } });
    expect(await audits()).toBe(1);
    expect((await update({ name: "Golf & Sons" })).data?.updateCustomer.__typename).toBe("Customer");
    expect(await audits()).toBe(1);
    const before = await stack.db.prisma.customer.findUniqueOrThrow({ where: { id: localId } });
    expect((await update({ externalRef: "alpha" })).data?.updateCustomer.__typename).toBe("ConflictError");
    expect((await update({ name: "" })).data?.updateCustomer.__typename).toBe("InvalidInputError");
    expect((await update({ name: "Mine now" }, logins.adminB)).data?.updateCustomer.__typename).toBe("NotFoundError");
    expect(await stack.db.prisma.customer.findUniqueOrThrow({ where: { id: localId } })).toEqual(before);
    expect(await audits()).toBe(1);
  });

  it("archives and restores a customer idempotently, one audit row per real change", async () => {
    const id = gid("Customer", customers.bravo.id);
    const archive = (as = logins.adminA) => execute(stack, ArchiveCustomer, { input: { id } }, as);
    const restore = () => execute(stack, RestoreCustomer, { input: { id } }, logins.adminA);
    const audits = () => stack.db.prisma.auditLog.count({ where: { targetId: customers.bravo.id } });
    expect((await archive()).data?.archiveCustomer).toEqual({
      __typename: "Customer",
      status: "ARCHIVED",
    });
    expect(narrow((await archive()).data?.archiveCustomer, "Customer").status).toBe("ARCHIVED");
    expect(await audits()).toBe(1);
    expect(await customerNames(logins.adminA, { status: ["ARCHIVED"] })).toEqual(["Bravo Co"]);
    expect((await archive(logins.adminB)).data?.archiveCustomer?.__typename).toBe("NotFoundError");
    expect(narrow((await restore()).data?.restoreCustomer, "Customer").status).toBe("ACTIVE");
    expect(narrow((await restore()).data?.restoreCustomer, "Customer").status).toBe("ACTIVE");
    expect(await audits()).toBe(2);
  });
});
