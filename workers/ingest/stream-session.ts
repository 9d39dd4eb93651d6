import type { StreamStatus } from "../../comet/client/index.js";
import type { Config } from "../../config.js";
import { type LivePubSub, platformChannel, publishLiveEvents, writeLiveEvents } from "../../core/live/pubsub.js";
import { cometClientFactory, eventStreamFor, type ServerConnectionRow } from "../../core/servers/comet-client.js";
import type { Logger } from "../../log.js";
import type { Db } from "../../prisma/db.js";
import type { StreamState } from "../../prisma/generated/prisma/enums.js";
import type { SecretBox } from "../../secret-box.js";
import type { JobContext, WorkerJob } from "../jobs/job.js";
import { applyJobs } from "./apply-jobs.js";
import type { IngestContext } from "./context.js";
import { profileFetcher } from "./stream-batch.js";
import { buildStreamConsumer } from "./stream-consumer.js";

/**
 * One leased Comet server: its event stream, the reconcile after every (re)connect (Comet does
 * not replay missed events), the heartbeat, the progress poll (Comet has no progress event), and
 * the CometServer stream columns the API reads as health.
 */
export interface StreamHealth {
  serverId: string;
  profileName: string;
  state: StreamState;
  connectedAt?: Date;
  lastEventAt?: Date;
  lastHeartbeatAt?: Date;
  reconnects: number;
  lastError?: string;
  heldByMe: boolean;
}

export interface SessionDeps {
  server: ServerConnectionRow;
  db: Db;
  live: LivePubSub;
  config: Config;
  logger: Logger;
  secrets: SecretBox;
  jobCtx: JobContext;
  jobs: { heartbeat: WorkerJob<{ server?: string }>; reconcile: WorkerJob<{ server?: string }> };
}

const stateOf: Record<StreamStatus["state"], StreamState> = {
  connecting: "CONNECTING",
  connected: "CONNECTED",
  backoff: "BACKOFF",
  auth_failed: "AUTH_FAILED",
  closed: "DISCONNECTED",
};

