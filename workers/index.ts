import type { Config } from "../config.js";
import type { LivePubSub } from "../core/live/pubsub.js";
import type { Logger } from "../log.js";
import type { Db } from "../prisma/db.js";
import type { SecretBox } from "../secret-box.js";
import type { StreamHealth } from "./ingest/stream-session.js";
import { buildSupervisor } from "./ingest/supervisor.js";
import { buildJobContext } from "./job-context.js";
import { buildRunner, type ScheduleMode, workerJobs } from "./runner.js";

export type { StreamHealth } from "./ingest/stream-session.js";
export type { ScheduleMode } from "./runner.js";

export interface WorkersDeps {
  db: Db;
  live: LivePubSub;
  config: Config;
  logger: Logger;
  secrets: SecretBox;
  /** Default: graphile on PostgreSQL, embedded (in-process cron) on PGlite. */
  schedule?: ScheduleMode;
}

export interface Workers {
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): StreamHealth[];
  /** Resolves after the first reconcile of every held server (or of the named one). */
  reconciled(serverProfileName?: string): Promise<void>;
  /** Looks for newly registered or removed servers now instead of at the next periodic rescan. */
  rescan(): Promise<void>;
}

/** The background side: one supervisor holding the Comet streams plus the one schedule. */
export function buildWorkers(deps: WorkersDeps): Workers {
  const logger = deps.logger.child({ part: "worker" });
  const jobCtx = buildJobContext({ ...deps, logger }, { dispatchOnConnect: true });
  const mode = deps.schedule ?? (deps.db.kind === "postgres" ? "graphile" : "embedded");
  const supervisor = buildSupervisor({
    ...deps,
    logger,
    jobCtx,
    jobs: { heartbeat: workerJobs.heartbeat!, reconcile: workerJobs.reconcile! },
  });
  const runner = buildRunner({ mode, db: deps.db, config: deps.config, logger, jobCtx });
  return {
    async start() {
      await supervisor.start();
      await runner.start();
    },
    async stop() {
      await runner.stop();
      await supervisor.stop();
    },
    health: () => supervisor.health(),
    reconciled: (name) => supervisor.reconciled(name),
    rescan: () => supervisor.rescan(),
  };
}
