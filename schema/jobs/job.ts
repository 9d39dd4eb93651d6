import { encodeGlobalID } from "@pothos/plugin-relay";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Job } from "../../prisma/generated/prisma/client.js";
import { builder } from "../builder.js";
import { engineLabel } from "../items/engine.js";
import {
  classificationLabels,
  JobClassificationRef,
  JobOutcomeRef,
  JobStatusRef,
  jobStatusOf,
  outcomeLabels,
  statusLabels,
} from "./status.js";

/**
 * A Comet job (backup, restore, retention...) as mirrored from its server. The names of the
 * device, account, item, vault and customer come from relations of the same account, so they
 * never leave the job's tenant, and plugin-prisma selects them in the page's one query.
 */

const JobProgressRef = builder.objectRef<Job>("JobProgress").implement({
  description: "The last progress report of a job (Comet `BackupJobProgress`, polled while the job runs).",
  fields: (t) => ({
    counter: t.int({
      description: "How many progress reports the job has sent; 0 before the first.",
      resolve: (job) => job.progressCounter,
    }),
    bytesDone: t.field({
      type: "BigInt",
      description: "Bytes processed so far.",
      resolve: (job) => job.progressBytesDone,
    }),
    itemsDone: t.field({
      type: "BigInt",
      description: "Files (or other items) processed so far.",
      resolve: (job) => job.progressItemsDone,
    }),
    itemsTotal: t.field({
      type: "BigInt",
      description: "Items the job expects to process; 0 while Comet has not counted them.",
      resolve: (job) => job.progressItemsTotal,
    }),
    lastProgressAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the last progress report arrived; null before the first.",
      resolve: (job) => job.lastProgressAt,
    }),
    percent: t.float({
      nullable: true,
      description:
        "Items done as a percentage of items expected (0-100, one decimal); null while the total is unknown.",
      resolve: (job) =>
        job.progressItemsTotal > 0n
          ? Math.min(100, Math.round((Number(job.progressItemsDone) * 1000) / Number(job.progressItemsTotal)) / 10)
          : null,
    }),
  }),
});

builder.prismaNode("Job", {
  id: { field: "id" },
  nullable: true,
  description: "A Comet job: one backup, restore, retention pass or other task run by a device.",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    cometJobId: t.exposeString("cometJobId", { description: "Comet's own job GUID." }),
    classification: t.expose("classification", {
      type: JobClassificationRef,
      description: "What kind of job it is.",
    }),
    classificationLabel: t.string({
      description: 'The job type as shown to people, e.g. "Backup" or "Cleanup".',
      resolve: (job) => classificationLabels[job.classification],
    }),
    outcome: t.expose("outcome", {
      type: JobOutcomeRef,
      description: "Comet's status family for the job (finer than `status`: timeout, cancelled, skipped...).",
    }),
    outcomeLabel: t.string({
      description: 'The outcome as shown to people, e.g. "Timeout" or "Skipped (already running)".',
      resolve: (job) => outcomeLabels[job.outcome],
    }),
    status: t.field({
      type: JobStatusRef,
      description:
        "Normalised status: revived counts as running; timeout, quota, cancelled, skipped, abandoned as error.",
      resolve: (job) => jobStatusOf(job.outcome),
    }),
    statusLabel: t.string({
      description: 'The normalised status as shown to people, e.g. "Error".',
      resolve: (job) => statusLabels[jobStatusOf(job.outcome)],
    }),
    cometStatus: t.exposeInt("cometStatus", { description: "Comet's raw `JOB_STATUS_*` code, e.g. 5000." }),
    isRunning: t.exposeBoolean("isRunning", {
      description: "Whether the job is still running (pending and revived jobs included).",
    }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "When the job started." }),
    endedAt: t.expose("endedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the job ended; null while it runs.",
    }),
    durationSeconds: t.int({
      description: "Seconds from start to end; for a running job, seconds so far.",
      resolve: (job) =>
        Math.max(0, Math.round(((job.endedAt ?? new Date()).getTime() - job.startedAt.getTime()) / 1000)),
    }),
    uploadBytes: t.expose("uploadBytes", { type: "BigInt", description: "Bytes uploaded to the Storage Vault." }),
    downloadBytes: t.expose("downloadBytes", {
      type: "BigInt",
      description: "Bytes downloaded from the Storage Vault.",
    }),
    totalBytes: t.expose("totalBytes", { type: "BigInt", description: "Size of the data the job covered." }),
    totalFiles: t.expose("totalFiles", { type: "BigInt", description: "Files the job covered." }),
    totalDirectories: t.expose("totalDirectories", { type: "BigInt", description: "Directories the job covered." }),
    progress: t.field({
      type: JobProgressRef,
      description: "The job's last progress report (counters stay at 0 when it never reported).",
      resolve: (job) => job,
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device that ran the job; null when Comet did not name one we know.",
      resolve: (job) => (job.deviceId ? encodeGlobalID("Device", job.deviceId) : null),
    }),
    deviceName: t.string({
      nullable: true,
      description: "Name of the device that ran the job; null when unknown.",
      select: { device: { select: { friendlyName: true } } },
      resolve: (job) => job.device?.friendlyName ?? null,
    }),
    accountId: t.id({
      description: "Global ID of the Comet account the job belongs to.",
      resolve: (job) => encodeGlobalID("CometAccount", job.accountId),
    }),
    accountUsername: t.string({
      description: "Username of the Comet account the job belongs to.",
      select: { account: { select: { username: true } } },
      resolve: (job) => job.account.username,
    }),
    protectedItemId: t.id({
      nullable: true,
      description: "Global ID of the protected item the job ran; null for jobs without one (e.g. updates).",
      resolve: (job) => (job.protectedItemId ? encodeGlobalID("ProtectedItem", job.protectedItemId) : null),
    }),
    protectedItemName: t.string({
      nullable: true,
      description: "Name of the protected item the job ran; null when there is none.",
      select: { protectedItem: { select: { description: true } } },
      resolve: (job) => job.protectedItem?.description ?? null,
    }),
    engine: t.string({
      nullable: true,
      description: "Comet engine id of the protected item, e.g. `engine1/file`; null when there is no item.",
      select: { protectedItem: { select: { engine: true } } },
      resolve: (job) => job.protectedItem?.engine ?? null,
    }),
    engineLabel: t.string({
      nullable: true,
      description: 'Engine of the protected item as Comet labels it, e.g. "Disk Image"; null when there is no item.',
      select: { protectedItem: { select: { engine: true } } },
      resolve: (job) => (job.protectedItem ? engineLabel(job.protectedItem.engine) : null),
    }),
    storageVaultId: t.id({
      nullable: true,
      description: "Global ID of the Storage Vault the job used; null for jobs without one.",
      resolve: (job) => (job.storageVaultId ? encodeGlobalID("StorageVault", job.storageVaultId) : null),
    }),
    storageVaultName: t.string({
      nullable: true,
      description: "Name of the Storage Vault the job used; null when there is none.",
      select: { storageVault: { select: { description: true } } },
      resolve: (job) => job.storageVault?.description ?? null,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the job's account is assigned to; null while unassigned.",
      resolve: (job) => (job.customerId ? encodeGlobalID("Customer", job.customerId) : null),
    }),
    customerName: t.string({
      nullable: true,
      description: "Name of the customer the job's account is assigned to; null while unassigned.",
      select: { account: { select: { customer: { select: { name: true } } } } },
      resolve: (job) => job.account.customer?.name ?? null,
    }),
  }),
});
