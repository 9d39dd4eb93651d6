import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import type { LiveEventMessage } from "../../core/live/pubsub.js";
import type { LiveItem } from "../../core/live/resume.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context, type ViewerContext } from "../builder.js";
import { JobOutcomeRef, JobStatusRef, jobStatusOf, outcomeLabels } from "../jobs/status.js";
import { liveArgs } from "../live/args.js";
import { eventOrHeartbeat, type Heartbeat, heartbeatKind } from "../live/heartbeat.js";
import { scopedLiveStream } from "../live/scope.js";
import { incidentId, incidentStatuses } from "./incidents.js";

/**
 * Incidents as they open: every `job.ended` live message whose outcome is a failure, a miss or a
 * warning. It rides the jobs' outbox stream (scopedLiveStream), so scoping, resume with `after`
 * and the per-event re-check are exactly those of `jobEvents`. Whether a snooze silences the
 * incident, and which protected item it concerns, are looked up only when a client asks.
 */

const EndedJobModel = z.object({
  jobId: z.string(),
  deviceId: z.string().nullable(),
  accountId: z.string(),
  customerId: z.string().nullable(),
  outcome: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

interface IncidentEventShape extends z.infer<typeof EndedJobModel> {
  cursor: string;
  kind: "OPENED";
  at: string;
  outcome: JobOutcome;
}

type IncidentItem = IncidentEventShape | Heartbeat;

/** Heartbeats pass (their cursor stays safe: a dropped job message counts as handled). */
function isIncident(m: LiveItem): boolean {
  if (m.topic === "heartbeat") return true;
  if (m.topic !== "job.ended") return false;
  const outcome = (m.payload as { outcome?: unknown }).outcome;
  return (
    typeof outcome === "string" &&
    Object.hasOwn(outcomeLabels, outcome) &&
    incidentStatuses.includes(jobStatusOf(outcome as JobOutcome))
  );
}

/**
 * The stream's incident messages. Not an async generator: a generator waiting for the next
 * message would queue the client's `return()` until an incident arrives, keeping the outbox
 * stream and its pub/sub listener alive after the socket closed; this forwards `return()` at once.
 */
function incidentsOf(messages: AsyncIterable<LiveItem>): AsyncIterableIterator<LiveItem> {
  const source = messages[Symbol.asyncIterator]();
  return {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done || isIncident(r.value)) return r;
      }
    },
    return: (value?: unknown) => source.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Parsed once per message, shared by every subscriber of the MSP (see live/job-events.ts). */
const parsed = new WeakMap<LiveEventMessage, IncidentEventShape>();

function toIncidentEvent(m: LiveEventMessage): IncidentEventShape {
  let e = parsed.get(m);
  if (!e) {
    const p = EndedJobModel.parse(m.payload);
    e = { ...p, outcome: p.outcome as JobOutcome, kind: "OPENED", cursor: m.sequence, at: m.createdAt };
    parsed.set(m, e);
  }
  return e;
}

type Details = { protectedItemId: string | null; isSnoozed: boolean } | null;

/**
 * Per subscriber (its context) and event: the event shape is shared between subscribers, but the
 * lookup runs in the viewer's scope, so its answer is never shared between viewers.
 */
const details = new WeakMap<Context, WeakMap<IncidentEventShape, Promise<Details>>>();

/** The job's item and whether a snooze silences it now: one query, only for clients that ask. */
function detailsOf(e: IncidentEventShape, ctx: ViewerContext): Promise<Details> {
  let mine = details.get(ctx);
  if (!mine) {
    mine = new WeakMap();
    details.set(ctx, mine);
  }
  let d = mine.get(e);
  if (!d) {
    d = (async () => {
      const job = await ctx.prisma.job.findFirst({
        where: { id: e.jobId, ...scopeWhere(ctx.viewer) },
        select: { protectedItemId: true, deviceId: true },
      });
      if (!job) return null;
      const snooze = job.deviceId
        ? await ctx.prisma.incidentSnooze.findFirst({
            where: {
              deviceId: job.deviceId,
              snoozedUntil: { gt: new Date() },
              OR: [
                { protectedItemId: null },
                ...(job.protectedItemId ? [{ protectedItemId: job.protectedItemId }] : []),
              ],
            },
            select: { id: true },
          })
        : null;
      return { protectedItemId: job.protectedItemId, isSnoozed: snooze !== null };
    })();
    mine.set(e, d);
  }
  return d;
}

const IncidentEventKindRef = builder.enumType("IncidentEventKind", {
  description: "What an incident event says.",
  values: {
    OPENED: { description: "A job ended with an error, a miss or a warning: its incident is open (or still open)." },
    HEARTBEAT: heartbeatKind,
  } as const,
});

/** A field of the ended job; null on a heartbeat. */
const ofJob = <T>(e: IncidentItem, pick: (e: IncidentEventShape) => T): T | null =>
  e.kind === "HEARTBEAT" ? null : pick(e);

const IncidentEventRef = builder.objectRef<IncidentItem>("IncidentEvent").implement({
  description:
    "A job that just ended with an error, a miss or a warning (`kind: OPENED`), or a heartbeat (`kind: HEARTBEAT`, " +
    "only `cursor` and `at` set).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: IncidentEventKindRef, description: "What happened.", resolve: (e) => e.kind }),
    at: t.field({
      type: "DateTime",
      description: "When the job's end was recorded (for a heartbeat: when it was sent).",
      resolve: (e) => e.at,
    }),
    jobId: t.id({
      nullable: true,
      description: "Global ID of the job; null on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => encodeGlobalID("Job", j.jobId)),
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device that ran the job; null when Comet did not say, and on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => (j.deviceId ? encodeGlobalID("Device", j.deviceId) : null)),
    }),
    accountId: t.id({
      nullable: true,
      description: "Global ID of the Comet account of the job; null on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => encodeGlobalID("CometAccount", j.accountId)),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the job's account; null while unassigned, and on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => (j.customerId ? encodeGlobalID("Customer", j.customerId) : null)),
    }),
    status: t.field({
      type: JobStatusRef,
      nullable: true,
      description: "ERROR, MISSED or WARNING; null on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => jobStatusOf(j.outcome)),
    }),
    outcome: t.field({
      type: JobOutcomeRef,
      nullable: true,
      description: "The job's Comet status family; null on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => j.outcome),
    }),
    outcomeLabel: t.string({
      nullable: true,
      description: "Display name of the outcome; null on a heartbeat.",
      resolve: (e) => ofJob(e, (j) => outcomeLabels[j.outcome]),
    }),
    startedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job started.",
      resolve: (e) => ofJob(e, (j) => j.startedAt),
    }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job ended.",
      resolve: (e) => ofJob(e, (j) => j.endedAt),
    }),
    incidentId: t.withAuth({ viewer: true }).id({
      nullable: true,
      description:
        "ID of the incident (`Incident.id`); null when the job has no device, and on a heartbeat. Costs one lookup.",
      resolve: async (e, _args, ctx) => {
        if (e.kind === "HEARTBEAT" || !e.deviceId) return null;
        const d = await detailsOf(e, ctx);
        return d ? incidentId(e.deviceId, d.protectedItemId) : null;
      },
    }),
    isSnoozed: t.withAuth({ viewer: true }).boolean({
      nullable: true,
      description:
        "Whether a snooze silences this incident now (it is then left out of `incidents`); null on a heartbeat. " +
        "Costs one lookup.",
      resolve: async (e, _args, ctx) =>
        e.kind === "HEARTBEAT" ? null : ((await detailsOf(e, ctx))?.isSnoozed ?? false),
    }),
  }),
});

builder.subscriptionField("incidentEvents", (t) =>
  t.withAuth({ capability: "READ" }).field({
    type: IncidentEventRef,
    description:
      "Jobs ending with an error, a miss or a warning within the viewer's tenant (customers see only their own), " +
      "as they happen; successful jobs are not sent. Each event carries a `cursor`; reconnect with `after` to " +
      "receive what you missed first. Between events a `HEARTBEAT` carries a cursor that is safe to resume from.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => incidentsOf(scopedLiveStream(ctx, args, "job.")),
    resolve: eventOrHeartbeat(toIncidentEvent),
  }),
);
