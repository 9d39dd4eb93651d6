import { cancelQueued } from "../../core/actions/dispatch.js";
import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import {
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder, type ViewerContext } from "../builder.js";
import { actionDeps, actionScopes, assertMayAct } from "./authorize.js";
import { idempotencyKeyDescription } from "./define.js";
import { DeviceActionRef } from "./device-action.js";

/**
 * Cancels a queued action before its device connects. Only QUEUED can be cancelled: once sent,
 * the device has it (stop a running job with `cancelJob` instead). Whoever may take an action of
 * that kind may cancel one; a repeated cancel is a ConflictError (or, with the same idempotency
 * key, the same answer again), never a second change.
 */

const CancelDeviceActionInput = builder.inputType("CancelDeviceActionInput", {
  description: "Which queued action to cancel.",
  fields: (t) => ({
    id: t.id({ required: true, description: "Global ID of the device action (status QUEUED)." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("cancelDeviceAction", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError, IdempotencyConflictError, ConflictError] },
    description:
      "Cancels a queued device action (status QUEUED -> CANCELLED): nothing is sent to the device. An action " +
      "that was already sent, or has ended, is a ConflictError naming its status.",
    args: {
      input: t.arg({ type: CancelDeviceActionInput, required: true, description: "Which action." }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { idempotencyKey, ...rest } = input;
      const id = await idempotent(
        ctx,
        { key: idempotencyKey, operation: "cancelDeviceAction", input: rest },
        {
          save: (actionId) => ({ deviceActionId: actionId }),
          load: async (saved) => (saved as { deviceActionId: string }).deviceActionId,
        },
        () => cancel(ctx, input.id),
      );
      return ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

/** The checks and the guarded QUEUED -> CANCELLED transition; returns the action's id. */
async function cancel(ctx: ViewerContext, globalId: string | number): Promise<string> {
  const { viewer } = ctx;
  const id = requireLocalId(globalId, "DeviceAction", ["input", "id"]);
  const action = await ctx.prisma.deviceAction.findFirst({ where: { id, ...scopeWhere(viewer) } });
  if (!action) throw new NotFoundError("DeviceAction");
  await assertMayAct(ctx, viewer, action.kind, action.mspId);
  const cancelled = await cancelQueued(actionDeps(ctx), action.id);
  if (!cancelled) {
    const now = await ctx.prisma.deviceAction.findUniqueOrThrow({ where: { id }, select: { status: true } });
    throw new ConflictError(
      now.status === "QUEUED"
        ? "The action is being sent to its device right now and can no longer be cancelled"
        : `The action is ${now.status.toLowerCase()}; only a queued action can be cancelled`,
    );
  }
  await audit(ctx, {
    action: "device.cancelDeviceAction",
    targetType: "Device",
    targetId: action.deviceId,
    mspId: action.mspId,
    customerId: action.customerId,
    details: { deviceActionId: action.id, kind: action.kind, summary: action.summary },
  });
  return id;
}
