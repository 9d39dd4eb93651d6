import { actionKinds } from "../../core/actions/kinds.js";
import { ForbiddenError, InvalidInputError } from "../../core/errors.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";
import { actionScopes } from "./authorize.js";
import { BulkActionOptionsInput, BulkDeviceFilterInput } from "./bulk-inputs.js";
import { type BulkPlan, bulkKinds, maxBulkDevices, planBulk } from "./bulk-plan.js";
import { DeviceActionKindRef } from "./device-action.js";

/**
 * The dry run of a bulk action: what `startBulkDeviceAction` would do with the same input, without
 * writing anything or calling any Comet server. Its `count` is the `expectedCount` to start with.
 */

const sampleSize = 10;

interface Preview {
  count: number;
  onlineCount: number;
  offlineCount: number;
  unresolvedCount: number;
  sampleIds: string[];
  warnings: string[];
}

const PreviewRef = builder.objectRef<Preview>("BulkDeviceActionPreview").implement({
  description: "What a bulk action would do now. Nothing was written and no Comet server was called.",
  fields: (t) => ({
    count: t.exposeInt("count", {
      description: "Devices the filter matches: pass it as `expectedCount` to `startBulkDeviceAction`.",
    }),
    onlineCount: t.exposeInt("onlineCount", { description: "Matching devices connected right now." }),
    offlineCount: t.exposeInt("offlineCount", {
      description: "Matching devices not connected: their action fails, or is queued with `queueOffline`.",
    }),
    unresolvedCount: t.exposeInt("unresolvedCount", {
      description: "Matching devices without the named protected item or storage vault: their action fails.",
    }),
    sample: t.withAuth({ viewer: true }).prismaField({
      type: ["Device"],
      description: `The first ${sampleSize} matching devices, ordered by name.`,
      resolve: (query, preview, _args, ctx) =>
        ctx.prisma.device.findMany({
          ...query,
          where: { id: { in: preview.sampleIds }, ...scopeWhere(ctx.viewer) },
          orderBy: [{ friendlyName: "asc" }, { id: "asc" }],
        }),
    }),
    warnings: t.exposeStringList("warnings", { description: "What to know before starting, in words." }),
  }),
});

export const bulkKindsDescription = `Supported kinds: ${bulkKinds.join(", ")}.`;

const PreviewInput = builder.inputType("PreviewBulkDeviceActionInput", {
  description: "The bulk action to preview: the same fields as `StartBulkDeviceActionInput` without the commitment.",
  fields: (t) => ({
    kind: t.field({ type: DeviceActionKindRef, required: true, description: `What to do. ${bulkKindsDescription}` }),
    filter: t.field({ type: BulkDeviceFilterInput, required: true, description: "Which devices." }),
    options: t.field({ type: BulkActionOptionsInput, description: "Options the kind needs." }),
    queueOffline: t.boolean({ description: "Whether offline devices would be queued (only changes the warnings)." }),
  }),
});

builder.queryField("previewBulkDeviceAction", (t) =>
  t.withAuth(actionScopes).field({
    type: PreviewRef,
    errors: { types: [InvalidInputError, ForbiddenError] },
    description:
      "Dry run of a bulk device action: how many devices it would reach, a sample, and warnings. Writes nothing " +
      "and calls no Comet server. Customer owners may preview the kinds their provider allows, on their devices.",
    args: { input: t.arg({ type: PreviewInput, required: true, description: "The bulk action to preview." }) },
    resolve: async (_parent, { input }, ctx) => {
      const plan = await planBulk(ctx, input);
      return previewOf(plan, input.kind, input.queueOffline === true);
    },
  }),
);

function previewOf(plan: BulkPlan, kind: keyof typeof actionKinds, queueOffline: boolean): Preview {
  const offline = plan.actions.filter((a) => !a.device.isOnline).length;
  const unresolved = plan.actions.filter((a) => a.failure !== null);
  const offlineReady = plan.actions.filter((a) => plan.isOffline(a)).length;
  const warnings: string[] = [];
  if (plan.count === 0) warnings.push("No devices match the filter.");
  if (plan.count > maxBulkDevices) {
    warnings.push(`${plan.count} devices match; a bulk action reaches at most ${maxBulkDevices}: narrow the filter.`);
  }
  if (offlineReady > 0) {
    warnings.push(
      queueOffline && actionKinds[kind].queueable
        ? `${devicesAre(offlineReady)} offline and will be queued until they connect.`
        : `${devicesAre(offlineReady)} offline and will fail (nothing is sent to them)` +
            (actionKinds[kind].queueable ? "; queue offline devices to send it when they connect." : "."),
    );
  }
  if (unresolved.length > 0) warnings.push(`${unresolved.length} devices will fail: ${unresolved[0]!.failure}.`);
  if (kind === "UNINSTALL_SOFTWARE") {
    warnings.push("Uninstalling is destructive: the devices stop backing up until the client is reinstalled.");
  }
  return {
    count: plan.count,
    onlineCount: plan.actions.length - offline,
    offlineCount: offline,
    unresolvedCount: unresolved.length,
    sampleIds: plan.actions.slice(0, sampleSize).map((a) => a.device.id),
    warnings,
  };
}

const devicesAre = (n: number) => (n === 1 ? "1 device is" : `${n} devices are`);
