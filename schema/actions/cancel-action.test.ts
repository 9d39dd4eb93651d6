import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";
import { graphql } from "../../test/gql/index.js";
import { narrow } from "../../test/operations.js";

const Cancel = graphql(`
  mutation CancelAction($input: CancelDeviceActionInput!) {
    cancelDeviceAction(input: $input) {
      __typename
      ... on DeviceAction { id status errorMessage finishedAt }
      ... on UserError { message }
    }
  }
`);
const RunBackup = graphql(`
  mutation CancelActionRunBackup($input: RunBackupInput!) {
    runBackup(input: $input) { __typename ... on DeviceAction { id status } ... on UserError { message } }
  }
`);

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

/** A backup of an alpha device: queued when the device is offline, sent when it is online. */
async function backup(online: boolean): Promise<string> {
  const device = await kit.device({ online });
  const item = await kit.stack.db.prisma.protectedItem.findFirstOrThrow({ where: { deviceId: device.id } });
  const vault = await kit.stack.db.prisma.storageVault.findFirstOrThrow({ where: { accountId: item.accountId } });
  const res = await kit.run("adminA", RunBackup, {
    input: {
      deviceId: kit.gid("Device", device.id),
      protectedItemId: kit.gid("ProtectedItem", item.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      ...(online ? {} : { queue: { expiresInHours: 4 } }),
    },
  });
  return narrow(res.data!.runBackup, "DeviceAction").id;
}

const cancelAs = (role: Role, id: string) => kit.run(role, Cancel, { input: { id } });

describe("cancelDeviceAction", () => {
  it("cancels a queued action without any Comet call, audits it, and refuses a second cancel", async () => {
    const id = await backup(false);
    kit.stack.sims.shared!.control.clearCalls();
    const res = await cancelAs("operatorA", id);
    expect(res.data!.cancelDeviceAction).toMatchObject({ __typename: "DeviceAction", id, status: "CANCELLED" });
    expect(narrow(res.data!.cancelDeviceAction, "DeviceAction").errorMessage).toContain("cancelled");
    expect(kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    const localId = decodeGlobalID(id).id;
    const audit = await kit.stack.db.prisma.auditLog.findMany({ where: { action: "device.cancelDeviceAction" } });
    expect(audit.map((a) => (a.details as { deviceActionId: string }).deviceActionId)).toContain(localId);
    const again = await cancelAs("operatorA", id);
    expect(narrow(again.data!.cancelDeviceAction, "ConflictError").message).toContain("cancelled");
  });

  it("answers a retried cancel with the same idempotency key like the first, without a conflict", async () => {
    const id = await backup(false);
    const input = { id, idempotencyKey: `cancel-${id}` };
    const first = await kit.run("adminA", Cancel, { input });
    const retry = await kit.run("adminA", Cancel, { input });
    expect(first.data!.cancelDeviceAction).toMatchObject({ __typename: "DeviceAction", status: "CANCELLED" });
    expect(retry.data!.cancelDeviceAction).toMatchObject({ __typename: "DeviceAction", id, status: "CANCELLED" });
    const other = await kit.run("adminA", Cancel, {
      input: { id: await backup(false), idempotencyKey: input.idempotencyKey },
    });
    expect(other.data!.cancelDeviceAction.__typename).toBe("IdempotencyConflictError");
  });

  it("refuses an action that was already sent, naming its status", async () => {
    const id = await backup(true);
    const res = await cancelAs("adminA", id);
    expect(narrow(res.data!.cancelDeviceAction, "ConflictError").message).toMatch(/dispatched|running/);
  });

  it("lets the customer's owner cancel, never its viewers, other customers or other MSPs", async () => {
    const id = await backup(false);
    const viewer = await cancelAs("alphaViewer", id);
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const role of ["bravoOwner", "adminB"] as const) {
      const res = await cancelAs(role, id);
      expect(res.data!.cancelDeviceAction.__typename).toBe("NotFoundError");
    }
    const local = decodeGlobalID(id).id;
    expect((await kit.stack.db.prisma.deviceAction.findUniqueOrThrow({ where: { id: local } })).status).toBe("QUEUED");
    const owner = await cancelAs("alphaOwner", id);
    expect(owner.data!.cancelDeviceAction).toMatchObject({ __typename: "DeviceAction", status: "CANCELLED" });
  });
});
