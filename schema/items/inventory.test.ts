import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Device } from "../../prisma/generated/prisma/client.js";
import type {
  InventoryItemsQuery,
  InventoryItemsQueryVariables,
  InventoryVaultsQueryVariables,
} from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/**
 * What accounts protect and where it goes: the `protectedItems` and `storageVaults` lists, their
 * filters, labels and tenancy. Two MSPs share one Comet server (one organization each).
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
  .login("adminB", { msp: "b", role: "MSP_OPERATOR" })
  .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" });
const { logins, msps, customers } = w;
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
    seed: w.seed,
  });
  device = await stack.db.prisma.device.findFirstOrThrow({
    where: { customerId: customers.alpha.id, protectedItems: { some: {} } },
  });
}, 180_000);

afterAll(() => stack?.stop());

const Items = graphql(`
  query InventoryItems($first: Int!, $after: String, $deviceId: ID, $accountId: ID, $customerId: ID, $engineCategory: EngineCategory) {
    protectedItems(first: $first, after: $after, deviceId: $deviceId, accountId: $accountId, customerId: $customerId, engineCategory: $engineCategory) {
      totalCount
      edges { node { id description engine engineLabel engineCategory engineCategoryLabel totalBytes vmCount
        m365AccountCount lastJobOutcome lastJobStatus lastJobAt lastSuccessAt deviceName accountUsername } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
type ItemNode = InventoryItemsQuery["protectedItems"]["edges"][number]["node"];
const ItemNode = graphql(`
  query InventoryItemNode($id: ID!) {
    node(id: $id) { id ... on ProtectedItem { description } }
  }
`);

async function allItems(as: TestLogin, variables: Partial<InventoryItemsQueryVariables> = {}): Promise<ItemNode[]> {
  const nodes: ItemNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<InventoryItemsQuery> = await execute(
      stack,
      Items,
      { first: 100, after, ...variables },
      as,
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
    expect(all.length).toBe(await prisma.protectedItem.count({ where: { mspId: msps.a.id } }));
    const device = await prisma.device.findFirstOrThrow({
      where: { mspId: msps.a.id, protectedItems: { some: {} } },
    });
    expect((await allItems(logins.adminA, { deviceId: gid(device) })).length).toBe(
      await prisma.protectedItem.count({ where: { deviceId: device.id } }),
    );
    expect(
      (await allItems(logins.adminA, { accountId: encodeGlobalID("CometAccount", device.accountId) })).length,
    ).toBe(await prisma.protectedItem.count({ where: { accountId: device.accountId } }));
    const alpha = await allItems(logins.adminA, { customerId: encodeGlobalID("Customer", customers.alpha.id) });
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
    const theirs = await execute(stack, ItemNode, { id: b[0]!.id }, logins.adminA);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
    const mine = await execute(stack, ItemNode, { id: b[0]!.id }, logins.adminB);
    expect(mine.data?.node?.id).toBe(b[0]!.id);
    const alphaItems = await allItems(logins.alphaViewer, { customerId: null });
    expect(new Set(alphaItems.map((i) => i.accountUsername.split("-")[0]))).toEqual(new Set(["alpha"]));
  });
});

const Vaults = graphql(`
  query InventoryVaults($first: Int!, $accountId: ID, $customerId: ID, $deviceId: ID) {
    storageVaults(first: $first, accountId: $accountId, customerId: $customerId, deviceId: $deviceId) {
      totalCount
      edges { node { id description destinationType typeLabel quotaEnabled quotaBytes usedBytes accountId accountUsername customerId } }
    }
  }
`);
const VaultNode = graphql(`
  query InventoryVaultNode($id: ID!) {
    node(id: $id) { id ... on StorageVault { description } }
  }
`);

async function vaults(as: TestLogin, variables: Partial<InventoryVaultsQueryVariables> = {}) {
  const res = await execute(stack, Vaults, { first: 100, ...variables }, as);
  expect(res.errors).toBeUndefined();
  expect(res.data!.storageVaults.totalCount).toBe(res.data!.storageVaults.edges.length);
  return res.data!.storageVaults.edges.map((e) => e.node);
}

describe("storageVaults", () => {
  it("lists the viewer's vaults with Comet's type labels, narrowed by account, customer and device", async () => {
    const prisma = stack.db.prisma;
    const all = await vaults(logins.adminA);
    expect(all.length).toBe(await prisma.storageVault.count({ where: { mspId: msps.a.id } }));
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
    const alpha = await vaults(logins.adminA, { customerId: encodeGlobalID("Customer", customers.alpha.id) });
    expect(new Set(alpha.map((v) => v.accountUsername.split("-")[0]))).toEqual(new Set(["alpha"]));
  });

  it("keeps vaults within their tenant: lists, device filter and node(id)", async () => {
    const b = await vaults(logins.adminB);
    expect(new Set(b.map((v) => v.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
    expect(await vaults(logins.adminB, { deviceId: gid(device) })).toEqual([]);
    const theirs = await execute(stack, VaultNode, { id: b[0]!.id }, logins.alphaViewer);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.node).toBeNull();
  });
});

describe("query planning", () => {
  async function roundTrips(page: (token: string, first: number) => Promise<{ edges: number; roundTrips: number }>) {
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { edges, roundTrips } = await page(token, first);
      expect(edges).toBeGreaterThan(first === 2 ? 1 : 2);
      return roundTrips;
    };
    return [await countFor(2), await countFor(50)];
  }

  it("loads pages of protected items and storage vaults in constant round trips", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const items = async (token: string, first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Items, { first });
      expect(body.errors).toBeUndefined();
      return { edges: body.data!.protectedItems.edges.length, roundTrips };
    };
    const vaults = async (token: string, first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Vaults, { first });
      expect(body.errors).toBeUndefined();
      return { edges: body.data!.storageVaults.edges.length, roundTrips };
    };
    expect(await roundTrips(items)).toEqual([3, 3]);
    expect(await roundTrips(vaults)).toEqual([3, 3]);
  });
});
