/**
 * Completed job history from before the simulation started, so dashboards, rollups and reconcile
 * have something to show on a fresh start; with autoRun, jobs whose run spans the start are running. Generated silently (no events: they happened while no
 * one was listening) from each backup rule's schedule and the usual outcome mix; Statistics
 * (LastBackupJob, vault sizes) end up reflecting the latest of these jobs.
 */
import { JOB_STATUS } from "../client/constants.js";
import { finishJob, recordStatistics, type StartJobSpec, startJob } from "./job-ops.js";
import { OUTCOME_MIX } from "./jobs.js";
import { nextRun } from "./schedule.js";
import type { SimState } from "./state.js";

/**
 * `withRunning`: jobs that started before now and are not done yet keep running (a live fleet at t=0).
 * `days`: before the last `hours`, each device's first rule also ran once a day for this many days (the
 * schedule's first run of the day, from the device's registration on). Thinned on purpose: every run of
 * an hourly rule for a month is ~100x the jobs, and a reader's first reconcile would wait for them.
 */
export function seedHistory(state: SimState, hours: number, withRunning: boolean, days = 0): void {
  // Older first: Statistics (LastBackupJob, vault sizes) must end up reflecting the newest jobs.
  if (days > 0) seedDailyHistory(state, days, Math.max(0, hours));
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
          finishQuietly(state, { username: acc.username, ruleId, startAt: at, quiet: true, durationMs }, outcome);
        }
        at = nextRun(rule.Schedules, at);
      }
    }
  }
}

const DAY_MS = 86_400e3;
/** How often a device of each kind sat a whole day out (laptops travel, desktops get switched off). */
const SKIPS_A_DAY = { server: 0.02, desktop: 0.1, laptop: 0.3 } as const;

function seedDailyHistory(state: SimState, days: number, hours: number): void {
  const denseFrom = state.clock.now() - hours * 3600e3;
  const rng = state.rng;
  for (const acc of state.accounts.values()) {
    const firstRule = new Map<string, string>();
    for (const [ruleId, rule] of Object.entries(acc.profile.BackupRules)) {
      const device = acc.profile.Sources[rule.Source]?.OwnerDevice;
      if (device && !firstRule.has(device)) firstRule.set(device, ruleId);
    }
    for (const [deviceId, ruleId] of firstRule) {
      const rule = acc.profile.BackupRules[ruleId]!;
      const registeredMs = (acc.profile.Devices[deviceId]?.RegistrationTime ?? 0) * 1000;
      const kind = state.devices.get(`${acc.username}\n${deviceId}`)?.kind ?? "desktop";
      const firstDay = Math.floor((denseFrom - days * DAY_MS) / DAY_MS) * DAY_MS;
      for (let day = firstDay; day < denseFrom; day += DAY_MS) {
        const at = nextRun(rule.Schedules, Math.max(day, registeredMs));
        if (at === undefined || at >= Math.min(day + DAY_MS, denseFrom)) continue;
        if (rng.chance(SKIPS_A_DAY[kind])) continue; // switched off all day: no job, not even a missed one
        const outcome = rng.weighted(OUTCOME_MIX);
        const durationMs = rng.int(20, 120) * 1000;
        if (at + durationMs >= denseFrom) continue;
        finishQuietly(state, { username: acc.username, ruleId, startAt: at, quiet: true, durationMs }, outcome);
      }
    }
  }
}

function finishQuietly(state: SimState, spec: StartJobSpec & { durationMs: number }, outcome: number): void {
  if (outcome === JOB_STATUS.FAILED_SCHEDULEMISSED) {
    startJob(state, { ...spec, missed: true });
    return;
  }
  const job = startJob(state, spec);
  job.detail.Progress!.Counter = Math.floor(spec.durationMs / job.tickMs);
  job.manualSteps = job.detail.Progress!.Counter;
  finishJob(state, job, outcome, { silent: true, at: spec.startAt! + spec.durationMs });
  recordStatistics(state, job, false);
}
