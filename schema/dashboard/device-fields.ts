import { encodeGlobalID } from "@pothos/plugin-relay";
import DataLoader from "dataloader";
import { sliceSql } from "../../core/dashboard/slice.js";
import { last24hStart } from "../../core/jobs/filters.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { JobClassification, JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context, type ViewerContext } from "../builder.js";
import {
  JobClassificationRef,
  JobOutcomeRef,
  type JobStatusBucket,
  JobStatusRef,
  jobStatusOf,
  outcomeLabels,
} from "../jobs/status.js";

/**
 * Per-device dashboard fields. A page of devices asks for them once per row, so each is a
 * DataLoader cached per request: one query for the whole page, whatever its size. Rows come back
 * only through the device ids of an already scoped page, and the viewer's tenant fragment is
 * repeated in the SQL all the same (rule 2).
 */

interface TimelineJob {
  id: string;
  deviceId: string;
  startedAt: Date;
  endedAt: Date | null;
  outcome: JobOutcome;
  classification: JobClassification;
  progressItemsDone: bigint;
  progressItemsTotal: bigint;
}

interface DayStatus {
  day: Date;
  status: JobStatusBucket | null;
  jobCount: number;
}

const dayMs = 86_400_000;
const loaders = new WeakMap<
  Context,
  { timeline: DataLoader<string, TimelineJob[]>; history: DataLoader<string, DayStatus[]> }
>();

function loadersFor(ctx: ViewerContext) {
  let l = loaders.get(ctx);
  if (l) return l;
  const tenant = sliceSql({ ...nullable(scopeWhere(ctx.viewer)), empty: false }, "j");
  const since = last24hStart(ctx);
  const todayStart = new Date(Math.floor((since.getTime() + dayMs) / dayMs) * dayMs);
  const firstDay = new Date(todayStart.getTime() - 12 * dayMs);
  l = {
    timeline: new DataLoader(async (ids) => {
      // Started in the window, or still running from before it (same set as the dashboard's window).
      const rows = await ctx.prisma.$queryRaw<TimelineJob[]>`
        SELECT j.id, j."deviceId", j."startedAt", j."endedAt", j.outcome, j.classification,
          j."progressItemsDone", j."progressItemsTotal"
        FROM "Job" j
        WHERE j."deviceId" = ANY(${[...ids]}::text[]) AND ${tenant}
          AND (j."startedAt" >= ${since.toISOString()}::timestamptz
            OR (j."isRunning" AND j."startedAt" < ${since.toISOString()}::timestamptz))
        ORDER BY j."startedAt", j.id`;
      const byDevice = new Map<string, TimelineJob[]>(ids.map((id) => [id, []]));
      for (const r of rows) byDevice.get(r.deviceId)?.push(r);
      return ids.map((id) => byDevice.get(id) ?? []);
    }),
    history: new DataLoader(async (ids) => {
      const rows = await ctx.prisma.$queryRaw<{ deviceId: string; day: string; outcome: JobOutcome; n: number }[]>`
        SELECT j."deviceId", to_char(j."startedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, j.outcome::text AS outcome,
          count(*)::int AS n
        FROM "Job" j
        WHERE j."deviceId" = ANY(${[...ids]}::text[]) AND ${tenant}
          AND j."startedAt" >= ${firstDay.toISOString()}::timestamptz
        GROUP BY 1, 2, 3`;
      const cells = new Map<string, { outcomes: Map<JobOutcome, number> }>();
      for (const r of rows) {
        const key = `${r.deviceId}|${r.day}`;
        const cell = cells.get(key) ?? cells.set(key, { outcomes: new Map() }).get(key)!;
        cell.outcomes.set(r.outcome, r.n);
      }
      return ids.map((id) =>
        Array.from({ length: 13 }, (_, i) => {
          const day = new Date(firstDay.getTime() + i * dayMs);
          const cell = cells.get(`${id}|${day.toISOString().slice(0, 10)}`);
          return dayStatus(day, cell?.outcomes);
        }),
      );
    }),
  };
  loaders.set(ctx, l);
  return l;
}

function nullable(w: { mspId?: string; customerId?: string }) {
  return { mspId: w.mspId ?? null, customerId: w.customerId ?? null };
}

/** Worst first: a day with one error and ten successes is an error day. */
const severity: JobStatusBucket[] = ["ERROR", "MISSED", "WARNING", "SUCCESS"];

function dayStatus(day: Date, outcomes: Map<JobOutcome, number> | undefined): DayStatus {
  if (!outcomes) return { day, status: null, jobCount: 0 };
  const buckets = new Set([...outcomes.keys()].map(jobStatusOf));
  const jobCount = [...outcomes.values()].reduce((a, b) => a + b, 0);
  return { day, status: severity.find((s) => buckets.has(s)) ?? "RUNNING", jobCount };
}

const TimelineJobRef = builder.objectRef<TimelineJob>("TimelineJob").implement({
  description: "A job on a device's 24-hour timeline.",
  fields: (t) => ({
    id: t.id({ description: "Global ID of the job.", resolve: (j) => encodeGlobalID("Job", j.id) }),
    startedAt: t.field({ type: "DateTime", description: "When the job started.", resolve: (j) => j.startedAt }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job ended; null while it runs.",
      resolve: (j) => j.endedAt,
    }),
    status: t.field({
      type: JobStatusRef,
      description: "Normalised status (the timeline's colour).",
      resolve: (j) => jobStatusOf(j.outcome),
    }),
    outcome: t.field({ type: JobOutcomeRef, description: "The job's Comet status family.", resolve: (j) => j.outcome }),
    outcomeLabel: t.string({ description: "Display name of the outcome.", resolve: (j) => outcomeLabels[j.outcome] }),
    classification: t.field({
      type: JobClassificationRef,
      description: "What kind of job it is.",
      resolve: (j) => j.classification,
    }),
    progressPercent: t.float({
      nullable: true,
      description:
        "Items done as a percentage of items expected (0-100, one decimal); null while the total is unknown.",
      resolve: (j) =>
        j.progressItemsTotal > 0n
          ? Math.min(100, Math.round((Number(j.progressItemsDone) * 1000) / Number(j.progressItemsTotal)) / 10)
          : null,
    }),
  }),
});

const DayStatusRef = builder.objectRef<DayStatus>("DayStatus").implement({
  description: "A device's jobs of one UTC day, summed up as the worst status among them.",
  fields: (t) => ({
    day: t.field({ type: "DateTime", description: "The day (its UTC midnight).", resolve: (d) => d.day }),
    status: t.field({
      type: JobStatusRef,
      nullable: true,
      description:
        "Worst status of the day's jobs (ERROR > MISSED > WARNING > SUCCESS); RUNNING when every job still runs; " +
        "null when the device ran no job that day.",
      resolve: (d) => d.status,
    }),
    jobCount: t.exposeInt("jobCount", { description: "Jobs started that day." }),
  }),
});

builder.prismaObjectFields("Device", (t) => ({
  timeline24h: t.withAuth({ viewer: true }).field({
    type: [TimelineJobRef],
    description:
      "The device's jobs of the last 24 hours, oldest first: those started in the window (ended or running) and " +
      "those still running that started earlier.",
    resolve: (device, _args, ctx) => loadersFor(ctx).timeline.load(device.id),
  }),
  history13d: t.withAuth({ viewer: true }).field({
    type: [DayStatusRef],
    description: "The last 13 UTC days, oldest first (today last), each with the worst status of its jobs.",
    resolve: (device, _args, ctx) => loadersFor(ctx).history.load(device.id),
  }),
}));
