import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, startActionKit } from "../../test/actions.js";
import { graphql } from "../../test/gql/index.js";
import { narrow } from "../../test/operations.js";

const RunBackup = graphql(`
  mutation RunBackupAction($input: RunBackupInput!) {
    runBackup(input: $input) {
      __typename
      ... on DeviceAction { id kind status summary job { id cometJobId } }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

async function firstItemAndVault(deviceId: string) {
  const item = await kit.stack.db.prisma.protectedItem.findFirstOrThrow({ where: { deviceId } });
  const vault = await kit.stack.db.prisma.storageVault.findFirstOrThrow({ where: { accountId: item.accountId } });
  return { item, vault };
}

describe("runBackup", () => {
  it("starts a backup of the named item to the named vault, and the action follows the live job", async () => {
    const device = await kit.device({ online: true });
    const { item, vault } = await firstItemAndVault(device.id);
    const res = await kit.run("operatorA", RunBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemName: item.description.toUpperCase(),
        storageVaultName: vault.description,
      },
    });
    expect(res.errors).toBeUndefined();
    const action = narrow(res.data!.runBackup, "DeviceAction");
    // RUNNING when the stream mirrored the job before Comet's reply reached us.
    expect(["DISPATCHED", "RUNNING"]).toContain(action.status);
    expect(action.summary).toContain(item.description);
    const calls = kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher/run-backup-custom" });
    expect(calls.at(-1)?.params).toMatchObject({ Source: item.cometSourceId, Destination: vault.cometDestinationId });
    // The job Comet started shows up through the event stream like any other job.
    const job = await kit.waitFor(() =>
      kit.stack.db.prisma.job.findFirst({
        where: { deviceId: device.id, cometSourceId: item.cometSourceId, classification: "BACKUP", isRunning: true },
      }),
    );
    expect(job.cometDestinationId).toBe(vault.cometDestinationId);
  });

  it("refuses an offline device without queueing: DeviceOfflineError and no Comet call", async () => {
    const device = await kit.device({ online: false });
    const { item, vault } = await firstItemAndVault(device.id);
    kit.stack.sims.shared!.control.clearCalls();
    const res = await kit.run("adminA", RunBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemId: kit.gid("ProtectedItem", item.id),
        storageVaultId: kit.gid("StorageVault", vault.id),
      },
    });
    expect(res.data!.runBackup.__typename).toBe("DeviceOfflineError");
    expect(kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    expect(await kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } })).toBe(0);
  });

  it("queues for an offline device when asked", async () => {
    const device = await kit.device({ online: false });
    const { item, vault } = await firstItemAndVault(device.id);
    const res = await kit.run("adminA", RunBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemId: kit.gid("ProtectedItem", item.id),
        storageVaultId: kit.gid("StorageVault", vault.id),
        queue: { expiresInHours: 2 },
      },
    });
    expect(res.data!.runBackup).toMatchObject({ __typename: "DeviceAction", status: "QUEUED" });
  });

  it("names the wrong field when the item or vault is unknown, ambiguous or missing", async () => {
    const device = await kit.device({ online: true });
    const { vault } = await firstItemAndVault(device.id);
    kit.stack.sims.shared!.control.clearCalls();
    const unknown = await kit.run("adminA", RunBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemName: "No such item",
        storageVaultName: vault.description,
      },
    });
    expect(narrow(unknown.data!.runBackup, "InvalidInputError").fieldErrors[0]!.path).toEqual([
      "input",
      "protectedItemName",
    ]);
    const neither = await kit.run("adminA", RunBackup, {
      input: { deviceId: kit.gid("Device", device.id), storageVaultName: vault.description },
    });
    expect(narrow(neither.data!.runBackup, "InvalidInputError").fieldErrors[0]!.path).toEqual([
      "input",
      "protectedItemId",
    ]);
    expect(kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
  });

  it("replays the same action for a repeated idempotency key and refuses the key with another input", async () => {
    const device = await kit.device({ online: true });
    const { item, vault } = await firstItemAndVault(device.id);
    const input = {
      deviceId: kit.gid("Device", device.id),
      protectedItemId: kit.gid("ProtectedItem", item.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      idempotencyKey: `backup-${device.id}`,
    };
    const count = () => kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } });
    const first = await kit.run("adminA", RunBackup, { input });
    const after = await count();
    const again = await kit.run("adminA", RunBackup, { input });
    expect(narrow(again.data!.runBackup, "DeviceAction").id).toBe(narrow(first.data!.runBackup, "DeviceAction").id);
    expect(await count()).toBe(after);
    const other = await kit.run("adminA", RunBackup, {
      input: { ...input, storageVaultId: undefined, storageVaultName: vault.description },
    });
    expect(other.data!.runBackup.__typename).toBe("IdempotencyConflictError");
  });

  it("lets customer owners back up only their own devices and never customer viewers or other MSPs", async () => {
    const device = await kit.device({ online: true });
    const { item, vault } = await firstItemAndVault(device.id);
    const input = {
      deviceId: kit.gid("Device", device.id),
      protectedItemId: kit.gid("ProtectedItem", item.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
    };
    const owner = await kit.run("alphaOwner", RunBackup, { input });
    expect(owner.data!.runBackup.__typename).toBe("DeviceAction");
    const viewer = await kit.run("alphaViewer", RunBackup, { input });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const role of ["bravoOwner", "adminB"] as const) {
      const res = await kit.run(role, RunBackup, { input });
      expect(res.data!.runBackup.__typename).toBe("NotFoundError");
    }
  });
});
