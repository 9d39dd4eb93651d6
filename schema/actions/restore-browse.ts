import { cometTime, type VaultSnapshot } from "../../comet/client/index.js";
import { InvalidInputError } from "../../core/errors.js";
import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { askDevice, browseErrors, itemOf, restoreDevice, vaultOf } from "./restore-live.js";
import { DirectoryListingRef, decodeTreeToken, encodeTreeToken, listingOf } from "./restore-tree.js";

/**
 * The restore wizard's reads, in its order: the snapshots of an item in a vault, the tree inside a
 * snapshot (one level at a time, descending by `subtree`), and the device's own filesystem to pick
 * where the restore goes. The vaults and items themselves are `Device.storageVaults` and
 * `Device.protectedItems` (with `restoreMethods`).
 */

interface Snapshots {
  snapshots: VaultSnapshot[];
}

const VaultSnapshotRef = builder.objectRef<VaultSnapshot>("VaultSnapshot").implement({
  description: "One snapshot (backup version) of a protected item in a storage vault.",
  fields: (t) => ({
    id: t.string({ description: "Comet's snapshot ID; pass it as `snapshotId`.", resolve: (s) => s.Snapshot }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the backup that made the snapshot started; null when Comet does not say.",
      resolve: (s) => cometTime(s.CreateTime),
    }),
  }),
});

const VaultSnapshotListRef = builder.objectRef<Snapshots>("VaultSnapshotList").implement({
  description: "The snapshots of one protected item in one storage vault.",
  fields: (t) => ({
    snapshots: t.field({
      type: [VaultSnapshotRef],
      description: "Newest first.",
      resolve: (l) => l.snapshots,
    }),
  }),
});

const deviceIdArg = "Global ID of the device (it must be online: the device answers).";
const readUnion = {
  description: "The listing, or the typed error that prevented it (e.g. DeviceOfflineError).",
};
const maxIdLength = 200;

builder.queryFields((t) => ({
  restoreSnapshots: t.withAuth(actionScopes).field({
    type: VaultSnapshotListRef,
    errors: { types: browseErrors, union: readUnion },
    description:
      "Restore wizard: the snapshots of one protected item of the device in one storage vault of its account, " +
      "newest first (dispatcher request-vault-snapshots).",
    args: {
      deviceId: t.arg.id({ required: true, description: deviceIdArg }),
      storageVaultId: t.arg.id({ required: true, description: "Global ID of the storage vault." }),
      protectedItemId: t.arg.id({ required: true, description: "Global ID of the protected item." }),
    },
    resolve: async (_root, args, ctx) => {
      const device = await restoreDevice(ctx, args.deviceId, ["deviceId"]);
      const vault = await vaultOf(ctx, device, args.storageVaultId, ["storageVault"]);
      const item = await itemOf(ctx, device, args.protectedItemId, ["protectedItem"]);
      const all = await askDevice(ctx, device, (client, target) =>
        client.requestVaultSnapshots(target, vault.cometDestinationId),
      );
      const snapshots = all.filter((s) => s.Source === item.cometSourceId).sort((a, b) => b.CreateTime - a.CreateTime);
      return { snapshots };
    },
  }),
  snapshotObjects: t.withAuth(actionScopes).field({
    type: DirectoryListingRef,
    errors: { types: browseErrors, union: readUnion },
    description:
      "Restore wizard: one level of the tree inside a snapshot (dispatcher request-stored-objects). Start " +
      "without `treeId` at the root; list a directory by passing its `subtree`. Each entry's `path` is what " +
      "`runRestore` takes in `paths`.",
    args: {
      deviceId: t.arg.id({ required: true, description: deviceIdArg }),
      storageVaultId: t.arg.id({ required: true, description: "Global ID of the storage vault holding the snapshot." }),
      snapshotId: t.arg.string({ required: true, description: "The snapshot's `id` (from restoreSnapshots)." }),
      treeId: t.arg.string({ description: "A directory's `subtree` from an earlier listing; absent: the root." }),
    },
    resolve: async (_root, args, ctx) => {
      const device = await restoreDevice(ctx, args.deviceId, ["deviceId"]);
      const vault = await vaultOf(ctx, device, args.storageVaultId, ["storageVault"]);
      if (args.snapshotId.trim() === "" || args.snapshotId.length > maxIdLength) {
        throw InvalidInputError.field(["snapshotId"], "is not a snapshot ID");
      }
      const dir = args.treeId ? decodeTreeToken(args.treeId, "treeId") : { subtree: "", path: "" };
      const objects = await askDevice(ctx, device, (client, target) =>
        client.requestStoredObjects(target, vault.cometDestinationId, args.snapshotId, dir.subtree || undefined),
      );
      return listingOf(dir.path, objects, (o, path) => encodeTreeToken(o.subtree, path));
    },
  }),
  deviceFilesystem: t.withAuth(actionScopes).field({
    type: DirectoryListingRef,
    errors: { types: browseErrors, union: readUnion },
    description:
      "Restore wizard: one level of the device's own filesystem, to pick the restore's destination " +
      "(dispatcher request-filesystem-objects). Without `path`: the top-level paths (drives, volumes).",
    args: {
      deviceId: t.arg.id({ required: true, description: deviceIdArg }),
      path: t.arg.string({ description: "The folder to list (an entry's `path`); absent or empty: the top level." }),
    },
    resolve: async (_root, args, ctx) => {
      const device = await restoreDevice(ctx, args.deviceId, ["deviceId"]);
      const path = args.path ?? "";
      if (path.length > 4096) throw InvalidInputError.field(["path"], "must be at most 4096 characters");
      const objects = await askDevice(ctx, device, (client, target) =>
        client.requestFilesystemObjects(target, path || undefined),
      );
      return listingOf(path, objects, () => null);
    },
  }),
}));
