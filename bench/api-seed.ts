import pg from "pg";
import { ENGINE, JOB_STATUS } from "../comet/client/constants.js";
import { engineCategory } from "../comet/client/engine-category.js";
import { pgTarget } from "../prisma/db.js";
import { migrate } from "../prisma/migrator.js";
import { statusRank } from "../workers/ingest/job-order.js";

/**
 * The fleet `bench/api` measures: a dedicated PostgreSQL database (kept between runs; reseeded
 * only when its marker says the shape, the migrations or the day changed), filled by set-based
 * SQL (`INSERT ... SELECT generate_series`), never row by row.
 *
 * Shape of the measured MSP: 50 customers, 4,000 accounts (one in ten unassigned), 10,000
 * devices (70% online, 5% idle for three days), two protected items per device (engine mix of a
 * typical MSP), one vault per account, 1,000,000 jobs over 30 days (one every 7.2 h per device,
 * ~86% success, warnings, errors, missed, the rarer failures, a few dozen still running), and
 * DailyRollup rows for 30 days at account, customer and MSP scope. A second, smaller MSP shares
 * the tables so every query has to filter by tenant.
 */

export interface FleetShape {
  slug: string;
  customers: number;
  accounts: number;
  devices: number;
  jobs: number;
}

export const measuredMsp: FleetShape = {
  slug: "bench-a",
  customers: 50,
  accounts: 4000,
  devices: 10_000,
  jobs: 1_000_000,
};
export const otherMsp: FleetShape = { slug: "bench-b", customers: 5, accounts: 200, devices: 500, jobs: 50_000 };

/** Bump when the generated data changes, so an old database is reseeded. */
// 2: Device.latestJob* (migration device_latest_job) set by the seed.
const seedVersion = 2;

// Ended outcomes with their share (cumulative thresholds are built below).
const outcomeMix: Array<[outcome: string, status: number, share: number]> = [
  ["SUCCESS", JOB_STATUS.STOP_SUCCESS, 0.86],
  ["WARNING", JOB_STATUS.FAILED_WARNING, 0.06],
  ["ERROR", JOB_STATUS.FAILED_ERROR, 0.04],
  ["MISSED", JOB_STATUS.FAILED_SCHEDULEMISSED, 0.02],
  ["TIMEOUT", JOB_STATUS.FAILED_TIMEOUT, 0.005],
  ["CANCELLED", JOB_STATUS.FAILED_CANCELLED, 0.005],
  ["ABANDONED", JOB_STATUS.FAILED_ABANDONED, 0.003],
  ["QUOTA_EXCEEDED", JOB_STATUS.FAILED_QUOTA, 0.003],
  ["SKIPPED", JOB_STATUS.FAILED_SKIPALREADYRUNNING, 0.004],
];

const engineMix: Array<[engine: string, share: number]> = [
  [ENGINE.FILE, 0.45],
  [ENGINE.WINDISK, 0.15],
  [ENGINE.SYSTEMSTATE, 0.1],
  [ENGINE.MSSQL, 0.06],
  [ENGINE.HYPERV, 0.05],
  [ENGINE.VMWARE, 0.05],
  [ENGINE.MSOFFICE, 0.06],
  [ENGINE.PROXMOX, 0.03],
  [ENGINE.MYSQL, 0.03],
  [ENGINE.VSSWRITER, 0.02],
];

/** `(lo, hi, value...)` rows: a uniform random number in [lo, hi) picks the row. */
function cumulative<T extends unknown[]>(rows: Array<[...T, number]>): Array<[number, number, ...T]> {
  let lo = 0;
  return rows.map((r) => {
    const share = r[r.length - 1] as number;
    const hi = lo + share;
    const out = [lo, hi, ...(r.slice(0, -1) as T)] as [number, number, ...T];
    lo = hi;
    return out;
  });
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

function valuesTable(rows: unknown[][]): string {
  return rows
    .map((r) => `(${r.map((v) => (typeof v === "number" ? String(v) : sqlText(String(v)))).join(", ")})`)
    .join(",\n");
}

export function databaseUrlFor(baseUrl: string, name: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(baseUrl: string, sql: string, params: unknown[] = []) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    return await admin.query(sql, params);
  } finally {
    await admin.end();
  }
}

