import { localId } from "../../core/global-id.js";
import { idIn, newestJobFirst } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import type { JobClassification, JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder, type ViewerContext } from "../builder.js";
import "./job.js";
import { JobClassificationRef, JobOutcomeRef, type JobStatusBucket, JobStatusRef, outcomesOf } from "./status.js";

builder.queryField("jobs", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "Job",
      cursor: "id",
      description:
        "Jobs of the viewer's tenant, newest first (by start time). Every filter narrows the list; list filters " +
        "match any of their values, and an omitted or empty list does not filter. `totalCount` counts every " +
        "matching job: over a long history, ask for it with a time range.",
      extensions: { forwardPagination: true },
      args: {
        startedAfter: t.arg({ type: "DateTime", description: "Only jobs started at or after this instant." }),
        startedBefore: t.arg({ type: "DateTime", description: "Only jobs started before this instant." }),
        statuses: t.arg({
          type: [JobStatusRef],
          description: "Only jobs whose normalised status is one of these (e.g. `[ERROR, WARNING]`).",
        }),
        outcomes: t.arg({ type: [JobOutcomeRef], description: "Only jobs whose Comet outcome is one of these." }),
        classifications: t.arg({
          type: [JobClassificationRef],
          description: "Only jobs of these kinds (e.g. `[BACKUP]`).",
        }),
        deviceId: t.arg.id({ description: "Only jobs run by this device (its global ID)." }),
        accountId: t.arg.id({ description: "Only jobs of this Comet account (its global ID)." }),
        customerId: t.arg.id({ description: "Only jobs of this customer (its global ID)." }),
        serverId: t.arg.id({ description: "Only jobs on this Comet server (its global ID)." }),
        isRunning: t.arg.boolean({ description: "Only running (true) or ended (false) jobs." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.job.count({ where: jobsWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.job.findMany({ ...query, where: jobsWhere(ctx, args), orderBy: newestJobFirst }),
    },
    { description: "A page of jobs." },
    { description: "A job in a page of jobs." },
  ),
);

builder.queryField("job", (t) =>
  t.withAuth({ capability: "READ" }).prismaField({
    type: "Job",
    nullable: true,
    description: "One job by global ID; null when it does not exist or is not yours.",
    args: { id: t.arg.id({ required: true, description: "Global ID of the job." }) },
    resolve: (query, _parent, args, ctx) => {
      const id = localId(args.id, "Job");
      if (id === null) return null;
      return ctx.prisma.job.findFirst({ ...query, where: { id, ...scopeWhere(ctx.viewer) } });
    },
  }),
);

interface JobsArgs {
  startedAfter?: Date | null;
  startedBefore?: Date | null;
  statuses?: JobStatusBucket[] | null;
  outcomes?: JobOutcome[] | null;
  classifications?: JobClassification[] | null;
  deviceId?: string | number | null;
  accountId?: string | number | null;
  customerId?: string | number | null;
  serverId?: string | number | null;
  isRunning?: boolean | null;
}

export function jobsWhere(ctx: ViewerContext, args: JobsArgs): Prisma.JobWhereInput {
  // Every filter is AND-ed with the tenant fragment: an id filter can only narrow the scope.
  const and: Prisma.JobWhereInput[] = [scopeWhere(ctx.viewer)];
  if (args.startedAfter) and.push({ startedAt: { gte: args.startedAfter } });
  if (args.startedBefore) and.push({ startedAt: { lt: args.startedBefore } });
  if (args.statuses?.length) and.push({ outcome: { in: [...new Set(args.statuses)].flatMap(outcomesOf) } });
  if (args.outcomes?.length) and.push({ outcome: { in: args.outcomes } });
  if (args.classifications?.length) and.push({ classification: { in: args.classifications } });
  if (args.deviceId != null) and.push({ deviceId: idIn(args.deviceId, "Device") });
  if (args.accountId != null) and.push({ accountId: idIn(args.accountId, "CometAccount") });
  if (args.customerId != null) and.push({ customerId: idIn(args.customerId, "Customer") });
  if (args.serverId != null) and.push({ serverId: idIn(args.serverId, "CometServer") });
  if (args.isRunning != null) and.push({ isRunning: args.isRunning });
  return { AND: and };
}
