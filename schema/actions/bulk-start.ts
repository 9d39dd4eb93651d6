import { offlineMessage, runBulkOperation } from "../../core/actions/bulk-run.js";
import { idempotent } from "../../core/actions/idempotency.js";
import { defaultQueueHours, maxQueueHours } from "../../core/actions/kinds.js";
import { actionEvent, inTransaction } from "../../core/actions/lifecycle.js";
import { audit } from "../../core/audit.js";
import { ConflictError, ForbiddenError, IdempotencyConflictError, InvalidInputError } from "../../core/errors.js";
import type { BulkOperation } from "../../prisma/generated/prisma/client.js";
import { builder, type ViewerContext } from "../builder.js";
import { actionDeps, actionScopes, requesterOf } from "./authorize.js";
import { BulkActionOptionsInput, BulkDeviceFilterInput } from "./bulk-inputs.js";
import { BulkOperationRef } from "./bulk-operation.js";
import { type BulkPlan, maxBulkDevices, planBulk } from "./bulk-plan.js";
import { bulkKindsDescription } from "./bulk-preview.js";
import { idempotencyKeyDescription } from "./define.js";
import { DeviceActionKindRef } from "./device-action.js";

/**
 * Starts a bulk action as an operation. The request only plans and writes: the BulkOperation and
 * one DeviceAction per device (QUEUED to be sent, or FAILED with the reason) in one transaction,
 * then returns while bulk-run.ts sends the queued ones in the background. `expectedCount` is the
 * preview's count: if the filter now matches another number, nothing is done (ConflictError).
 */

/** How long an online device's action may wait for its turn before it expires unsent. */
const sendWindowMs = 60 * 60_000;

