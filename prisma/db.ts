import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";
import { type MigrationTarget, migrate } from "./migrator.js";

export type { Prisma } from "./generated/prisma/client.js";
export { PrismaClient };

/**
 * One schema, two databases: PGlite on disk for the embedded default, PostgreSQL through
 * adapter-pg in production. Everything above this module sees only `Db`.
 */
export interface Db {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  /** Connection string, for parts that need their own connections (leases, graphile-worker). */
  databaseUrl?: string;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** PGlite data directory (embedded default). */
  dataDir?: string;
  /** An already-open PGlite (tests load it from a migrated template). */
  pglite?: PGlite;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  poolMax?: number;
}

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `${dir} is in use by process ${pid}; PGlite allows one process per data directory (stop it, or set DATA_DIR)`,
    );
    this.name = "DataDirLockedError";
  }
}

export async function buildDb(opts: DbOptions): Promise<Db> {
  if (opts.databaseUrl) return buildPostgres(opts.databaseUrl, opts);
  return buildPglite(opts);
}

async function buildPostgres(databaseUrl: string, opts: DbOptions): Promise<Db> {
  if (opts.migrate !== false) await migrate(pgTarget(databaseUrl));
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: opts.poolMax ?? 10 }),
  });
  return {
    prisma,
    kind: "postgres",
    databaseUrl,
    close: () => prisma.$disconnect(),
  };
}

async function buildPglite(opts: DbOptions): Promise<Db> {
  let pglite = opts.pglite;
  let releaseLock = () => {};
  if (!pglite) {
    const dir = path.resolve(opts.dataDir ?? "./data", "pglite");
    mkdirSync(dir, { recursive: true });
    releaseLock = lockDataDir(dir);
    pglite = new PGlite(dir);
  }
  const db = pglite;
  if (opts.migrate !== false) await migrate(pgliteTarget(db));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    kind: "pglite",
    async close() {
      await prisma.$disconnect();
      if (!opts.pglite) await db.close();
      releaseLock();
    },
  };
}

/** PGlite does not lock its directory itself, and two processes on one directory corrupt it. */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, "..", "pglite.lock");
  try {
    const pid = Number(readFileSync(file, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid);
  } catch (err) {
    if (err instanceof DataDirLockedError) throw err;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function pgliteTarget(db: PGlite): MigrationTarget {
  const wrap = (q: Pick<PGlite, "query" | "exec">) => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
  };
}

export function pgTarget(databaseUrl: string): MigrationTarget {
  const run = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const wrap = (c: pg.Client) => ({
    query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await c.query(sql);
    },
  });
  return {
    query: (sql, params) => run((c) => wrap(c).query(sql, params)),
    transaction: (fn) =>
      run(async (c) => {
        await c.query("BEGIN");
        try {
          await fn(wrap(c));
          await c.query("COMMIT");
        } catch (err) {
          await c.query("ROLLBACK");
          throw err;
        }
      }),
  };
}
