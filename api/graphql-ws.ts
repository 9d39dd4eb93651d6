import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Logger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";
import type { Viewer } from "../schema/tenancy.js";
import { resolveViewer } from "./viewer.js";
import type { ApiYoga } from "./yoga.js";

type EnvelopedRoot = { execute(args: ExecutionArgs): unknown; subscribe(args: ExecutionArgs): unknown };

/**
 * graphql-ws on the same server and path as Yoga (the standard Yoga recipe), so subscriptions
 * run through the same envelop plugins and context factory as HTTP. Browsers cannot set headers
 * on a WebSocket, so credentials come from the `connection_init` payload's `authorization`
 * (same value as the HTTP header), else from the upgrade request's header.
 */
export function attachGraphqlWs(deps: { server: Server; yoga: ApiYoga; prisma: PrismaClient; logger: Logger }) {
  const wss = new WebSocketServer({ server: deps.server, path: deps.yoga.graphqlEndpoint });
  const disposable = useServer<Record<string, unknown> | undefined, { viewer: Viewer | null }>(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onConnect: async (ctx) => {
        const fromPayload = ctx.connectionParams?.authorization;
        const authorization = typeof fromPayload === "string" ? fromPayload : ctx.extra.request.headers.authorization;
        // Resolved once per connection: every operation on it acts as this viewer.
        ctx.extra.viewer = await resolveViewer(deps.prisma, authorization);
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = deps.yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          wsViewer: ctx.extra.viewer ?? null,
          requestId: randomUUID(),
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        return errors.length > 0 ? errors : args;
      },
    },
    wss,
  );
  wss.on("error", (err) => deps.logger.error({ err }, "websocket server error"));
  return {
    async close() {
      await disposable.dispose();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
