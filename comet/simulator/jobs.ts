/**
 * The job model. Progress is computed lazily from simulated time instead of ticking every job on a
 * timer: a job that reports every `tickMs` has Counter = elapsed / tickMs (exactly +1 per report, as
 * the real BackupJobProgress.Counter), so hundreds of running jobs cost nothing until someone reads
 * them. Stalled jobs stop counting and never end; abandoned jobs (7007) whose device is still working
 * become RUNNING_REVIVED (6002) at their next report (comet-api.md §7.3).
 */
import { isRunningStatus, JOB_CLASSIFICATION, JOB_STATUS } from "../client/constants.js";
import type { RestoreRecord } from "./restore-options.js";
import type { BackupJobDetail } from "./wire-types.js";

export interface Job {
  detail: BackupJobDetail;
  orgId: string;
  /** Driven by the scheduler: ends by itself at `endsAt` with `outcome`. Manual jobs wait for control calls. */
  auto: boolean;
  /** Simulated ms. */
  startedAt: number;
  endsAt: number;
  /** Progress stops here (stall quirk); Infinity when the job keeps reporting. */
  stallAt: number;
  tickMs: number;
  outcome: number;
  /** Planned totals; the job's figures approach them as it progresses. */
  plannedUpload: number;
  plannedItems: number;
  plannedSteps: number;
  /** Manual progress steps and the counter value at abandonment. */
  manualSteps: number;
  abandonedCounter?: number;
  /** Cancel of this outcome happens without any event (admin cancel quirk). */
  silentEnd?: boolean;
  /** What a run-restore(-custom) asked for (tests read it through control.restoreOf). */
  restore?: RestoreRecord;
  /** Runs after the job ends (e.g. bump the client version after an UPDATE job). */
  after?: () => void;
}

export function counterAt(job: Job, now: number): number {
  if (!job.auto) return job.manualSteps;
  const until = Math.min(now, job.endsAt, job.stallAt);
  return Math.max(0, Math.floor((until - job.startedAt) / job.tickMs)) + job.manualSteps;
}

/** Brings detail.Progress / UploadSize up to `now`; returns the detail for convenience. */
export function materialize(job: Job, now: number): BackupJobDetail {
  const d = job.detail;
  if (!isRunningStatus(d.Status) && d.Status !== JOB_STATUS.FAILED_ABANDONED) return d;
  const counter = counterAt(job, now);
  if (d.Status === JOB_STATUS.FAILED_ABANDONED) {
    // The device reports again after the admin abandoned the job: the server revives it.
    if (job.abandonedCounter === undefined || counter <= job.abandonedCounter) return d;
    d.Status = JOB_STATUS.RUNNING_REVIVED;
    d.EndTime = 0;
  }
  const fraction = Math.min(1, counter / Math.max(1, job.plannedSteps));
  const last = job.auto ? job.startedAt + counter * job.tickMs : now;
  const lastSec = Math.floor(last / 1000);
  d.UploadSize = Math.floor(job.plannedUpload * fraction);
  d.Progress = {
    Counter: counter,
    SentTime: lastSec,
    RecievedTime: lastSec,
    BytesDone: d.UploadSize,
    ItemsDone: Math.floor(job.plannedItems * fraction),
    ItemsTotal: job.plannedItems,
  };
  return d;
}

/** Final figures for a terminal status: failures upload part of the plan, success all of it. */
export function applyEnd(job: Job, status: number, now: number): BackupJobDetail {
  materialize(job, now);
  const d = job.detail;
  const share =
    status === JOB_STATUS.STOP_SUCCESS || status === JOB_STATUS.FAILED_WARNING
      ? 1
      : status === JOB_STATUS.FAILED_SCHEDULEMISSED
        ? 0
        : Math.min(1, (d.Progress?.Counter ?? 0) / Math.max(1, job.plannedSteps));
  d.Status = status;
  d.EndTime = Math.max(d.StartTime, Math.floor(now / 1000));
  d.UploadSize = Math.floor(job.plannedUpload * share);
  d.TotalFiles = Math.floor(job.plannedItems * (share || 0));
  d.TotalDirectories = Math.floor(d.TotalFiles / 12);
  d.TotalChunks = Math.ceil(d.UploadSize / (8 * 1024 * 1024));
  if (d.Progress) {
    d.Progress.BytesDone = d.UploadSize;
    d.Progress.ItemsDone = d.TotalFiles;
  }
  return d;
}

