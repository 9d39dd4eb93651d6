import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import pg from "pg";
import { loadConfig } from "../config.js";
import { buildPubSub, type LivePubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildDb, type Db } from "../prisma/db.js";
import { buildSecretBox } from "../secret-box.js";
import { buildWorkers, type Workers } from "../workers/index.js";

/**
 * `npm run bench:ingest`: event-stream ingestion throughput on PostgreSQL, end to end.
 * A simulator in its own process (a Comet Server is another machine; in-process it would share
 * our one JS thread) streams `burstJobs(N)` (2N job events) over a real WebSocket; the clock
 * runs from the burst request until every job is committed as ended AND its job.ended live
 * event has been received by a real subscriber. In the same run, a plain `pg` 500-row multi-row upsert into a
 * scratch table gives the machine's raw ceiling, so the ratio is comparable across machines.
 */

const BURST_JOBS = 20_000;
const TARGET_EVENTS_PER_S = 5000;
const RAW_BATCH = 500;

const print = (name: string, value: number | string, unit = "") =>
  console.log(`${name}: ${value}${unit ? ` ${unit}` : ""}`);

async function withScratchDatabase<T>(baseUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `ph_bench_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

interface SimProcess {
  url: string;
  control<T>(name: string, args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

async function spawnSimulator(args: string[]): Promise<SimProcess> {
  const child = spawn("./node_modules/.bin/tsx", ["comet/simulator/main.ts", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}`)));
    lines.on("line", (line) => {
      const m = /simulator at (\S+)/.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
  });
  return {
    url,
    async control<T>(name: string, body: unknown[]): Promise<T> {
      const res = await fetch(`${url}__sim/${name}`, { method: "POST", body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`simulator control ${name}: HTTP ${res.status}`);
      return ((await res.json()) as { result: T }).result;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function setUp(url: string) {
  const base = loadConfig();
  const config = {
    ...base,
    LOG_LEVEL: base.LOG_LEVEL === "info" ? "warn" : base.LOG_LEVEL,
    DATABASE_URL: url,
    WORKER_ID: "bench",
  };
  const db = await buildDb({ databaseUrl: url, poolMax: 10 });
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  const secrets = buildSecretBox(randomBytes(32));
  const sim = await spawnSimulator(["--seed", "11", "--no-auto-run", "--accounts", "40"]);
  const msp = await db.prisma.msp.create({ data: { slug: "bench", name: "Bench MSP" } });
  await db.prisma.cometServer.create({
    data: {
      profileName: "bench",
      name: "Bench",
      baseUrl: sim.url,
      adminUsername: "admin",
      adminPasswordEnc: secrets.encrypt("admin"),
      mspId: msp.id,
    },
  });
  const workers = buildWorkers({
    db,
    live,
    config,
    logger: buildLogger(config.LOG_LEVEL, "bench"),
    secrets,
    schedule: "none",
  });
  return { db, live, sim, workers, mspId: msp.id };
}

async function measureIngest(env: { db: Db; live: LivePubSub; sim: SimProcess; workers: Workers; mspId: string }) {
  await env.workers.start();
  const reconcileStart = Date.now();
  await env.workers.reconciled();
  print("reconcile ms", Date.now() - reconcileStart);
  print("fleet accounts", await env.db.prisma.cometAccount.count());
  print("fleet devices", await env.db.prisma.device.count());

  const ended = new Set<string>();
  let liveEvents = 0;
  let allEnded = () => {};
  const done = new Promise<void>((resolve) => {
    allEnded = resolve;
  });
  let expected: Set<string> | undefined;
  const sub = env.live.pubsub.subscribe("live", env.mspId);
  void (async () => {
    for await (const m of sub) {
      liveEvents++;
      if (m.topic !== "job.ended") continue;
      ended.add(String(m.payload.cometJobId));
      if (expected && ended.size >= expected.size) allEnded();
    }
  })();
  if (env.live.kind === "redis") await new Promise((r) => setTimeout(r, 200));

  // The clock starts when the burst is requested, so the simulator's own generation time counts
  // against us (frames start flowing while it generates): a conservative figure.
  const started = performance.now();
  expected = new Set(await env.sim.control<string[]>("burst-jobs", [BURST_JOBS]));
  print("simulator burst request ms", Math.round(performance.now() - started));
  if (ended.size >= expected.size) allEnded();
  await done;
  const seconds = (performance.now() - started) / 1000;
  const [row] = await env.db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Job" WHERE NOT "isRunning" AND "cometJobId" = ANY($1::text[])`,
    [...expected],
  );
  const committed = row?.n ?? 0;
  await sub.return?.();
  await env.workers.stop();
  return { seconds, events: 2 * BURST_JOBS, committed, liveEvents };
}

async function measureRaw(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE bench_raw (
    server_id text, job_id text, status int, counter int, upload bigint, ended_at timestamptz, payload jsonb,
    PRIMARY KEY (server_id, job_id))`);
  const rows = 2 * BURST_JOBS;
  const started = performance.now();
  for (let offset = 0; offset < rows; offset += RAW_BATCH) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < RAW_BATCH; i++) {
      const job = (offset + i) % BURST_JOBS; // every job twice: once inserted, once updated
      const p = values.length;
      tuples.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`);
      values.push("bench", `job-${job}`, 5000, offset, 1024 * i, new Date(), JSON.stringify({ job, i }));
    }
    await client.query(
      `INSERT INTO bench_raw VALUES ${tuples.join(", ")}
       ON CONFLICT (server_id, job_id) DO UPDATE SET status = EXCLUDED.status, counter = EXCLUDED.counter,
         upload = EXCLUDED.upload, ended_at = EXCLUDED.ended_at, payload = EXCLUDED.payload
       WHERE (EXCLUDED.counter, EXCLUDED.upload) > (bench_raw.counter, bench_raw.upload)`,
      values,
    );
  }
  const perSecond = rows / ((performance.now() - started) / 1000);
  await client.end();
  return perSecond;
}

async function main(): Promise<void> {
  const baseUrl = loadConfig().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  await withScratchDatabase(baseUrl, async (url) => {
    const env = await setUp(url);
    try {
      const ingest = await measureIngest(env);
      const raw = await measureRaw(url);
      const eventsPerS = ingest.events / ingest.seconds;
      print("pubsub", env.live.kind);
      print("burst jobs", BURST_JOBS);
      print("ingest events", ingest.events);
      print("ingest seconds", ingest.seconds.toFixed(2), "s");
      print("jobs committed ended", ingest.committed);
      print("live events received", ingest.liveEvents);
      print("ingest events/s", Math.round(eventsPerS));
      print("ingest target events/s", TARGET_EVENTS_PER_S);
      print("raw batched upsert rows/s", Math.round(raw));
      print("ingest vs raw", (eventsPerS / raw).toFixed(2));
    } finally {
      await env.sim.stop();
      await env.live.close();
      await env.db.close();
    }
  });
}

await main();
