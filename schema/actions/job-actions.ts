import { encodeGlobalID } from "@pothos/plugin-relay";
import { ConflictError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import { builder, type ViewerContext } from "../builder.js";
import { classificationLabels } from "../jobs/status.js";
import { actionScopes } from "./authorize.js";
import { actionErrors, DeviceActionRef, idempotencyKeyDescription, runDeviceAction } from "./define.js";

/**
 * Actions on a running job, taken as an action of the job's device: cancel asks the device to stop
 * (so it must be online), abandon only marks the job on the server (for a job whose device went away
 * mid-run). Neither is queued: a cancel that waits for a reconnect would stop the wrong run.
 */

interface JobActionInput {
  jobId: string | number;
  idempotencyKey?: string | null;
}

async function runJobAction(
  ctx: ViewerContext,
  operation: string,
  kind: Extract<DeviceActionKind, "CANCEL_JOB" | "ABANDON_JOB">,
  input: JobActionInput,
) {
  const id = requireLocalId(input.jobId, "Job", ["input", "jobId"]);
  const job = await ctx.prisma.job.findFirst({
    where: { id, ...scopeWhere(ctx.viewer) },
    select: { id: true, cometJobId: true, deviceId: true, classification: true, isRunning: true },
  });
  if (!job) throw new NotFoundError("Job");
  if (!job.deviceId) throw new ConflictError("The job's device is no longer in its account");
  // The job id is part of the request, so one idempotency key cannot be reused for another job.
  const request = {
    deviceId: encodeGlobalID("Device", job.deviceId),
    jobId: input.jobId,
    idempotencyKey: input.idempotencyKey,
  };
  const [verb, done] = kind === "CANCEL_JOB" ? ["Cancel", "cancelled"] : ["Abandon", "abandoned"];
  return runDeviceAction(ctx, {
    operation,
    kind,
    input: request,
    resolve: async () => {
      // Checked here rather than above so that a replayed idempotent request returns its action.
      if (!job.isRunning) throw new ConflictError(`The job is not running; only a running job can be ${done}`);
      return {
        params: { cometJobId: job.cometJobId, jobId: job.id },
        summary: `${verb} ${classificationLabels[job.classification].toLowerCase()} job`,
      };
    },
  });
}

function jobInput(name: string, description: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      jobId: t.id({ required: true, description: "Global ID of the running job." }),
      idempotencyKey: t.string({ description: idempotencyKeyDescription }),
    }),
  });
}

const CancelJobInput = jobInput("CancelJobInput", "Which running job to cancel.");

builder.mutationField("cancelJob", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Asks the job's device to cancel a running job (admin/job/cancel); the job then ends CANCELLED. The device " +
      "must be online (DeviceOfflineError otherwise: see `abandonJob`); a job that is not running is a ConflictError.",
    args: { input: t.arg({ type: CancelJobInput, required: true, description: "Which job." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runJobAction(ctx, "cancelJob", "CANCEL_JOB", input).then((action) =>
        ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } }),
      ),
  }),
);

const AbandonJobInput = jobInput("AbandonJobInput", "Which running job to mark abandoned.");

builder.mutationField("abandonJob", (t) =>
  t.withAuth(actionScopes).prismaField({
    type: DeviceActionRef,
    errors: { types: actionErrors },
    description:
      "Marks a stuck running job ABANDONED on the Comet server (admin/job/abandon) without contacting its device: " +
      "for a job whose device went offline mid-run. A job that is not running is a ConflictError.",
    args: { input: t.arg({ type: AbandonJobInput, required: true, description: "Which job." }) },
    resolve: (query, _parent, { input }, ctx) =>
      runJobAction(ctx, "abandonJob", "ABANDON_JOB", input).then((action) =>
        ctx.prisma.deviceAction.findUniqueOrThrow({ ...query, where: { id: action.id } }),
      ),
  }),
);
