import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { builder } from "../builder.js";
import type { LiveEventMessage } from "../pubsub.js";
import { liveArgs } from "./args.js";
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

function toJobEvent(m: LiveEventMessage): JobEventShape {
  return {
    ...JobPayloadModel.parse(m.payload),
    cursor: m.sequence,
    kind: kinds[m.topic as keyof typeof kinds],
    at: m.createdAt,
  };
}

const JobEventKindRef = builder.enumType("JobEventKind", {
  description: "What happened to a backup job.",
  values: {
    STARTED: { description: "A job was first seen running." },
    PROGRESS: { description: "A running job reported progress." },
    ENDED: { description: "A job reached its final state (see `outcome`)." },
  } as const,
});

const JobEventRef = builder.objectRef<JobEventShape>("JobEvent").implement({
  description: "A change to a backup job, as it happens (or replayed from `after`).",
  fields: (t) => ({
    cursor: t.exposeString("cursor", {
      description: "This event's position in the event log; pass it as `after` to resume after it.",
    }),
    kind: t.field({ type: JobEventKindRef, description: "What happened.", resolve: (e) => e.kind }),
    at: t.field({ type: "DateTime", description: "When the change was recorded.", resolve: (e) => e.at }),
    jobId: t.id({ description: "Global ID of the job.", resolve: (e) => encodeGlobalID("Job", e.jobId) }),
    cometJobId: t.exposeString("cometJobId", { description: "Comet's own job GUID." }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device that ran the job; null when Comet did not say or it is unknown.",
      resolve: (e) => (e.deviceId ? encodeGlobalID("Device", e.deviceId) : null),
    }),
    accountId: t.id({
      description: "Global ID of the Comet account the job belongs to.",
      resolve: (e) => encodeGlobalID("CometAccount", e.accountId),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer of the job's account; null while unassigned.",
      resolve: (e) => (e.customerId ? encodeGlobalID("Customer", e.customerId) : null),
    }),
    classification: t.exposeString("classification", { description: "Job type, e.g. `BACKUP` or `RESTORE`." }),
    outcome: t.exposeString("outcome", { description: "Normalised status, e.g. `RUNNING`, `SUCCESS`, `ERROR`." }),
    cometStatus: t.exposeInt("cometStatus", { description: "Comet's raw status code." }),
    startedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job started.",
      resolve: (e) => e.startedAt,
    }),
    endedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job ended; null while running.",
      resolve: (e) => e.endedAt,
    }),
    progressCounter: t.exposeInt("progressCounter", {
      description: "Comet's progress counter: grows with every progress report of a running job.",
    }),
    uploadBytes: t.field({
      type: "BigInt",
      description: "Bytes uploaded so far.",
      resolve: (e) => e.uploadBytes,
    }),
  }),
});

builder.subscriptionField("jobEvents", (t) =>
  t.field({
    authScopes: { capability: "READ" },
    type: JobEventRef,
    description:
      "Backup jobs starting, progressing and ending within the viewer's tenant (customers see only their own). " +
      "Each event carries a `cursor`; reconnect with `after` to receive what you missed first.",
    args: liveArgs(t),
    subscribe: (_root, args, ctx) => scopedLiveStream(ctx, args, "job."),
    resolve: (m: LiveEventMessage) => toJobEvent(m),
  }),
);
