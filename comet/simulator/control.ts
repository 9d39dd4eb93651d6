/**
 * SimulatorControl: the test/demo remote for the simulated server. The same methods are exposed
 * in-process (`sim.control.x(...)`) and over HTTP as `POST /__sim/<kebab-name>` with a JSON body that
 * is either an array of positional arguments, an object of named arguments (names below), or a
 * single value; the reply is `{"result": <return value>}`.
 */
import { isRunningStatus, JOB_STATUS } from "../client/constants.js";
import type { RecordedCall } from "./call-log.js";
import type { EventBus } from "./events.js";
import type { HttpSwitches } from "./http.js";
import { findJob, finishJob, progressJob, type StartJobSpec, stallJob, startJob } from "./job-ops.js";
import { materialize, OUTCOME_MIX } from "./jobs.js";
import type { RestoreRecord } from "./restore-options.js";
import type { Scheduler } from "./scheduler.js";
import { badRequest, SimError } from "./sim-error.js";
import { devKey, type SimState } from "./state.js";
import type { StreamServer } from "./stream.js";
import type { BackupJobDetail, UserProfileConfig } from "./wire-types.js";

export interface AccountSummary {
  username: string;
  organizationId: string;
  password: string;
  devices: Array<{ deviceId: string; friendlyName: string; online: boolean; targetId?: string }>;
}

export type StartJobOptions = Pick<
  StartJobSpec,
  "username" | "deviceId" | "sourceId" | "destinationId" | "classification"
>;

export function buildControl(deps: {
  state: SimState;
  bus: EventBus;
  scheduler: Scheduler;
  stream: StreamServer;
  switches: HttpSwitches;
}) {
  const { state, bus, scheduler, stream, switches } = deps;
  return {
    dropStreams: () => stream.dropAll(),
    setDown(down: boolean) {
      switches.down = Boolean(down);
      if (switches.down) stream.dropAll();
    },
    setSlow(ms: number) {
      switches.slowMs = Math.max(0, Number(ms) || 0);
    },
    setStreamAuthFails(fails: boolean) {
      stream.authFails = Boolean(fails);
    },
    setAutoRun(on: boolean) {
      scheduler.autoRun = Boolean(on);
    },
    /** Moves simulated time forward and runs everything that became due (even with autoRun off). */
    advance(ms: number) {
      state.clock.advance(Number(ms) || 0);
      scheduler.runDue();
    },
    /** A manual job: JOB_NEW now; it moves only through progressJob / finishJob / stallJob. */
    startJob: (opts: StartJobOptions): string => startJob(state, { ...opts, auto: false }).detail.GUID,
    progressJob: (guid: string, steps = 1): BackupJobDetail => progressJob(state, findJob(state, guid), steps),
    finishJob(guid: string, status: number = JOB_STATUS.STOP_SUCCESS) {
      const job = findJob(state, guid);
      job.auto = false;
      finishJob(state, job, Number(status));
    },
    stallJob: (guid: string) => stallJob(state, findJob(state, guid)),
    /** Ends the job as cancelled (7005) without any event: the admin-cancel quirk. */
    cancelJobSilently(guid: string) {
      const job = findJob(state, guid);
      job.auto = false;
      finishJob(state, job, JOB_STATUS.FAILED_CANCELLED, { silent: true });
    },
    setDeviceOnline(username: string, deviceId: string, online: boolean) {
      state.device(username, deviceId);
      return state.setOnline(username, deviceId, Boolean(online));
    },
    registerDevice: (username: string, name?: string): string => state.registerDevice(username, name),
    removeDevice: (username: string, deviceId: string) => state.removeDevice(username, deviceId, username),
    renameDevice: (username: string, deviceId: string, name: string) => state.renameDevice(username, deviceId, name),
    /** Shallow-merges `patch` into the profile: a concurrent edit that invalidates held ProfileHashes. */
    editProfile(username: string, patch: Partial<UserProfileConfig>) {
      const acc = state.account(username);
      Object.assign(acc.profile, patch ?? {}, { Username: acc.username });
      state.touch(acc, state.admin.username);
      state.onRulesChanged(username);
    },
    duplicateNext: (n: number) => bus.duplicateNext(Number(n)),
    shuffleNext: (n: number) => bus.shuffleNext(Number(n)),
    setTimestampUnit(unit: "s" | "ms") {
      if (unit !== "s" && unit !== "ms") throw badRequest("unit must be 's' or 'ms'");
      bus.timestampUnit = unit;
    },
    sendRaw: (text: string) => bus.sendRaw(String(text)),
    /** n jobs that start and end at once (JOB_NEW + JOB_COMPLETED each, no profile events): for benchmarks. */
    burstJobs(n: number): string[] {
      const targets = [...state.devices.values()].filter((m) => state.accounts.has(m.username));
      if (targets.length === 0) throw new SimError(400, "The fleet has no devices");
      const guids: string[] = [];
      for (let i = 0; i < n; i++) {
        const meta = targets[i % targets.length]!;
        const job = startJob(state, { username: meta.username, deviceId: meta.deviceId, durationMs: 20_000 });
        let status = state.rng.weighted(OUTCOME_MIX);
        if (status === JOB_STATUS.FAILED_SCHEDULEMISSED) status = JOB_STATUS.STOP_SUCCESS;
        finishJob(state, job, status, { stats: false });
        guids.push(job.detail.GUID);
      }
      return guids;
    },
    listAccounts: (): AccountSummary[] =>
      [...state.accounts.values()].map((acc) => ({
        username: acc.username,
        organizationId: acc.profile.OrganizationID ?? "",
        password: acc.password,
        devices: Object.entries(acc.profile.Devices).map(([deviceId, d]) => {
          const targetId = state.connByDevice.get(devKey(acc.username, deviceId));
          return {
            deviceId,
            friendlyName: d.FriendlyName,
            online: targetId !== undefined,
            ...(targetId ? { targetId } : {}),
          };
        }),
      })),
    getProfile: (username: string): UserProfileConfig => structuredClone(state.account(username).profile),
    getJob(guid: string): BackupJobDetail | undefined {
      const job = state.jobs.get(guid);
      return job ? structuredClone(materialize(job, state.clock.now())) : undefined;
    },
    /** The TargetID of a device's current live connection (undefined when offline). */
    targetIdOf: (username: string, deviceId: string): string | undefined =>
      state.connByDevice.get(devKey(username, deviceId)),
    /** Admin API calls received so far (oldest first, secrets redacted), optionally by route prefix. */
    calls: (filter?: { pathPrefix?: string }): RecordedCall[] => state.calls.list(filter?.pathPrefix),
    clearCalls: () => state.calls.clear(),
    /** What a run-restore(-custom) asked for; undefined for other jobs. */
    restoreOf: (guid: string): RestoreRecord | undefined => structuredClone(findJob(state, guid).restore),
    /** The account's current password (to check a reset). */
    passwordOf: (username: string): string => state.account(username).password,
    /** GUIDs of jobs that are running (6xxx) right now. */
    runningJobs: (): string[] =>
      [...state.running]
        .filter((j) => isRunningStatus(materialize(j, state.clock.now()).Status))
        .map((j) => j.detail.GUID),
  };
}

