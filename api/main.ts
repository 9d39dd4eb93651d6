import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { buildDb } from "../prisma/db.js";
import { loadSecretBox } from "../secret-box.js";
import { buildApi } from "./index.js";

/**
 * The API process alone, for production: PostgreSQL (DATABASE_URL) shared with separately run
 * workers (`npm run worker`), and Redis (REDIS_URL) so their live events reach this process's
 * subscribers. `npm start` is the all-in-one embedded alternative.
 */
const config = loadConfig();
const logger = buildLogger(config.LOG_LEVEL, "api");

if (!config.DATABASE_URL) {
  logger.fatal("DATABASE_URL is required for the API-only process; use `npm start` for the embedded all-in-one");
  process.exit(1);
}
if (!config.REDIS_URL) {
  logger.warn("REDIS_URL is not set: live events published by worker processes will not reach this API");
}

const db = await buildDb({ databaseUrl: config.DATABASE_URL });
const live = buildPubSub({ redisUrl: config.REDIS_URL });
// The same ENCRYPTION_KEY as the workers: they decrypt what registerCometServer seals.
const api = buildApi({ db, live, config, logger, secrets: loadSecretBox(config) });
const { url } = await api.start();
logger.info({ url, graphql: `${url}graphql`, healthz: `${url}healthz` }, "partner hub api ready");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, "shutting down");
  await api.stop();
  await live.close();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
