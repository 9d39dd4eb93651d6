import { requestAction } from "../../core/actions/dispatch.js";
import { idempotent } from "../../core/actions/idempotency.js";
import { actionKinds, defaultQueueHours, maxQueueHours } from "../../core/actions/kinds.js";
import type { ActionParams } from "../../core/actions/params.js";
import { audit } from "../../core/audit.js";
import type { Viewer } from "../../core/auth/viewer.js";
import {
  CometServerError,
  ConflictError,
  DeviceOfflineError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import type { DeviceAction } from "../../prisma/generated/prisma/client.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import { builder, type ViewerContext } from "../builder.js";
import { actionDeps, assertMayAct, findActionDevice, requesterOf } from "./authorize.js";
import { DeviceActionRef } from "./device-action.js";

/**
 * Every device-action mutation has the same shape: find the device in the viewer's tenant, check
 * the role may take this kind of action, resolve the input to Comet ids (typed errors, no Comet
 * call), then under the idempotency key create the DeviceAction and send it (or queue it).
 * A Comet refusal is a CometServerError; the failed attempt stays in the device's action history.
 */

export const QueueInput = builder.inputType("QueueActionInput", {
  description:
    "Queue the action when the device is offline: it is sent when the device next connects, or EXPIRED " +
    "after `expiresInHours`. Without it, an offline device is a DeviceOfflineError.",
  fields: (t) => ({
    expiresInHours: t.int({
      description: `Hours to wait for the device (1-${maxQueueHours}); default ${defaultQueueHours}.`,
    }),
  }),
});

export const actionErrors = [
  InvalidInputError,
  NotFoundError,
  ForbiddenError,
  DeviceOfflineError,
  ConflictError,
  IdempotencyConflictError,
  CometServerError,
];

export const idempotencyKeyDescription =
  "Optional key (1-200 characters) making the request safe to retry: the same key and input return the same " +
  "action without acting again; the same key with another input is an IdempotencyConflictError.";

type Device = Awaited<ReturnType<typeof findActionDevice>>;

/**
 * Runs one device action for a mutation: checks, idempotency, send or queue, audit. `resolve`
 * turns the input into Comet params (throwing typed errors) before anything is written.
 */
export async function runDeviceAction<K extends DeviceActionKind>(
  ctx: ViewerContext,
  opts: {
    operation: string;
    kind: K;
    input: {
      deviceId: string | number;
      queue?: { expiresInHours?: number | null } | null;
      idempotencyKey?: string | null;
    };
    resolve(device: Device, viewer: Viewer): Promise<{ params: ActionParams[K]; summary: string }>;
  },
): Promise<DeviceAction> {
  const { viewer } = ctx;
  const device = await findActionDevice(ctx, viewer, opts.input.deviceId);
  await assertMayAct(ctx, viewer, opts.kind, device.mspId);
  const queue = queueOf(opts.kind, opts.input.queue);
  const { idempotencyKey, ...input } = opts.input;
  return idempotent(
    ctx,
    { key: idempotencyKey, operation: opts.operation, input },
    {
      save: (a) => ({ deviceActionId: a.id }),
      load: (saved) =>
        ctx.prisma.deviceAction.findUniqueOrThrow({
          where: { id: (saved as { deviceActionId: string }).deviceActionId },
        }),
    },
    async () => {
      const { params, summary } = await opts.resolve(device, viewer);
      const action = await requestAction(actionDeps(ctx), {
        kind: opts.kind,
        deviceId: device.id,
        params,
        summary,
        queue,
        requestedBy: requesterOf(viewer),
      });
      await audit(ctx, {
        action: `device.${opts.operation}`,
        targetType: "Device",
        targetId: device.id,
        mspId: device.mspId,
        customerId: device.customerId,
        details: { deviceActionId: action.id, kind: opts.kind, status: action.status, summary, params },
      });
      if (action.status === "FAILED") throw new CometServerError(action.errorMessage ?? "the Comet server refused");
      return action;
    },
  );
}

function queueOf(kind: DeviceActionKind, queue: { expiresInHours?: number | null } | null | undefined) {
  if (!queue) return null;
  if (!actionKinds[kind].queueable) {
    throw InvalidInputError.field(["input", "queue"], `${actionKinds[kind].label} cannot be queued`);
  }
  const hours = queue.expiresInHours ?? defaultQueueHours;
  if (!Number.isInteger(hours) || hours < 1 || hours > maxQueueHours) {
    throw InvalidInputError.field(["input", "queue", "expiresInHours"], `must be 1-${maxQueueHours}`);
  }
  return { expiresAt: new Date(Date.now() + hours * 3_600_000) };
}

export { DeviceActionRef };