export type SimulatorControl = ReturnType<typeof buildControl>;

/** Named arguments for the HTTP form of each control call (positional order). */
const ARG_NAMES: Record<string, string[]> = {
  setDown: ["down"],
  setSlow: ["ms"],
  setStreamAuthFails: ["fails"],
  setAutoRun: ["on"],
  advance: ["ms"],
  progressJob: ["guid", "steps"],
  finishJob: ["guid", "status"],
  stallJob: ["guid"],
  cancelJobSilently: ["guid"],
  setDeviceOnline: ["username", "deviceId", "online"],
  registerDevice: ["username", "name"],
  removeDevice: ["username", "deviceId"],
  renameDevice: ["username", "deviceId", "name"],
  editProfile: ["username", "patch"],
  duplicateNext: ["n"],
  shuffleNext: ["n"],
  setTimestampUnit: ["unit"],
  sendRaw: ["text"],
  burstJobs: ["n"],
  getProfile: ["username"],
  getJob: ["guid"],
  targetIdOf: ["username", "deviceId"],
  restoreOf: ["guid"],
  passwordOf: ["username"],
};

/** Single-object methods take the JSON body as their one argument. */
const OBJECT_ARG = new Set(["startJob", "calls"]);

export function callControl(control: SimulatorControl, kebab: string, body: unknown): unknown {
  const name = kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const fn = (control as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  if (typeof fn !== "function") throw new SimError(404, `Unknown control call '${kebab}'`);
  let args: unknown[];
  if (Array.isArray(body)) args = body;
  else if (OBJECT_ARG.has(name)) args = [body];
  else if (body !== null && typeof body === "object") {
    const record = body as Record<string, unknown>;
    args = (ARG_NAMES[name] ?? []).map((k) => record[k]);
  } else args = body === undefined ? [] : [body];
  return fn(...args);
}
