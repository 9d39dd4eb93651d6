import { createHash } from "node:crypto";
import pg from "pg";
import type { Logger } from "../../log.js";
import type { Db } from "../../prisma/db.js";

/**
 * Exactly one holder per Comet stream across all worker processes.
 *
 * PostgreSQL: a session-level `pg_try_advisory_lock` held on a dedicated connection per server.
 * The lock lives exactly as long as that connection, so a holder that dies (crash, kill -9,
 * network partition) releases it without any expiry bookkeeping; another worker takes it on
 * its next retry. PGlite is one process by construction (DATA_DIR lock), so the lease is an
 * in-process set shared by every supervisor on the same Db.
 */
export interface Leases {
  tryAcquire(serverId: string): Promise<boolean>;
  release(serverId: string): Promise<void>;
  isHeld(serverId: string): boolean;
  close(): Promise<void>;
}

/** Namespace (first key of the two-int4 advisory lock form) reserved for stream leases. */
const LEASE_NAMESPACE = 727003;

export function leaseKey(serverId: string): number {
  return createHash("sha256").update(serverId).digest().readInt32BE(0);
}

export function buildLeases(db: Db, logger: Logger, onLost?: (serverId: string) => void): Leases {
  if (db.kind === "postgres" && db.databaseUrl) return pgLeases(db.databaseUrl, logger, onLost);
  return memoryLeases(db);
}

const inProcess = new WeakMap<Db, Set<string>>();

function memoryLeases(db: Db): Leases {
  const shared = inProcess.get(db) ?? new Set<string>();
  inProcess.set(db, shared);
  const mine = new Set<string>();
  return {
    async tryAcquire(id) {
      if (mine.has(id)) return true;
      if (shared.has(id)) return false;
      shared.add(id);
      mine.add(id);
      return true;
    },
    async release(id) {
      if (mine.delete(id)) shared.delete(id);
    },
    isHeld: (id) => mine.has(id),
    async close() {
      for (const id of mine) shared.delete(id);
      mine.clear();
    },
  };
}

function pgLeases(databaseUrl: string, logger: Logger, onLost?: (serverId: string) => void): Leases {
  const held = new Map<string, pg.Client>();
  const drop = async (id: string) => {
    const client = held.get(id);
    if (!client) return;
    held.delete(id);
    await client.end().catch(() => {});
  };
  const leases: Leases = {
    async tryAcquire(id) {
      if (held.has(id)) return true;
      const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
      // The connection (and so the lock) is gone: another worker may take the stream now.
      const lost = (why: string) => {
        if (held.get(id) !== client) return;
        logger.warn({ serverId: id, err: why }, "stream lease connection lost");
        void drop(id).then(() => onLost?.(id));
      };
      client.on("error", (err) => lost(err.message));
      client.on("end", () => lost("connection ended"));
      try {
        await client.connect();
        const res = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS ok", [
          LEASE_NAMESPACE,
          leaseKey(id),
        ]);
        if (!res.rows[0]?.ok) {
          await client.end();
          return false;
        }
        held.set(id, client);
        return true;
      } catch (err) {
        logger.warn({ serverId: id, err: (err as Error).message }, "stream lease attempt failed");
        await client.end().catch(() => {});
        return false;
      }
    },
    async release(id) {
      const client = held.get(id);
      if (!client) return;
      held.delete(id);
      await client.query("SELECT pg_advisory_unlock($1, $2)", [LEASE_NAMESPACE, leaseKey(id)]).catch(() => {});
      await client.end().catch(() => {});
    },
    isHeld: (id) => held.has(id),
    async close() {
      await Promise.all([...held.keys()].map((id) => leases.release(id)));
    },
  };
  return leases;
}
