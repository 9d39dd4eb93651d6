import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { type ExecutionArgs, GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import type { Viewer } from "../core/auth/viewer.js";
import type { Logger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";
import { withRequestId } from "./errors.js";
import { isAllowedHost, isAllowedOrigin } from "./origins.js";
import { type Auth, peerAddress } from "./viewer.js";
import type { ApiYoga } from "./yoga.js";

type EnvelopedRoot = { execute(args: ExecutionArgs): unknown; subscribe(args: ExecutionArgs): unknown };

/**
 * Slow consumers. graphql-ws sends a subscription's next message only after the previous one was
 * handed to the kernel, and live streams hold a bounded queue (schema/live/resume.ts), so a client
 * that stops reading costs bounded memory, but its subscriptions and their pub/sub listeners would
 * stay open for as long as the TCP connection does. A socket whose unsent bytes pass
 * `maxBufferedBytes`, or stay queued without going down for `stallMs`, is closed with
 * `slowConsumerCloseCode` (1013 "Try Again Later": graphql-ws clients reconnect; subscribe again
 * with `after` set to the last cursor seen to receive what was missed). Its subscriptions end and
 * release their listeners at once (the socket is destroyed `closeGraceMs` later if the close
 * handshake cannot get through the stuck buffer).
 * Mutable for tests; read when the server is attached.
 */
export const slowConsumerLimits = {
  maxBufferedBytes: 4 * 1024 * 1024,
  stallMs: 30_000,
  /** How often every socket's send buffer is checked. */
  checkMs: 1_000,
  closeGraceMs: 1_000,
};
export const slowConsumerCloseCode = 1013;
export const slowConsumerCloseReason = "Slow consumer: reconnect and resume with after = your last cursor";

/**
 * graphql-ws on the same server and path as Yoga (the standard Yoga recipe), so subscriptions
 * run through the same envelop plugins and context factory as HTTP. Browsers cannot set headers
 * on a WebSocket, so credentials come from the `connection_init` payload's `authorization`
 * (same value as the HTTP header), else from the upgrade request's header.
 */
export function attachGraphqlWs(deps: {
  server: Server;
  yoga: ApiYoga;
  /** The same credential checks (and rate limits) as HTTP. */
  auth: Auth;
  prisma: PrismaClient;
  logger: Logger;
  /** Extra browser origins allowed to open a socket (see `isAllowedOrigin`). */
  allowedOrigins?: readonly string[];
  /** Host names the API answers to (see `isAllowedHost`); any when absent. */
  allowedHosts?: readonly string[];
}) {
  const wss = new WebSocketServer({
    server: deps.server,
    path: deps.yoga.graphqlEndpoint,
    // Refused before the upgrade completes, so a foreign page never gets a socket.
    verifyClient: ({ origin, req }, done) => {
      if (!isAllowedHost(req.headers.host, deps.allowedHosts)) return done(false, 421, "Misdirected Request");
      if (!isAllowedOrigin(origin, req.headers.host, deps.allowedOrigins)) return done(false, 403, "Forbidden");
      done(true);
    },
  });
  const disposable = useServer<Record<string, unknown> | undefined, { viewer: Viewer | null }>(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onConnect: async (ctx) => {
        const fromPayload = ctx.connectionParams?.authorization;
        const authorization = typeof fromPayload === "string" ? fromPayload : ctx.extra.request.headers.authorization;
        // Resolved once per connection: every operation on it acts as this viewer.
        // Browsers that cannot send a payload still carry the session cookie on the upgrade request.
        const resolved = await deps.auth.resolve({
          authorization,
          cookie: ctx.extra.request.headers.cookie,
          ip: peerAddress(ctx.extra.request),
        });
        ctx.extra.viewer = resolved.viewer;
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        // One id per operation: its errors carry it, and so do the server's log lines about it.
        const requestId = randomUUID();
        const { schema, execute, subscribe, contextFactory, parse, validate } = deps.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          wsViewer: ctx.extra.viewer ?? null,
          requestId,
        });
        let document: ReturnType<typeof parse>;
        try {
          // Limits (tokens at parse, depth/aliases/cost at validate) run here as over HTTP.
          document = parse(params.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors.map((e: GraphQLError) => withRequestId(e, requestId));
        } catch (err) {
          // A syntax error is the client's: answer this operation, keep the socket.
          if (err instanceof GraphQLError) return [withRequestId(err, requestId)];
          throw err;
        }
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );
  wss.on("error", (err) => deps.logger.error({ err }, "websocket server error"));

  const limits = { ...slowConsumerLimits };
  /** Sockets with unsent bytes: how many at the last check, and since when they have not gone down. */
  const backlog = new WeakMap<WebSocket, { bytes: number; since: number }>();
  const shed = (socket: WebSocket, bytes: number, why: string) => {
    deps.logger.warn({ bufferedBytes: bytes, why }, "closing a slow websocket consumer");
    backlog.delete(socket);
    socket.close(slowConsumerCloseCode, slowConsumerCloseReason);
    // The close frame queues behind the stuck bytes: end the connection (and its subscriptions) now.
    setTimeout(() => socket.terminate(), limits.closeGraceMs).unref();
  };
  const checker = setInterval(() => {
    const now = Date.now();
    for (const socket of wss.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      const bytes = socket.bufferedAmount;
      if (bytes === 0) {
        backlog.delete(socket);
        continue;
      }
      if (bytes > limits.maxBufferedBytes) {
        shed(socket, bytes, `more than ${limits.maxBufferedBytes} bytes unsent`);
        continue;
      }
      const seen = backlog.get(socket);
      if (!seen || bytes < seen.bytes) backlog.set(socket, { bytes, since: now });
      else if (now - seen.since >= limits.stallMs) shed(socket, bytes, `no progress for ${limits.stallMs} ms`);
      else seen.bytes = bytes;
    }
  }, limits.checkMs);
  checker.unref();

  return {
    async close() {
      clearInterval(checker);
      await disposable.dispose();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
