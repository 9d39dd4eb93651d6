import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Config } from "../config.js";
import type { LivePubSub } from "../core/live/pubsub.js";
import type { Logger } from "../log.js";
import type { Db } from "../prisma/db.js";
import type { SecretBox } from "../secret-box.js";
import { attachGraphqlWs } from "./graphql-ws.js";
import { readHealth, type StreamHealthLike } from "./health.js";
import { isAllowedHost } from "./origins.js";
import { type SafetyConfig, safetyConfig } from "./safety.js";
import { serveStatic } from "./static-files.js";
import { type AuthConfig, authSettingsOf, buildAuth, mailerOf } from "./viewer.js";
import { type ApiYoga, buildYoga } from "./yoga.js";

export interface ApiDeps {
  db: Db;
  live: LivePubSub;
  /** Safety limits left out take their configuration defaults. */
  config: Pick<Config, "HOST" | "PORT"> &
    Partial<SafetyConfig> &
    AuthConfig &
    Partial<Pick<Config, "SUBSCRIPTION_HEARTBEAT_SECONDS">>;
  logger: Logger;
  /** In-process worker health (npm start); only used while the database is unreachable. */
  workersHealth?: () => StreamHealthLike[];
  /** Seals Comet admin passwords for the server mutations; without it they fail (masked, logged). */
  secrets?: SecretBox;
  /** Directory of the built web client (default `web/dist` of this repository). */
  webDir?: string;
}

export interface Api {
  start(): Promise<{ url: string }>;
  stop(): Promise<void>;
  yoga: ApiYoga;
  server: ReturnType<typeof createServer>;
}

/** `npm run web:build` output, found from this file so the working directory does not matter. */
export const defaultWebDir = path.resolve(import.meta.dirname, "../web/dist");

const requestIdPattern = /^[\w.:-]{1,64}$/;

/** The HTTP/WS process: GraphQL at /graphql (HTTP + graphql-ws), /healthz, and the web client at /. */
export function buildApi(deps: ApiDeps): Api {
  const logger = deps.logger.child({ part: "api" });
  const safety = safetyConfig(deps.config);
  // One per process: the HTTP and WebSocket paths share its rate-limit buckets.
  const auth = buildAuth({ prisma: deps.db.prisma, settings: authSettingsOf(deps.config) });
  const mailer = mailerOf(deps.config, logger);
  const yoga = buildYoga({
    prisma: deps.db.prisma,
    logger,
    safety,
    auth,
    mailer,
    live: deps.live.pubsub,
    secrets: deps.secrets,
    heartbeatSeconds: deps.config.SUBSCRIPTION_HEARTBEAT_SECONDS,
  });
  const staticFiles = serveStatic(deps.webDir ?? defaultWebDir);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Honour a proxy's request id so one id follows the request through every log.
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
    res.setHeader("x-request-id", requestId);
    if (!isAllowedHost(req.headers.host, safety.ALLOWED_HOSTS)) {
      // DNS rebinding: a foreign name pointed at this address reaches nothing, not even /healthz.
      res.writeHead(421, { "content-type": "text/plain; charset=utf-8" });
      res.end("misdirected request: unknown host\n");
      return;
    }
    const pathname = (req.url ?? "/").split("?")[0];
    try {
      if (pathname === yoga.graphqlEndpoint) {
        await yoga.handle(req, res, { req, res, requestId });
      } else if (pathname === "/healthz") {
        const { httpStatus, report } = await readHealth(deps);
        res.writeHead(httpStatus, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(`${JSON.stringify(report)}\n`);
      } else {
        await staticFiles(req, res);
      }
    } catch (err) {
      logger.error({ err, requestId, url: req.url }, "request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`internal error (request id ${requestId})\n`);
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  const ws = attachGraphqlWs({
    server,
    yoga,
    auth,
    prisma: deps.db.prisma,
    logger,
    allowedOrigins: safety.ALLOWED_ORIGINS,
    allowedHosts: safety.ALLOWED_HOSTS,
  });

  return {
    yoga,
    server,
    start: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(deps.config.PORT, deps.config.HOST, () => {
          server.off("error", reject);
          const { address, port } = server.address() as AddressInfo;
          const host = address.includes(":") ? `[${address}]` : address;
          logger.info({ port }, "api listening");
          resolve({ url: `http://${host}:${port}/` });
        });
      }),
    async stop() {
      await ws.close();
      // Emails being delivered finish before the SMTP connections close.
      await mailer.idle();
      mailer.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
    },
  };
}
