import { hostname } from "node:os";
import { z } from "zod";

/**
 * The only reader of `process.env`. Every variable is validated at once and all problems are
 * reported together, so a misconfigured deploy fails with one readable message.
 * The README's configuration table lists exactly these keys.
 */

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.string().url().optional())
  .optional();

export const ConfigModel = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().default("127.0.0.1"),
  PORT: int(4000),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  /** 32 bytes, base64 or hex. Optional on the embedded default (generated into DATA_DIR). */
  ENCRYPTION_KEY: z.string().optional(),
  /** Only read by `npm run server:register` (a password never goes on a command line). */
  COMET_ADMIN_PASSWORD: z.string().optional(),
  WORKER_ID: z.string().default(`${hostname()}-${process.pid}`),
  HEARTBEAT_INTERVAL_SECONDS: int(60, 1),
  PROGRESS_POLL_SECONDS: int(10, 1),
  STREAM_IDLE_SECONDS: int(300, 1),
  STREAM_BACKOFF_BASE_MS: int(1000, 1),
  STREAM_BACKOFF_MAX_MS: int(60_000, 1),
  STREAM_LEASE_RETRY_SECONDS: int(15, 1),
  INGEST_BATCH_MAX: int(2000, 1),
  INGEST_FLUSH_MS: int(25, 0),
  STALLED_STALE_SECONDS: int(3600, 1),
  STALLED_RECHECK_SECONDS: int(300, 1),
  STALLED_MAX_ATTEMPTS: int(3, 1),
  STALLED_BATCH: int(200, 1),
  RECONCILE_JOB_DAYS: int(14, 1),
  LIVE_EVENT_RETENTION_DAYS: int(7, 1),
  JOB_RETENTION_DAYS: int(400, 1),
  // GraphQL safety limits, checked before anything executes (HTTP and graphql-ws alike).
  GRAPHQL_MAX_DEPTH: int(12, 1),
  GRAPHQL_MAX_ALIASES: int(15, 0),
  GRAPHQL_MAX_TOKENS: int(2000, 1),
  GRAPHQL_MAX_DIRECTIVES: int(50, 0),
  GRAPHQL_MAX_COST: int(50_000, 1),
  /** Cost an API key may spend per minute (token bucket, per API process). */
  API_KEY_COST_PER_MINUTE: int(500_000, 1),
  /** Unset: on, except when NODE_ENV=production. Field suggestions follow it. */
  GRAPHQL_INTROSPECTION: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "1" || v === "true")),
  /** Comma-separated extra browser origins for graphql-ws; same-origin is always allowed. */
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v.trim() === ""
        ? undefined
        : v
            .split(",")
            .map((o) => o.trim().replace(/\/+$/, ""))
            .filter(Boolean),
    ),
  /** Comma-separated host names (optionally with :port) the API answers to; unset answers any Host. */
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v.trim() === ""
        ? undefined
        : v
            .split(",")
            .map((h) => h.trim().toLowerCase())
            .filter(Boolean),
    ),
  /** How often live subscriptions send a heartbeat carrying the latest cursor. */
  SUBSCRIPTION_HEARTBEAT_SECONDS: int(25, 1),
  /** Public base URL of the web client, used in invitation links; defaults to http://HOST:PORT. */
  PUBLIC_URL: optionalUrl,
  /** SMTP server for invitations (`smtp://user:pass@host:587`); unset keeps mail in the outbox table and logs it. */
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Partner Hub <no-reply@partnerhub.local>"),
  /** How long an invitation link stays valid. */
  INVITATION_TTL_HOURS: int(168, 1),
  /** Idle lifetime of a sign-in: each use moves the expiry to last use + this. */
  SESSION_TTL_HOURS: int(12, 1),
  /** Failed logins per IP and per email, and failed bearer/cookie checks per IP, allowed a minute (per process). */
  AUTH_FAILURES_PER_MINUTE: int(10, 1),
  SIM_SEED: int(42),
  SIM_SPEED: z.coerce.number().positive().default(1),
  DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((v) => v === "1" || v === "true"),
});

export type Config = z.output<typeof ConfigModel>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(Object.keys(ConfigModel.shape).map((k) => [k, env[k]]));
  const parsed = ConfigModel.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return parsed.data;
}