function marker(): string {
  const shape = JSON.stringify([measuredMsp, otherMsp]);
  // The fleet is relative to "now" (last 24 h, 30 days): reseed at most once a day.
  const day = new Date().toISOString().slice(0, 10);
  return `v${seedVersion}|${day}|${shape}`;
}

export interface SeedResult {
  reused: boolean;
  seconds: number;
  mspId: string;
  otherMspId: string;
}

/**
 * Reuses database `name` on the server of `baseUrl` when its marker and counts match; otherwise
 * drops it, creates and migrates it afresh and seeds it.
 */
export async function prepareFleet(
  baseUrl: string,
  name: string,
  log: (line: string) => void = () => {},
): Promise<SeedResult & { url: string }> {
  const url = databaseUrlFor(baseUrl, name);
  const started = performance.now();
  const want = marker();
  const ids = async (client: pg.Client) => {
    const r = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Msp"`);
    const by = new Map(r.rows.map((m) => [m.slug, m.id]));
    return { mspId: by.get(measuredMsp.slug) ?? "", otherMspId: by.get(otherMsp.slug) ?? "" };
  };
  const exists = await adminQuery(baseUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const have = await client
        .query<{ marker: string }>("SELECT marker FROM bench_seed")
        .catch(() => ({ rows: [] as { marker: string }[] }));
      if (have.rows[0]?.marker === want) {
        const [d, j] = await Promise.all([
          client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Device"`),
          client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Job"`),
        ]);
        if (
          d.rows[0]?.n === measuredMsp.devices + otherMsp.devices &&
          j.rows[0]?.n === measuredMsp.jobs + otherMsp.jobs
        ) {
          // Migrations added since the seed apply on top of the kept rows.
          await migrate(pgTarget(url));
          return { url, reused: true, seconds: (performance.now() - started) / 1000, ...(await ids(client)) };
        }
      }
    } finally {
      await client.end();
    }
  }
  // Anything else (missing, stale, half-seeded): start from a freshly migrated database.
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
  await migrate(pgTarget(url));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_seed (marker text NOT NULL, seeded_at timestamptz NOT NULL)`);
    // Deterministic random(): reruns of the seed produce the same fleet.
    await client.query("SELECT setseed(0.42)");
    // The bulk load only: no synchronous commit wait per statement.
    await client.query("SET synchronous_commit = off");

    // Building the Job table's secondary indexes once after the load is several times faster
    // than maintaining them row by row; they are recreated from their own definitions.
    const jobIndexes = await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = 'Job'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    for (const i of jobIndexes.rows) await client.query(`DROP INDEX "${i.name}"`);
    for (const [prefix, shape] of [
      ["a", measuredMsp],
      ["b", otherMsp],
    ] as const) {
      await seedMsp(client, prefix, shape, log);
    }
    const t0 = performance.now();
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const i of jobIndexes.rows) await client.query(i.def);
    log(`job indexes (${jobIndexes.rows.length}) rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Each device's latest job, as the ingest keeps it: one set-based UPDATE over all devices.
    const t1 = performance.now();
    await client.query(
      `UPDATE "Device" d SET "latestJobId" = l.id, "latestJobStartedAt" = l."startedAt",
         "latestJobOutcome" = l.outcome, "latestJobIsRunning" = l."isRunning"
       FROM (
         SELECT DISTINCT ON (j."deviceId") j."deviceId", j.id, j."startedAt", j.outcome, j."isRunning"
         FROM "Job" j WHERE j."deviceId" IS NOT NULL
         ORDER BY j."deviceId", j."startedAt" DESC, j.id DESC
       ) l
       WHERE d.id = l."deviceId"`,
    );
    log(`device latest jobs set in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    log("vacuum analyze");
    const t = performance.now();
    await client.query("VACUUM ANALYZE");
    log(`vacuum analyze ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await client.query("INSERT INTO bench_seed VALUES ($1, now())", [want]);
    return { url, reused: false, seconds: (performance.now() - started) / 1000, ...(await ids(client)) };
  } finally {
    await client.end();
  }
}

