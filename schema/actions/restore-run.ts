import type { ActionParams } from "../../core/actions/params.js";
import { InvalidInputError } from "../../core/errors.js";
import { builder } from "../builder.js";
import { engineLabel } from "../items/engine.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, QueueInput, runDeviceAction } from "./define.js";
import { itemOf, vaultOf } from "./restore-live.js";
import {
  type ArchiveFormat,
  needsDestination,
  type OverwritePolicy,
  OverwritePolicyRef,
  RestoreArchiveFormatRef,
  type RestoreMethod,
  RestoreMethodRef,
  restoreMethodsOf,
  restoreOptions,
  restoreTypeOf,
} from "./restore-methods.js";

/**
 * The restore wizard's submit: restore one protected item's snapshot from a storage vault on the
 * device (dispatcher run-restore-custom), everything or the selected paths. Every check happens
 * before anything is written or sent, so bad input never reaches Comet. The restore job then
 * appears live like any other job, and the returned action follows it.
 */

const maxPaths = 1000;
const maxPathLength = 4096;

const RunRestoreInput = builder.inputType("RunRestoreInput", {
  description: "What to restore, from where, how and to where (the four steps of the restore wizard).",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device that restores (it runs the job)." }),
    storageVaultId: t.id({ required: true, description: "Global ID of the storage vault to restore from." }),
    protectedItemId: t.id({ required: true, description: "Global ID of the protected item (one of the device's)." }),
    snapshotId: t.string({ description: "The snapshot (`VaultSnapshot.id`); absent: the item's latest in the vault." }),
    method: t.field({
      type: RestoreMethodRef,
      required: true,
      description: "How to restore; must be one of the item's `restoreMethods`.",
    }),
    destinationPath: t.string({
      description: "Folder on the device to restore into (see `deviceFilesystem`); required except for SIMULATE.",
    }),
    overwrite: t.field({
      type: OverwritePolicyRef,
      defaultValue: "NONE",
      description: "What RESTORE_FILES does with existing files; other methods take only NONE.",
    }),
    archiveFormat: t.field({
      type: RestoreArchiveFormatRef,
      description: "Archive format for COMPRESSED_ARCHIVE (default ZIP); not allowed with other methods.",
    }),
    paths: t.stringList({
      description: `Paths inside the snapshot to restore (entries' \`path\` from snapshotObjects, at most ${maxPaths}); absent or empty: everything.`,
    }),
    queue: t.field({ type: QueueInput, description: "Queue it if the device is offline (see QueueActionInput)." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("runRestore", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Restores from a snapshot of a protected item on its device (dispatcher run-restore-custom). The restore " +
      "then appears live in `jobEvents`; the returned action follows it to its end.",
    args: { input: t.arg({ type: RunRestoreInput, required: true, description: "The restore wizard's choices." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "runRestore",
        kind: "RESTORE",
        input,
        async resolve(device) {
          const item = await itemOf(ctx, device, input.protectedItemId, ["input", "protectedItem"]);
          const vault = await vaultOf(ctx, device, input.storageVaultId, ["input", "storageVault"]);
          const method = input.method as RestoreMethod;
          const type = typeFor(item.engine, method);
          const destinationPath = checkDestination(method, input.destinationPath);
          const overwrite = (input.overwrite ?? "NONE") as OverwritePolicy;
          if (overwrite !== "NONE" && method !== "RESTORE_FILES") {
            throw InvalidInputError.field(["input", "overwrite"], "applies only to RESTORE_FILES");
          }
          if (input.archiveFormat && method !== "COMPRESSED_ARCHIVE") {
            throw InvalidInputError.field(["input", "archiveFormat"], "applies only to COMPRESSED_ARCHIVE");
          }
          const archiveFormat = (input.archiveFormat ?? "ZIP") as ArchiveFormat;
          const paths = checkPaths(input.paths);
          const snapshotId = input.snapshotId ?? undefined;
          if (snapshotId !== undefined && (snapshotId.trim() === "" || snapshotId.length > 200)) {
            throw InvalidInputError.field(["input", "snapshotId"], "is not a snapshot ID");
          }
          const params: ActionParams["RESTORE"] = {
            sourceId: item.cometSourceId,
            sourceName: item.description,
            destinationId: vault.cometDestinationId,
            destinationName: vault.description,
            ...(snapshotId ? { snapshotId } : {}),
            options: restoreOptions(type, method, { destinationPath, overwrite, archiveFormat }),
            ...(paths.length > 0 ? { paths } : {}),
          };
          return { params, summary: summaryOf(method, item.description, vault.description, paths, destinationPath) };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);

function typeFor(engine: string, method: RestoreMethod): number {
  const type = restoreTypeOf(engine, method);
  if (type !== undefined) return type;
  const allowed = restoreMethodsOf(engine);
  if (allowed.length === 0) {
    throw InvalidInputError.field(
      ["input", "protectedItemId"],
      `${engineLabel(engine)} items cannot be restored from Partner Hub; use the Comet client`,
    );
  }
  throw InvalidInputError.field(
    ["input", "method"],
    `${engineLabel(engine)} items can be restored only with ${allowed.join(", ")}`,
  );
}

function checkDestination(method: RestoreMethod, path: string | null | undefined): string {
  if (!needsDestination(method)) return "";
  if (!path || path.trim() === "") {
    throw InvalidInputError.field(["input", "destinationPath"], `is required for ${method}`);
  }
  if (path.length > maxPathLength) {
    throw InvalidInputError.field(["input", "destinationPath"], `must be at most ${maxPathLength} characters`);
  }
  return path;
}

function checkPaths(paths: readonly string[] | null | undefined): string[] {
  if (!paths) return [];
  if (paths.length > maxPaths) {
    throw InvalidInputError.field(["input", "paths"], `at most ${maxPaths}; select a parent folder instead`);
  }
  paths.forEach((p, i) => {
    if (p.trim() === "" || p.length > maxPathLength) {
      throw InvalidInputError.field(["input", "paths", String(i)], `must be a path of 1-${maxPathLength} characters`);
    }
  });
  return [...new Set(paths)];
}

function summaryOf(method: RestoreMethod, item: string, vault: string, paths: string[], dest: string): string {
  const what = paths.length === 0 ? "all of" : paths.length === 1 ? `${paths[0]} from` : `${paths.length} paths from`;
  const from = `${what} ${item || "protected item"} (${vault || "storage vault"})`;
  if (method === "SIMULATE") return `Simulate restoring ${from}`;
  if (method === "COMPRESSED_ARCHIVE") return `Restore ${from} as an archive in ${dest}`;
  return `Restore ${from} to ${dest}`;
}
