import type { ServerConnectionRow } from "../../core/servers/comet-client.js";
import { buildLeases, type Leases } from "./lease.js";
import { buildStreamSession, type SessionDeps, type StreamHealth, type StreamSession } from "./stream-session.js";

/**
 * Holds the event stream of every enabled Comet server this process can lease. Every
 * STREAM_LEASE_RETRY_SECONDS it rescans: newly registered servers are leased and opened,
 * disabled/deleted ones (or ones whose URL/credentials changed) are closed and released, and
 * servers leased by another worker are retried, so a dead holder is replaced within one period.
 */
export type SupervisorDeps = Omit<SessionDeps, "server">;

export interface Supervisor {
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): StreamHealth[];
  /** Resolves after the first reconcile of every held server (or of the named one). */
  reconciled(profileName?: string): Promise<void>;
  /** Runs one rescan now (tests, and `start`). */
  rescan(): Promise<void>;
}

const connectionKey = (s: ServerConnectionRow) => [s.baseUrl, s.adminUsername, s.adminPasswordEnc, s.mspId].join("\n");

export function buildSupervisor(deps: SupervisorDeps): Supervisor {
  const logger = deps.logger.child({ part: "supervisor" });
  const sessions = new Map<string, StreamSession>();
  const waiters = new Map<string, Array<() => void>>();
  let leases: Leases | undefined;
  let timer: NodeJS.Timeout | undefined;
  let scanning: Promise<void> | undefined;
  let started: Promise<void> | undefined;
  let stopping = false;

  async function stopSession(id: string, release: boolean): Promise<void> {
    const session = sessions.get(id);
    if (!session) return;
    sessions.delete(id);
    await session.stop().catch((err: Error) => logger.warn({ err: err.message }, "session stop failed"));
    if (release) await leases?.release(id);
  }

  function open(server: ServerConnectionRow): void {
    const session = buildStreamSession({ ...deps, server });
    sessions.set(server.id, session);
    void session.firstReconcile.then(() => {
      for (const resolve of waiters.get(server.profileName) ?? []) resolve();
      waiters.delete(server.profileName);
    });
    session.start();
    logger.info({ server: server.profileName, holder: deps.config.WORKER_ID }, "stream leased");
  }

  async function scanOnce(): Promise<void> {
    const rows = await deps.db.prisma.cometServer.findMany({
      where: { isEnabled: true },
      select: { id: true, profileName: true, baseUrl: true, adminUsername: true, adminPasswordEnc: true, mspId: true },
    });
    const wanted = new Map(rows.map((r) => [r.id, r]));
    for (const [id, session] of sessions) {
      const row = wanted.get(id);
      if (!row || connectionKey(row) !== connectionKey(session.server)) {
        logger.info({ server: session.server.profileName }, row ? "server settings changed" : "server disabled");
        await stopSession(id, true);
      }
    }
    for (const row of rows) {
      if (stopping || sessions.has(row.id)) continue;
      if (await leases!.tryAcquire(row.id)) open(row);
    }
  }

  async function rescan(): Promise<void> {
    if (stopping) return;
    if (!scanning) {
      scanning = scanOnce()
        .catch((err: Error) => logger.error({ err }, "server rescan failed"))
        .finally(() => {
          scanning = undefined;
        });
    }
    await scanning;
  }

  return {
    start() {
      stopping = false;
      leases = buildLeases(deps.db, logger, (id) => {
        // The lease connection died: someone else may hold the stream now; stop ours at once.
        void stopSession(id, false);
      });
      started = rescan();
      timer = setInterval(() => void rescan(), deps.config.STREAM_LEASE_RETRY_SECONDS * 1000);
      return started;
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      await scanning;
      await Promise.all([...sessions.keys()].map((id) => stopSession(id, true)));
      await leases?.close();
    },
    health: () => [...sessions.values()].map((s) => s.health()),
    async reconciled(profileName) {
      await started;
      const targets = profileName ? [profileName] : [...sessions.values()].map((s) => s.server.profileName);
      await Promise.all(
        targets.map((name) => {
          const session = [...sessions.values()].find((s) => s.server.profileName === name);
          if (session) return session.firstReconcile;
          return new Promise<void>((resolve) => waiters.set(name, [...(waiters.get(name) ?? []), resolve]));
        }),
      );
    },
    rescan,
  };
}
