import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, startActionKit } from "../../test/actions.js";

const policyGroups = `query P($serverId: ID!) {
  cometPolicyGroups(serverId: $serverId) {
    __typename
    ... on CometPolicyGroupList { policyGroups { policyId name organizationId preventsStorageVaultChanges } }
    ... on UserError { message }
  }
}`;

const providers = `query S($serverId: ID!) {
  cometStorageProviders(serverId: $serverId) {
    __typename
    ... on CometStorageProviderList { storageProviders { storageProviderId name organizationId } }
    ... on UserError { message }
  }
}`;

const createGroup = `mutation G($input: CreateRestrictedPolicyGroupInput!) {
  createRestrictedPolicyGroup(input: $input) {
    __typename
    ... on CometPolicyGroup {
      policyId name organizationId preventsStorageVaultChanges preventsPasswordChange allowedStorageProviderIds
    }
    ... on UserError { message }
  }
}`;

const create = `mutation C($input: CreateCometAccountInput!) {
  createCometAccount(input: $input) {
    __typename
    ... on CreateCometAccountPayload {
      password isGenerated storageVaultId
      account { id username emails isSuspended customer { name } quotas { maxDevices protectedItemQuotaBytes } }
    }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

const terminate = `mutation T($input: TerminateAccountInput!) {
  terminateAccount(input: $input) { __typename ... on UserError { message } }
}`;

const accounts = `query A($customerId: ID!, $search: String!) {
  accounts(first: 10, customerId: $customerId, search: $search) { edges { node { username customer { name } } } }
}`;

type Data = Record<string, Record<string, unknown> & { __typename: string }>;

let kit: ActionKit;
let serverId: string;
beforeAll(async () => {
  kit = await startActionKit();
  const server = await kit.stack.db.prisma.cometServer.findFirstOrThrow();
  serverId = kit.gid("CometServer", server.id);
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;

async function providerOfA(): Promise<string> {
  const res = await kit.run<Data>("adminA", providers, { serverId });
  const list = res.data!.cometStorageProviders!.storageProviders as {
    storageProviderId: string;
    organizationId: string;
  }[];
  expect(list.length).toBeGreaterThan(0);
  expect(list.every((p) => p.organizationId === "org-a")).toBe(true);
  return list[0]!.storageProviderId;
}

describe("policy groups", () => {
  it("lists only the viewer's organization's groups on a shared server", async () => {
    const a = await kit.run<Data>("operatorA", policyGroups, { serverId });
    const groupsA = a.data!.cometPolicyGroups!.policyGroups as { organizationId: string }[];
    expect(groupsA.length).toBeGreaterThan(0);
    expect(groupsA.every((g) => g.organizationId === "org-a")).toBe(true);
    const b = await kit.run<Data>("adminB", policyGroups, { serverId });
    const groupsB = b.data!.cometPolicyGroups!.policyGroups as { organizationId: string }[];
    expect(groupsB.every((g) => g.organizationId === "org-b")).toBe(true);
  });

  it("creates the restricted default group once, limited to the server's storage templates", async () => {
    const input = { serverId, name: "Restricted default" };
    const res = await kit.run<Data>("adminA", createGroup, { input });
    const group = res.data!.createRestrictedPolicyGroup!;
    expect(group).toMatchObject({
      __typename: "CometPolicyGroup",
      organizationId: "org-a",
      preventsStorageVaultChanges: true,
      preventsPasswordChange: true,
    });
    const templates = await kit.stack.db.prisma.cometServer.findFirstOrThrow().then(async () => {
      const r = await kit.run<Data>("adminA", providers, { serverId });
      return (r.data!.cometStorageProviders!.storageProviders as { storageProviderId: string }[]).map(
        (p) => p.storageProviderId,
      );
    });
    expect([...(group.allowedStorageProviderIds as string[])].sort()).toEqual([...templates].sort());
    // What Comet stores: the flags the provisioning module sets.
    const set = sim().calls({ pathPrefix: "admin/policies/set" }).at(-1)!;
    const policy = JSON.parse(String(set.params.Policy)).Policy;
    expect(policy).toMatchObject({
      PreventRequestStorageVault: true,
      PreventAddCustomStorageVault: true,
      PreventEditStorageVault: true,
      PreventDeleteStorageVault: true,
      PreventChangeAccountPassword: true,
      StorageVaultProviders: { ShouldRestrictProviderList: true },
    });
    const before = sim().calls({ pathPrefix: "admin/policies/set" }).length;
    const again = await kit.run<Data>("operatorA", createGroup, { input });
    expect(again.data!.createRestrictedPolicyGroup!.policyId).toBe(group.policyId);
    expect(sim().calls({ pathPrefix: "admin/policies/set" })).toHaveLength(before);
  });
});

describe("createCometAccount", () => {
  it("creates the account with its package and vault quota, mirrored at once under its customer", async () => {
    const storageProviderId = await providerOfA();
    const groups = await kit.run<Data>("adminA", createGroup, { input: { serverId, name: "Restricted default" } });
    const policyGroupId = groups.data!.createRestrictedPolicyGroup!.policyId as string;
    const input = {
      serverId,
      customerId: kit.gid("Customer", kit.customers.alpha.id),
      username: "alpha-new-1",
      email: "backup@alpha.example",
      policyGroupId,
      initialVault: { storageProviderId, quotaBytes: "1073741824" },
      maxDevices: 5,
      protectedItemQuotaBytes: "5000000000",
      idempotencyKey: "create-alpha-new-1",
    };
    const res = await kit.run<Data>("operatorA", create, { input });
    expect(res.errors).toBeUndefined();
    const out = res.data!.createCometAccount!;
    expect(out).toMatchObject({
      __typename: "CreateCometAccountPayload",
      isGenerated: true,
      account: {
        username: "alpha-new-1",
        emails: ["backup@alpha.example"],
        customer: { name: "Alpha Co" },
        quotas: { maxDevices: 5, protectedItemQuotaBytes: "5000000000" },
      },
    });
    expect(out.password).toHaveLength(20);
    expect(sim().passwordOf("alpha-new-1")).toBe(out.password);
    const addUser = sim().calls({ pathPrefix: "admin/add-user" }).at(-1)!;
    expect(addUser.params).toMatchObject({
      TargetUser: "alpha-new-1",
      StoreRecoveryCode: "1",
      TargetOrganization: "org-a",
    });
    const profile = sim().getProfile("alpha-new-1") as Record<string, unknown> & {
      Destinations: Record<string, { StorageLimitEnabled: boolean; StorageLimitBytes: number }>;
    };
    expect(profile).toMatchObject({
      PolicyID: policyGroupId,
      MaximumDevices: 5,
      AllProtectedItemsQuotaEnabled: true,
      AllProtectedItemsQuotaBytes: 5_000_000_000,
      OrganizationID: "org-a",
    });
    expect(profile.Destinations[out.storageVaultId as string]).toMatchObject({
      StorageLimitEnabled: true,
      StorageLimitBytes: 1_073_741_824,
    });
    const listed = await kit.run<{ accounts: { edges: { node: { username: string } }[] } }>("adminA", accounts, {
      customerId: input.customerId,
      search: "alpha-new-1",
    });
    expect(listed.data!.accounts.edges.map((e) => e.node.username)).toEqual(["alpha-new-1"]);

    // A retry with the same key shows the same password and creates nothing more.
    const adds = sim().calls({ pathPrefix: "admin/add-user" }).length;
    const again = await kit.run<Data>("operatorA", create, { input });
    expect(again.data!.createCometAccount!.password).toBe(out.password);
    expect(sim().calls({ pathPrefix: "admin/add-user" })).toHaveLength(adds);
    // The ingest worker converges on the same row (no duplicate, customer kept).
    await kit.waitFor(() =>
      kit.stack.db.prisma.storageVault.findFirst({ where: { cometDestinationId: out.storageVaultId as string } }),
    );
    const rows = await kit.stack.db.prisma.cometAccount.findMany({ where: { username: "alpha-new-1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.customerId).toBe(kit.customers.alpha.id);
  });

  it("checks the storage template before creating anything, and refuses a taken username", async () => {
    sim().clearCalls();
    const base = { serverId, username: "alpha-new-2", email: "x@alpha.example" };
    const bad = await kit.run<Data>("adminA", create, {
      input: { ...base, initialVault: { storageProviderId: "no-such-template" } },
    });
    expect(bad.data!.createCometAccount).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "initialVault", "storageProviderId"] }],
    });
    expect(sim().calls({ pathPrefix: "admin/add-user" })).toEqual([]);
    const existing = await kit.stack.db.prisma.cometAccount.findFirstOrThrow({
      where: { customerId: kit.customers.alpha.id },
    });
    const taken = await kit.run<Data>("adminA", create, { input: { ...base, username: existing.username } });
    expect(taken.data!.createCometAccount!.__typename).toBe("ConflictError");
    expect(sim().calls({ pathPrefix: "admin/add-user" })).toEqual([]);
  });

  it("is for MSP staff only: customers are FORBIDDEN, another MSP cannot use A's customer", async () => {
    const input = {
      serverId,
      customerId: kit.gid("Customer", kit.customers.alpha.id),
      username: "alpha-new-3",
      email: "y@a.example",
    };
    const owner = await kit.run<Data>("alphaOwner", create, { input });
    expect(owner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await kit.run<Data>("adminB", create, { input });
    expect(other.data!.createCometAccount!.__typename).toBe("NotFoundError");
    const groups = await kit.run<Data>("alphaOwner", policyGroups, { serverId });
    expect(groups.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      sim()
        .calls({ pathPrefix: "admin/add-user" })
        .filter((c) => c.params.TargetUser === "alpha-new-3"),
    ).toEqual([]);
  });

  it("refuses a username another MSP's terminated account still holds with a ConflictError, never a masked error", async () => {
    // MSP B terminates its account on the shared server: Comet forgets the username, the mirror keeps B's row.
    const gone = await kit.stack.db.prisma.cometAccount.findFirstOrThrow({
      where: { customerId: kit.customers.charlie.id },
    });
    const accountId = kit.gid("CometAccount", gone.id);
    const ended = await kit.run<Data>("adminB", terminate, { input: { accountId, confirmUsername: gone.username } });
    expect(ended.data!.terminateAccount!.__typename).toBe("CometAccount");
    sim().clearCalls();
    const input = {
      serverId,
      customerId: kit.gid("Customer", kit.customers.alpha.id),
      username: gone.username,
      email: "z@a.example",
    };
    const res = await kit.run<Data>("adminA", create, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCometAccount).toMatchObject({
      __typename: "ConflictError",
      message: `${gone.username} is not available on this server`,
    });
    expect(sim().calls({ pathPrefix: "admin/add-user" })).toEqual([]);
    const row = await kit.stack.db.prisma.cometAccount.findUniqueOrThrow({ where: { id: gone.id } });
    expect(row).toMatchObject({ mspId: kit.msps.b.id, customerId: kit.customers.charlie.id });
  });
});