const StartInput = builder.inputType("StartBulkDeviceActionInput", {
  description: "A bulk device action, as previewed with `previewBulkDeviceAction`.",
  fields: (t) => ({
    kind: t.field({ type: DeviceActionKindRef, required: true, description: `What to do. ${bulkKindsDescription}` }),
    filter: t.field({ type: BulkDeviceFilterInput, required: true, description: "Which devices." }),
    options: t.field({ type: BulkActionOptionsInput, description: "Options the kind needs." }),
    queueOffline: t.boolean({
      description:
        "Queue the action for offline devices until they connect (or `queueExpiresInHours` pass). Without it, " +
        "offline devices get a FAILED action saying so.",
    }),
    queueExpiresInHours: t.int({
      description: `With queueOffline: hours to wait for each device (1-${maxQueueHours}); default ${defaultQueueHours}.`,
    }),
    expectedCount: t.int({
      required: true,
      description:
        "The preview's `count`. If the filter now matches a different number of devices, nothing is done and the " +
        "result is a ConflictError naming the new count: preview again.",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("startBulkDeviceAction", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: BulkOperationRef,
    errors: { types: [InvalidInputError, ForbiddenError, ConflictError, IdempotencyConflictError] },
    description:
      "Starts one action on every device a filter matches (preview it first with `previewBulkDeviceAction`). " +
      "Returns at once with the operation RUNNING; each device's action and result appear in `actions`, and the " +
      "operation is COMPLETED when every device has its action. MSP staff with OPERATE; customer owners only the " +
      "kinds their provider allows, on their own devices.",
    args: { input: t.arg({ type: StartInput, required: true, description: "The bulk action." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const { idempotencyKey, ...request } = input;
      const op = await idempotent(
        ctx,
        { key: idempotencyKey, operation: "startBulkDeviceAction", input: request },
        {
          save: (saved) => ({ bulkOperationId: saved.id }),
          load: (saved) =>
            ctx.prisma.bulkOperation.findUniqueOrThrow({
              where: { id: (saved as { bulkOperationId: string }).bulkOperationId },
            }),
        },
        () => start(ctx, request),
      );
      return ctx.prisma.bulkOperation.findUniqueOrThrow({ ...query, where: { id: op.id } });
    },
  }),
);

type StartRequest = Parameters<typeof planBulk>[1] & {
  queueOffline?: boolean | null;
  queueExpiresInHours?: number | null;
  expectedCount: number;
};

async function start(ctx: ViewerContext, request: StartRequest): Promise<BulkOperation> {
  const queueOffline = request.queueOffline === true;
  const hours = request.queueExpiresInHours ?? defaultQueueHours;
  if (!Number.isInteger(hours) || hours < 1 || hours > maxQueueHours) {
    throw InvalidInputError.field(["input", "queueExpiresInHours"], `must be 1-${maxQueueHours}`);
  }
  const plan = await planBulk(ctx, request);
  if (plan.count !== request.expectedCount) {
    throw new ConflictError(
      `the filter now matches ${plan.count} devices, not ${request.expectedCount} as expected; nothing was done. ` +
        "Preview again and start with the new count.",
    );
  }
  if (plan.count === 0) throw InvalidInputError.field(["input", "filter"], "matches no devices");
  if (plan.count > maxBulkDevices) {
    throw InvalidInputError.field(["input", "filter"], `matches ${plan.count} devices; at most ${maxBulkDevices}`);
  }
  const mspIds = new Set(plan.actions.map((a) => a.device.mspId));
  if (mspIds.size > 1) {
    throw InvalidInputError.field(["input", "filter"], "matches devices of several MSPs; narrow it to one MSP");
  }
  const deps = actionDeps(ctx);
  const op = await writePlan(deps, plan, request, { queueOffline, queueExpiresAt: hoursFromNow(hours) });
  await audit(ctx, {
    action: "bulkOperation.start",
    targetType: "BulkOperation",
    targetId: op.id,
    mspId: op.mspId,
    customerId: op.customerId,
    details: { kind: op.kind, total: op.total, filter: request.filter, options: request.options, queueOffline },
  });
  // The request returns now; the sending goes on (and survives a crash through the QUEUED rows).
  void runBulkOperation(deps, op.id).catch((error) => {
    console.error(`bulk operation ${op.id}: sending stopped; the worker resumes it`, error);
  });
  return op;
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

async function writePlan(
  deps: ReturnType<typeof actionDeps>,
  plan: BulkPlan,
  request: StartRequest,
  queue: { queueOffline: boolean; queueExpiresAt: Date },
): Promise<BulkOperation> {
  const first = plan.actions[0]!.device;
  const customerIds = new Set(plan.actions.map((a) => a.device.customerId));
  const requester = requesterOf(plan.viewer);
  const sendBy = new Date(Date.now() + sendWindowMs);
  return inTransaction(deps, async (tx, emit) => {
    const op = await tx.bulkOperation.create({
      data: {
        mspId: first.mspId,
        // A customer's members see the operation when it touched their devices only.
        customerId: customerIds.size === 1 ? first.customerId : null,
        kind: request.kind,
        filter: request.filter as object,
        params: (request.options ?? {}) as object,
        queueOffline: queue.queueOffline,
        total: plan.actions.length,
        requestedByKind: requester.kind,
        requestedById: requester.id,
      },
    });
    const rows = await tx.deviceAction.createManyAndReturn({
      data: plan.actions.map((a) => {
        const offline = plan.isOffline(a);
        const failure = a.failure ?? (offline && !queue.queueOffline ? offlineMessage : null);
        const d = a.device;
        return {
          mspId: d.mspId,
          customerId: d.customerId,
          serverId: d.serverId,
          accountId: d.accountId,
          deviceId: d.id,
          kind: request.kind,
          status: failure ? ("FAILED" as const) : ("QUEUED" as const),
          params: a.params,
          summary: a.summary,
          errorMessage: failure,
          finishedAt: failure ? new Date() : null,
          expiresAt: failure ? null : queue.queueOffline ? queue.queueExpiresAt : sendBy,
          requestedByKind: requester.kind,
          requestedById: requester.id,
          bulkOperationId: op.id,
        };
      }),
    });
    for (const row of rows) emit(actionEvent(row));
    return op;
  });
}
