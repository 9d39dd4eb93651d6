/**
 * Completed job history from before the simulation started, so dashboards, rollups and reconcile
 * have something to show on a fresh start; with autoRun, jobs whose run spans the start are running. Generated silently (no events: they happened while no
 * one was listening) from each backup rule's schedule and the usual outcome mix; Statistics
 * (LastBackupJob, vault sizes) end up reflecting the latest of these jobs.
 */
import { JOB_STATUS } from "../client/constants.js";
import { finishJob, recordStatistics, startJob } from "./job-ops.js";
import { OUTCOME_MIX } from "./jobs.js";
import { nextRun } from "./schedule.js";
import type { SimState } from "./state.js";

/** `withRunning`: jobs that started before now and are not done yet keep running (a live fleet at t=0). */
export function seedHistory(state: SimState, hours: number, withRunning: boolean): void {
  if (hours <= 0) return;
  const now = state.clock.now();
  const rng = state.rng;
  for (const acc of state.accounts.values()) {
    for (const [ruleId, rule] of Object.entries(acc.profile.BackupRules)) {
      const source = acc.profile.Sources[rule.Source];
      if (!source) continue;
      for (let at = nextRun(rule.Schedules, now - hours * 3600e3); at !== undefined && at < now; ) {
        const outcome = rng.weighted(OUTCOME_MIX);
        const durationMs = rng.int(20, 120) * 1000;
        if (at + durationMs >= now) {
          const online = state.isOnline(acc.username, source.OwnerDevice);
          if (withRunning && online && outcome !== JOB_STATUS.FAILED_SCHEDULEMISSED) {
            startJob(state, {
              username: acc.username,
              ruleId,
              startAt: at,
              quiet: true,
              durationMs,
              auto: true,
              outcome,
            });
          }
        } else {
          const spec = { username: acc.username, ruleId, startAt: at, quiet: true, durationMs };
          if (outcome === JOB_STATUS.FAILED_SCHEDULEMISSED) {
            startJob(state, { ...spec, missed: true });
          } else {
            const job = startJob(state, spec);
            job.detail.Progress!.Counter = Math.floor(durationMs / job.tickMs);
            job.manualSteps = job.detail.Progress!.Counter;
            finishJob(state, job, outcome, { silent: true, at: at + durationMs });
            recordStatistics(state, job, false);
          }
        }
        at = nextRun(rule.Schedules, at);
      }
    }
  }
}
