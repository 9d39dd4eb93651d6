import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumeBulkOperations } from "../../core/actions/bulk-run.js";
import { cometClientFactory } from "../../core/servers/comet-client.js";
import { type ActionKit, startActionKit } from "../../test/actions.js";

const preview = `query Preview($input: PreviewBulkDeviceActionInput!) {
  previewBulkDeviceAction(input: $input) {
    __typename
    ... on BulkDeviceActionPreview { count onlineCount offlineCount unresolvedCount warnings sample { id } }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

const start = `mutation Start($input: StartBulkDeviceActionInput!) {
  startBulkDeviceAction(input: $input) {
    __typename
    ... on BulkOperation { id status total kind }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

const operation = `query Op($id: ID!) {
  node(id: $id) {
    ... on BulkOperation {
      id status total finishedAt
      counts { queued dispatched running succeeded failed }
      actions(first: 100) { totalCount edges { node { status errorMessage device { id } } } }
    }
  }
}`;

interface PreviewResult {
  previewBulkDeviceAction: {
    __typename: string;
    count: number;
    onlineCount: number;
    offlineCount: number;
    unresolvedCount: number;
    warnings: string[];
    sample: { id: string }[];
    message?: string;
  };
}
interface StartResult {
  startBulkDeviceAction: { __typename: string; id: string; status: string; total: number; message?: string };
}
interface OpResult {
  node: {
    status: string;
    total: number;
    finishedAt: string | null;
    counts: Record<string, number>;
    actions: {
      totalCount: number;
      edges: { node: { status: string; errorMessage: string | null; device: { id: string } } }[];
    };
  } | null;
}

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;
const dispatcherCalls = (path = "admin/dispatcher") => sim().calls({ pathPrefix: path });

/** Waits until the operation's background sending is done. */
async function completed(id: string) {
  await kit.waitFor(async () => {
    const op = await kit.stack.db.prisma.bulkOperation.findUnique({ where: { id } });
    return op?.status === "COMPLETED";
  });
}

const localIdOf = (globalId: string) => decodeGlobalID(globalId).id;

describe("previewBulkDeviceAction", () => {
  it("counts the customer's devices, online and offline, with a sample, and writes and sends nothing", async () => {
    await kit.device({ online: false });
    const devices = await kit.stack.db.prisma.device.findMany({
      where: { customerId: kit.customers.alpha.id, revokedAt: null },
      orderBy: [{ friendlyName: "asc" }, { id: "asc" }],
    });
    await kit.run("operatorA", "{ me { kind } }"); // signs in first: a login writes its own audit row
    const before = await Promise.all([
      kit.stack.db.prisma.deviceAction.count(),
      kit.stack.db.prisma.bulkOperation.count(),
      kit.stack.db.prisma.auditLog.count(),
    ]);
    sim().clearCalls();
    const res = await kit.run<PreviewResult>("operatorA", preview, {
      input: { kind: "UPDATE_SOFTWARE", filter: { customerId: kit.gid("Customer", kit.customers.alpha.id) } },
    });
    expect(res.errors).toBeUndefined();
    const p = res.data!.previewBulkDeviceAction;
    expect(p).toMatchObject({
      __typename: "BulkDeviceActionPreview",
      count: devices.length,
      onlineCount: devices.filter((d) => d.isOnline).length,
      offlineCount: devices.filter((d) => !d.isOnline).length,
    });
    expect(p.offlineCount).toBeGreaterThan(0);
    expect(p.sample.map((d) => d.id)).toEqual(devices.slice(0, 10).map((d) => kit.gid("Device", d.id)));
    expect(p.warnings.join(" ")).toContain("offline and will fail");
    expect(dispatcherCalls()).toEqual([]);
    const after = await Promise.all([
      kit.stack.db.prisma.deviceAction.count(),
      kit.stack.db.prisma.bulkOperation.count(),
      kit.stack.db.prisma.auditLog.count(),
    ]);
    expect(after).toEqual(before);
  });

  it("refuses kinds that cannot run in bulk and missing options, naming the field", async () => {
    const filter = { customerId: kit.gid("Customer", kit.customers.alpha.id) };
    const restore = await kit.run<PreviewResult>("adminA", preview, { input: { kind: "RESTORE", filter } });
    expect(restore.data!.previewBulkDeviceAction).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "kind"] }],
    });
    const uninstall = await kit.run<PreviewResult>("adminA", preview, {
      input: { kind: "UNINSTALL_SOFTWARE", filter },
    });
    expect(uninstall.data!.previewBulkDeviceAction).toMatchObject({
      fieldErrors: [{ path: ["input", "options", "removeConfiguration"] }],
    });
  });
});

