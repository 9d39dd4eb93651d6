import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { type Client, createClient } from "graphql-ws";
import pg from "pg";
import { WebSocket } from "ws";
import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildDb, pgTarget } from "../prisma/db.js";
import { migrate } from "../prisma/migrator.js";
import { createLogin } from "../test/seed.js";
import { print, startServerChild } from "./http-load.js";
import { nowMicros, type PublishResult, runPublisher } from "./publisher.js";

/**
 * `npm run bench:fanout`: live-event fan-out to many graphql-ws subscribers, on PostgreSQL.
 *
 * FANOUT_SUBSCRIBERS (default 5,000) graphql-ws clients (`graphql-ws` createClient over `ws`,
 * authenticated by a bearer session token in the connection_init payload) subscribe to
 * `jobEvents`, spread evenly over FANOUT_MSPS tenants. The default is FANOUT_PER_MSP (20)
 * subscribers per MSP, i.e. 250 MSPs: an MSP's open dashboards (its staff plus its customers'
 * portal users) number in the tens, not hundreds; FANOUT_MSPS=50 (100 per MSP) is the heavy tail,
 * FANOUT_MSPS=1 the worst case of every subscriber on one MSP's channel. Every event goes to one
 * MSP, so the work per event grows with the subscribers per MSP: the run prints it. Job events are
 * then published at FANOUT_RATE per second (default 200, round-robin over the MSPs) for
 * FANOUT_SECONDS (default 20) through the workers' path: `writeLiveEvents` (outbox rows, one
 * transaction per 25 ms tick) then `publishLiveEvents` after commit. Each event carries its
 * publish stamp (wall-clock µs taken before the outbox write, in `uploadBytes`), and every
 * client records publish-to-deliver latency on arrival.
 *
 * Processes: the API (bench/server.ts: `buildApi`, no workers) runs in its own process so the
 * 5,000 clients here do not share its event loop, and the reported RSS is the server's alone.
 * Publishing:
 * - REDIS_URL set: from THIS process with its own LivePubSub, as a separate worker process does
 *   in production (Redis carries the events to the API process);
 * - otherwise (in-process pub/sub): inside the API process, as `npm start`'s in-process workers
 *   do, started by an IPC message.
 * The scratch database is created, migrated and dropped (DATABASE_URL's server, default local).
 *
 * File descriptors: each subscriber is one socket here and one in the server (10,000 fds for
 * 5,000 subscribers across the two processes, plus PostgreSQL/Redis connections). Linux's
 * default soft limit of 1,024 would fail with EMFILE: run with `ulimit -n 65536` (children
 * inherit it). The bench checks `ulimit -n` first. On a 2-core machine the clients, the server
 * and PostgreSQL share the cores; the client side's JSON parsing is part of the measured latency.
 */

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 5000);
const PER_MSP = Number(process.env.FANOUT_PER_MSP ?? 20);
const MSPS = Number(process.env.FANOUT_MSPS ?? Math.max(1, Math.round(SUBSCRIBERS / PER_MSP)));
const RATE = Number(process.env.FANOUT_RATE ?? 200);
const SECONDS = Number(process.env.FANOUT_SECONDS ?? 20);
const P99_LIMIT_MS = 250;
const CONNECT_BATCH = 250;

const subscription = `subscription Jobs {
  jobEvents { cursor kind jobId cometJobId deviceId customerId outcome progressCounter uploadBytes }
}`;

/** Latency histogram: 0.1 ms buckets up to 60 s. */
class Histogram {
  private buckets = new Uint32Array(600_001);
  count = 0;
  max = 0;
  add(ms: number) {
    const i = Math.min(this.buckets.length - 1, Math.max(0, Math.round(ms * 10)));
    this.buckets[i]!++;
    this.count++;
    if (ms > this.max) this.max = ms;
  }
  percentile(p: number): number {
    const target = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i]!;
      if (seen >= target && seen > 0) return i / 10;
    }
    return 0;
  }
}

