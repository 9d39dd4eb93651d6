import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roundTripCounter } from "../../test/round-trips.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * MSPs and customers as their staff, their customers' members and the platform operator see
 * them, and the customer lifecycle mutations. Two MSPs share one simulated Comet server.
 */

let stack: Stack;
type Who = "platform" | "adminA" | "operatorA" | "adminB" | "alphaOwner";
const logins = {} as Record<Who, TestLogin>;
const ids = { mspA: "", mspB: "", alpha: "", bravo: "", charlie: "" };

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
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
      const bravo = await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      const charlie = await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      Object.assign(ids, { mspA: mspA.id, mspB: mspB.id, alpha: alpha.id, bravo: bravo.id, charlie: charlie.id });
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.operatorA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_OPERATOR" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
      logins.alphaOwner = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_OWNER" });
    },
  });
}, 120_000);

afterAll(() => stack?.stop());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

type CustomerNode = {
  id: string;
  name: string;
  externalRef: string | null;
  status: string;
  notes: string | null;
  mspName: string;
  accountCount: number;
  deviceCount: number;
};
const customerFields = "id name externalRef status notes mspName accountCount deviceCount";
const customersQuery = `query($first: Int!, $after: String, $search: String, $status: [TenantStatus!], $mspId: ID) {
  customers(first: $first, after: $after, search: $search, status: $status, mspId: $mspId) {
    totalCount
    edges { node { ${customerFields} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type CustomersData = {
  customers: {
    totalCount: number;
    edges: { node: CustomerNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function customerNames(as: TestLogin, variables: Record<string, unknown> = {}) {
  const res = await stack.execute<CustomersData>(customersQuery, { first: 100, ...variables }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.customers.edges.map((e) => e.node.name);
}

describe("msps", () => {
  const mspsQuery = `query($search: String) { msps(first: 10, search: $search) { totalCount edges { node { name } } } }`;

  it("lists every MSP to the platform operator and refuses everyone else", async () => {
    const all = await stack.execute<{ msps: { totalCount: number; edges: { node: { name: string } }[] } }>(
      mspsQuery,
      {},
      { as: logins.platform },
    );
    expect(all.data?.msps.edges.map((e) => e.node.name)).toEqual(["MSP A", "MSP B"]);
    const searched = await stack.execute<{ msps: { totalCount: number } }>(
      mspsQuery,
      { search: "msp b" },
      { as: logins.platform },
    );
    expect(searched.data?.msps.totalCount).toBe(1);
    for (const who of ["adminA", "alphaOwner"] as const) {
      const refused = await stack.execute(mspsQuery, {}, { as: logins[who] });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("answers msp without an id with the viewer's own MSP, with counts within the viewer's scope", async () => {
    const query = `query($id: ID) { msp(id: $id) { id name status customerCount accountCount deviceCount } }`;
    type MspData = {
      msp: { name: string; customerCount: number; accountCount: number; deviceCount: number } | null;
    };
    const own = await stack.execute<MspData>(query, {}, { as: logins.adminA });
    const devicesA = await stack.db.prisma.device.count({ where: { mspId: ids.mspA, revokedAt: null } });
    expect(own.data?.msp).toMatchObject({ name: "MSP A", customerCount: 2, accountCount: 3, deviceCount: devicesA });
    const asCustomer = await stack.execute<MspData>(query, {}, { as: logins.alphaOwner });
    const devicesAlpha = await stack.db.prisma.device.count({ where: { customerId: ids.alpha, revokedAt: null } });
    expect(asCustomer.data?.msp).toMatchObject({
      name: "MSP A",
      customerCount: 1,
      accountCount: 2,
      deviceCount: devicesAlpha,
    });
    expect((await stack.execute<MspData>(query, {}, { as: logins.platform })).data?.msp).toBeNull();
    const b = await stack.execute<MspData>(query, { id: gid("Msp", ids.mspB) }, { as: logins.platform });
    expect(b.data?.msp?.name).toBe("MSP B");
  });

  it("resolves another MSP's id to null, through msp(id) and node(id)", async () => {
    for (const query of [
      `query($id: ID!) { msp(id: $id) { name } }`,
      `query($id: ID!) { msp: node(id: $id) { ... on Msp { name } } }`,
    ]) {
      const res = await stack.execute<{ msp: unknown }>(query, { id: gid("Msp", ids.mspB) }, { as: logins.adminA });
      expect(res.errors).toBeUndefined();
      expect(res.data?.msp).toBeNull();
      const customer = await stack.execute<{ msp: unknown }>(
        query,
        { id: gid("Msp", ids.mspB) },
        { as: logins.alphaOwner },
      );
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
    expect(await customerNames(logins.platform, { mspId: gid("Msp", ids.mspB) })).toEqual(["Charlie Co"]);
    // A filter for another tenant narrows to nothing; it never widens the scope.
    expect(await customerNames(logins.adminA, { mspId: gid("Msp", ids.mspB) })).toEqual([]);
  });

  it("counts each customer's accounts and devices", async () => {
    const res = await stack.execute<CustomersData>(customersQuery, { first: 10 }, { as: logins.platform });
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
    for (const query of [
      `query($id: ID!) { c: customer(id: $id) { name } }`,
      `query($id: ID!) { c: node(id: $id) { ... on Customer { name } } }`,
    ]) {
      const read = async (as: TestLogin, id: string) =>
        (await stack.execute<{ c: { name: string } | null }>(query, { id: gid("Customer", id) }, { as })).data?.c ??
        null;
      expect(await read(logins.alphaOwner, ids.alpha)).toEqual({ name: "Alpha Co" });
      expect(await read(logins.alphaOwner, ids.bravo)).toBeNull();
      expect(await read(logins.adminA, ids.charlie)).toBeNull();
      expect(await read(logins.adminB, ids.charlie)).toEqual({ name: "Charlie Co" });
      expect(await read(logins.platform, ids.alpha)).toEqual({ name: "Alpha Co" });
    }
    const wrongType = await stack.execute<{ customer: unknown }>(
      `query($id: ID!) { customer(id: $id) { name } }`,
      { id: gid("Msp", ids.mspA) },
      { as: logins.adminA },
    );
    expect(wrongType.data?.customer).toBeNull();
  });

  it("loads a page of customers with MSP names and counts in the same number of queries, whatever its size", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await counter.execute<CustomersData>(token, customersQuery, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.customers.edges.length).toBe(Math.min(first, 3));
      return roundTrips;
    };
    // session lookup + one findMany (MSP name and account count joined) + one count + one device group-by
    expect(await countFor(2)).toBe(4);
    expect(await countFor(50)).toBe(4);
  });
});

const createMutation = `mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on Customer { ${customerFields} }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;
const updateMutation = `mutation($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on Customer { ${customerFields} }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;
type Result = CustomerNode & { __typename: string; message?: string; fieldErrors?: { path: string[] }[] };

async function create(as: TestLogin | { authorization: string }, input: Record<string, unknown>) {
  const res = await stack.execute<{ createCustomer: Result }>(
    createMutation,
    { input },
    "authorization" in as ? as : { as },
  );
  return res;
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
    const id = Buffer.from(res.data!.createCustomer.id, "base64").toString().split(":")[1]!;
    const audits = await stack.db.prisma.auditLog.findMany({ where: { targetId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "customer.create", mspId: ids.mspA, customerId: id });
    expect(await customerNames(logins.adminB, { search: "delta" })).toEqual([]);
  });

  it("refuses bad input, a duplicate external reference and another MSP with typed errors, changing nothing", async () => {
    await create(logins.adminA, { name: "Echo", externalRef: "echo" });
    const before = await snapshot();
    const empty = await create(logins.adminA, { name: "   " });
    expect(empty.data?.createCustomer.__typename).toBe("InvalidInputError");
    expect(empty.data?.createCustomer.fieldErrors?.[0]?.path).toEqual(["input", "name"]);
    const duplicate = await create(logins.adminA, { name: "Echo again", externalRef: " echo " });
    expect(duplicate.data?.createCustomer.__typename).toBe("ConflictError");
    const otherMsp = await create(logins.adminA, { name: "Sneaky", mspId: gid("Msp", ids.mspB) });
    expect(otherMsp.data?.createCustomer.__typename).toBe("NotFoundError");
    const noMsp = await create(logins.platform, { name: "Nowhere" });
    expect(noMsp.data?.createCustomer).toMatchObject({ __typename: "InvalidInputError" });
    expect(noMsp.data?.createCustomer.fieldErrors?.[0]?.path).toEqual(["input", "mspId"]);
    expect(await snapshot()).toEqual(before);
    // The same external reference in another MSP is fine.
    const elsewhere = await create(logins.platform, {
      name: "Echo B",
      externalRef: "echo",
      mspId: gid("Msp", ids.mspB),
    });
    expect(elsewhere.data?.createCustomer).toMatchObject({ __typename: "Customer", mspName: "MSP B" });
  });

  it("lets MSP-wide ADMIN keys create customers and refuses operators, customer members and read-only keys", async () => {
    const keyFor = async (capabilities: string[], customerId?: string) => {
      const res = await stack.execute<{ createApiKey: { key: string } }>(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }`,
        { input: { name: "PSA sync", capabilities, customerId } },
        { as: logins.adminA },
      );
      return { authorization: `Bearer ${res.data!.createApiKey.key}` };
    };
    const created = await create(await keyFor(["READ", "ADMIN"]), { name: "Foxtrot" });
    expect(created.data?.createCustomer).toMatchObject({ __typename: "Customer", mspName: "MSP A" });
    const before = await snapshot();
    for (const as of [
      logins.operatorA,
      logins.alphaOwner,
      await keyFor(["READ", "OPERATE"]),
      await keyFor(["READ", "ADMIN"], gid("Customer", ids.alpha)),
    ]) {
      const res = await create(as, { name: "Not allowed" });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("updates name, external reference and notes, writing an audit row only when something changed", async () => {
    const created = await create(logins.adminA, { name: "Golf", externalRef: "golf", notes: "n" });
    const id = created.data!.createCustomer.id;
    const localId = Buffer.from(id, "base64").toString().split(":")[1]!;
    const update = (input: Record<string, unknown>, as = logins.adminA) =>
      stack.execute<{ updateCustomer: Result }>(updateMutation, { input: { id, ...input } }, { as });
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
    const id = gid("Customer", ids.bravo);
    const run = (field: "archiveCustomer" | "restoreCustomer", as = logins.adminA, customerId = id) =>
      stack.execute<Record<string, Result>>(
        `mutation($input: ${field === "archiveCustomer" ? "Archive" : "Restore"}CustomerInput!) {
          ${field}(input: $input) { __typename ... on Customer { status } }
        }`,
        { input: { id: customerId } },
        { as },
      );
    const audits = () => stack.db.prisma.auditLog.count({ where: { targetId: ids.bravo } });
    expect((await run("archiveCustomer")).data?.archiveCustomer).toEqual({
      __typename: "Customer",
      status: "ARCHIVED",
    });
    expect((await run("archiveCustomer")).data?.archiveCustomer?.status).toBe("ARCHIVED");
    expect(await audits()).toBe(1);
    expect(await customerNames(logins.adminA, { status: ["ARCHIVED"] })).toEqual(["Bravo Co"]);
    expect((await run("archiveCustomer", logins.adminB)).data?.archiveCustomer?.__typename).toBe("NotFoundError");
    expect((await run("restoreCustomer")).data?.restoreCustomer?.status).toBe("ACTIVE");
    expect((await run("restoreCustomer")).data?.restoreCustomer?.status).toBe("ACTIVE");
    expect(await audits()).toBe(2);
  });
});
