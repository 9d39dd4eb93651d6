import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, startActionKit } from "../../test/actions.js";

const runBackup = `mutation RunBackup($input: RunBackupInput!) {
  runBackup(input: $input) {
    __typename
    ... on DeviceAction { id kind status summary job { id cometJobId } }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

type Result = {
  runBackup: {
    __typename: string;
    id?: string;
    status?: string;
    summary?: string;
    message?: string;
    fieldErrors?: { path: string[]; message: string }[];
  };
};

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
    const res = await kit.run<Result>("operatorA", runBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemName: item.description.toUpperCase(),
        storageVaultName: vault.description,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.runBackup.__typename).toBe("DeviceAction");
    // RUNNING when the stream mirrored the job before Comet's reply reached us.
    expect(["DISPATCHED", "RUNNING"]).toContain(res.data!.runBackup.status);
    expect(res.data!.runBackup.summary).toContain(item.description);
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
    const res = await kit.run<Result>("adminA", runBackup, {
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
    const res = await kit.run<Result>("adminA", runBackup, {
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
    const unknown = await kit.run<Result>("adminA", runBackup, {
      input: {
        deviceId: kit.gid("Device", device.id),
        protectedItemName: "No such item",
        storageVaultName: vault.description,
      },
    });
    expect(unknown.data!.runBackup.__typename).toBe("InvalidInputError");
    expect(unknown.data!.runBackup.fieldErrors![0]!.path).toEqual(["input", "protectedItemName"]);
    const neither = await kit.run<Result>("adminA", runBackup, {
      input: { deviceId: kit.gid("Device", device.id), storageVaultName: vault.description },
    });
    expect(neither.data!.runBackup.fieldErrors![0]!.path).toEqual(["input", "protectedItemId"]);
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
    const first = await kit.run<Result>("adminA", runBackup, { input });
    const after = await count();
    const again = await kit.run<Result>("adminA", runBackup, { input });
    expect(again.data!.runBackup.id).toBe(first.data!.runBackup.id);
    expect(await count()).toBe(after);
    const other = await kit.run<Result>("adminA", runBackup, {
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
    const owner = await kit.run<Result>("alphaOwner", runBackup, { input });
    expect(owner.data!.runBackup.__typename).toBe("DeviceAction");
    const viewer = await kit.run<Result>("alphaViewer", runBackup, { input });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const role of ["bravoOwner", "adminB"] as const) {
      const res = await kit.run<Result>(role, runBackup, { input });
      expect(res.data!.runBackup.__typename).toBe("NotFoundError");
    }
  });
});
