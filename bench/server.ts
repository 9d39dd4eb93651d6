import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { buildApi } from "../api/index.js";
import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildDb } from "../prisma/db.js";
import { type PublishPlan, runPublisher } from "./publisher.js";

/**
 * The server side of the API benchmarks, run as its own process (`node --import tsx`, so the
 * pid is the server's own and its RSS is the server's alone) by bench/api.ts and
 * bench/fanout.ts, which talk to it over the IPC channel:
 *
 * - `hello`: a bare `createYoga` with `{ hello: String }` on node:http: the machine's ceiling
 *   for a GraphQL request through Yoga, measured in the same run as the real API.
 * - `api`: `buildApi` as in production (api/main.ts) on DATABASE_URL, with the pub/sub of
 *   REDIS_URL (Redis) or in-process; no workers. On `{ type: "publish" }` it runs the
 *   publisher in-process (the path `npm start`'s in-process workers take). BENCH_WEB_DIR, when
 *   set, is the built web client it serves (bench/web.ts); otherwise web/dist.
 */

type Request = { type: "rss" } | ({ type: "publish" } & PublishPlan) | { type: "stop" };

const send = (m: unknown) => process.send?.(m);
const mode = process.argv[2];

async function startHello() {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ "type Query { hello: String }",
      resolvers: { Query: { hello: () => "world" } },
    }),
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: async () => void server.close() };
}

async function startApi() {
  const base = loadConfig();
  const config = { ...base, HOST: "127.0.0.1", PORT: 0, LOG_LEVEL: "warn" as const };
  if (!config.DATABASE_URL) throw new Error("bench/server api: DATABASE_URL is required");
  const logger = buildLogger(config.LOG_LEVEL, "bench-api");
  const db = await buildDb({ databaseUrl: config.DATABASE_URL, migrate: false });
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  // BENCH_WEB_DIR: serve that built web client (bench/web.ts's temp build) instead of web/dist.
  const webDir = process.env.BENCH_WEB_DIR || undefined;
  const api = buildApi({ db, live, config, logger, ...(webDir ? { webDir } : {}) });
  const { url } = await api.start();
  process.on("message", (m: Request) => {
    if (m.type !== "publish") return;
    const { type: _t, ...plan } = m;
    runPublisher({ db, live, ...plan })
      .then((result) => send({ type: "published", result }))
      .catch((err: unknown) => send({ type: "error", message: String(err) }));
  });
  return {
    url,
    kind: live.kind,
    stop: async () => {
      await api.stop();
      await live.close();
      await db.close();
    },
  };
}

const server = mode === "hello" ? await startHello() : await startApi();
/** Peaks of the V8 heap and of Buffers (socket writes), to tell live data from uncollected garbage in RSS. */
const peak = { heapUsed: 0, heapTotal: 0, external: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  peak.external = Math.max(peak.external, m.external);
}, 500);
sampler.unref();
process.on("message", (m: Request) => {
  if (m.type === "rss") send({ type: "rss", rss: process.memoryUsage().rss });
  if (m.type === "stop") {
    if (process.env.BENCH_HEAP_STATS) {
      const mb = (n: number) => Math.round(n / 1048576);
      console.log(`server heap used peak MB: ${mb(peak.heapUsed)}`);
      console.log(`server heap total peak MB: ${mb(peak.heapTotal)}`);
      console.log(`server external (buffers) peak MB: ${mb(peak.external)}`);
    }
    void server.stop().finally(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready", url: server.url, pid: process.pid, ...("kind" in server ? { pubsub: server.kind } : {}) });
