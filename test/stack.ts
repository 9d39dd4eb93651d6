import { randomBytes, randomUUID } from "node:crypto";
import { type Api, buildApi } from "../api/index.js";
import { type Simulator, type SimulatorOptions, startSimulator } from "../comet/simulator/index.js";
import { type Config, loadConfig } from "../config.js";
import { buildPubSub, type LivePubSub } from "../core/live/pubsub.js";
import { linkAccountsBySlug } from "../demo/seed.js";
import { buildLogger } from "../log.js";
import { buildSecretBox, type SecretBox } from "../secret-box.js";
import { buildWorkers, type Workers } from "../workers/index.js";
import { createTestDb, type TestDb } from "./db.js";

/**
 * The shared test kit: a whole stack in-process, composed from the same builders as `npm start`:
 * a fresh database, the real pub/sub (Redis when REDIS_URL is set), real simulators on port 0,
 * the workers without a schedule (streams + reconcile-on-connect only), and the API on port 0,
 * driven over real HTTP (or, for tests about resolvers rather than the transport, through
 * `yoga.fetch`: the same Yoga, the same plugins and context, without a socket).
 */

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface Stack {
  url: string;
  db: TestDb;
  live: LivePubSub;
  secrets: SecretBox;
  config: Config;
  sims: Record<string, Simulator>;
  workers: Workers;
  api: Api;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { as?: { email: string; password: string }; authorization?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Signs in through the `login` mutation and returns a new session token. */
  login(as: { email: string; password: string }): Promise<string>;
  /** The session `execute({ as })` uses: signed in once per email and password, then reused. */
  session(as: { email: string; password: string }): Promise<string>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Simulators by name; the default options are deterministic and quiet (no autoRun). */
  simulators?: Record<string, SimulatorOptions>;
  /** Seeds tenants and registers servers before the workers start (they reconcile on connect). */
  seed?: (s: Pick<Stack, "db" | "sims" | "secrets">) => Promise<void>;
  /** After the first reconcile, assign accounts to customers by `${externalRef}-` prefix. */
  linkAccounts?: boolean;
  /** Configuration overrides for this stack (e.g. a small API-key cost budget). */
  config?: Partial<Config>;
  /**
   * How `execute` and `login` reach the API: "http" (default) over the socket on port 0, or "yoga"
   * through `yoga.fetch` in-process. The latter skips the HTTP client and server parsing (a few ms of
   * CPU per request) and the Node handler's host check and request-id header, which have their own
   * tests; the peer address is then "unknown" instead of 127.0.0.1.
   */
  transport?: "http" | "yoga";
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const db = await createTestDb();
  const base = loadConfig();
  const config: Config = {
    ...base,
    // Parts that open their own connections must reach this test's database, not the base one.
    DATABASE_URL: db.databaseUrl,
    WORKER_ID: `test-${randomUUID().slice(0, 8)}`,
    STREAM_BACKOFF_BASE_MS: 50,
    STREAM_BACKOFF_MAX_MS: 300,
    HOST: "127.0.0.1",
    PORT: 0,
    // Every request of a test file comes from 127.0.0.1; the rate limit has its own test.
    AUTH_FAILURES_PER_MINUTE: 1000,
    ...opts.config,
  };
  const logger = buildLogger(config.LOG_LEVEL, "test");
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  const secrets = buildSecretBox(randomBytes(32));
  const sims: Record<string, Simulator> = Object.fromEntries(
    await Promise.all(
      Object.entries(opts.simulators ?? {}).map(
        async ([name, simOpts]) =>
          [name, await startSimulator({ seed: 7, autoRun: false, historyHours: 2, ...simOpts })] as const,
      ),
    ),
  );
  await opts.seed?.({ db, sims, secrets });
  const workers = buildWorkers({ db, live, config, logger, secrets, schedule: "none" });
  await workers.start();
  if (Object.keys(sims).length > 0) await workers.reconciled();
  if (opts.linkAccounts) await linkAccountsBySlug(db.prisma);
  const api = buildApi({ db, live, config, logger, secrets, workersHealth: () => workers.health() });
  const { url } = await api.start();

  const endpoint = `${url}graphql`;
  const send = opts.transport === "yoga" ? (input: string, init: RequestInit) => api.yoga.fetch(input, init) : fetch;
  async function post(body: unknown, authorization?: string) {
    return send(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(body),
    });
  }

  async function login(as: { email: string; password: string }): Promise<string> {
    const res = await post({
      query: "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
      variables: as,
    });
    const body = (await res.json()) as { data?: { login: { token: string } } | null };
    // A wrong password in a test means "send no credentials": the API then answers as for any bad token.
    return body.data?.login.token ?? "phs_invalid";
  }

  // `as` signs in once per email and password, then reuses the session like a script would.
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (as: { email: string; password: string }) => {
    const key = `${as.email}\n${as.password}`;
    if (!tokens.has(key)) tokens.set(key, login(as));
    return tokens.get(key)!;
  };

  return {
    url,
    db,
    live,
    secrets,
    config,
    sims,
    workers,
    api,
    async execute<T>(
      query: string,
      variables?: Record<string, unknown>,
      o: { as?: { email: string; password: string }; authorization?: string } = {},
    ) {
      const authorization = o.authorization ?? (o.as ? `Bearer ${await tokenFor(o.as)}` : undefined);
      const res = await post({ query, variables }, authorization);
      const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
      return { status: res.status, ...body };
    },
    login,
    session: tokenFor,
    async stop() {
      await api.stop();
      await workers.stop();
      for (const sim of Object.values(sims)) await sim.stop();
      await live.close();
      await db.destroy();
    },
  };
}
