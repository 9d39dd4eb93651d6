/**
 * startSimulator(): a stand-in Comet Server over the real wire protocol (HTTP API + event stream)
 * with a seeded, self-running demo fleet. Product code never imports this; only api/start-all.ts,
 * tests and benches do. Wire facts and our guesses are documented in the header of each wire-facing
 * file (http.ts, stream.ts, events.ts, api-*.ts, job-ops.ts, state.ts).
 */
import type { AddressInfo } from "node:net";
import { isRunningStatus } from "../client/constants.js";
import { dispatcherRoutes } from "./api-dispatcher.js";
import { jobRoutes } from "./api-jobs.js";
import { metaRoutes, versionInfo } from "./api-meta.js";
import { policyRoutes } from "./api-policies.js";
import { restoreRoutes } from "./api-restore.js";
import { newRecoveryCode, userRoutes } from "./api-users.js";
import { seedStorageProviders, vaultRoutes } from "./api-vaults.js";
import { SimClock } from "./clock.js";
import { buildControl, callControl, type SimulatorControl } from "./control.js";
import { EventBus } from "./events.js";
import { DEFAULT_FLEET, type FleetSpec, generateFleet } from "./fleet.js";
import { seedHistory } from "./history.js";
import { type ApiHandler, buildHttpServer, type HttpSwitches } from "./http.js";
import { Rng } from "./random.js";
import { Scheduler } from "./scheduler.js";
import { SimState } from "./state.js";
import { attachStream } from "./stream.js";

export type { SimulatorControl } from "./control.js";
export type { FleetSpec } from "./fleet.js";

export interface SimulatorOptions {
  seed?: number;
  /** Time acceleration: 60 => one simulated minute per real second. */
  speed?: number;
  host?: string;
  port?: number;
  admin?: { username: string; password: string };
  fleet?: FleetSpec;
  /** The scheduler runs jobs and connects devices by itself. */
  autoRun?: boolean;
  serverVersion?: string;
  /** How API errors are sent: HTTP 200 or the envelope's 4xx status (both with {Status, Message}). */
  failureMode?: "http200" | "http4xx";
  /** Extension: simulated start time (epoch ms); defaults to now. Fix it for byte-identical fleets. */
  startTime?: number;
  /** Extension: hours of completed job history generated before the start (no events). Default 24. */
  historyHours?: number;
  /** Extension: days of thinned history (one job per device and day) before the last `historyHours`. Default 0. */
  historyDays?: number;
}

export interface SimulatorSnapshot {
  accounts: number;
  devices: number;
  online: number;
  runningJobs: number;
  jobs: number;
}

export interface Simulator {
  /** Base URL with a trailing "/". */
  url: string;
  control: SimulatorControl;
  stop(): Promise<void>;
  snapshot(): SimulatorSnapshot;
}

const ONLINE_AT_START = { server: 0.95, desktop: 0.7, laptop: 0.45 };

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const seed = opts.seed ?? 42;
  const admin = opts.admin ?? { username: "admin", password: "admin" };
  const clock = new SimClock(Math.floor((opts.startTime ?? Date.now()) / 1000) * 1000, opts.speed ?? 1);
  // Separate streams: the fleet depends only on the seed, not on how much activity came before.
  const fleetRng = new Rng(seed);
  const rng = new Rng((seed ^ 0x9e3779b9) >>> 0);
  const bus = new EventBus(rng, () => clock.now());
  const state = new SimState(clock, rng, bus, admin, opts.serverVersion ?? "25.9.8");
  const scheduler = new Scheduler(state, opts.autoRun ?? true);

  const fleet = generateFleet(opts.fleet ?? DEFAULT_FLEET, fleetRng, clock.nowSec());
  for (const [id, policy] of fleet.policies) state.policies.set(id, { policy, rev: 1 });
  for (const a of fleet.accounts) {
    const linked = state.policies.get(a.profile.PolicyID);
    if (linked) a.profile.Policy = structuredClone(linked.policy.Policy);
    a.profile.PasswordRecovery = newRecoveryCode(a.username);
    state.addAccount(a.username, a.password, a.profile, admin.username, false);
  }
  for (const meta of fleet.devices) {
    state.devices.set(`${meta.username}\n${meta.deviceId}`, meta);
    if (fleetRng.chance(ONLINE_AT_START[meta.kind])) state.setOnline(meta.username, meta.deviceId, true);
  }
  seedStorageProviders(state, [...new Set((opts.fleet ?? DEFAULT_FLEET).organizations.map((o) => o.id))]);
  seedHistory(state, opts.historyHours ?? 24, scheduler.autoRun, opts.historyDays ?? 0);

  const switches: HttpSwitches = { down: false, slowMs: 0, failureMode: opts.failureMode ?? "http200" };
  const startHash = fleetRng.hex(16);
  const routes = new Map<string, ApiHandler>(
    Object.entries({
      ...userRoutes,
      ...dispatcherRoutes,
      ...restoreRoutes,
      ...vaultRoutes,
      ...jobRoutes,
      ...policyRoutes,
      ...metaRoutes(startHash),
    }),
  );
  let control: SimulatorControl | undefined;
  const server = buildHttpServer({
    state,
    routes,
    switches,
    control: async (name, body) => callControl(control!, name, body),
  });
  const stream = attachStream({ server, state, switches, hello: () => versionInfo(state, startHash) });
  control = buildControl({ state, bus, scheduler, stream, switches });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  scheduler.start();
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/`,
    control,
    snapshot: () => ({
      accounts: state.accounts.size,
      devices: state.devices.size,
      online: state.connections.size,
      runningJobs: [...state.running].filter((j) => isRunningStatus(j.detail.Status)).length,
      jobs: state.jobs.size,
    }),
    async stop() {
      scheduler.stop();
      bus.close();
      await stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