describe("startBulkDeviceAction", () => {
  it("does nothing when the filter no longer matches the previewed count: ConflictError with the new count", async () => {
    const filter = { customerId: kit.gid("Customer", kit.customers.alpha.id) };
    const count = await kit.stack.db.prisma.device.count({
      where: { customerId: kit.customers.alpha.id, revokedAt: null },
    });
    const ops = await kit.stack.db.prisma.bulkOperation.count();
    sim().clearCalls();
    const res = await kit.run<StartResult>("operatorA", start, {
      input: { kind: "UPDATE_SOFTWARE", filter, expectedCount: count + 1 },
    });
    expect(res.data!.startBulkDeviceAction.__typename).toBe("ConflictError");
    expect(res.data!.startBulkDeviceAction.message).toContain(`matches ${count} devices`);
    expect(await kit.stack.db.prisma.bulkOperation.count()).toBe(ops);
    expect(dispatcherCalls()).toEqual([]);
  });

  it("updates every online device of a customer, fails the offline ones, and completes with per-device results", async () => {
    const offline = await kit.device({ online: false });
    await kit.device({ online: true });
    const filter = { customerId: kit.gid("Customer", kit.customers.alpha.id) };
    const p = await kit.run<PreviewResult>("operatorA", preview, { input: { kind: "UPDATE_SOFTWARE", filter } });
    const { count, onlineCount } = p.data!.previewBulkDeviceAction;
    expect(onlineCount).toBeGreaterThan(0);
    sim().clearCalls();
    const res = await kit.run<StartResult>("operatorA", start, {
      input: { kind: "UPDATE_SOFTWARE", filter, expectedCount: count },
    });
    const op = res.data!.startBulkDeviceAction;
    expect(op).toMatchObject({ __typename: "BulkOperation", total: count, kind: "UPDATE_SOFTWARE" });
    await completed(localIdOf(op.id));
    expect(dispatcherCalls("admin/dispatcher/update-software")).toHaveLength(onlineCount);
    const read = await kit.run<OpResult>("operatorA", operation, { id: op.id });
    const node = read.data!.node!;
    expect(node).toMatchObject({ status: "COMPLETED", total: count });
    expect(node.finishedAt).not.toBeNull();
    expect(node.actions.totalCount).toBe(count);
    const byDevice = new Map(node.actions.edges.map((e) => [e.node.device.id, e.node]));
    expect(byDevice.get(kit.gid("Device", offline.id))).toMatchObject({ status: "FAILED" });
    expect(byDevice.get(kit.gid("Device", offline.id))!.errorMessage).toContain("device offline");
    const sent = node.actions.edges.filter((e) => ["DISPATCHED", "RUNNING", "SUCCEEDED"].includes(e.node.status));
    expect(sent).toHaveLength(onlineCount);
    expect(node.counts.failed).toBe(count - onlineCount);
    expect(node.counts.queued).toBe(0);
  });

  it("queues the action for offline devices with queueOffline", async () => {
    const offline = await kit.device({ online: false });
    sim().clearCalls();
    const res = await kit.run<StartResult>("adminA", start, {
      input: {
        kind: "UPDATE_SOFTWARE",
        filter: { deviceIds: [kit.gid("Device", offline.id)] },
        queueOffline: true,
        queueExpiresInHours: 3,
        expectedCount: 1,
      },
    });
    const op = res.data!.startBulkDeviceAction;
    await completed(localIdOf(op.id));
    const action = await kit.stack.db.prisma.deviceAction.findFirstOrThrow({
      where: { bulkOperationId: localIdOf(op.id) },
    });
    expect(action).toMatchObject({ deviceId: offline.id, status: "QUEUED" });
    expect(action.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 2.5 * 3_600_000);
    expect(dispatcherCalls("admin/dispatcher/update-software")).toEqual([]);
  });

  it("replays the operation for a repeated idempotency key", async () => {
    const device = await kit.device({ online: false });
    const input = {
      kind: "UPDATE_SOFTWARE",
      filter: { deviceIds: [kit.gid("Device", device.id)] },
      expectedCount: 1,
      idempotencyKey: `bulk-${device.id}`,
    };
    const first = await kit.run<StartResult>("adminA", start, { input });
    const again = await kit.run<StartResult>("adminA", start, { input });
    expect(again.data!.startBulkDeviceAction.id).toBe(first.data!.startBulkDeviceAction.id);
    const other = await kit.run<StartResult>("adminA", start, { input: { ...input, queueOffline: true } });
    expect(other.data!.startBulkDeviceAction.__typename).toBe("IdempotencyConflictError");
  });

  it("backs up by item and vault name per device; devices without them get a FAILED action saying so", async () => {
    const device = await kit.device({ online: true });
    const item = await kit.stack.db.prisma.protectedItem.findFirstOrThrow({ where: { deviceId: device.id } });
    const vault = await kit.stack.db.prisma.storageVault.findFirstOrThrow({ where: { accountId: device.accountId } });
    sim().clearCalls();
    const ok = await kit.run<StartResult>("adminA", start, {
      input: {
        kind: "RUN_BACKUP",
        filter: { deviceIds: [kit.gid("Device", device.id)] },
        options: { protectedItemName: item.description, storageVaultName: vault.description },
        expectedCount: 1,
      },
    });
    await completed(localIdOf(ok.data!.startBulkDeviceAction.id));
    expect(dispatcherCalls("admin/dispatcher/run-backup-custom").at(-1)?.params).toMatchObject({
      Source: item.cometSourceId,
      Destination: vault.cometDestinationId,
    });
    const filter = { customerId: kit.gid("Customer", kit.customers.alpha.id) };
    const options = { protectedItemName: "No such item", storageVaultName: vault.description };
    const p = await kit.run<PreviewResult>("adminA", preview, { input: { kind: "RUN_BACKUP", filter, options } });
    const { count, unresolvedCount } = p.data!.previewBulkDeviceAction;
    expect(unresolvedCount).toBe(count);
    const none = await kit.run<StartResult>("adminA", start, {
      input: { kind: "RUN_BACKUP", filter, options, expectedCount: count },
    });
    const id = localIdOf(none.data!.startBulkDeviceAction.id);
    await completed(id);
    const actions = await kit.stack.db.prisma.deviceAction.findMany({ where: { bulkOperationId: id } });
    expect(actions).toHaveLength(count);
    for (const a of actions) {
      expect(a.status).toBe("FAILED");
      expect(a.errorMessage).toContain('no protected item named "No such item"');
    }
  });
});

