/**
 * Job history and job control (comet-api.md §7.3). get-job-properties returns a bare BackupJobDetail
 * (its Status is a job status, not an error code); get-job-log is plain text. Running jobs are brought
 * up to date (Progress, UploadSize, revival) at read time.
 *
 * Guesses: get-jobs-recent = running jobs plus jobs that ended in the last hour; a cancel on a job
 * whose device is offline is Status 403, on a finished job Status 400; abandon emits JOB_COMPLETED
 * with Status 7007 (the real server's event behaviour here is undocumented).
 */
import { isRunningStatus, JOB_STATUS } from "../client/constants.js";
import { OK } from "./api-users.js";
import type { ApiHandler } from "./http.js";
import { PlainText } from "./http.js";
import { abandonJob, findJob, finishJob } from "./job-ops.js";
import { type Job, logEntries, materialize } from "./jobs.js";
import { SimError } from "./sim-error.js";
import type { SimState } from "./state.js";

function details(state: SimState, filter: (job: Job) => boolean) {
  const now = state.clock.now();
  const out = [];
  for (const job of state.jobs.values()) if (filter(job)) out.push(materialize(job, now));
  return out;
}

const SEVERITY_RANK: Record<string, number> = { D: 0, I: 1, W: 2, E: 3 };

function jobOf(state: SimState, guid: string, username: string): Job {
  const job = findJob(state, guid);
  if (job.detail.Username !== username) throw new SimError(404, `Job '${guid}' not found for user '${username}'`);
  return job;
}

export const jobRoutes: Record<string, ApiHandler> = {
  "admin/get-jobs-all": ({ state }) => details(state, () => true),
  "admin/get-jobs-for-user": ({ state, params }) => {
    const username = state.account(params.str("TargetUser")).username;
    return details(state, (j) => j.detail.Username === username);
  },
  "admin/get-jobs-recent": ({ state }) => {
    const since = state.clock.nowSec() - 3600;
    return details(state, (j) => j.detail.EndTime === 0 || j.detail.EndTime >= since);
  },
  "admin/get-jobs-for-date-range": ({ state, params }) => {
    let start = params.int("Start");
    let end = params.int("End");
    if (start > end) [start, end] = [end, start];
    // Start=End=0 means "only incomplete jobs" (documented behaviour since 22.6.0).
    if (start === 0 && end === 0) return details(state, (j) => j.detail.EndTime === 0);
    const inRange = (t: number) => t >= start && t <= end;
    return details(state, (j) => inRange(j.detail.StartTime) || (j.detail.EndTime > 0 && inRange(j.detail.EndTime)));
  },
  "admin/get-job-properties": ({ state, params }) =>
    materialize(findJob(state, params.str("JobID")), state.clock.now()),
  "admin/get-job-log": ({ state, params }) => {
    const entries = logEntries(findJob(state, params.str("JobID")), state.clock.now());
    const lines = entries.map((e) => `${new Date(e.Time * 1000).toISOString()} ${e.Severity} ${e.Message}`);
    return new PlainText(`${lines.join("\n")}\n`);
  },
  "admin/get-job-log-entries": ({ state, params }) => {
    const min = SEVERITY_RANK[params.optional("MinSeverity") ?? "D"] ?? 0;
    const contains = params.optional("MessageContains") ?? "";
    return logEntries(findJob(state, params.str("JobID")), state.clock.now()).filter(
      (e) => (SEVERITY_RANK[e.Severity] ?? 0) >= min && e.Message.includes(contains),
    );
  },
  "admin/job/cancel": ({ state, params }) => {
    const job = jobOf(state, params.str("JobID"), params.str("TargetUser"));
    const d = materialize(job, state.clock.now());
    if (!isRunningStatus(d.Status)) throw new SimError(400, `Job '${d.GUID}' is not running`);
    if (!d.CancellationID) throw new SimError(400, "This job cannot be cancelled (no CancellationID)");
    if (!state.isOnline(d.Username, d.DeviceID)) throw new SimError(403, "Device is not connected");
    finishJob(state, job, JOB_STATUS.FAILED_CANCELLED);
    return OK;
  },
  "admin/job/abandon": ({ state, params }) => {
    abandonJob(state, jobOf(state, params.str("JobID"), params.str("TargetUser")));
    return OK;
  },
};