export const OUTCOME_MIX: ReadonlyArray<readonly [number, number]> = [
  [JOB_STATUS.STOP_SUCCESS, 85],
  [JOB_STATUS.FAILED_WARNING, 6],
  [JOB_STATUS.FAILED_ERROR, 4],
  [JOB_STATUS.FAILED_SCHEDULEMISSED, 2],
  [JOB_STATUS.FAILED_QUOTA, 1],
  [JOB_STATUS.FAILED_CANCELLED, 1],
  [JOB_STATUS.FAILED_TIMEOUT, 1],
];

const LOG_END: Record<number, [string, string]> = {
  [JOB_STATUS.STOP_SUCCESS]: ["I", "Backup completed successfully"],
  [JOB_STATUS.FAILED_WARNING]: ["W", "Completed with warnings: 3 files could not be read (locked by another process)"],
  [JOB_STATUS.FAILED_ERROR]: ["E", "Job failed: unable to upload chunk: connection reset by peer"],
  [JOB_STATUS.FAILED_QUOTA]: ["E", "Storage quota exceeded for this Storage Vault"],
  [JOB_STATUS.FAILED_SCHEDULEMISSED]: ["W", "The scheduled job did not start at the scheduled time"],
  [JOB_STATUS.FAILED_CANCELLED]: ["W", "Job was cancelled"],
  [JOB_STATUS.FAILED_TIMEOUT]: ["E", "Job exceeded its time limit"],
  [JOB_STATUS.FAILED_ABANDONED]: ["E", "Job abandoned: the device stopped reporting"],
  [JOB_STATUS.FAILED_SKIPALREADYRUNNING]: ["W", "Skipped: a job for this Protected Item is already running"],
};

const CLASS_NAME: Record<number, string> = {
  [JOB_CLASSIFICATION.BACKUP]: "backup",
  [JOB_CLASSIFICATION.RESTORE]: "restore",
  [JOB_CLASSIFICATION.RETENTION]: "retention pass",
  [JOB_CLASSIFICATION.UPDATE]: "software update",
  [JOB_CLASSIFICATION.REINDEX]: "reindex",
  [JOB_CLASSIFICATION.UNINSTALL]: "uninstall",
};

/** Log entries derived from the job itself (nothing stored): deterministic and cheap. */
export function logEntries(job: Job, now: number): Array<{ Time: number; Severity: string; Message: string }> {
  const d = materialize(job, now);
  const kind = CLASS_NAME[d.Classification] ?? "job";
  const out = [
    { Time: d.StartTime, Severity: "I", Message: `Starting ${kind} (Comet ${d.ClientVersion || "client"})` },
    { Time: d.StartTime, Severity: "I", Message: `Job ID ${d.GUID}, device ${d.DeviceID.slice(0, 12)}` },
  ];
  const counter = d.Progress?.Counter ?? 0;
  for (let i = 1; i <= Math.min(counter, 40); i += Math.max(1, Math.floor(counter / 8))) {
    const t = d.StartTime + Math.floor((i * job.tickMs) / 1000);
    out.push({ Time: t, Severity: "D", Message: `Progress ${i}: ${Math.floor((d.UploadSize * i) / counter)} bytes` });
  }
  if (d.EndTime > 0) {
    const [sev, msg] = LOG_END[d.Status] ?? ["I", `Job finished with status ${d.Status}`];
    out.push({ Time: d.EndTime, Severity: sev, Message: msg });
  }
  return out;
}
