import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";
import type { ProvisioningTargetsQuery } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { narrow } from "../../test/operations.js";

/**
 * Where each viewer may create Comet accounts: MSP A and MSP B share one simulated server (org-a,
 * org-b); A also owns a server (no simulator behind it) and a disabled one.
 */

const Targets = graphql(`
  query ProvisioningTargets {
    provisioningTargets { server { id name isPlatformShared } organizationId mspId mspName }
  }
`);
type Target = ProvisioningTargetsQuery["provisioningTargets"][number];
const Servers = graphql(`
  query ProvisioningTargetsServers {
    cometServers { id }
  }
`);
const ServerFields = graphql(`
  query ProvisioningTargetsServerFields {
    __type(name: "ProvisioningServer") { fields { name } }
  }
`);
const PolicyGroups = graphql(`
  query ProvisioningTargetsPolicyGroups($serverId: ID!) {
    cometPolicyGroups(serverId: $serverId) {
      __typename
      ... on CometPolicyGroupList { policyGroups { organizationId } }
    }
  }
`);

let kit: ActionKit;
const servers = { shared: "", ownA: "", retiredA: "" };

beforeAll(async () => {
  kit = await startActionKit();
  const own = (label: string, isEnabled: boolean) => ({
    profileName: `${label.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`,
    label,
    // Nothing listens there: only the choice of servers is under test; the worker just backs off.
    baseUrl: "http://127.0.0.1:9/",
    admin: { username: "x", password: "x" },
    msp: "a" as const,
    isEnabled,
  });
  const built = await kit.world.server("ownA", own("A own", true)).server("retiredA", own("A retired", false)).build();
  servers.shared = kit.gid("CometServer", built.servers.shared.id);
  servers.ownA = kit.gid("CometServer", built.servers.ownA.id);
  servers.retiredA = kit.gid("CometServer", built.servers.retiredA.id);
}, 120_000);
afterAll(() => kit?.stack.stop());

async function targetsOf(role: Role): Promise<Target[]> {
  const res = await kit.run(role, Targets, {});
  expect(res.errors).toBeUndefined();
  return res.data!.provisioningTargets;
}

const brief = (list: Target[]) => list.map((t) => [t.server.id, t.organizationId, t.mspName]);

describe("provisioningTargets", () => {
  it("gives MSP staff their own servers at the top level and a shared server in their own organization only", async () => {
    const a = await targetsOf("operatorA");
    expect(brief(a)).toEqual([
      [servers.ownA, "", "MSP A"],
      [servers.shared, "org-a", "MSP A"],
    ]);
    expect(a.map((t) => t.server.isPlatformShared)).toEqual([false, true]);
    expect(a.every((t) => t.mspId === kit.gid("Msp", kit.msps.a.id))).toBe(true);
    expect(brief(await targetsOf("adminB"))).toEqual([[servers.shared, "org-b", "MSP B"]]);
  });

  it("gives the platform operator every enabled server once per MSP it serves", async () => {
    expect(brief(await targetsOf("platform"))).toEqual([
      [servers.ownA, "", "MSP A"],
      [servers.shared, "org-a", "MSP A"],
      [servers.shared, "org-b", "MSP B"],
    ]);
  });

  it("keeps the shared server out of cometServers for MSP staff and offers none of its admin fields", async () => {
    const res = await kit.run("adminA", Servers, {});
    expect(res.data!.cometServers.map((s) => s.id).sort()).toEqual([servers.ownA, servers.retiredA].sort());
    const type = await kit.run("adminA", ServerFields, {});
    expect(type.data!.__type!.fields!.map((f) => f.name).sort()).toEqual(["id", "isPlatformShared", "name"]);
  });

  it("refuses customer members", async () => {
    for (const role of ["alphaOwner", "alphaViewer"] as const) {
      const res = await kit.run(role, Targets, {});
      expect(res.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect(res.data?.provisioningTargets ?? null).toBeNull();
    }
  });

  it("names targets createCometAccount accepts: the policy groups of the organization listed", async () => {
    const [, shared] = await targetsOf("adminA");
    const res = await kit.run("adminA", PolicyGroups, { serverId: shared!.server.id });
    const list = narrow(res.data!.cometPolicyGroups, "CometPolicyGroupList");
    const orgs = new Set(list.policyGroups.map((g) => g.organizationId));
    expect([...orgs]).toEqual([shared!.organizationId]);
  });
});
