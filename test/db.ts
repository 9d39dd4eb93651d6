import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { loadConfig } from "../config.js";
import { buildDb, type Db, pgliteTarget, pgTarget } from "../prisma/db.js";
import { migrate, readMigrations } from "../prisma/migrator.js";

/**
 * A fresh, migrated database per test file: PGlite (memory) by default, or a new PostgreSQL
 * database cloned from a migrated template when DATABASE_URL is set (the CI's second pass).
 * Initdb costs 3-6 s in PGlite, so the migrated PGlite is cached as a data-dir tarball keyed
 * by the migrations' checksums.
 */

const cacheDir = path.resolve("node_modules/.cache/partner-hub");

async function migrationsKey(): Promise<string> {
  const ms = await readMigrations();
  return createHash("sha256")
    .update(ms.map((m) => `${m.name}:${m.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
}

async function pgliteFromTemplate(): Promise<PGlite> {
  const file = path.join(cacheDir, `pglite-${await migrationsKey()}.tar.gz`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return PGlite.create({ loadDataDir: new Blob([cached]) });
  const fresh = await PGlite.create("memory://");
  await migrate(pgliteTarget(fresh));
  const dump = await fresh.dumpDataDir("gzip");
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${randomUUID()}`;
  await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
  await rename(tmp, file);
  return fresh;
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
  /** Drops the database (PostgreSQL) or closes PGlite. */
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
  const pglite = await pgliteFromTemplate();
  const db = await buildDb({ pglite, migrate: false });
  return {
    ...db,
    async destroy() {
      await db.close();
      await pglite.close();
    },
  };
}
