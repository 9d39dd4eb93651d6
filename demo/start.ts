import { randomBytes } from "node:crypto";
import { buildApi } from "../api/index.js";
import { type Simulator, startSimulator } from "../comet/simulator/index.js";
import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildDb } from "../prisma/db.js";
import { loadSecretBox } from "../secret-box.js";
import { buildWorkers } from "../workers/index.js";
import { buildJobContext } from "../workers/job-context.js";
import { printBanner } from "./banner.js";
import { demoSimulatorOptions } from "./fleet.js";
import { backfillDemoMonth, linkAccountsBySlug, seedDemo } from "./seed.js";
import type { DemoServerName } from "./tenants.js";
import { ensureWebBuilt } from "./web-build.js";

/**
 * `npm start`: everything in one process — PGlite under DATA_DIR, in-process pub/sub, two
 * simulated Comet servers with the demo fleet, the workers on the embedded schedule, and the
 * API serving the web client (built first when web/dist is missing or stale). The same builders
 * run as separate processes in production (api/main.ts, workers/main.ts).
 * Restarting on the same DATA_DIR keeps the data; the simulators start over from SIM_SEED.
 */
const startedAt = performance.now();
const config = loadConfig();
const logger = buildLogger(config.LOG_LEVEL, "start");
// Builds web/dist when missing or stale, meanwhile the database and simulators start.
const webBuilt = ensureWebBuilt(logger);

const db = await buildDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const live = buildPubSub({ redisUrl: config.REDIS_URL });
const secrets = loadSecretBox(config);

const phase = (name: string) => logger.info({ seconds: +((performance.now() - startedAt) / 1000).toFixed(2) }, name);
phase("database ready");

const simulators: Partial<Record<DemoServerName, Simulator>> = {};
if (config.DEMO) {
  const admin = { username: "admin", password: randomBytes(12).toString("base64url") };
  const names: DemoServerName[] = ["cometbackup", "obc"];
  for (const [i, name] of names.entries()) {
    simulators[name] = await startSimulator({
      seed: config.SIM_SEED + i,
      speed: config.SIM_SPEED,
      admin,
      ...demoSimulatorOptions(name),
    });
  }
  const access = (name: DemoServerName) => ({
    baseUrl: simulators[name]!.url,
    adminUsername: admin.username,
    adminPassword: admin.password,
  });
  phase("simulators started");
  await seedDemo({ prisma: db.prisma, secrets, servers: { cometbackup: access("cometbackup"), obc: access("obc") } });
  phase("demo tenants seeded");
}

const workers = buildWorkers({ db, live, config, logger, secrets, schedule: "embedded" });
await workers.start();
await webBuilt;
const api = buildApi({ db, live, config, logger, secrets, workersHealth: () => workers.health() });
const { url } = await api.start();

let linked = 0;
let demoLinked: Promise<unknown> = Promise.resolve();
if (config.DEMO) {
  // Accounts exist only after the first reconcile; don't hold the banner hostage to a slow one.
  const link = () => linkAccountsBySlug(db.prisma).then((r) => r.linked);
  const ready = workers.reconciled();
  const inTime = await Promise.race([
    ready.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 60_000).unref()),
  ]);
  if (inTime) {
    phase("first reconcile done");
    linked = await link();
    phase("demo accounts assigned to customers");
  } else {
    logger.warn("first reconcile still running after 60 s; demo accounts get their customers when it finishes");
    demoLinked = ready.then(link);
    void demoLinked
      .then((n) => logger.info({ linked: n }, "demo accounts assigned to customers"))
      .catch((err) => logger.error({ err }, "assigning demo accounts failed"));
  }
}

const devices = await db.prisma.device.count({ where: { revokedAt: null } });
printBanner({
  url,
  host: config.HOST,
  seconds: (performance.now() - startedAt) / 1000,
  devices,
  linked,
  demo: config.DEMO,
});

let stopping = false;
if (config.DEMO) {
  // The month behind the 30-day charts is older than the first reconcile's window: it is mirrored
  // and rolled up after the banner (after the linking, so customers' series include their accounts).
  const jobCtx = buildJobContext({ db, live, config, logger, secrets }, { print: () => {} });
  void demoLinked
    .then(() => backfillDemoMonth(jobCtx))
    .then((r) => phase(`demo month mirrored (${r.jobsInserted} older jobs), ${r.filled} days rolled up`))
    .catch((err) => stopping || logger.error({ err }, "backfilling the demo month failed"));
}

async function shutdown(signal: string) {
  if (stopping) process.exit(1); // a second Ctrl-C forces it
  stopping = true;
  logger.info({ signal }, "shutting down");
  await api.stop();
  await workers.stop();
  for (const sim of Object.values(simulators)) await sim.stop();
  await live.close();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
