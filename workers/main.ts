import { pathToFileURL } from "node:url";
import { pino } from "pino";
import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildDb } from "../prisma/db.js";
import { loadSecretBox } from "../secret-box.js";
import { buildWorkers } from "./index.js";
import { buildJobContext } from "./job-context.js";
import { workerJobs } from "./runner.js";

/**
 * `npm run worker`                      the worker process: stream supervisor + the schedule
 * `npm run worker -- <job> [flags]`     runs one job once, prints what it did, exits
 * `npm run worker -- --help`
 */

export type WorkerArgs =
  | { mode: "help" }
  | { mode: "worker" }
  | { mode: "job"; job: string; payload: { server?: string; day?: string }; dryRun: boolean; verbose: boolean };

export class UsageError extends Error {
  override name = "UsageError";
}

const valueFlags = ["server", "day"] as const;

export function usage(): string {
  const jobs = Object.values(workerJobs).map((j) => `  ${j.name}`);
  return [
    "usage: npm run worker                          run the worker process (streams + schedule)",
    "       npm run worker -- <job> [flags]         run one job once and print what it did",
    "",
    "jobs:",
    ...jobs,
    "",
    "flags:",
    "  --server=<profileName>  only this Comet server (heartbeat, reconcile, stalled-monitor)",
    "  --day=YYYY-MM-DD        the day to roll up (rollups; default today, UTC)",
    "  --dry-run               report what would change without writing to Comet",
    "  --verbose               print per-item detail",
    "  --help                  this text",
  ].join("\n");
}

export function parseWorkerArgs(argv: string[]): WorkerArgs {
  const payload: { server?: string; day?: string } = {};
  let job: string | undefined;
  let dryRun = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return { mode: "help" };
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--verbose") verbose = true;
    else if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(valueFlags as readonly string[]).includes(name)) throw new UsageError(`unknown flag --${name}`);
      const value = inline ?? argv[++i];
      if (!value || value.startsWith("--")) throw new UsageError(`--${name} needs a value (--${name}=...)`);
      payload[name as (typeof valueFlags)[number]] = value;
    } else if (job) throw new UsageError(`unexpected argument "${arg}" (one job at a time)`);
    else if (!workerJobs[arg])
      throw new UsageError(`unknown job "${arg}"; jobs: ${Object.keys(workerJobs).join(", ")}`);
    else job = arg;
  }
  if (job) return { mode: "job", job, payload, dryRun, verbose };
  if (dryRun || verbose || Object.keys(payload).length > 0) throw new UsageError("flags need a job name");
  return { mode: "worker" };
}

async function runOnce(args: Extract<WorkerArgs, { mode: "job" }>): Promise<number> {
  const config = loadConfig();
  // stdout is for what the job did; logs go to stderr.
  const logger = pino({ level: args.verbose ? "debug" : "warn", base: { part: "worker" } }, pino.destination(2));
  const db = await buildDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  try {
    const job = workerJobs[args.job]!;
    const payload = job.payload.safeParse(args.payload);
    if (!payload.success) throw new UsageError(`invalid flags for ${job.name}: ${payload.error.message}`);
    if (args.payload.server) await assertServer(db, args.payload.server);
    const ctx = buildJobContext(
      { db, live, logger, config, secrets: loadSecretBox(config) },
      { dryRun: args.dryRun, verbose: args.verbose, print: (line) => console.log(line) },
    );
    const result = await job.run(ctx, payload.data);
    for (const [k, v] of Object.entries(result)) console.log(`${k}: ${v}`);
    return 0;
  } finally {
    await live.close();
    await db.close();
  }
}

async function assertServer(db: Awaited<ReturnType<typeof buildDb>>, profileName: string): Promise<void> {
  const servers = await db.prisma.cometServer.findMany({ select: { profileName: true } });
  if (!servers.some((s) => s.profileName === profileName)) {
    const known = servers.map((s) => s.profileName).join(", ") || "none registered";
    throw new UsageError(`unknown server "${profileName}" (known: ${known})`);
  }
}

async function runWorker(): Promise<void> {
  const config = loadConfig();
  const logger = buildLogger(config.LOG_LEVEL, "worker");
  const db = await buildDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  const workers = buildWorkers({ db, live, config, logger, secrets: loadSecretBox(config) });
  await workers.start();
  logger.info({ workerId: config.WORKER_ID, db: db.kind, pubsub: live.kind }, "worker started");
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "worker stopping");
    await workers.stop();
    await live.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

async function main(argv: string[]): Promise<number | undefined> {
  const args = parseWorkerArgs(argv);
  if (args.mode === "help") {
    console.log(usage());
    return 0;
  }
  if (args.mode === "job") return runOnce(args);
  await runWorker();
  return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== undefined) process.exit(code);
    },
    (err: Error) => {
      console.error(err instanceof UsageError ? `${err.message}\n\n${usage()}` : `worker failed: ${err.stack ?? err}`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}
