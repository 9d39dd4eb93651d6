import { actionKinds } from "../../core/actions/kinds.js";
import { audit } from "../../core/audit.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import { DeviceActionKindRef } from "../actions/device-action.js";
import { builder } from "../builder.js";
import { mspAdminScopes, targetMspId } from "../customers/mutations.js";

/**
 * An MSP's settings for device actions: which kinds its customer owners may take on their own
 * devices. For whoever administers the MSP (its admins, the platform operator, MSP-wide keys with
 * ADMIN). The change applies to the next request: `assertMayAct` reads the setting every time.
 */

const destructive: DeviceActionKind[] = ["REVOKE_DEVICE", "UNINSTALL_SOFTWARE"];

const UpdateMspActionSettingsInput = builder.inputType("UpdateMspActionSettingsInput", {
  description: "The device actions an MSP lets its customer owners take.",
  fields: (t) => ({
    mspId: t.id({ description: "Global ID of the MSP; required for the platform operator, your own MSP otherwise." }),
    customerOwnerActions: t.field({
      type: [DeviceActionKindRef],
      required: true,
      description:
        "The complete new list (it replaces the old one; empty: customer owners may take no action). " +
        `${destructive.join(" and ")} are destructive (they remove the device or stop its backups): allow them ` +
        "only to customers you trust with that.",
    }),
  }),
});

builder.mutationField("updateMspActionSettings", (t) =>
  t.withAuth(mspAdminScopes).prismaField({
    type: "Msp",
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError] },
    description:
      "Sets which device actions customer owners (and customer-scoped API keys with OPERATE) of the MSP may take on " +
      "their own devices. MSP admins, the platform operator and MSP-wide API keys with ADMIN. Allowing " +
      `${destructive.join(" or ")} lets customers remove devices or stop their backups. Audited.`,
    args: {
      input: t.arg({ type: UpdateMspActionSettingsInput, required: true, description: "The new settings." }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const mspId = await targetMspId(ctx, viewer, input.mspId);
      // Stored in a stable order, once each, so that the audit trail compares lists meaningfully.
      const wanted = new Set(input.customerOwnerActions);
      const next = (Object.keys(actionKinds) as DeviceActionKind[]).filter((kind) => wanted.has(kind));
      const msp = await ctx.prisma.msp.findUniqueOrThrow({ where: { id: mspId } });
      const before = msp.customerOwnerActions;
      const changed = before.length !== next.length || before.some((kind) => !wanted.has(kind));
      if (changed) {
        await ctx.prisma.msp.update({ where: { id: mspId }, data: { customerOwnerActions: next } });
        await audit(ctx, {
          action: "msp.updateActionSettings",
          targetType: "Msp",
          targetId: mspId,
          mspId,
          details: { before, after: next },
        });
      }
      return ctx.prisma.msp.findUniqueOrThrow({ ...query, where: { id: mspId } });
    },
  }),
);
