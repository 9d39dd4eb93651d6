/**
 * Drives the fleet over simulated time: backup rules fire on their schedules (hourly / periodic /
 * daily, spread by SecondsPast), devices connect and disconnect (laptops often, servers rarely),
 * now and then a device registers or is removed, a profile is edited, or someone logs in. Auto jobs
 * end at their planned time with the outcome picked at start (~85% success, 6% warning, 4% error,
 * 2% missed, 1% quota, 1% cancelled, 1% timeout); ~0.3% of jobs stall forever and half of the
 * cancellations are admin cancels that never reach the stream (both are real-world quirks).
 *
 * With autoRun off the fleet is quiet: only auto jobs started through the dispatcher API keep their
 * lifecycle, and only `advance(ms)` (or turning autoRun back on) moves them.
 */
import { isRunningStatus, JOB_CLASSIFICATION, JOB_STATUS, SEVT } from "../client/constants.js";
import { TimedHeap } from "./heap.js";
import { finishJob, startJob } from "./job-ops.js";
import { type Job, OUTCOME_MIX } from "./jobs.js";
import { nextRun } from "./schedule.js";
import { devKey, type SimState } from "./state.js";

type Work =
  | { at: number; seq: number; kind: "rule"; username: string; ruleId: string }
  | { at: number; seq: number; kind: "end"; guid: string }
  | { at: number; seq: number; kind: "toggle"; key: string }
  | { at: number; seq: number; kind: "churn" };

type WorkInput = Work extends infer W ? (W extends Work ? Omit<W, "seq"> : never) : never;

const TICK_MS = 200;
const PRUNE_EVERY_TICKS = 50;
/** Finished jobs older than this (simulated) are forgotten, so a fast demo does not grow without bound. */
const KEEP_FINISHED_MS = 72 * 3600e3;
const MEAN_UP = { server: 12 * 3600e3, desktop: 3 * 3600e3, laptop: 1.5 * 3600e3 };
const MEAN_DOWN = { server: 10 * 60e3, desktop: 60 * 60e3, laptop: 2 * 3600e3 };

