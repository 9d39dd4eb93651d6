import { assertDeviceNameConfirmed, confirmDeviceNameDescription } from "../../core/actions/confirm.js";
import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, runDeviceAction } from "./define.js";

/**
 * Revoke a device: Comet removes it from its account's profile (AdminRevokeDevice works on the
 * profile, online or not, so it is never queued). The mirror marks the device revoked when the
 * profile change arrives through the event stream; its job history is kept.
 */

const RevokeDeviceInput = builder.inputType("RevokeDeviceInput", {
  description: "Which device to revoke, confirmed by its name.",
  fields: (t) => ({
    deviceId: t.id({ required: true, description: "Global ID of the device." }),
    confirmDeviceName: t.string({ required: true, description: confirmDeviceNameDescription }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("revokeDevice", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Removes the device from its Comet account (admin/revoke-device): it can no longer sign in or back up, and " +
      "frees a device slot. Works whether or not the device is online. `confirmDeviceName` must repeat the " +
      "device's name. The device then shows `revokedAt`; its jobs stay in the history.",
    args: { input: t.arg({ type: RevokeDeviceInput, required: true, description: "Which device, confirmed." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runDeviceAction(ctx, {
        operation: "revokeDevice",
        kind: "REVOKE_DEVICE",
        input,
        async resolve(device) {
          assertDeviceNameConfirmed(device, input.confirmDeviceName);
          return { params: {}, summary: `Revoke ${device.friendlyName || "the device"}` };
        },
      }).then((action) => ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } })),
  }),
);
