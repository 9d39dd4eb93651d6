import type { LivePubSub } from "../core/live/pubsub.js";
import type { Db } from "../prisma/db.js";

/** The fields of a worker's in-memory stream health that /healthz can fall back on. */
export interface StreamHealthLike {
  profileName: string;
  state: string;
  lastEventAt?: Date;
  lastHeartbeatAt?: Date;
  reconnects: number;
}

export interface HealthReport {
  status: "ok" | "degraded";
  database: { ok: boolean; kind: Db["kind"] };
  pubsub: { ok: boolean; kind: LivePubSub["kind"] };
  streams: Array<{
    server: string;
    state: string;
    lastEventAt: string | null;
    lastHeartbeatAt: string | null;
    reconnects: number;
  }>;
}

const probeTimeoutMs = 2000;

/**
 * Liveness for load balancers and humans. Stream state is read from the CometServer rows, which
 * the workers keep current wherever they run, so every API replica reports the same thing; the
 * in-process worker health is only a fallback for when the database itself is down.
 * HTTP 503 only when the database is down: a disconnected Comet stream degrades, but the API
 * still serves what it has mirrored.
 */
export async function readHealth(deps: {
  db: Db;
  live: LivePubSub;
  workersHealth?: () => StreamHealthLike[];
}): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const [servers, pubsubOk] = await Promise.all([
    withTimeout(
      deps.db.prisma.cometServer.findMany({
        where: { isEnabled: true },
        orderBy: { profileName: "asc" },
        select: {
          profileName: true,
          streamState: true,
          lastEventAt: true,
          lastHeartbeatAt: true,
          reconnectCount: true,
        },
      }),
    ).catch(() => null),
    withTimeout(deps.live.ping()).catch(() => false),
  ]);
  const databaseOk = servers !== null;
  const streams = servers
    ? servers.map((s) => ({
        server: s.profileName,
        state: s.streamState,
        lastEventAt: s.lastEventAt?.toISOString() ?? null,
        lastHeartbeatAt: s.lastHeartbeatAt?.toISOString() ?? null,
        reconnects: s.reconnectCount,
      }))
    : (deps.workersHealth?.() ?? []).map((s) => ({
        server: s.profileName,
        state: s.state.toUpperCase(),
        lastEventAt: s.lastEventAt?.toISOString() ?? null,
        lastHeartbeatAt: s.lastHeartbeatAt?.toISOString() ?? null,
        reconnects: s.reconnects,
      }));
  const allConnected = streams.every((s) => s.state === "CONNECTED");
  return {
    httpStatus: databaseOk ? 200 : 503,
    report: {
      status: databaseOk && pubsubOk && allConnected ? "ok" : "degraded",
      database: { ok: databaseOk, kind: deps.db.kind },
      pubsub: { ok: pubsubOk, kind: deps.live.kind },
      streams,
    },
  };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`health probe timed out after ${probeTimeoutMs} ms`)), probeTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
