import { assertDeviceNameConfirmed, confirmDeviceNameDescription } from "../../core/actions/confirm.js";
import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, QueueInput, runDeviceAction } from "./define.js";

/** The Comet client on a device: update it to the server's version, or uninstall it. */

const UpdateClientSoftwareInput = builder.inputType("UpdateClientSoftwareInput", {
  description: "Which device to update.",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device." }),
    queue: t.field({ type: QueueInput, description: "Queue it if the device is offline (see QueueActionInput)." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("updateClientSoftware", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Updates the device's Comet client to the server's version (dispatcher update-software). The device runs " +
      "an update job, restarts and reconnects; its `clientVersion` changes once the update ends.",
    args: { input: t.arg({ type: UpdateClientSoftwareInput, required: true, description: "Which device." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "updateClientSoftware",
        kind: "UPDATE_SOFTWARE",
        input,
        resolve: async (device) => ({
          params: {},
          summary: `Update the Comet client${device.clientVersion ? ` (now ${device.clientVersion})` : ""}`,
        }),
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);

const UninstallClientSoftwareInput = builder.inputType("UninstallClientSoftwareInput", {
  description: "Which device to uninstall the Comet client from, and whether to remove its configuration.",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device." }),
    removeConfiguration: t.boolean({
      required: true,
      description:
        "Also delete the client's configuration file; without it, reinstalling the client restores its sign-in.",
    }),
    confirmDeviceName: t.string({ required: true, description: confirmDeviceNameDescription }),
    queue: t.field({ type: QueueInput, description: "Queue it if the device is offline (see QueueActionInput)." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("uninstallClientSoftware", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Uninstalls the Comet client from the device (dispatcher uninstall-software). The device disconnects for " +
      "good and stops backing up; it stays in its account until revoked. `confirmDeviceName` must repeat the " +
      "device's name.",
    args: {
      input: t.arg({ type: UninstallClientSoftwareInput, required: true, description: "Which device, confirmed." }),
    },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "uninstallClientSoftware",
        kind: "UNINSTALL_SOFTWARE",
        input,
        async resolve(device) {
          assertDeviceNameConfirmed(device, input.confirmDeviceName);
          return {
            params: { removeConfig: input.removeConfiguration },
            summary: input.removeConfiguration
              ? "Uninstall the Comet client and remove its configuration"
              : "Uninstall the Comet client (keep its configuration)",
          };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);
