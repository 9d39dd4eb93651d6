import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { loadConfig } from "../config.js";
import { buildDb, type Db, pgliteTarget, pgTarget } from "../prisma/db.js";
import { migrate, readMigrations } from "../prisma/migrator.js";

/**
 * A fresh, migrated database per test file: PGlite (memory) by default, or a new PostgreSQL
 * database cloned from a migrated template when DATABASE_URL is set (the CI's second pass).
 * Initdb costs 3-6 s in PGlite, so the migrated PGlite is cached as a data-dir tarball keyed
 * by the migrations' checksums; booting PGlite from it still costs about a second of CPU, so a
 * worker process keeps the PGlite of a destroyed database, empties it and hands it to the next
 * test (see `recycle`).
 */

const cacheDir = path.resolve("node_modules/.cache/partner-hub");

async function migrationsKey(): Promise<string> {
  const ms = await readMigrations();
  return createHash("sha256")
    .update(ms.map((m) => `${m.name}:${m.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
}

/** The migrated data directory as an uncompressed tarball, read once per process. */
let template: Promise<Blob> | undefined;

const tarball = (gzip: Buffer) => new Blob([new Uint8Array(gunzipSync(gzip))]);

async function readTemplate(): Promise<Blob> {
  const file = path.join(cacheDir, `pglite-${await migrationsKey()}.tar.gz`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return tarball(cached);
  const fresh = await PGlite.create("memory://");
  await migrate(pgliteTarget(fresh));
  const dump = Buffer.from(await (await fresh.dumpDataDir("gzip")).arrayBuffer());
  await fresh.close();
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${randomUUID()}`;
  await writeFile(tmp, dump);
  await rename(tmp, file);
  return tarball(dump);
}

const migratedTemplate = () => {
  template ??= readTemplate();
  return template;
};

async function pgliteFromTemplate(): Promise<PGlite> {
  // Uncompressed: PGlite's own gunzip of the 42 MB directory costs a third of its start-up.
  return PGlite.create({ loadDataDir: await migratedTemplate() });
}

/** PGlites of destroyed databases, emptied, waiting for the next test of this process. */
const idle: PGlite[] = [];
const maxIdle = 2;

/** Deletes every row and restarts the sequences: what a database fresh from the template holds. */
let resetSql: Promise<string> | undefined;

async function resetStatementsOf(db: PGlite): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const sequences = await db.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, sequencename) AS name FROM pg_sequences WHERE schemaname = 'public'`,
  );
  // Foreign keys are triggers: replica mode skips them, so the tables empty in any order. DELETE,
  // not TRUNCATE: TRUNCATE rewrites every table and index file (half a second in PGlite).
  return [
    "SET session_replication_role = replica;",
    ...tables.rows.map((t) => `DELETE FROM ${t.name};`),
    ...sequences.rows.map((s) => `ALTER SEQUENCE ${s.name} RESTART;`),
    "SET session_replication_role = DEFAULT;",
  ].join("\n");
}

/**
 * Empties a destroyed test's PGlite and keeps it for the next test. `DISCARD ALL` drops session
 * state (settings, prepared statements, advisory locks, LISTENs); a transaction someone left open
 * blocks the reset, and such a PGlite is closed instead of reused.
 */
async function recycle(db: PGlite): Promise<void> {
  const reset = (async () => {
    resetSql ??= resetStatementsOf(db);
    await db.exec("DISCARD ALL");
    await db.exec(await resetSql);
    return true;
  })().catch(() => false);
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000).unref());
  if ((await Promise.race([reset, timeout])) && idle.length < maxIdle) idle.push(db);
  else void db.close().catch(() => {});
}

/**
 * A handle on a PGlite that stops working when its test destroys the database: a query the test
 * left running afterwards fails as on a closed database instead of reaching the next test's rows.
 */
function revocable(db: PGlite): { handle: PGlite; revoke(): void } {
  let revoked = false;
  const handle = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (revoked) throw new Error("this test database was destroyed");
        return value.apply(target, args);
      };
    },
  });
  return {
    handle,
    revoke: () => {
      revoked = true;
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function postgresFromTemplate(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const template = `ph_tpl_${await migrationsKey()}`;
  const name = `ph_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    // Several test files start at once; one of them builds the template, the rest wait.
    await admin.query("SELECT pg_advisory_lock(727002)");
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${template}"`);
      await migrate(pgTarget(withDatabase(baseUrl, template)));
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.query("SELECT pg_advisory_unlock(727002)");
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(baseUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestDb extends Db {
  /** Drops the database (PostgreSQL) or empties PGlite for the next test of this process. */
  destroy(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const { DATABASE_URL } = loadConfig();
  if (DATABASE_URL) {
    const created = await postgresFromTemplate(DATABASE_URL);
    const db = await buildDb({ databaseUrl: created.url, migrate: false, poolMax: 5 });
    return {
      ...db,
      async destroy() {
        await db.close();
        await created.drop();
      },
    };
  }
  const pglite = idle.pop() ?? (await pgliteFromTemplate());
  const { handle, revoke } = revocable(pglite);
  const db = await buildDb({ pglite: handle, migrate: false });
  return {
    ...db,
    async destroy() {
      await db.close();
      revoke();
      await recycle(pglite);
    },
  };
}

/**
 * A migrated PGlite data directory on disk, for a child process that opens it with
 * `buildDb({ dataDir })` (it lives in `<dataDir>/pglite`): the template instead of initdb + migrate.
 */
export async function createTestDataDir(dataDir: string): Promise<void> {
  const db = await PGlite.create({
    dataDir: path.join(dataDir, "pglite"),
    loadDataDir: await migratedTemplate(),
  });
  await db.close();
}
