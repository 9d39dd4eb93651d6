import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import type { LiveEventMessage } from "../../core/live/pubsub.js";
import { builder } from "../builder.js";
import { liveArgs } from "./args.js";
import { eventOrHeartbeat, type Heartbeat, heartbeatKind } from "./heartbeat.js";
import { scopedLiveStream } from "./scope.js";

/** The outbox payload of `job.*` messages, as written by the ingest worker (`jobEvent`). */
const JobPayloadModel = z.object({
  jobId: z.string(),
  cometJobId: z.string(),
  deviceId: z.string().nullable(),
  accountId: z.string(),
  customerId: z.string().nullable(),
  classification: z.string(),
  outcome: z.string(),
  cometStatus: z.number().int(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  progressCounter: z.number().int(),
  uploadBytes: z.string(),
});

const kinds = { "job.started": "STARTED", "job.progress": "PROGRESS", "job.ended": "ENDED" } as const;

type JobEventShape = z.infer<typeof JobPayloadModel> & {
  cursor: string;
  kind: (typeof kinds)[keyof typeof kinds];
  at: string;
};

/**
 * Parsed once per message: the pub/sub hands the same message object to every subscriber of the
 * MSP, so its hundred dashboards share one parse. The shape is derived from the message alone (no
 * viewer in it) and resolvers only read it; each subscriber's scope check ran before (`accept`).
 */
const parsed = new WeakMap<LiveEventMessage, JobEventShape>();

function toJobEvent(m: LiveEventMessage): JobEventShape {
  let e = parsed.get(m);
  if (!e) {
    e = {
      ...JobPayloadModel.parse(m.payload),
      cursor: m.sequence,
      kind: kinds[m.topic as keyof typeof kinds],
      at: m.createdAt,
    };
    parsed.set(m, e);
  }
  return e;
}

const JobEventKindRef = builder.enumType("JobEventKind", {
  description: "What happened to a backup job.",
  values: {
    STARTED: { description: "A job was first seen running." },
    PROGRESS: { description: "A running job reported progress." },
    ENDED: { description: "A job reached its final state (see `outcome`)." },
    HEARTBEAT: heartbeatKind,
  } as const,
});

type JobItem = JobEventShape | Heartbeat;
/** A payload field of a job event; null on a heartbeat. */
const of = <K extends keyof JobEventShape>(e: JobItem, key: K): JobEventShape[K] | null =>
  e.kind === "HEARTBEAT" ? null : e[key];

const JobEventRef = builder.objectRef<JobItem>("JobEvent").implement({
  description:
    "A change to a backup job, as it happens (or replayed from `after`), or a heartbeat (`kind: HEARTBEAT`, " +
    "only `cursor` and `at` set).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: JobEventKindRef, description: "What happened.", resolve: (e) => e.kind }),
    at: t.field({
      type: "DateTime",
      description: "When the change was recorded (for a heartbeat: when it was sent).",
      resolve: (e) => e.at,
    }),
    jobId: t.id({
      nullable: true,
      description: "Global ID of the job; null on a heartbeat.",
      resolve: (e) => (e.kind === "HEARTBEAT" ? null : encodeGlobalID("Job", e.jobId)),
    }),
    cometJobId: t.string({
      nullable: true,
      description: "Comet's own job GUID; null on a heartbeat.",
      resolve: (e) => of(e, "cometJobId"),
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device that ran the job; null when Comet did not say or it is unknown.",
      resolve: (e) => {
        const id = of(e, "deviceId");
        return id ? encodeGlobalID("Device", id) : null;
      },
    }),
    accountId: t.id({
      nullable: true,
      description: "Global ID of the Comet account the job belongs to; null on a heartbeat.",
      resolve: (e) => (e.kind === "HEARTBEAT" ? null : encodeGlobalID("CometAccount", e.accountId)),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the job's account; null while unassigned.",
      resolve: (e) => {
        const id = of(e, "customerId");
        return id ? encodeGlobalID("Customer", id) : null;
      },
    }),
    classification: t.string({
      nullable: true,
      description: "Job type, e.g. `BACKUP` or `RESTORE`; null on a heartbeat.",
      resolve: (e) => of(e, "classification"),
    }),
    outcome: t.string({
      nullable: true,
      description:
        "The job's Comet status family (a `JobOutcome` name), e.g. `RUNNING`, `TIMEOUT`, `SUCCESS`; null on a heartbeat.",
      resolve: (e) => of(e, "outcome"),
    }),
    cometStatus: t.int({
      nullable: true,
      description: "Comet's raw status code; null on a heartbeat.",
      resolve: (e) => of(e, "cometStatus"),
    }),
    startedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job started.",
      resolve: (e) => of(e, "startedAt"),
    }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job ended; null while running.",
      resolve: (e) => of(e, "endedAt"),
    }),
    progressCounter: t.int({
      nullable: true,
      description: "Comet's progress counter: grows with every progress report of a running job. Null on a heartbeat.",
      resolve: (e) => of(e, "progressCounter"),
    }),
    uploadBytes: t.field({
      type: "BigInt",
      nullable: true,
      description: "Bytes uploaded so far; null on a heartbeat.",
      resolve: (e) => of(e, "uploadBytes"),
    }),
  }),
});

builder.subscriptionField("jobEvents", (t) =>
  t.withAuth({ capability: "READ" }).field({
    type: JobEventRef,
    description:
      "Backup jobs starting, progressing and ending within the viewer's tenant (customers see only their own). " +
      "Each event carries a `cursor`; reconnect with `after` to receive what you missed first. Between events a " +
      "`HEARTBEAT` arrives every SUBSCRIPTION_HEARTBEAT_SECONDS with a cursor that is safe to resume from.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => scopedLiveStream(ctx, args, "job."),
    resolve: eventOrHeartbeat(toJobEvent),
  }),
);