export function buildStreamSession(deps: SessionDeps) {
  const { server, db, config, jobCtx } = deps;
  const logger = deps.logger.child({ part: `ingest:${server.profileName}` });
  const ctx: IngestContext = {
    db,
    live: deps.live,
    logger,
    server: { id: server.id, profileName: server.profileName, mspId: server.mspId },
    ...(jobCtx.onDevicesOnline ? { onDevicesOnline: jobCtx.onDevicesOnline } : {}),
  };
  const client = cometClientFactory(deps.secrets)(server);
  const fetchProfile = profileFetcher(client);
  const consumer = buildStreamConsumer({
    ctx,
    fetchProfile,
    batchMax: config.INGEST_BATCH_MAX,
    flushMs: config.INGEST_FLUSH_MS,
    onBatchLost: () => reconcile("lost batch"),
  });
  const persist = buildStatePersister(deps, logger);
  let stream: ReturnType<typeof eventStreamFor> | undefined;
  let status: StreamStatus = { state: "closed", reconnects: 0 };
  let lastHeartbeatAt: Date | undefined;
  let reconcileQueued = false;
  let heartbeatQueued = false;
  let polling = false;
  const timers: NodeJS.Timeout[] = [];
  let markReconciled = () => {};
  const firstReconcile = new Promise<void>((resolve) => {
    markReconciled = resolve;
  });

  const runJob = async (job: WorkerJob<{ server?: string }>) => {
    const result = await job.run(jobCtx, job.payload.parse({ server: server.profileName }));
    logger.debug({ job: job.name, ...result }, "job done");
    return result;
  };

  let reconcileFailures = 0;

  /**
   * Events missed while disconnected are gone for good, so a failed reconcile is retried with
   * capped backoff while the stream stays up (a reconnect queues a fresh one anyway).
   */
  function reconcile(reason: string): void {
    if (reconcileQueued) return;
    reconcileQueued = true;
    void consumer
      .exclusive(async () => {
        reconcileQueued = false;
        logger.info({ reason }, "reconciling");
        await runJob(deps.jobs.reconcile);
        reconcileFailures = 0;
        markReconciled();
      })
      .catch((err: Error) => {
        reconcileFailures += 1;
        const delay = Math.min(config.STREAM_BACKOFF_MAX_MS, config.STREAM_BACKOFF_BASE_MS * 2 ** reconcileFailures);
        logger.error({ err, retryInMs: delay }, "reconcile failed; retrying");
        timers.push(
          setTimeout(() => {
            if (status.state === "connected") reconcile("retry after failure");
          }, delay),
        );
      });
  }

  /** At most one heartbeat queued: a slow one must not pile up behind itself. */
  function heartbeat(): void {
    if (heartbeatQueued) return;
    heartbeatQueued = true;
    void consumer
      .exclusive(() => runJob(deps.jobs.heartbeat))
      .then(() => {
        lastHeartbeatAt = new Date();
      })
      .catch((err: Error) => logger.warn({ err: err.message }, "heartbeat failed"))
      .finally(() => {
        heartbeatQueued = false;
      });
  }

  /** `getJobsForDateRange(0, 0)` = the incomplete jobs; applying them yields job.progress events. */
  async function pollProgress(): Promise<void> {
    if (polling || status.state !== "connected") return;
    polling = true;
    try {
      const jobs = await client.getJobsForDateRange(0, 0);
      if (jobs.length > 0) await consumer.exclusive(() => applyJobs(ctx, jobs, { fetchProfile }));
    } catch (err) {
      logger.warn({ err: (err as Error).message }, "progress poll failed");
    } finally {
      polling = false;
    }
  }

  function onState(next: StreamStatus): void {
    const wasConnected = status.state === "connected";
    status = next;
    if (next.state === "auth_failed" || (next.lastError && next.state !== "connected")) {
      logger.warn({ state: next.state, err: next.lastError, nextRetryAt: next.nextRetryAt }, "stream not connected");
    }
    void persist.save(next);
    if (next.state === "connected" && !wasConnected) {
      logger.info({ reconnects: next.reconnects }, "stream connected");
      reconcile("connected");
    }
  }

  return {
    server,
    firstReconcile,
    start(): void {
      stream = eventStreamFor(server, deps.secrets, config, {
        onEvent: (ev) => consumer.push(ev),
        onState,
        onInvalidFrame: (raw, reason) => consumer.invalidFrame(raw, reason),
      });
      timers.push(setInterval(heartbeat, config.HEARTBEAT_INTERVAL_SECONDS * 1000));
      timers.push(setInterval(() => void pollProgress(), config.PROGRESS_POLL_SECONDS * 1000));
    },
    async stop(): Promise<void> {
      for (const t of timers) clearInterval(t);
      await stream?.close();
      await consumer.stop();
      status = { ...status, state: "closed" };
      await persist.save(status);
    },
    consumer,
    health: (): StreamHealth => ({
      serverId: server.id,
      profileName: server.profileName,
      state: stateOf[status.state],
      connectedAt: status.connectedAt,
      lastEventAt: status.lastEventAt,
      lastHeartbeatAt,
      reconnects: status.reconnects,
      lastError: status.lastError,
      heldByMe: true,
    }),
  };
}

export type StreamSession = ReturnType<typeof buildStreamSession>;

/**
 * Writes the stream columns and a `server.state` live event, in order, one at a time; only
 * state/error changes are published (a reconnect storm must not flood subscribers).
 */
function buildStatePersister(deps: SessionDeps, logger: Logger) {
  const { server, db } = deps;
  const holder = deps.config.WORKER_ID;
  let chain = Promise.resolve();
  let published = "";

  const write = async (s: StreamStatus) => {
    const state = stateOf[s.state];
    const lastStreamError = s.state === "connected" ? null : (s.lastError ?? null);
    const key = `${state}|${lastStreamError ?? ""}`;
    const events = await db.prisma.$transaction(async (tx) => {
      await tx.cometServer.updateMany({
        where: {
          id: server.id,
          OR: [{ streamHolder: holder }, { streamHolder: null }, { streamState: "DISCONNECTED" }],
        },
        data: {
          streamState: state,
          streamHolder: s.state === "closed" ? null : holder,
          streamConnectedAt: s.connectedAt ?? null,
          reconnectCount: s.reconnects,
          lastStreamError,
        },
      });
      // CONNECTING is transient (every retry passes through it): persisted, not published.
      if (key === published || state === "CONNECTING") return [];
      published = key;
      const payload = { serverId: server.id, profileName: server.profileName, state, lastError: lastStreamError };
      const mspId = server.mspId ?? platformChannel;
      return writeLiveEvents(tx, [{ mspId, customerId: null, topic: "server.state", payload }]);
    });
    await publishLiveEvents(deps.live, events);
  };

  return {
    save(s: StreamStatus): Promise<void> {
      chain = chain
        .then(() => write(s))
        .catch((err: Error) => logger.warn({ err: err.message }, "cannot save stream state"));
      return chain;
    },
  };
}
