import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiKeyCapability } from "../../prisma/generated/prisma/enums.js";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";
import { roundTripCounter } from "../../test/round-trips.js";

const update = `mutation Update($input: UpdateMspActionSettingsInput!) {
  updateMspActionSettings(input: $input) {
    __typename
    ... on Msp { id customerOwnerActions }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

const runBackup = `mutation RunBackup($input: RunBackupInput!) {
  runBackup(input: $input) { __typename ... on UserError { message } }
}`;

const allowed = `query Allowed($id: ID!) { node(id: $id) { ... on Device { allowedActions } } }`;

type UpdateResult = {
  updateMspActionSettings: { __typename: string; customerOwnerActions?: string[]; fieldErrors?: { path: string[] }[] };
};

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

async function allowedFor(role: Role, deviceId: string) {
  const res = await kit.run<{ node: { allowedActions: string[] } | null }>(role, allowed, {
    id: kit.gid("Device", deviceId),
  });
  expect(res.errors).toBeUndefined();
  return res.data!.node!.allowedActions;
}

const allKinds = [
  "RUN_BACKUP",
  "RESTORE",
  "UPDATE_SOFTWARE",
  "UNINSTALL_SOFTWARE",
  "REVOKE_DEVICE",
  "APPLY_RETENTION",
  "REINDEX_VAULT",
  "CANCEL_JOB",
  "ABANDON_JOB",
];

describe("the MSP's customer-owner action settings", () => {
  it("tells each viewer which actions it may take on a device", async () => {
    const device = await kit.device({ online: true });
    const defaults = ["RUN_BACKUP", "RESTORE", "CANCEL_JOB"];
    const msp = await kit.run<{ msp: { customerOwnerActions: string[] } }>(
      "adminA",
      "{ msp { customerOwnerActions } }",
    );
    expect(msp.data!.msp.customerOwnerActions).toEqual(defaults);
    expect(await allowedFor("alphaOwner", device.id)).toEqual(defaults);
    expect(await allowedFor("alphaViewer", device.id)).toEqual([]);
    expect(await allowedFor("operatorA", device.id)).toEqual(allKinds);
    expect(await allowedFor("platform", device.id)).toEqual(allKinds);
    const asCustomer = await kit.run("alphaOwner", "{ msp { customerOwnerActions } }");
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets only whoever administers the MSP change them", async () => {
    const input = { customerOwnerActions: ["RUN_BACKUP"] };
    for (const role of ["operatorA", "alphaOwner"] as const) {
      const res = await kit.run<UpdateResult>(role, update, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const other = await kit.run<UpdateResult>("adminB", update, {
      input: { ...input, mspId: kit.gid("Msp", kit.msps.a.id) },
    });
    expect(other.data!.updateMspActionSettings.__typename).toBe("NotFoundError");
    const operatorWithout = await kit.run<UpdateResult>("platform", update, { input });
    expect(operatorWithout.data!.updateMspActionSettings.fieldErrors![0]!.path).toEqual(["input", "mspId"]);
    const msp = await kit.stack.db.prisma.msp.findUniqueOrThrow({ where: { id: kit.msps.a.id } });
    expect(msp.customerOwnerActions).toEqual(["RUN_BACKUP", "RESTORE", "CANCEL_JOB"]);
  });

  it("changes what a customer owner may do at once, and audits the change", async () => {
    const device = await kit.device({ online: true });
    const item = await kit.stack.db.prisma.protectedItem.findFirstOrThrow({ where: { deviceId: device.id } });
    const vault = await kit.stack.db.prisma.storageVault.findFirstOrThrow({ where: { accountId: device.accountId } });
    const backup = {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemId: kit.gid("ProtectedItem", item.id),
        storageVaultId: kit.gid("StorageVault", vault.id),
      },
    };
    const removed = await kit.run<UpdateResult>("adminA", update, {
      input: { customerOwnerActions: ["RESTORE", "UPDATE_SOFTWARE", "RESTORE"] },
    });
    expect(removed.data!.updateMspActionSettings.customerOwnerActions).toEqual(["RESTORE", "UPDATE_SOFTWARE"]);
    expect(await allowedFor("alphaOwner", device.id)).toEqual(["RESTORE", "UPDATE_SOFTWARE"]);
    const refused = await kit.run<{ runBackup: { __typename: string } }>("alphaOwner", runBackup, backup);
    expect(refused.data!.runBackup.__typename).toBe("ForbiddenError");
    const audit = await kit.stack.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "msp.updateActionSettings", targetId: kit.msps.a.id },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      before: ["RUN_BACKUP", "RESTORE", "CANCEL_JOB"],
      after: ["RESTORE", "UPDATE_SOFTWARE"],
    });
    const restored = await kit.run<UpdateResult>("platform", update, {
      input: { mspId: kit.gid("Msp", kit.msps.a.id), customerOwnerActions: ["RUN_BACKUP"] },
    });
    expect(restored.data!.updateMspActionSettings.customerOwnerActions).toEqual(["RUN_BACKUP"]);
    const allowedAgain = await kit.run<{ runBackup: { __typename: string } }>("alphaOwner", runBackup, backup);
    expect(allowedAgain.data!.runBackup.__typename).toBe("DeviceAction");
  });

  it("follows an API key's capabilities and scope", async () => {
    const device = await kit.device({ online: true });
    let made = 0;
    const key = async (capabilities: ApiKeyCapability[], customer?: "alpha") => {
      const name = `key${made++}`;
      const built = await kit.world
        .apiKey(name, {
          capabilities,
          ...(customer ? { customer } : { msp: "a" }),
          by: "adminA",
          label: `key ${capabilities.join(" ")} ${customer ? kit.customers[customer].id : "msp"}`,
        })
        .build();
      return built.keys[name]!.authorization;
    };
    const as = async <T>(authorization: string, query: string, variables: Record<string, unknown>) =>
      kit.stack.execute<T>(query, variables, { authorization });
    const id = kit.gid("Device", device.id);
    type Node = { node: { allowedActions: string[] } };
    expect((await as<Node>(await key(["READ"]), allowed, { id })).data!.node.allowedActions).toEqual([]);
    const customerKey = await key(["READ", "OPERATE"], "alpha");
    const current = await kit.stack.db.prisma.msp.findUniqueOrThrow({ where: { id: kit.msps.a.id } });
    expect((await as<Node>(customerKey, allowed, { id })).data!.node.allowedActions).toEqual(
      current.customerOwnerActions,
    );
    const adminKey = await key(["READ", "ADMIN"]);
    const changed = await as<UpdateResult>(adminKey, update, { input: { customerOwnerActions: ["CANCEL_JOB"] } });
    expect(changed.data!.updateMspActionSettings.customerOwnerActions).toEqual(["CANCEL_JOB"]);
    expect((await as<Node>(customerKey, allowed, { id })).data!.node.allowedActions).toEqual(["CANCEL_JOB"]);
    const byCustomerKey = await as<UpdateResult>(await key(["READ", "ADMIN"], "alpha"), update, {
      input: { customerOwnerActions: ["REVOKE_DEVICE"] },
    });
    expect(byCustomerKey.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers allowedActions for a whole page of devices in the same round trips as for one", async () => {
    const counter = roundTripCounter(kit.stack.db.prisma);
    const page = `query Page($first: Int!) { devices(first: $first) { edges { node { id allowedActions } } } }`;
    for (const role of ["alphaOwner", "operatorA"] as const) {
      const token = await kit.stack.login(kit.logins[role]);
      const one = await counter.execute(token, page, { first: 1 });
      const all = await counter.execute<{ devices: { edges: { node: { allowedActions: string[] } }[] } }>(token, page, {
        first: 100,
      });
      expect(all.body.errors).toBeUndefined();
      expect(all.body.data!.devices.edges.length).toBeGreaterThan(1);
      expect(all.roundTrips).toBe(one.roundTrips);
    }
  });
});
