import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, startActionKit } from "../../test/actions.js";
import {
  firstRestore,
  type Listing,
  ops,
  type Picked,
  pickWizardDevice,
  restoreWizardKit,
} from "../../test/restore.js";

/** Sent; RUNNING when the stream mirrored the job before Comet's reply reached the API. */
const sentOrRunning = expect.stringMatching(/^(DISPATCHED|RUNNING)$/);

/**
 * The restore wizard over the real wire: GraphQL -> dispatcher calls -> the simulated device ->
 * the restore job back through the event stream. One device that allows filename viewing carries
 * the happy paths; a Disk Image item is added to its account through the simulator's profile.
 */

let kit: ActionKit;
let w: ReturnType<typeof restoreWizardKit>;
let picked: Picked;

beforeAll(async () => {
  kit = await startActionKit();
  w = restoreWizardKit(kit);
  picked = await pickWizardDevice(kit, w);
}, 120_000);
afterAll(() => kit?.stack.stop());

describe("restore wizard", () => {
  it("lists an item's snapshots, browses the snapshot and the device, and restores the picked paths", async () => {
    const { device, files, vault } = picked;
    const snaps = await w.snapshots("operatorA", device.id, vault.id, files.id);
    expect(snaps.__typename).toBe("VaultSnapshotList");
    // Exactly the item's snapshots in that vault, newest first, as the device reports them.
    const raw = await w.simApi<{ Snapshots: { Snapshot: string; Source: string; CreateTime: number }[] }>(
      "admin/dispatcher/request-vault-snapshots",
      { TargetID: w.targetOf(device)!, Destination: vault.cometDestinationId },
    );
    const expected = raw.Snapshots.filter((s) => s.Source === files.cometSourceId)
      .sort((a, b) => b.CreateTime - a.CreateTime)
      .map((s) => ({ id: s.Snapshot, createdAt: new Date(s.CreateTime * 1000).toISOString() }));
    expect(expected.length).toBeGreaterThan(0);
    expect(snaps.snapshots).toEqual(expected);
    const snapshotId = snaps.snapshots![0]!.id;

    const root = await w.objects(device.id, vault.id, snapshotId);
    expect(root.__typename).toBe("DirectoryListing");
    expectDirectoriesFirst(root);
    const dir = root.entries!.find((e) => e.isDirectory)!;
    expect(dir.path).toBe(`/${dir.name}`);
    const inside = await w.objects(device.id, vault.id, snapshotId, dir.subtree!);
    expect(inside.path).toBe(dir.path);
    expect(inside.entries!.every((e) => e.path === `${dir.path}/${e.name}`)).toBe(true);
    const file = inside.entries!.find((e) => !e.isDirectory)!;
    expect(file).toMatchObject({ type: "file", subtree: null });
    const paths = [file.path, root.entries!.at(-1)!.path];

    const top = await w.filesystem(device.id);
    expect(top.entries!.length).toBeGreaterThan(0);
    const folders = await w.filesystem(device.id, top.entries![0]!.path);
    expectDirectoriesFirst(folders);
    const destinationPath = folders.entries!.find((e) => e.isDirectory)!.path;
    expect(destinationPath.startsWith(top.entries![0]!.path)).toBe(true);

    kit.stack.sims.shared!.control.clearCalls();
    const res = await w.restore("operatorA", {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      protectedItemId: kit.gid("ProtectedItem", files.id),
      snapshotId,
      method: "RESTORE_FILES",
      destinationPath,
      overwrite: "IF_NEWER",
      paths,
    });
    expect(res).toMatchObject({ __typename: "DeviceAction", kind: "RESTORE", status: sentOrRunning });
    const call = firstRestore(kit);
    expect(call).toMatchObject({
      TargetID: w.targetOf(device),
      Source: files.cometSourceId,
      Destination: vault.cometDestinationId,
      Snapshot: snapshotId,
    });
    expect(JSON.parse(call.Paths!)).toEqual(paths);
    expect(JSON.parse(call.Options!)).toMatchObject({
      Type: 0,
      DestPath: destinationPath,
      OverwriteExistingFiles: true,
      OverwriteIfNewer: true,
      OverwriteIfDifferentContent: false,
    });
    const action = await kit.stack.db.prisma.deviceAction.findUniqueOrThrow({ where: { id: w.localId(res.id!) } });
    expect(kit.stack.sims.shared!.control.restoreOf(action.cometJobId!)).toMatchObject({
      type: 0,
      destPath: destinationPath,
      paths,
      snapshot: snapshotId,
      overwrite: { existing: true, ifNewer: true, ifDifferentContent: false },
    });
    // The restore job arrives through the event stream like any other job.
    const job = await kit.waitFor(() =>
      kit.stack.db.prisma.job.findFirst({ where: { deviceId: device.id, cometJobId: action.cometJobId! } }),
    );
    expect(job).toMatchObject({ classification: "RESTORE", cometSourceId: files.cometSourceId });
  });

  it("simulates a restore of everything without a destination, and writes archives as ZIP by default", async () => {
    const { device, files, vault } = picked;
    const base = {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      protectedItemId: kit.gid("ProtectedItem", files.id),
    };
    kit.stack.sims.shared!.control.clearCalls();
    const simulated = await w.restore("adminA", { ...base, method: "SIMULATE" });
    expect(simulated).toMatchObject({ __typename: "DeviceAction", status: sentOrRunning });
    const call = firstRestore(kit);
    expect(JSON.parse(call.Options!)).toEqual({ Type: 1 });
    // No Paths: everything; no Snapshot: Comet takes the item's latest.
    expect(call.Paths).toBeUndefined();
    expect(call.Snapshot).toBeUndefined();

    kit.stack.sims.shared!.control.clearCalls();
    const archived = await w.restore("adminA", { ...base, method: "COMPRESSED_ARCHIVE", destinationPath: "/tmp/out" });
    expect(archived.__typename).toBe("DeviceAction");
    expect(JSON.parse(firstRestore(kit).Options!)).toEqual({ Type: 5, DestPath: "/tmp/out", ArchiveFormat: 2 });
  });

  it("offers Disk Image items file restore only, sent as a granular VMDK_FILE restore", async () => {
    const { device, files, vault, diskImage } = picked;
    const methods = await kit.run<{ nodes: { restoreMethods: string[] }[] }>(
      "operatorA",
      "query($ids: [ID!]!) { nodes(ids: $ids) { ... on ProtectedItem { restoreMethods } } }",
      { ids: [kit.gid("ProtectedItem", files.id), kit.gid("ProtectedItem", diskImage.id)] },
    );
    expect(methods.data!.nodes.map((n) => n.restoreMethods)).toEqual([
      ["RESTORE_FILES", "COMPRESSED_ARCHIVE", "SIMULATE"],
      ["RESTORE_FILES"],
    ]);
    kit.stack.sims.shared!.control.clearCalls();
    const res = await w.restore("operatorA", {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      protectedItemId: kit.gid("ProtectedItem", diskImage.id),
      method: "RESTORE_FILES",
      destinationPath: "D:\\Restored",
      overwrite: "ALWAYS",
      paths: ["/Documents"],
    });
    expect(res).toMatchObject({ __typename: "DeviceAction", status: sentOrRunning });
    expect(JSON.parse(firstRestore(kit).Options!)).toEqual({
      Type: 7,
      DestPath: "D:\\Restored",
      OverwriteExistingFiles: true,
      OverwriteIfNewer: false,
      OverwriteIfDifferentContent: false,
    });
  });

  it("names the wrong field and calls nothing for a missing destination, a method the engine lacks, bad paths", async () => {
    const { device, files, vault, diskImage } = picked;
    const base = {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      protectedItemId: kit.gid("ProtectedItem", files.id),
    };
    const before = await kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } });
    kit.stack.sims.shared!.control.clearCalls();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, method: "RESTORE_FILES" }, ["input", "destinationPath"]],
      [{ ...base, method: "COMPRESSED_ARCHIVE", destinationPath: "   " }, ["input", "destinationPath"]],
      [
        { ...base, protectedItemId: kit.gid("ProtectedItem", diskImage.id), method: "COMPRESSED_ARCHIVE" },
        ["input", "method"],
      ],
      [{ ...base, method: "SIMULATE", paths: ["/Documents", ""] }, ["input", "paths", "1"]],
      [{ ...base, method: "SIMULATE", overwrite: "ALWAYS" }, ["input", "overwrite"]],
      [{ ...base, method: "RESTORE_FILES", destinationPath: "/x", archiveFormat: "TAR" }, ["input", "archiveFormat"]],
      [
        { ...base, storageVaultId: kit.gid("StorageVault", randomUUID()), method: "SIMULATE" },
        ["input", "storageVaultId"],
      ],
    ];
    for (const [input, path] of cases) {
      const res = await w.restore("adminA", input);
      expect(res.__typename, JSON.stringify(input)).toBe("InvalidInputError");
      expect(res.fieldErrors![0]!.path).toEqual(path);
    }
    const badTree = await w.objects(device.id, vault.id, "any", "not-a-token");
    expect(badTree).toMatchObject({ __typename: "InvalidInputError" });
    expect(kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    expect(await kit.stack.db.prisma.deviceAction.count({ where: { deviceId: device.id } })).toBe(before);
  });

  it("needs the device online: DeviceOfflineError for every read and for runRestore, nothing sent", async () => {
    const { other } = picked;
    await w.setOnline(other.device, false);
    kit.stack.sims.shared!.control.clearCalls();
    const reads = [
      await w.snapshots("operatorA", other.device.id, other.vault.id, other.item.id),
      await w.objects(other.device.id, other.vault.id, "any"),
      await w.filesystem(other.device.id),
    ];
    expect(reads.map((r) => r.__typename)).toEqual(["DeviceOfflineError", "DeviceOfflineError", "DeviceOfflineError"]);
    const input = {
      deviceId: kit.gid("Device", other.device.id),
      storageVaultId: kit.gid("StorageVault", other.vault.id),
      protectedItemId: kit.gid("ProtectedItem", other.item.id),
      method: "SIMULATE",
    };
    expect((await w.restore("operatorA", input)).__typename).toBe("DeviceOfflineError");
    expect(kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    const queued = await w.restore("operatorA", { ...input, queue: { expiresInHours: 1 } });
    expect(queued).toMatchObject({ __typename: "DeviceAction", status: "QUEUED" });
  });

  it("keeps the wizard inside the tenant: NotFoundError elsewhere, FORBIDDEN for viewers, allowed for owners", async () => {
    const { device, files, vault } = picked;
    const input = {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      protectedItemId: kit.gid("ProtectedItem", files.id),
      method: "SIMULATE",
    };
    for (const role of ["adminB", "bravoOwner"] as const) {
      expect((await w.snapshots(role, device.id, vault.id, files.id)).__typename).toBe("NotFoundError");
      expect((await w.filesystem(device.id, undefined, role)).__typename).toBe("NotFoundError");
      expect((await w.restore(role, input)).__typename).toBe("NotFoundError");
    }
    const viewer = await kit.run("alphaViewer", ops.snapshots, w.snapshotVars(device.id, vault.id, files.id));
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const viewerRestore = await kit.run("alphaViewer", ops.restore, { input });
    expect(viewerRestore.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await w.snapshots("alphaOwner", device.id, vault.id, files.id)).__typename).toBe("VaultSnapshotList");
    expect((await w.restore("alphaOwner", input)).__typename).toBe("DeviceAction");
  });
});

function expectDirectoriesFirst(listing: Listing) {
  const kinds = listing.entries!.map((e) => e.isDirectory);
  expect(kinds).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
}
