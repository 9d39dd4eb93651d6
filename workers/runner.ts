import { Cron } from "croner";
import { Logger as GraphileLogger, parseCronItems, type Runner, run, type Task } from "graphile-worker";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { Db } from "../prisma/db.js";
import { runWorkerJob } from "./job-context.js";
import { deviceActions } from "./jobs/device-actions.js";
import { heartbeat } from "./jobs/heartbeat.js";
import type { JobContext, WorkerJob } from "./jobs/job.js";
import { mailOutbox } from "./jobs/mail-outbox.js";
import { reconcile } from "./jobs/reconcile.js";
import { retention } from "./jobs/retention.js";
import { rollups } from "./jobs/rollups.js";
import { stalledMonitor } from "./jobs/stalled-monitor.js";

/** Every job, by the name `npm run worker -- <name>` and the schedule use. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of jobs with different payload types
export const workerJobs: Record<string, WorkerJob<any>> = Object.fromEntries(
  [heartbeat, reconcile, stalledMonitor, rollups, retention, deviceActions, mailOutbox].map((j) => [j.name, j]),
);

export interface ScheduleItem {
  id: string;
  /** Five-field cron, UTC (graphile-worker's cron is UTC; croner is told so). */
  cron: string;
  job: string;
  payload(firedAt: Date): Record<string, unknown>;
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * THE schedule. Times are UTC and chosen to stay out of each other's way (and out of the top of
 * the hour, when Comet's own backup schedules start most jobs).
 */
export function scheduleItems(config: Pick<Config, "STALLED_RECHECK_SECONDS">): ScheduleItem[] {
  const recheckMin = Math.min(59, Math.max(1, Math.round(config.STALLED_RECHECK_SECONDS / 60)));
  return [
    // Comet sends no event when an admin cancels a job or a client dies mid-job; every few
    // minutes (STALLED_RECHECK_SECONDS, 5 min by default) jobs without progress are re-checked.
    { id: "stalled-monitor", cron: `*/${recheckMin} * * * *`, job: "stalled-monitor", payload: () => ({}) },
    // Events are not replayed and can be lost (a full disk, a dropped batch); besides the
    // reconcile after every reconnect, a nightly full pass at a quiet hour bounds any drift to a day.
    { id: "reconcile-nightly", cron: "15 3 * * *", job: "reconcile", payload: () => ({}) },
    // Dashboard series: today's row is refreshed hourly (at :05, after the top-of-the-hour jobs
    // started), and yesterday's is written one last time at 00:10, once the day is complete.
    { id: "rollups-today", cron: "5 * * * *", job: "rollups", payload: () => ({}) },
    {
      id: "rollups-final",
      cron: "10 0 * * *",
      job: "rollups",
      payload: (firedAt) => ({ day: utcDay(new Date(firedAt.getTime() - 86_400_000)) }),
    },
    // Queued device actions are sent the moment the stream sees their device connect; every minute a
    // sweep expires the overdue ones, sends those whose connection that missed, and ends actions whose
    // job never came (cheap indexed reads on the few non-final actions, so a minute costs nothing).
    { id: "device-actions", cron: "* * * * *", job: "device-actions", payload: () => ({}) },
    // Invitation emails whose SMTP send failed, or whose API process died before sending: every
    // 5 minutes is soon enough for a person waiting for an invitation and gentle on a struggling relay.
    { id: "mail-outbox", cron: "*/5 * * * *", job: "mail-outbox", payload: () => ({}) },
    // Pruning old live events and jobs is cheap but touches big tables: once a night, after the reconcile.
    { id: "retention-nightly", cron: "0 4 * * *", job: "retention", payload: () => ({}) },
  ];
}

export type ScheduleMode = "embedded" | "graphile" | "none";

export interface RunnerDeps {
  mode: ScheduleMode;
  db: Db;
  config: Config;
  logger: Logger;
  jobCtx: JobContext;
}

export function buildRunner(deps: RunnerDeps): { start(): Promise<void>; stop(): Promise<void> } {
  const logger = deps.logger.child({ part: "schedule" });
  const items = scheduleItems(deps.config);
  const fire = (item: ScheduleItem, firedAt: Date) => {
    const job = workerJobs[item.job];
    if (!job) throw new Error(`schedule item ${item.id} names unknown job ${item.job}`);
    return runWorkerJob(job, deps.jobCtx, item.payload(firedAt));
  };
  if (deps.mode === "graphile") return graphileRunner(deps, items, fire, logger);
  if (deps.mode === "none") return { start: async () => {}, stop: async () => {} };
  return embeddedRunner(items, fire, logger);
}

type Fire = (item: ScheduleItem, firedAt: Date) => Promise<unknown>;

/** PGlite: one process owns the database, so an in-process cron is "once across all workers". */
function embeddedRunner(items: ScheduleItem[], fire: Fire, logger: Logger) {
  let crons: Cron[] = [];
  return {
    async start() {
      crons = items.map(
        (item) =>
          new Cron(item.cron, { name: item.id, timezone: "UTC", protect: true }, async (self: Cron) => {
            try {
              await fire(item, self.currentRun() ?? new Date());
            } catch (err) {
              logger.error({ err, schedule: item.id }, "scheduled job failed");
            }
          }),
      );
    },
    async stop() {
      for (const c of crons) c.stop();
      crons = [];
    },
  };
}

/**
 * PostgreSQL: graphile-worker's cron records each fire in its own table, so with any number
 * of worker processes each schedule runs exactly once; a failed run is retried with backoff.
 */
function graphileRunner(deps: RunnerDeps, items: ScheduleItem[], fire: Fire, logger: Logger) {
  let runner: Runner | undefined;
  const taskList: Record<string, Task> = Object.fromEntries(
    items.map((item) => [
      item.id,
      (async (payload) => {
        const ts = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
        await fire(item, ts ? new Date(ts) : new Date());
      }) satisfies Task,
    ]),
  );
  return {
    async start() {
      if (!deps.db.databaseUrl) throw new Error("graphile schedule needs a PostgreSQL DATABASE_URL");
      runner = await run({
        connectionString: deps.db.databaseUrl,
        concurrency: 2,
        noHandleSignals: true,
        logger: graphileLogger(logger),
        taskList,
        parsedCronItems: parseCronItems(
          items.map((i) => ({ task: i.id, match: i.cron, identifier: i.id, options: { maxAttempts: 3 } })),
        ),
      });
    },
    async stop() {
      await runner?.stop();
      runner = undefined;
    },
  };
}

function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta };
    if (level === "error") logger.error(fields, message);
    else if (level === "warning") logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}