function fdLimit(): number {
  const r = spawnSync("sh", ["-c", "ulimit -n"], { encoding: "utf8" });
  const n = Number(r.stdout.trim());
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** utime + stime of a process, in seconds (Linux /proc). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function withScratchDatabase<T>(baseUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `ph_bench_fanout_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
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

async function run(url: string) {
  const config = loadConfig();
  await migrate(pgTarget(url));
  const db = await buildDb({ databaseUrl: url, migrate: false, poolMax: 4 });
  const mspIds: string[] = [];
  const logins: Array<{ email: string; password: string }> = [];
  for (let i = 0; i < MSPS; i++) {
    const msp = await db.prisma.msp.create({ data: { slug: `fanout-${i}`, name: `Fanout MSP ${i}` } });
    mspIds.push(msp.id);
    logins.push(await createLogin(db.prisma, { mspId: msp.id, role: "MSP_ADMIN" }));
  }

  const server = await startServerChild("api", { DATABASE_URL: url, LOG_LEVEL: "warn" });
  const clients: Client[] = [];
  try {
    print("pubsub", server.pubsub ?? "?");
    print("publisher", config.REDIS_URL ? "bench process (Redis)" : "inside the API process (in-process pub/sub)");
    const tokens: string[] = [];
    for (const login of logins) {
      const res = await fetch(new URL("graphql", server.url), {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({
          query:
            "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
          variables: login,
        }),
      });
      const body = (await res.json()) as { data?: { login: { token: string } } };
      if (!body.data?.login.token) throw new Error(`login failed: ${JSON.stringify(body)}`);
      tokens.push(body.data.login.token);
    }
    const rssIdle = await server.rss();

    // Subscribers: client i watches MSP i % MSPS.
    const latency = new Histogram();
    const warmedUp = new Set<number>();
    let delivered = 0;
    /** Heartbeats (`kind: HEARTBEAT`) arrive on the same subscription; not counted as events. */
    let heartbeats = 0;
    let errors = 0;
    let firstError: unknown;
    const wsUrl = new URL("graphql", server.url.replace(/^http/, "ws")).toString();
    const connectStarted = performance.now();
    for (let start = 0; start < SUBSCRIBERS; start += CONNECT_BATCH) {
      const batch: Promise<void>[] = [];
      for (let i = start; i < Math.min(SUBSCRIBERS, start + CONNECT_BATCH); i++) {
        batch.push(
          new Promise<void>((resolve, reject) => {
            const client = createClient({
              url: wsUrl,
              webSocketImpl: WebSocket,
              connectionParams: { authorization: `Bearer ${tokens[i % MSPS]}` },
              retryAttempts: 0,
              on: { connected: () => resolve(), error: (err) => reject(err) },
            });
            clients.push(client);
            client.subscribe<{
              jobEvents: { kind: string; progressCounter: number | null; uploadBytes: string | null };
            }>(
              { query: subscription },
              {
                next: (r) => {
                  const e = r.data?.jobEvents;
                  if (!e) {
                    errors++;
                    firstError ??= r.errors;
                    return;
                  }
                  if (e.kind === "HEARTBEAT" || typeof e.progressCounter !== "number") {
                    heartbeats++;
                    return;
                  }
                  if (e.progressCounter === 0) {
                    warmedUp.add(i);
                    return;
                  }
                  delivered++;
                  latency.add((nowMicros() - Number(e.uploadBytes)) / 1000);
                },
                error: (err) => {
                  errors++;
                  firstError ??= err;
                },
                complete: () => {},
              },
            );
          }),
        );
      }
      await Promise.all(batch);
    }
    print("subscribers", clients.length);
    print("msps", MSPS);
    print("subscribers per msp", (SUBSCRIBERS / MSPS).toFixed(0), "(FANOUT_PER_MSP / FANOUT_MSPS)");
    print("deliveries/s asked", Math.round((RATE * SUBSCRIBERS) / MSPS));
    print("connect seconds", ((performance.now() - connectStarted) / 1000).toFixed(1), "s");

    // With Redis the events come from this process, like a worker process; otherwise the API
    // process publishes in-process.
    const live = config.REDIS_URL ? buildPubSub({ redisUrl: config.REDIS_URL }) : undefined;
    const publish = async (plan: {
      events: number;
      perSecond: number;
      warmup?: boolean;
      maxMs?: number;
    }): Promise<PublishResult> => {
      if (live) return runPublisher({ db, live, mspIds, ...plan });
      const done = server.next<{ result: PublishResult }>("published");
      server.send({ type: "publish", mspIds, ...plan });
      return (await done).result;
    };
    if (live?.kind === "redis") await new Promise((r) => setTimeout(r, 200));

    // Warm-up: until every subscription has received an event (all are live on the server).
    const warmupDeadline = performance.now() + 60_000;
    while (warmedUp.size < SUBSCRIBERS && performance.now() < warmupDeadline) {
      await publish({ events: MSPS, perSecond: 10_000, warmup: true });
      await new Promise((r) => setTimeout(r, 500));
    }
    print("subscribers live", warmedUp.size);
    const rssBefore = await server.rss();

    const events = RATE * SECONDS;
    let expected = events * (SUBSCRIBERS / MSPS);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      void server.rss().then((r) => {
        rssPeak = Math.max(rssPeak, r);
      });
    }, 1000);
    const cpuStart = cpuSeconds(server.pid);
    const clientCpuStart = process.cpuUsage();
    const wallStart = performance.now();
    const result = await publish({ events, perSecond: RATE, maxMs: SECONDS * 1500 });
    expected = result.published * (SUBSCRIBERS / MSPS);
    // Drain: wait for the last deliveries (or until nothing arrives for 2 s, at most 30 s).
    const drainDeadline = performance.now() + 30_000;
    let last = -1;
    let quietSince = performance.now();
    while (delivered < expected && performance.now() < drainDeadline) {
      await new Promise((r) => setTimeout(r, 100));
      if (delivered !== last) {
        last = delivered;
        quietSince = performance.now();
      } else if (performance.now() - quietSince > 2000) break;
    }
    const wall = (performance.now() - wallStart) / 1000;
    const serverCpu = cpuSeconds(server.pid) - cpuStart;
    const clientCpuUsage = process.cpuUsage(clientCpuStart);
    const clientCpu = (clientCpuUsage.user + clientCpuUsage.system) / 1e6;
    clearInterval(sampler);
    const rssAfter = await server.rss();
    rssPeak = Math.max(rssPeak, rssAfter);

    print("events published", result.published);
    print("publish rate events/s", (result.published / result.seconds).toFixed(0), `(target ${RATE})`);
    // A saturated server slows an in-process publisher down: the latency then holds for a lower rate.
    print("target rate held", result.published / result.seconds >= RATE * 0.95 ? "yes" : "no");
    print("publisher late ticks", result.lateTicks);
    print("outbox write+commit p50 ms", result.writeMsP50.toFixed(1));
    print("outbox write+commit p99 ms", result.writeMsP99.toFixed(1));
    print("expected deliveries", expected);
    print("delivered events", delivered);
    print("deliveries/s", Math.round(delivered / wall));
    print("heartbeats received", heartbeats);
    print("subscription errors", errors);
    if (firstError) console.error("first subscription error:", JSON.stringify(firstError).slice(0, 500));
    print("fanout p50 ms", latency.percentile(50).toFixed(1));
    print("fanout p95 ms", latency.percentile(95).toFixed(1));
    print("fanout p99 ms", latency.percentile(99).toFixed(1), `(limit ${P99_LIMIT_MS})`);
    print("fanout max ms", latency.max.toFixed(1));
    print("server rss idle MB", Math.round(rssIdle / 1048576));
    print("server rss with subscribers MB", Math.round(rssBefore / 1048576));
    print("server rss MB", Math.round(rssPeak / 1048576), "(peak while publishing)");
    print("server rss per subscriber KB", Math.round((rssBefore - rssIdle) / 1024 / SUBSCRIBERS));
    print("server cpu while publishing", `${Math.round((serverCpu / wall) * 100)}%`, "of one core");
    print("server cpu per delivery us", delivered > 0 ? Math.round((serverCpu * 1e6) / delivered) : "-");
    print("clients cpu while publishing", `${Math.round((clientCpu / wall) * 100)}%`, "of one core");
    print("load average (1 min)", loadavg()[0]!.toFixed(1));
    await live?.close();
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.stop();
    await db.close();
  }
}

async function main() {
  const limit = fdLimit();
  if (limit < 2 * SUBSCRIBERS + 500) {
    console.error(
      `ulimit -n is ${limit}: ${SUBSCRIBERS} subscribers need ~${2 * SUBSCRIBERS + 500} descriptors; run \`ulimit -n 65536\` first`,
    );
    process.exit(1);
  }
  const baseUrl = loadConfig().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  await withScratchDatabase(baseUrl, run);
}

await main();
