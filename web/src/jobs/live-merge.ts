import type { JobClassification, JobEventKind, JobOutcome, JobStatus } from "../gql/graphql.js";
import { secondsBetween } from "../lib/format.js";
import { type Chip, chipLabels, chipOf, isJobOutcome } from "../lib/status.js";
import type { JobsVariables } from "./job-filters.js";

/**
 * How a live `jobEvents` item changes a loaded, newest-first list of jobs. Pure, so the page
 * only wires it: a job already listed is patched in place (and dropped when it stops matching,
 * e.g. "running only" after it ends); a job not listed that matches the filters and sorts into
 * the loaded window is fetched (`action: "fetch"`) and then placed by `insertJob`; anything else
 * is ignored. Events carry no labels or progress percent, so the page refetches ended jobs for
 * the API's final labels and sizes.
 */

export interface LiveJobEvent {
  kind: JobEventKind;
  jobId?: string | null;
  deviceId?: string | null;
  customerId?: string | null;
  classification?: string | null;
  /** The job's Comet outcome (`JobOutcome` name), despite the field's "normalised" wording. */
  outcome?: string | null;
  startedAt?: string | null;
  endedAt?: string | null;
  uploadBytes?: string | null;
  progressCounter?: number | null;
}

/** The fields of a listed job the merge reads and writes; pages' row types extend it. */
export interface MergeableJob {
  id: string;
  status: JobStatus;
  statusLabel: string;
  outcome: JobOutcome;
  outcomeLabel: string;
  classification: JobClassification;
  isRunning: boolean;
  startedAt: string;
  endedAt?: string | null;
  durationSeconds: number;
  uploadBytes: string;
  customerId?: string | null;
  deviceId?: string | null;
  progress: { counter: number };
}

/** The API's normalised bucket of an outcome (timeout, cancelled, skipped... count as errors). */
export function statusOfOutcome(outcome: JobOutcome): JobStatus {
  const chip = chipOf(outcome);
  return chip === "TIMEOUT" || chip === "CANCELLED" || chip === "SKIPPED" ? "ERROR" : chip;
}

type Matchable = Pick<MergeableJob, "status" | "classification" | "isRunning" | "startedAt"> & {
  customerId?: string | null;
  deviceId?: string | null;
};

/** Whether a job passes the list's filters (the same variables the list was queried with). */
export function jobMatches(job: Matchable, vars: Partial<JobsVariables>): boolean {
  if (vars.statuses && vars.statuses.length > 0 && !vars.statuses.includes(job.status)) return false;
  if (vars.classifications && vars.classifications.length > 0 && !vars.classifications.includes(job.classification))
    return false;
  if (vars.customerId && job.customerId !== vars.customerId) return false;
  if (vars.deviceId && job.deviceId !== vars.deviceId) return false;
  if (vars.isRunning !== null && vars.isRunning !== undefined && job.isRunning !== vars.isRunning) return false;
  const started = Date.parse(job.startedAt);
  if (vars.startedAfter && started < Date.parse(vars.startedAfter)) return false;
  if (vars.startedBefore && started >= Date.parse(vars.startedBefore)) return false;
  return true;
}

/** A listed job with what the event says changed; labels follow the outcome until the refetch. */
export function patchJob<T extends MergeableJob>(job: T, event: LiveJobEvent, now: number = Date.now()): T {
  const outcome = isJobOutcome(event.outcome) ? event.outcome : job.outcome;
  const status = statusOfOutcome(outcome);
  const isRunning = event.kind === "ENDED" ? false : status === "RUNNING";
  const endedAt = isRunning ? null : (event.endedAt ?? job.endedAt ?? null);
  const startedAt = event.startedAt ?? job.startedAt;
  return {
    ...job,
    outcome,
    status,
    statusLabel: status === job.status ? job.statusLabel : chipLabels[status as Chip],
    outcomeLabel: outcome === job.outcome ? job.outcomeLabel : chipLabels[chipOf(outcome)],
    isRunning,
    startedAt,
    endedAt,
    durationSeconds: secondsBetween(startedAt, endedAt, now),
    uploadBytes: event.uploadBytes ?? job.uploadBytes,
    progress: { ...job.progress, counter: Math.max(job.progress.counter, event.progressCounter ?? 0) },
  };
}

export type MergeResult<T> =
  | { action: "updated" | "removed"; rows: T[] }
  | { action: "fetch"; rows: T[]; jobId: string }
  | { action: "ignored"; rows: T[] };

/** The event as a matchable job, for one not yet listed. */
function eventAsJob(event: LiveJobEvent): Matchable | null {
  if (!isJobOutcome(event.outcome) || !event.startedAt || !event.classification) return null;
  const status = statusOfOutcome(event.outcome);
  return {
    status,
    classification: event.classification as JobClassification,
    isRunning: event.kind !== "ENDED" && status === "RUNNING",
    startedAt: event.startedAt,
    customerId: event.customerId ?? null,
    deviceId: event.deviceId ?? null,
  };
}

/**
 * Applies one event. `hasMore`: older pages exist that are not loaded, so a job older than the
 * last loaded row belongs to them and is not fetched.
 */
export function applyJobEvent<T extends MergeableJob>(
  rows: T[],
  event: LiveJobEvent,
  vars: Partial<JobsVariables>,
  hasMore: boolean,
  now: number = Date.now(),
): MergeResult<T> {
  if (event.kind === "HEARTBEAT" || !event.jobId) return { action: "ignored", rows };
  const index = rows.findIndex((r) => r.id === event.jobId);
  if (index >= 0) {
    const patched = patchJob(rows[index] as T, event, now);
    if (!jobMatches(patched, vars)) return { action: "removed", rows: rows.filter((_, i) => i !== index) };
    return { action: "updated", rows: rows.map((r, i) => (i === index ? patched : r)) };
  }
  const candidate = eventAsJob(event);
  if (!candidate || !jobMatches(candidate, vars)) return { action: "ignored", rows };
  const oldest = rows.at(-1);
  if (hasMore && oldest && Date.parse(candidate.startedAt) < Date.parse(oldest.startedAt)) {
    return { action: "ignored", rows };
  }
  return { action: "fetch", rows, jobId: event.jobId };
}

/**
 * Places a fetched job: replaces it when listed (a second event raced the fetch), else inserts it
 * newest-first by start time; a job older than every loaded row is left to "load more".
 */
export function insertJob<T extends MergeableJob>(rows: T[], job: T, hasMore: boolean): T[] {
  const index = rows.findIndex((r) => r.id === job.id);
  if (index >= 0) return rows.map((r, i) => (i === index ? job : r));
  const started = Date.parse(job.startedAt);
  const at = rows.findIndex((r) => Date.parse(r.startedAt) <= started);
  if (at < 0) return hasMore ? rows : [...rows, job];
  return [...rows.slice(0, at), job, ...rows.slice(at)];
}