async function seedMsp(client: pg.Client, p: string, s: FleetShape, log: (line: string) => void) {
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const r = await client.query(sql, params);
    log(`${s.slug} ${name}: ${r.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const msp = `${p}-msp`;
  const server = `${p}-server`;
  await step("msp", `INSERT INTO "Msp" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
    msp,
    s.slug,
    `Bench MSP ${p.toUpperCase()}`,
  ]);
  await step(
    "server",
    `INSERT INTO "CometServer" (id, "profileName", name, "baseUrl", "adminUsername", "adminPasswordEnc", "mspId",
       "streamState", "lastEventAt", "lastHeartbeatAt", "updatedAt")
     VALUES ($1, $1, 'Bench Comet', 'https://comet.invalid/', 'admin', 'v1.x.x.x', $2, 'CONNECTED', now(), now(), now())`,
    [server, msp],
  );
  await step(
    "customers",
    `INSERT INTO "Customer" (id, "mspId", name, "externalRef", "updatedAt")
     SELECT $1 || '-cust-' || n, $2, 'Customer ' || lpad(n::text, 3, '0'), 'c' || n, now()
     FROM generate_series(1, $3::int) n`,
    [p, msp, s.customers],
  );
  // One account in ten is unassigned; the rest go round-robin to the customers.
  await step(
    "accounts",
    `INSERT INTO "CometAccount" (id, "serverId", username, "mspId", "customerId", "accountName", emails,
       "cometCreatedAt", "updatedAt")
     SELECT $1 || '-acct-' || n, $2, 'c' || (n % $4::int + 1) || '-user' || n, $3,
       CASE WHEN n % 10 = 0 THEN NULL ELSE $1 || '-cust-' || (n % $4::int + 1) END,
       'Account ' || n, ARRAY['user' || n || '@example.com'], now() - interval '400 days' * random(), now()
     FROM generate_series(1, $5::int) n`,
    [p, server, msp, s.customers, s.accounts],
  );
  // Device n belongs to account (n % accounts) + 1; 70% online; 5% (n % 20 = 0) idle for days.
  await step(
    "devices",
    `INSERT INTO "Device" (id, "accountId", "serverId", "mspId", "customerId", "cometDeviceId", "friendlyName", os,
       arch, "clientVersion", "registeredAt", "isOnline", "connectedAt", "lastSeenAt", "updatedAt")
     SELECT $1 || '-dev-' || n, a.id, a."serverId", a."mspId", a."customerId", 'cdev-' || n,
       (ARRAY['DESKTOP', 'LAPTOP', 'SRV', 'HV', 'SQL'])[n % 5 + 1] || '-' || lpad(n::text, 5, '0'),
       CASE WHEN n % 5 IN (2, 3, 4) THEN 'windows' WHEN n % 7 = 0 THEN 'darwin' ELSE 'linux' END,
       'x86_64', '25.6.0',
       now() - interval '30 days' - interval '400 days' * random() + CASE WHEN n % 100 = 0 THEN interval '420 days' * random() ELSE interval '0' END,
       (n % 20 <> 0 AND random() < 0.74),
       now() - interval '3 days' * random(),
       CASE WHEN n % 20 = 0 THEN now() - interval '3 days' - interval '2 days' * random() ELSE now() - interval '20 minutes' * random() END,
       now()
     FROM generate_series(1, $2::int) n
     JOIN "CometAccount" a ON a.id = $1 || '-acct-' || (n % $3::int + 1)`,
    [p, s.devices, s.accounts],
  );
  const engines = cumulative<[string]>(engineMix);
  await step(
    "protected items",
    `WITH engines(lo, hi, engine) AS (VALUES ${valuesTable(engines)})
     INSERT INTO "ProtectedItem" (id, "accountId", "serverId", "mspId", "customerId", "cometSourceId", engine,
       description, "ownerCometDeviceId", "deviceId", "totalBytes", "totalFiles", "updatedAt")
     SELECT d.id || '-item-' || k, d."accountId", d."serverId", d."mspId", d."customerId", 'src-' || d.id || '-' || k,
       e.engine, e.engine || ' on ' || d."friendlyName", d."cometDeviceId", d.id,
       (random() * 400e9)::bigint, (random() * 2e6)::bigint, now()
     FROM "Device" d CROSS JOIN generate_series(0, 1) k
     CROSS JOIN LATERAL (SELECT random() AS r OFFSET 0) x
     JOIN engines e ON x.r >= e.lo AND x.r < e.hi
     WHERE d."mspId" = $1`,
    [msp],
  );
  await step(
    "storage vaults",
    `INSERT INTO "StorageVault" (id, "accountId", "serverId", "mspId", "customerId", "cometDestinationId", description,
       "destinationType", "quotaEnabled", "quotaBytes", "usedBytes", "updatedAt")
     SELECT a.id || '-vault', a.id, a."serverId", a."mspId", a."customerId", 'dest-' || a.id, 'Comet Storage',
       1003, false, 0, (random() * 2e12)::bigint, now()
     FROM "CometAccount" a WHERE a."mspId" = $1`,
    [msp],
  );

  // Job i runs on device (i % devices) + 1 in round i / devices: one job per device every
  // 30 days / rounds, jittered per device; idle devices stopped 3 days ago. The latest round's
  // jobs that started under 2 h ago on one device in 50 are still running.
  const outcomes = cumulative<[string, number]>(outcomeMix).map(([lo, hi, outcome, status]) => [
    lo,
    hi,
    outcome,
    status,
    statusRank(status),
  ]);
  const rounds = Math.ceil(s.jobs / s.devices);
  await step(
    "jobs",
    `WITH outcomes(lo, hi, outcome, status, rank) AS (VALUES ${valuesTable(outcomes)}),
     g AS (
       SELECT i, (i % $2::int) + 1 AS dn, i / $2::int AS round, random() AS r, random() AS r2, random() AS r3
       FROM generate_series(0, $3::int - 1) i
     ),
     j AS (
       SELECT g.*, d.id AS "deviceId", d."accountId", d."serverId", d."mspId", d."customerId", d."cometDeviceId",
         now() - interval '30 days' + (interval '30 days' / $4::int) * (g.round + ((g.dn * 7919) % 1000) / 1000.0)::float8
           - CASE WHEN g.dn % 20 = 0 THEN interval '3 days' ELSE interval '0' END AS "startedAt",
         (g.round = $4::int - 1 AND g.dn % 50 = 1) AS latest_on_runner
       FROM g JOIN "Device" d ON d.id = $1 || '-dev-' || g.dn
     )
     INSERT INTO "Job" ("serverId", "cometJobId", "accountId", "mspId", "customerId", "deviceId", "cometDeviceId",
       "protectedItemId", "cometSourceId", "storageVaultId", "cometDestinationId", classification, "cometStatus",
       outcome, "statusRank", "isRunning", "startedAt", "endedAt", "uploadBytes", "downloadBytes", "totalBytes",
       "totalFiles", "progressCounter", "lastProgressAt", "updatedAt")
     SELECT j."serverId", $1 || '-job-' || j.i, j."accountId", j."mspId", j."customerId", j."deviceId", j."cometDeviceId",
       j."deviceId" || '-item-' || (j.round % 2), 'src-' || j."deviceId" || '-' || (j.round % 2),
       j."accountId" || '-vault', 'dest-' || j."accountId",
       (CASE WHEN j.r2 < 0.93 THEN 'BACKUP' WHEN j.r2 < 0.98 THEN 'RETENTION' WHEN j.r2 < 0.99 THEN 'RESTORE'
         ELSE 'DEEPVERIFY' END)::"JobClassification",
       CASE WHEN running THEN ${JOB_STATUS.RUNNING_ACTIVE} ELSE o.status END,
       (CASE WHEN running THEN 'RUNNING' ELSE o.outcome END)::"JobOutcome",
       CASE WHEN running THEN ${statusRank(JOB_STATUS.RUNNING_ACTIVE)} ELSE o.rank END,
       running, j."startedAt",
       CASE WHEN running THEN NULL ELSE j."startedAt" + interval '2 minutes' + interval '70 minutes' * j.r3 END,
       (j.r3 * 5e9)::bigint, 0, (j.r3 * 80e9)::bigint, (j.r3 * 1e6)::bigint,
       CASE WHEN running THEN 40 ELSE 0 END,
       CASE WHEN running THEN now() - interval '1 minute' ELSE NULL END,
       now()
     FROM j
     CROSS JOIN LATERAL (SELECT j.latest_on_runner AND j."startedAt" > now() - interval '2 hours' AS running) x
     JOIN outcomes o ON j.r >= o.lo AND j.r < o.hi OR (j.r >= 1.0 - 1e-9 AND o.outcome = 'SUCCESS')`,
    [p, s.devices, s.jobs, rounds],
  );

  // 30 days of rollups: account rows from today's mirror, scaled back in time (devices
  // registered by that day, a varying share online, storage growing ~0.5% a day), then the
  // customer and MSP rows summed from them, as the rollups job would have written them.
  await step(
    "rollups (accounts)",
    `WITH days AS (SELECT (current_date - k) AS day, k FROM generate_series(0, 29) k),
     storage AS (SELECT "accountId", sum("usedBytes") AS bytes FROM "StorageVault" WHERE "mspId" = $1 GROUP BY 1),
     items AS (
       SELECT "accountId", jsonb_object_agg(category, n) AS by_category FROM (
         SELECT "accountId", CASE engine ${engineMix.map(([e]) => `WHEN ${sqlText(e)} THEN ${sqlText(engineCategory(e))}`).join(" ")} ELSE 'OTHER' END AS category,
           count(*) AS n
         FROM "ProtectedItem" WHERE "mspId" = $1 GROUP BY 1, 2) t GROUP BY 1
     )
     INSERT INTO "DailyRollup" (day, scope, "scopeId", "mspId", "customerId", "devicesRegistered", "devicesOnline",
       "storageBytes", "itemsByCategory", "updatedAt")
     SELECT days.day, 'ACCOUNT'::"RollupScope", a.id, a."mspId", a."customerId",
       count(d.id) FILTER (WHERE d."registeredAt" < days.day + 1)::int,
       count(d.id) FILTER (WHERE d."registeredAt" < days.day + 1 AND abs(hashtext(d.id || days.day::text)) % 100 < 72)::int,
       (coalesce(s.bytes, 0) * (1 - days.k * 0.005))::bigint, coalesce(i.by_category, '{}'::jsonb), now()
     FROM "CometAccount" a CROSS JOIN days
     LEFT JOIN "Device" d ON d."accountId" = a.id
     LEFT JOIN storage s ON s."accountId" = a.id
     LEFT JOIN items i ON i."accountId" = a.id
     WHERE a."mspId" = $1
     GROUP BY days.day, days.k, a.id, a."mspId", a."customerId", s.bytes, i.by_category`,
    [msp],
  );
  const sumItems = `(SELECT coalesce(jsonb_object_agg(key, total), '{}'::jsonb) FROM (
       SELECT key, sum(value::bigint) AS total FROM "DailyRollup" r2, jsonb_each_text(r2."itemsByCategory")
       WHERE r2.scope = 'ACCOUNT' AND r2."mspId" = $1 AND r2.day = r.day AND %FILTER% GROUP BY key) t)`;
  await step(
    "rollups (customers, msp)",
    `INSERT INTO "DailyRollup" (day, scope, "scopeId", "mspId", "customerId", "devicesRegistered", "devicesOnline",
       "storageBytes", "itemsByCategory", "updatedAt")
     SELECT r.day, 'CUSTOMER'::"RollupScope", r."customerId", r."mspId", r."customerId", sum(r."devicesRegistered")::int,
       sum(r."devicesOnline")::int, sum(r."storageBytes")::bigint,
       ${sumItems.replace("%FILTER%", `r2."customerId" = r."customerId"`)}, now()
     FROM "DailyRollup" r WHERE r.scope = 'ACCOUNT' AND r."mspId" = $1 AND r."customerId" IS NOT NULL
     GROUP BY r.day, r."customerId", r."mspId"
     UNION ALL
     SELECT r.day, 'MSP'::"RollupScope", r."mspId", r."mspId", NULL, sum(r."devicesRegistered")::int, sum(r."devicesOnline")::int,
       sum(r."storageBytes")::bigint, ${sumItems.replace("%FILTER%", "true")}, now()
     FROM "DailyRollup" r WHERE r.scope = 'ACCOUNT' AND r."mspId" = $1
     GROUP BY r.day, r."mspId"`,
    [msp],
  );
}