export class Scheduler {
  autoRun: boolean;
  private readonly heap = new TimedHeap<Work>();
  private readonly plannedRules = new Set<string>();
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly state: SimState,
    autoRun: boolean,
  ) {
    this.autoRun = autoRun;
    state.onRulesChanged = (username) => this.planRules(username);
    state.onAutoJob = (job) => this.planEnd(job.detail.GUID, job.endsAt);
  }

  start(): void {
    const now = this.state.clock.now();
    for (const username of this.state.accounts.keys()) this.planRules(username);
    for (const key of this.state.devices.keys()) this.planToggle(key, now);
    this.push({ kind: "churn", at: now + this.churnDelay() });
    let ticks = 0;
    this.timer = setInterval(() => {
      if (this.autoRun) this.runDue();
      if (++ticks % PRUNE_EVERY_TICKS === 0) this.pruneJobs();
    }, TICK_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.heap.clear();
  }

  /** Runs every work item that is due at the current simulated time. */
  runDue(): void {
    const now = this.state.clock.now();
    for (let item = this.heap.peek(); item && item.at <= now; item = this.heap.peek()) {
      this.heap.pop();
      this.run(item);
    }
  }

  /** Is a job matching `pred` actually working? Stalled jobs do not count: their device has moved on. */
  private working(pred: (job: Job) => boolean): boolean {
    for (const job of this.state.running) if (job.stallAt === Infinity && pred(job)) return true;
    return false;
  }

  private pruneJobs(): void {
    const cutoff = Math.floor((this.state.clock.now() - KEEP_FINISHED_MS) / 1000);
    // Seeded history (ended before the start) stays: it is the past that reconcile mirrors and the
    // demo's 13-day and 30-day views show. Only what the run itself added is forgotten.
    const startSec = Math.floor(this.state.clock.startTime / 1000);
    for (const [guid, job] of this.state.jobs) {
      const end = job.detail.EndTime;
      if (end > 0 && end < cutoff && end >= startSec && !this.state.running.has(job)) this.state.jobs.delete(guid);
    }
  }

  /** An auto job ends by itself at its planned time. */
  planEnd(guid: string, at: number): void {
    if (Number.isFinite(at)) this.push({ kind: "end", guid, at });
  }

  planRules(username: string): void {
    const acc = this.state.accounts.get(username);
    if (!acc) return;
    const now = this.state.clock.now();
    for (const [ruleId, rule] of Object.entries(acc.profile.BackupRules ?? {})) {
      const key = `${username}\n${ruleId}`;
      if (this.plannedRules.has(key)) continue;
      const at = nextRun(rule.Schedules ?? [], now);
      if (at === undefined) continue;
      this.plannedRules.add(key);
      this.push({ kind: "rule", username, ruleId, at });
    }
  }

  private push(item: WorkInput): void {
    this.heap.push({ ...item, seq: this.seq++ } as Work);
  }

  private run(item: Work): void {
    // Fleet activity happens only while autoRun is on; the items are re-planned either way.
    if (item.kind === "end") this.endJob(item.guid, item.at);
    else if (item.kind === "rule") this.fireRule(item.username, item.ruleId, item.at);
    else if (item.kind === "toggle") this.toggle(item.key, item.at);
    else {
      if (this.autoRun) this.churn();
      this.push({ kind: "churn", at: item.at + this.churnDelay() });
    }
  }

  private endJob(guid: string, at: number): void {
    const job = this.state.jobs.get(guid);
    if (!job?.auto || job.endsAt !== at) return;
    const s = job.detail.Status;
    if (!isRunningStatus(s) && s !== JOB_STATUS.FAILED_ABANDONED) return;
    finishJob(this.state, job, job.outcome, { silent: job.silentEnd, at });
  }

  private fireRule(username: string, ruleId: string, at: number): void {
    const key = `${username}\n${ruleId}`;
    const rule = this.state.accounts.get(username)?.profile.BackupRules?.[ruleId];
    if (!rule) {
      this.plannedRules.delete(key);
      return;
    }
    const next = nextRun(rule.Schedules ?? [], at);
    if (next === undefined) this.plannedRules.delete(key);
    else this.push({ kind: "rule", username, ruleId, at: next });
    if (!this.autoRun) return;
    const profile = this.state.accounts.get(username)?.profile;
    // A suspended account's schedules keep their slots but start nothing.
    if (profile?.IsSuspended) return;
    const source = profile?.Sources[rule.Source];
    if (!source) return;
    const rng = this.state.rng;
    const online = this.state.isOnline(username, source.OwnerDevice);
    if (!online) {
      if (rng.chance(0.3)) startJob(this.state, { username, ruleId, missed: true, startAt: at });
      return;
    }
    if (this.working((j) => j.detail.SourceGUID === rule.Source)) return;
    const outcome = rng.weighted(OUTCOME_MIX);
    if (outcome === JOB_STATUS.FAILED_SCHEDULEMISSED) {
      startJob(this.state, { username, ruleId, missed: true, startAt: at });
      return;
    }
    startJob(this.state, {
      username,
      ruleId,
      auto: true,
      outcome,
      startAt: at,
      stall: rng.chance(0.003),
      silentEnd: outcome === JOB_STATUS.FAILED_CANCELLED && rng.chance(0.5),
      classification: JOB_CLASSIFICATION.BACKUP,
    });
  }

  private planToggle(key: string, now: number): void {
    const meta = this.state.devices.get(key);
    if (!meta) return;
    const up = this.state.connByDevice.has(key);
    const mean = (up ? MEAN_UP : MEAN_DOWN)[meta.kind];
    this.push({ kind: "toggle", key, at: now + Math.max(5000, this.state.rng.exp(mean)) });
  }

  private toggle(key: string, at: number): void {
    const meta = this.state.devices.get(key);
    if (!meta) return;
    if (this.autoRun && !meta.uninstalled) {
      const up = this.state.connByDevice.has(key);
      const busy = this.working((j) => devKey(j.detail.Username, j.detail.DeviceID) === key);
      // A device with a running job stays connected until the job is done.
      if (!(up && busy)) this.state.setOnline(meta.username, meta.deviceId, !up);
    }
    this.planToggle(key, at);
  }

  /** Fleet-wide events arrive more often on bigger fleets (about one every 10 min per 10 accounts). */
  private churnDelay(): number {
    const perAccount = 6000e3 / Math.max(1, this.state.accounts.size);
    return Math.max(2000, this.state.rng.exp(perAccount));
  }

  private churn(): void {
    const rng = this.state.rng;
    const usernames = [...this.state.accounts.keys()];
    if (usernames.length === 0) return;
    const username = rng.pick(usernames);
    const acc = this.state.accounts.get(username)!;
    const action = rng.weighted([
      ["edit", 40],
      ["login", 30],
      ["register", 18],
      ["remove", 12],
    ] as const);
    if (action === "login") {
      this.state.emit(
        SEVT.ACCOUNT_LOGIN,
        username,
        acc.profile.OrganizationID,
        "/api/v1/user/web/get-user-profile-and-hash",
      );
    } else if (action === "edit") {
      acc.profile.SendEmailReports = !acc.profile.SendEmailReports;
      this.state.touch(acc, username);
    } else if (action === "register") {
      const deviceId = this.state.registerDevice(username);
      this.planToggle(devKey(username, deviceId), this.state.clock.now());
    } else {
      const ids = Object.keys(acc.profile.Devices);
      const idle = ids.filter((id) => !this.working((j) => j.detail.DeviceID === id));
      if (ids.length > 1 && idle.length > 0) this.state.removeDevice(username, rng.pick(idle), username);
    }
  }
}
