import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { loadConfig } from "../config.js";
import type { Viewer } from "../core/auth/viewer.js";
import { buildPubSub, type LiveChannel } from "../core/live/pubsub.js";
import { buildMailer, defaultMailFrom, type Mailer } from "../core/mail/mailer.js";
import { buildLogger, type Logger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";
import { type Context, schema } from "../schema/index.js";
import type { SecretBox } from "../secret-box.js";
import { useUnexpectedErrorMasking } from "./errors.js";
import { graphiqlOptions } from "./graphiql.js";
import { isAllowedOrigin } from "./origins.js";
import { type SafetyConfig, safetyConfig, safetyPlugins } from "./safety.js";
import { type Auth, buildAuth, peerAddress } from "./viewer.js";

/** What the HTTP handler (or graphql-ws) hands Yoga besides the request itself. */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  requestId?: string;
  /** Set by graphql-ws: the viewer resolved once at connection_init. */
  wsViewer?: Viewer | null;
}

export type ApiYoga = YogaServerInstance<ServerContext, Context>;

export function buildYoga(deps: {
  prisma: PrismaClient;
  logger: Logger;
  /** Credentials checks and their rate limits; one per process (the default suits tests). */
  auth?: Auth;
  /** The outbox mailer (invitations); the default keeps mail in the outbox, logged nowhere (tests). */
  mailer?: Mailer;
  safety?: Partial<SafetyConfig>;
  /** The pub/sub subscriptions listen to; tests that run no subscription may leave it to an in-process one. */
  live?: LiveChannel;
  /** Seals Comet admin passwords (server mutations); they fail without it. */
  secrets?: SecretBox | undefined;
  /** Seconds between heartbeats of live subscriptions (SUBSCRIPTION_HEARTBEAT_SECONDS). */
  heartbeatSeconds?: number | undefined;
}): ApiYoga {
  const logger = deps.logger;
  const auth = deps.auth ?? buildAuth({ prisma: deps.prisma });
  const mailer = deps.mailer ?? buildMailer({ from: defaultMailFrom, logger: buildLogger("silent", "api") });
  const live = deps.live ?? buildPubSub({}).pubsub;
  const safety = safetyConfig(deps.safety ?? {});
  const heartbeatSeconds = deps.heartbeatSeconds ?? loadConfig({}).SUBSCRIPTION_HEARTBEAT_SECONDS;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: graphiqlOptions,
    // Browsers may call from the API's own origin and from ALLOWED_ORIGINS (else any localhost
    // origin), with credentials; any other origin gets no CORS headers, so its page cannot read.
    cors: (request) => {
      const origin = request.headers.get("origin");
      if (!origin || !isAllowedOrigin(origin, request.headers.get("host") ?? undefined, safety.ALLOWED_ORIGINS)) {
        return false;
      }
      return { origin: [origin], credentials: true, exposedHeaders: ["x-request-id"], maxAge: 600 };
    },
    // Our plugin masks unexpected resolver errors with a request id; Yoga's masking stays on as
    // the net for anything thrown outside execution. Never echo stacks to clients.
    maskedErrors: { isDev: false },
    // One operation per request: a batch would multiply every per-operation limit below.
    batching: false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(" ")),
      info: (...args) => logger.info(args.map(String).join(" ")),
      warn: (...args) => logger.warn(args.map(String).join(" ")),
      error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(" ")),
    },
    plugins: [useUnexpectedErrorMasking(logger), auth.plugin, ...safetyPlugins(safety)],
    context: async (initial): Promise<Context> => {
      const ip = peerAddress(initial.req);
      // Over graphql-ws the viewer was resolved once, at connection_init; there is no HTTP request.
      const http = initial.wsViewer === undefined ? initial.request : undefined;
      const resolved = http
        ? await auth.resolve({
            authorization: http.headers.get("authorization"),
            cookie: http.headers.get("cookie"),
            ip,
          })
        : { viewer: initial.wsViewer ?? null };
      return {
        prisma: deps.prisma,
        viewer: resolved.viewer,
        credentialsRetryAfter: resolved.retryAfter,
        auth: auth.request({
          ip,
          userAgent: http?.headers.get("user-agent") ?? initial.req?.headers["user-agent"] ?? null,
          isHttps: http ? new URL(http.url).protocol === "https:" : false,
          ...(http ? { request: http } : {}),
        }),
        requestId: initial.requestId ?? randomUUID(),
        mailer,
        live,
        secrets: deps.secrets,
        liveHeartbeatSeconds: heartbeatSeconds,
      };
    },
  });
}
