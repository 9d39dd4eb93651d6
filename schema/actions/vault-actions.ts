import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, QueueInput, runDeviceAction } from "./define.js";
import { pickVault } from "./pick.js";

/**
 * Storage-vault maintenance that a device performs: apply the retention rules now, or rebuild the
 * vault's index. Each starts a job on the device (RETENTION / REINDEX) that the action follows.
 */

function vaultInput(name: string, description: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      deviceId: t.id({ required: true, description: "Global ID of the device that does the work." }),
      storageVaultId: t.id({ description: "Global ID of the storage vault (one of the device's account)." }),
      storageVaultName: t.string({ description: "Name (description) of the storage vault, case-insensitive." }),
      queue: t.field({ type: QueueInput, description: "Queue it if the device is offline (see QueueActionInput)." }),
      idempotencyKey: t.string({ description: idempotencyKeyDescription }),
    }),
  });
}

const ApplyRetentionRulesInput = vaultInput(
  "ApplyRetentionRulesInput",
  "Which device applies the retention rules to which storage vault; name the vault by global ID or by name.",
);

builder.mutationField("applyRetentionRules", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Applies the retention rules to a storage vault now (dispatcher apply-retention-rules), deleting snapshots " +
      "the rules no longer keep. Starts a retention job on the device; the returned action follows it.",
    args: {
      input: t.arg({ type: ApplyRetentionRulesInput, required: true, description: "Which device and vault." }),
    },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "applyRetentionRules",
        kind: "APPLY_RETENTION",
        input,
        async resolve(device) {
          const vault = await pickVault(ctx, device, input);
          return {
            params: { destinationId: vault.cometDestinationId, destinationName: vault.description },
            summary: `Apply retention rules to ${vault.description || "storage vault"}`,
          };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);

const ReindexStorageVaultInput = vaultInput(
  "ReindexStorageVaultInput",
  "Which device rebuilds the index of which storage vault; name the vault by global ID or by name.",
);

builder.mutationField("reindexStorageVault", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Rebuilds a storage vault's index (dispatcher reindex-storage-vault), e.g. after an interrupted backup left " +
      "it inconsistent. Starts a reindex job on the device; the returned action follows it.",
    args: {
      input: t.arg({ type: ReindexStorageVaultInput, required: true, description: "Which device and vault." }),
    },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "reindexStorageVault",
        kind: "REINDEX_VAULT",
        input,
        async resolve(device) {
          const vault = await pickVault(ctx, device, input);
          return {
            params: { destinationId: vault.cometDestinationId, destinationName: vault.description },
            summary: `Reindex ${vault.description || "storage vault"}`,
          };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);
