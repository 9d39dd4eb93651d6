import type { Config } from "../config.js";
import type { LivePubSub } from "../core/live/pubsub.js";
import { cometClientFactory } from "../core/servers/comet-client.js";
import type { Logger } from "../log.js";
import type { Db } from "../prisma/db.js";
import type { SecretBox } from "../secret-box.js";
import { dispatchOnConnect } from "./jobs/device-actions.js";
import type { JobContext, WorkerJob } from "./jobs/job.js";

/**
 * Builds the context every scheduled job runs with, the same for the schedule, the supervisor
 * (reconcile after a reconnect, heartbeat) and `npm run worker -- <job>`.
 */
export interface JobContextDeps {
  db: Db;
  live: LivePubSub;
  logger: Logger;
  config: Config;
  secrets: SecretBox;
}

export interface JobContextOptions {
  dryRun?: boolean;
  verbose?: boolean;
  /** Where a job's "what I did" lines go; the schedule logs them, the CLI prints them. */
  print?: (line: string) => void;
  /**
   * Send queued device actions in the background when ingestion sees their device connect. Only
   * for long-lived workers: a one-shot CLI run would exit mid-send (the minute sweep covers it).
   */
  dispatchOnConnect?: boolean;
}

export function buildJobContext(deps: JobContextDeps, opts: JobContextOptions = {}): JobContext {
  const logger = deps.logger;
  const clientFor = cometClientFactory(deps.secrets);
  const ctx: JobContext = {
    db: deps.db,
    live: deps.live,
    logger,
    config: deps.config,
    secrets: deps.secrets,
    clientFor,
    dryRun: opts.dryRun ?? false,
    verbose: opts.verbose ?? false,
    print: opts.print ?? ((line) => logger.info(line)),
  };
  if (opts.dispatchOnConnect) ctx.onDevicesOnline = dispatchOnConnect(ctx);
  return ctx;
}

/** Validates the payload (job payloads are a boundary: cron, CLI, graphile's queue) and runs the job. */
export async function runWorkerJob<P>(
  job: WorkerJob<P>,
  ctx: JobContext,
  payload: unknown,
): Promise<Record<string, number | string>> {
  const started = Date.now();
  const result = await job.run(ctx, job.payload.parse(payload ?? {}));
  ctx.logger.info({ job: job.name, ms: Date.now() - started, ...result }, "job finished");
  return result;
}
