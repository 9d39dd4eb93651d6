import type { JobClassification, JobOutcome } from "../../prisma/generated/prisma/enums.js";
import { builder } from "../builder.js";

/**
 * Job status vocabulary shared by every job- and dashboard-facing field, and by the web client
 * through the schema. Two levels, as in the seeds' dashboard:
 * - `JobOutcome`: one value per Comet `JOB_STATUS_*` family (what the chips count: Timeout,
 *   Cancelled, Skipped... are visible on their own);
 * - `JobStatus`: the normalised bucket the dashboard colours and sums. Revived -> running;
 *   timeout, quota exceeded, cancelled, skipped (already running) and abandoned -> error.
 */

export type JobStatusBucket = "SUCCESS" | "WARNING" | "ERROR" | "MISSED" | "RUNNING";

const bucketOf: Record<JobOutcome, JobStatusBucket> = {
  PENDING: "RUNNING",
  RUNNING: "RUNNING",
  REVIVED: "RUNNING",
  SUCCESS: "SUCCESS",
  WARNING: "WARNING",
  ERROR: "ERROR",
  TIMEOUT: "ERROR",
  QUOTA_EXCEEDED: "ERROR",
  MISSED: "MISSED",
  CANCELLED: "ERROR",
  SKIPPED: "ERROR",
  ABANDONED: "ERROR",
  // A code no SDK documents: treat as a failure to look at rather than hide it.
  UNKNOWN: "ERROR",
};

export function jobStatusOf(outcome: JobOutcome): JobStatusBucket {
  return bucketOf[outcome];
}

/** Outcomes that fall in a bucket (for `where: { outcome: { in: outcomesOf("ERROR") } }`). */
export function outcomesOf(bucket: JobStatusBucket): JobOutcome[] {
  return (Object.keys(bucketOf) as JobOutcome[]).filter((o) => bucketOf[o] === bucket);
}

export const outcomeLabels: Record<JobOutcome, string> = {
  PENDING: "Pending",
  RUNNING: "Running",
  REVIVED: "Running (revived)",
  SUCCESS: "Success",
  WARNING: "Warning",
  ERROR: "Error",
  TIMEOUT: "Timeout",
  QUOTA_EXCEEDED: "Quota exceeded",
  MISSED: "Missed",
  CANCELLED: "Cancelled",
  SKIPPED: "Skipped (already running)",
  ABANDONED: "Abandoned",
  UNKNOWN: "Unknown",
};

export const statusLabels: Record<JobStatusBucket, string> = {
  SUCCESS: "Success",
  WARNING: "Warning",
  ERROR: "Error",
  MISSED: "Missed",
  RUNNING: "Running",
};

/** The seeds' (WHMCS `formatJobType`) labels; Comet has no label for UNINSTALL. */
export const classificationLabels: Record<JobClassification, string> = {
  UNKNOWN: "Unknown",
  BACKUP: "Backup",
  RESTORE: "Restore",
  RETENTION: "Cleanup",
  UNLOCK: "Unlock",
  DELETE_CUSTOM: "Delete",
  REMEASURE: "Measure",
  UPDATE: "Update",
  IMPORT: "Import",
  REINDEX: "Reindex",
  DEEPVERIFY: "Verify",
  UNINSTALL: "Uninstall",
};

const describe = <K extends string>(labels: Record<K, string>, what: (label: string) => string) =>
  Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { description: what(label as string) }])) as {
    [P in K]: { description: string };
  };

export const JobStatusRef = builder.enumType("JobStatus", {
  description:
    "Normalised job status, as the dashboard colours and counts it: revived counts as running; timeout, quota " +
    "exceeded, cancelled, skipped (already running) and abandoned count as errors.",
  values: describe(statusLabels, (label) => `${label}.`),
});

export const JobOutcomeRef = builder.enumType("JobOutcome", {
  description: "The job's Comet status family (`JOB_STATUS_*`), finer than `JobStatus`.",
  values: describe(outcomeLabels, (label) => `Comet status: ${label}.`),
});

export const JobClassificationRef = builder.enumType("JobClassification", {
  description: "What kind of job it is (Comet `JOB_CLASSIFICATION_*`).",
  values: describe(classificationLabels, (label) => `${label} job.`),
});
