import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";
import { type Context, schema } from "../schema/index.js";
import type { Viewer } from "../schema/tenancy.js";
import { useUnexpectedErrorMasking } from "./errors.js";
import { resolveViewer } from "./viewer.js";

/** What the HTTP handler (or graphql-ws) hands Yoga besides the request itself. */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  requestId?: string;
  /** Set by graphql-ws: the viewer resolved once at connection_init. */
  wsViewer?: Viewer | null;
}

export type ApiYoga = YogaServerInstance<ServerContext, Context>;

const exampleQuery = `# Send credentials in the Headers tab, e.g.
#   { "Authorization": "Basic <base64 of email:password>" }
query Devices {
  devices(first: 20) {
    totalCount
    edges { node { friendlyName accountUsername customerName isOnline os } }
    pageInfo { hasNextPage endCursor }
  }
  cometServers { profileName streamState lastEventAt reconnectCount }
}
`;

export function buildYoga(deps: { prisma: PrismaClient; logger: Logger }): ApiYoga {
  const logger = deps.logger;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Partner Hub GraphiQL", subscriptionsProtocol: "WS", defaultQuery: exampleQuery },
    // Our plugin masks unexpected resolver errors with a request id; Yoga's masking stays on as
    // the net for anything thrown outside execution. Never echo stacks to clients.
    maskedErrors: { isDev: false },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(" ")),
      info: (...args) => logger.info(args.map(String).join(" ")),
      warn: (...args) => logger.warn(args.map(String).join(" ")),
      error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(" ")),
    },
    plugins: [useUnexpectedErrorMasking(logger)],
    context: async (initial): Promise<Context> => ({
      prisma: deps.prisma,
      viewer:
        initial.wsViewer !== undefined
          ? initial.wsViewer
          : await resolveViewer(deps.prisma, initial.request.headers.get("authorization")),
      requestId: initial.requestId ?? randomUUID(),
    }),
  });
}
