import DataLoader from "dataloader";
import { actionKinds } from "../../core/actions/kinds.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context, type ViewerContext } from "../builder.js";
import { DeviceActionKindRef } from "./device-action.js";

/**
 * A bulk operation as a Relay node: one kind of action over the devices a filter matched, each
 * with its own DeviceAction (`actions`). Its tenant columns are the devices' MSP and, when every
 * device belonged to one customer, that customer: so a customer's members see operations on their
 * devices only, and `scopeWhere` keeps every lookup inside the viewer's tenant.
 */

const BulkOperationStatusRef = builder.enumType("BulkOperationStatus", {
  description: "Where a bulk operation stands.",
  values: {
    RUNNING: { description: "Actions are still being sent to the devices." },
    COMPLETED: {
      description:
        "Every device has its action, sent, queued (with `queueOffline`) or failed; each action then goes on alone.",
    },
  } as const,
});

type Counts = Record<DeviceActionStatus, number>;

const statuses: DeviceActionStatus[] = [
  "QUEUED",
  "DISPATCHED",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
  "EXPIRED",
  "CANCELLED",
];

const BulkOperationCountsRef = builder.objectRef<Counts>("BulkOperationCounts").implement({
  description: "How many of a bulk operation's actions are in each state right now.",
  fields: (t) =>
    Object.fromEntries(
      statuses.map((s) => [
        s.toLowerCase(),
        t.exposeInt(s, { description: `Actions in state ${s} (see DeviceActionStatus).` }),
      ]),
    ),
});

const countLoaders = new WeakMap<Context, DataLoader<string, Counts>>();

/** Counts per status for a page of bulk operations: one grouped query. */
function countsOf(ctx: ViewerContext, bulkOperationId: string): Promise<Counts> {
  let loader = countLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.prisma.deviceAction.groupBy({
        by: ["bulkOperationId", "status"],
        where: { bulkOperationId: { in: [...ids] }, ...scopeWhere(ctx.viewer) },
        _count: { _all: true },
      });
      return ids.map((id) => {
        const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Counts;
        for (const r of rows) if (r.bulkOperationId === id) counts[r.status] = r._count._all;
        return counts;
      });
    });
    countLoaders.set(ctx, loader);
  }
  return loader.load(bulkOperationId);
}

export const BulkOperationRef = builder.prismaNode("BulkOperation", {
  id: { field: "id" },
  nullable: true,
  description: "One action applied to every device a filter matched; each device has its own action and result.",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    kind: t.expose("kind", { type: DeviceActionKindRef, description: "What each device is asked to do." }),
    kindLabel: t.string({
      description: "The kind in words, e.g. `Update client software`.",
      resolve: (op) => actionKinds[op.kind].label,
    }),
    status: t.expose("status", { type: BulkOperationStatusRef, description: "Where the operation stands." }),
    total: t.exposeInt("total", { description: "How many devices the filter matched (one action each)." }),
    queueOffline: t.exposeBoolean("queueOffline", {
      description: "Whether offline devices got queued actions (otherwise FAILED ones).",
    }),
    counts: t.withAuth({ viewer: true }).field({
      type: BulkOperationCountsRef,
      description: "How many actions are in each state now (they move on after the operation completes).",
      resolve: (op, _args, ctx) => countsOf(ctx, op.id),
    }),
    requestedBy: t.string({
      description: "Who started it: `user:<id>` or `apiKey:<id>`.",
      resolve: (op) => `${op.requestedByKind === "API_KEY" ? "apiKey" : "user"}:${op.requestedById ?? ""}`,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was started." }),
    finishedAt: t.expose("finishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When every device had its action (status COMPLETED); null while running.",
    }),
    actions: t.withAuth({ viewer: true }).relatedConnection(
      "actions",
      {
        cursor: "id",
        description: "Each device's action and its result, ordered by device name.",
        extensions: { forwardPagination: true },
        totalCount: true,
        query: (_args, ctx) => ({
          where: scopeWhere(ctx.viewer),
          orderBy: [{ device: { friendlyName: "asc" } }, { id: "asc" }],
        }),
      },
      { description: "A page of a bulk operation's actions." },
      { description: "One device's action in a bulk operation." },
    ),
  }),
});
