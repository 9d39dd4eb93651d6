import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Device } from "../../prisma/generated/prisma/client.js";
import { roundTripCounter } from "../../test/round-trips.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";

/**
 * What accounts protect and where it goes: the `protectedItems` and `storageVaults` lists, their
 * filters, labels and tenancy. Two MSPs share one Comet server (one organization each).
 */

let stack: Stack;
const logins: Record<"platform" | "adminA" | "adminB" | "alphaViewer", TestLogin> = {} as never;
const ids = { mspA: "", mspB: "", alpha: "" };
/** A device of customer alpha with protected items. */
let device: Device;
const gid = (x: Device) => encodeGlobalID("Device", x.id);
const idsOf = (nodes: { id: string }[]) => new Set(nodes.map((n) => n.id));

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      shared: {
        historyHours: 2,
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
      await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      Object.assign(ids, { mspA: mspA.id, mspB: mspB.id, alpha: alpha.id });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_OPERATOR" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
    },
  });
  device = await stack.db.prisma.device.findFirstOrThrow({
    where: { customerId: ids.alpha, protectedItems: { some: {} } },
  });
}, 180_000);

afterAll(() => stack?.stop());

const itemsQuery = `query Items($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {
  protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {
    totalCount
    edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount
      m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type ItemNode = { id: string; engine: string; engineLabel: string; engineCategory: string; accountUsername: string };

async function allItems(as: TestLogin, variables: Record<string, unknown> = {}): Promise<ItemNode[]> {
  const nodes: ItemNode[] = [];
  let after: string | null = null;
  for (;;) {
    type Data = {
      protectedItems: { edges: { node: ItemNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const res: GraphQLResponse<Data> = await stack.execute<Data>(
      itemsQuery,
      { first: 100, after, ...variables },
      { as },
    );
    expect(res.errors).toBeUndefined();
    nodes.push(...res.data!.protectedItems.edges.map((e) => e.node));
    if (!res.data!.protectedItems.pageInfo.hasNextPage) return nodes;
    after = res.data!.protectedItems.pageInfo.endCursor;
  }
}

describe("protectedItems", () => {
  it("lists the viewer's items, narrowed by device, account, customer and engine category", async () => {
    const prisma = stack.db.prisma;
    const all = await allItems(logins.adminA);
    expect(all.length).toBe(await prisma.protectedItem.count({ where: { mspId: ids.mspA } }));
    const device = await prisma.device.findFirstOrThrow({ where: { mspId: ids.mspA, protectedItems: { some: {} } } });
    expect((await allItems(logins.adminA, { deviceId: gid(device) })).length).toBe(
      await prisma.protectedItem.count({ where: { deviceId: device.id } }),
    );
    expect(
      (await allItems(logins.adminA, { accountId: encodeGlobalID("CometAccount", device.accountId) })).length,
    ).toBe(await prisma.protectedItem.count({ where: { accountId: device.accountId } }));
    const alpha = await allItems(logins.adminA, { customerId: encodeGlobalID("Customer", ids.alpha) });
    expect(new Set(alpha.map((i) => i.accountUsername.split("-")[0]))).toEqual(new Set(["alpha"]));
    // Categories partition the list, each item in the category its engine belongs to.
    const categories = [...new Set(all.map((i) => i.engineCategory))];
    expect(categories.length).toBeGreaterThan(1);
    let sum = 0;
    for (const category of categories) {
      const inCategory = await allItems(logins.adminA, { engineCategory: category });
      expect(inCategory.every((i) => i.engineCategory === category)).toBe(true);
      sum += inCategory.length;
    }
    expect(sum).toBe(all.length);
    expect(await allItems(logins.adminA, { engineCategory: "PROXMOX", deviceId: "nope" })).toEqual([]);
    const disk = all.find((i) => i.engine === "engine1/windisk");
    if (disk) expect(disk).toMatchObject({ engineLabel: "Disk Image", engineCategory: "DISK_IMAGE" });
  });

  it("keeps items within their tenant: lists and node(id)", async () => {
    const b = await allItems(logins.adminB);
    expect(new Set(b.map((i) => i.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
    const q = `query($id: ID!) { node(id: $id) { id ... on ProtectedItem { description } } }`;
    const theirs = await stack.execute<{ node: unknown }>(q, { id: b[0]!.id }, { as: logins.adminA });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
    const mine = await stack.execute<{ node: { id: string } }>(q, { id: b[0]!.id }, { as: logins.adminB });
    expect(mine.data?.node?.id).toBe(b[0]!.id);
    const alphaItems = await allItems(logins.alphaViewer, { customerId: null });
    expect(new Set(alphaItems.map((i) => i.accountUsername.split("-")[0]))).toEqual(new Set(["alpha"]));
  });
});

const vaultsQuery = `query Vaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {
  storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {
    totalCount
    edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }
  }
}`;
type VaultNode = { id: string; destinationType: number; typeLabel: string; accountUsername: string; accountId: string };

async function vaults(as: TestLogin, variables: Record<string, unknown> = {}): Promise<VaultNode[]> {
  type Data = { storageVaults: { totalCount: number; edges: { node: VaultNode }[] } };
  const res = await stack.execute<Data>(vaultsQuery, { first: 100, ...variables }, { as });
  expect(res.errors).toBeUndefined();
  expect(res.data!.storageVaults.totalCount).toBe(res.data!.storageVaults.edges.length);
  return res.data!.storageVaults.edges.map((e) => e.node);
}

describe("storageVaults", () => {
  it("lists the viewer's vaults with Comet's type labels, narrowed by account, customer and device", async () => {
    const prisma = stack.db.prisma;
    const all = await vaults(logins.adminA);
    expect(all.length).toBe(await prisma.storageVault.count({ where: { mspId: ids.mspA } }));
    const labels: Record<number, string> = {
      1000: "S3-compatible",
      1002: "Local Path",
      1003: "Comet Server",
      1008: "Backblaze B2",
    };
    for (const v of all) if (labels[v.destinationType]) expect(v.typeLabel).toBe(labels[v.destinationType]);
    const accountId = encodeGlobalID("CometAccount", device.accountId);
    const ofAccount = await vaults(logins.adminA, { accountId });
    expect(ofAccount.length).toBe(await prisma.storageVault.count({ where: { accountId: device.accountId } }));
    expect(ofAccount.every((v) => v.accountId === accountId)).toBe(true);
    expect(idsOf(await vaults(logins.adminA, { deviceId: gid(device) }))).toEqual(idsOf(ofAccount));
    const alpha = await vaults(logins.adminA, { customerId: encodeGlobalID("Customer", ids.alpha) });
    expect(new Set(alpha.map((v) => v.accountUsername.split("-")[0]))).toEqual(new Set(["alpha"]));
  });

  it("keeps vaults within their tenant: lists, device filter and node(id)", async () => {
    const b = await vaults(logins.adminB);
    expect(new Set(b.map((v) => v.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
    expect(await vaults(logins.adminB, { deviceId: gid(device) })).toEqual([]);
    const q = `query($id: ID!) { node(id: $id) { id ... on StorageVault { description } } }`;
    const theirs = await stack.execute<{ node: unknown }>(q, { id: b[0]!.id }, { as: logins.alphaViewer });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
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

  it("loads pages of protected items and storage vaults in constant round trips", async () => {
    expect(await roundTrips(itemsQuery, {}, "protectedItems")).toEqual([3, 3]);
    expect(await roundTrips(vaultsQuery, {}, "storageVaults")).toEqual([3, 3]);
  });
});
