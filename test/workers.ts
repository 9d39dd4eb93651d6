import { randomBytes, randomUUID } from "node:crypto";
import { type Simulator, type SimulatorOptions, startSimulator } from "../comet/simulator/index.js";
import { type Config, loadConfig } from "../config.js";
import { buildPubSub, type LiveEventMessage, type LivePubSub, platformChannel } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildSecretBox, type SecretBox } from "../secret-box.js";
import { createTestDb, type TestDb } from "./db.js";
import { world } from "./world.js";

/**
 * Shared set-up for the worker tests (imported only by tests and the bench): a real simulator
 * on port 0, a fresh database, the real pub/sub (Redis when REDIS_URL is set), a tenant and a
 * registered CometServer (from the world builder), and a subscriber collecting every live event for that tenant.
 */
export interface IngestFixture {
  db: TestDb;
  sim: Simulator;
  live: LivePubSub;
  secrets: SecretBox;
  config: Config;
  mspId: string;
  serverId: string;
  profileName: string;
  /** Live events received by a real subscriber on the MSP channel and the platform channel. */
  received: LiveEventMessage[];
  close(): Promise<void>;
}

export const smallFleet: SimulatorOptions["fleet"] = {
  organizations: [{ id: "", name: "Top", customers: [{ slug: "acme", accounts: 3 }] }],
  devicesPerAccount: [1, 2],
};

/** Fast timings for tests; the production defaults are minutes. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig(),
    WORKER_ID: `test-${randomUUID().slice(0, 8)}`,
    STREAM_BACKOFF_BASE_MS: 50,
    STREAM_BACKOFF_MAX_MS: 300,
    STREAM_LEASE_RETRY_SECONDS: 1,
    HEARTBEAT_INTERVAL_SECONDS: 3600,
    PROGRESS_POLL_SECONDS: 3600,
    INGEST_FLUSH_MS: 10,
    ...overrides,
  };
}

export async function startIngestFixture(
  opts: { sim?: SimulatorOptions; password?: string; config?: Partial<Config> } = {},
): Promise<IngestFixture> {
  const config = testConfig(opts.config);
  const db = await createTestDb();
  const sim = await startSimulator({ seed: 7, autoRun: false, fleet: smallFleet, ...opts.sim });
  const live = buildPubSub({ redisUrl: config.REDIS_URL });
  const secrets = buildSecretBox(randomBytes(32));
  const slug = `msp-${randomUUID().slice(0, 8)}`;
  const profileName = `sim-${slug}`;
  const w = await world({ db, secrets })
    .msp("msp", "Test MSP", { slug })
    .server("sim", {
      sim,
      profileName,
      label: "Simulator",
      admin: { username: "admin", password: opts.password ?? "admin" },
    })
    .build();
  const msp = w.msps.msp;
  const server = w.servers.sim;
  const received: LiveEventMessage[] = [];
  const subscriptions = [msp.id, platformChannel].map((channel) => live.pubsub.subscribe("live", channel));
  for (const sub of subscriptions) {
    void (async () => {
      for await (const m of sub) received.push(m);
    })();
  }
  // Redis SUBSCRIBE is asynchronous; give it a moment so the first events are not missed.
  if (live.kind === "redis") await new Promise((r) => setTimeout(r, 100));
  return {
    db,
    sim,
    live,
    secrets,
    config,
    mspId: msp.id,
    serverId: server.id,
    profileName,
    received,
    async close() {
      for (const sub of subscriptions) await sub.return?.();
      await sim.stop();
      await live.close();
      await db.destroy();
    },
  };
}

export const testLogger = () => buildLogger(loadConfig().LOG_LEVEL, "test");

/** Polls `check` until it returns a truthy value (returned) or the timeout passes (throws with `what`). */
type Falsy = null | undefined | false | "" | 0;

export async function waitFor<T>(
  what: string,
  check: () => Promise<T | Falsy> | T | Falsy,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