describe("resuming after a crash", () => {
  it("sends the queued actions of an operation a dead process left RUNNING, then completes it", async () => {
    const device = await kit.device({ online: true });
    const prisma = kit.stack.db.prisma;
    // What a process that died right after writing the plan leaves behind.
    const op = await prisma.bulkOperation.create({
      data: {
        mspId: device.mspId,
        customerId: device.customerId,
        kind: "UPDATE_SOFTWARE",
        total: 1,
        requestedByKind: "USER",
        createdAt: new Date(Date.now() - 10 * 60_000),
        actions: {
          create: {
            mspId: device.mspId,
            customerId: device.customerId,
            serverId: device.serverId,
            accountId: device.accountId,
            deviceId: device.id,
            kind: "UPDATE_SOFTWARE",
            status: "QUEUED",
            expiresAt: new Date(Date.now() + 3_600_000),
            requestedByKind: "USER",
          },
        },
      },
    });
    sim().clearCalls();
    const deps = {
      prisma,
      live: kit.stack.live.pubsub,
      clientFor: cometClientFactory(kit.stack.secrets),
    };
    expect(await resumeBulkOperations(deps, 60_000)).toBeGreaterThanOrEqual(1);
    const after = await prisma.bulkOperation.findUniqueOrThrow({ where: { id: op.id }, include: { actions: true } });
    expect(after.status).toBe("COMPLETED");
    expect(after.actions[0]!.status).not.toBe("QUEUED");
    expect(after.actions[0]!.status).not.toBe("FAILED");
    expect(dispatcherCalls("admin/dispatcher/update-software")).toHaveLength(1);
  });
});

