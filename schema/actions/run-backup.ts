import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, QueueInput, runDeviceAction } from "./define.js";
import { pick, pickVault } from "./pick.js";

/** Run a backup now: one protected item of the device to one storage vault of its account. */

const RunBackupInput = builder.inputType("RunBackupInput", {
  description:
    "What to back up and where. Name the protected item and the storage vault either by global ID or by " +
    "name (as shown in Comet); exactly one of each.",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device." }),
    protectedItemId: t.id({ description: "Global ID of the protected item (one of the device's)." }),
    protectedItemName: t.string({ description: "Name (description) of the protected item, case-insensitive." }),
    storageVaultId: t.id({ description: "Global ID of the storage vault (one of the account's)." }),
    storageVaultName: t.string({ description: "Name (description) of the storage vault, case-insensitive." }),
    queue: t.field({ type: QueueInput, description: "Queue it if the device is offline (see QueueActionInput)." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("runBackup", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Starts a backup of one protected item to one storage vault on a device (dispatcher run-backup-custom). " +
      "The backup then appears live in `jobEvents`; the returned action follows it to its end.",
    args: { input: t.arg({ type: RunBackupInput, required: true, description: "What to back up and where." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "runBackup",
        kind: "RUN_BACKUP",
        input,
        async resolve(device) {
          const item = await pick(
            "protected item",
            ["input", "protectedItem"],
            input.protectedItemId,
            input.protectedItemName,
            (where) =>
              ctx.prisma.protectedItem.findMany({
                where: { accountId: device.accountId, deviceId: device.id, ...where },
                select: { id: true, cometSourceId: true, description: true },
              }),
            "ProtectedItem",
          );
          const vault = await pickVault(ctx, device, input);
          return {
            params: {
              sourceId: item.cometSourceId,
              sourceName: item.description,
              destinationId: vault.cometDestinationId,
              destinationName: vault.description,
            },
            summary: `Back up ${item.description || "protected item"} to ${vault.description || "storage vault"}`,
          };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);

/** Kept here too for callers written before pick moved to its own file. */
export { pick };