describe("bulk actions across tenants and roles", () => {
  it("hides A's operation from B and never lets B target A's devices by id", async () => {
    const device = await kit.device({ online: false });
    const started = await kit.run<StartResult>("adminA", start, {
      input: { kind: "UPDATE_SOFTWARE", filter: { deviceIds: [kit.gid("Device", device.id)] }, expectedCount: 1 },
    });
    const opId = started.data!.startBulkDeviceAction.id;
    await completed(localIdOf(opId));
    const seen = await kit.run<OpResult>("adminB", operation, { id: opId });
    expect(seen.data!.node).toBeNull();
    const filter = { deviceIds: [kit.gid("Device", device.id)] };
    const p = await kit.run<PreviewResult>("adminB", preview, { input: { kind: "UPDATE_SOFTWARE", filter } });
    expect(p.data!.previewBulkDeviceAction).toMatchObject({ count: 0, sample: [] });
    const actions = await kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } });
    const res = await kit.run<StartResult>("adminB", start, {
      input: { kind: "UPDATE_SOFTWARE", filter, expectedCount: 1 },
    });
    expect(res.data!.startBulkDeviceAction.__typename).toBe("ConflictError");
    expect(await kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } })).toBe(actions);
  });

  it("limits customer owners to their own customer and the kinds their MSP allows; viewers to nothing", async () => {
    const alphaCount = await kit.stack.db.prisma.device.count({
      where: { customerId: kit.customers.alpha.id, revokedAt: null },
    });
    const update = await kit.run<PreviewResult>("alphaOwner", preview, {
      input: { kind: "UPDATE_SOFTWARE", filter: {} },
    });
    expect(update.data!.previewBulkDeviceAction.__typename).toBe("ForbiddenError");
    const options = { protectedItemName: "x", storageVaultName: "y" };
    const own = await kit.run<PreviewResult>("alphaOwner", preview, {
      input: { kind: "RUN_BACKUP", filter: {}, options },
    });
    expect(own.data!.previewBulkDeviceAction.count).toBe(alphaCount);
    const bravo = await kit.run<PreviewResult>("alphaOwner", preview, {
      input: { kind: "RUN_BACKUP", filter: { customerId: kit.gid("Customer", kit.customers.bravo.id) }, options },
    });
    expect(bravo.data!.previewBulkDeviceAction.count).toBe(0);
    const viewer = await kit.run<PreviewResult>("alphaViewer", preview, {
      input: { kind: "RUN_BACKUP", filter: {}, options },
    });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The owner's operation is visible to its customer, and not to another customer's owner.
    const started = await kit.run<StartResult>("alphaOwner", start, {
      input: { kind: "RUN_BACKUP", filter: {}, options, expectedCount: alphaCount },
    });
    const opId = started.data!.startBulkDeviceAction.id;
    await completed(localIdOf(opId));
    expect((await kit.run<OpResult>("alphaOwner", operation, { id: opId })).data!.node).toMatchObject({
      status: "COMPLETED",
      total: alphaCount,
    });
    expect((await kit.run<OpResult>("bravoOwner", operation, { id: opId })).data!.node).toBeNull();
  });
});
