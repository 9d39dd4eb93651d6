import { requireViewer } from "../../core/auth/viewer.js";
import { serverWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";

const StreamStateRef = builder.enumType("StreamState", {
  description: "State of the live event stream held for one Comet server.",
  values: {
    DISCONNECTED: { description: "No worker holds the stream (not started, or the server is disabled)." },
    CONNECTING: { description: "Opening the WebSocket and authenticating." },
    CONNECTED: { description: "Authenticated and receiving events." },
    BACKOFF: { description: "The connection failed; waiting before the next attempt." },
    AUTH_FAILED: { description: "The server rejected the admin credentials; fix them to resume." },
  } as const,
});

/**
 * A Comet server and the health of its ingestion. The admin username and the encrypted admin
 * password are deliberately not fields: nothing in the API can read them back.
 */
builder.prismaNode("CometServer", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...serverWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    profileName: t.exposeString("profileName"),
    name: t.exposeString("name", { description: "Display name of the server." }),
    baseUrl: t.exposeString("baseUrl"),
    isEnabled: t.exposeBoolean("isEnabled", { description: "Whether Partner Hub mirrors this server." }),
    isPlatformShared: t.boolean({
      description: "True for a platform-shared server whose organizations map to several MSPs.",
      resolve: (server) => server.mspId === null,
    }),
    serverVersion: t.exposeString("serverVersion", {
      nullable: true,
      description: "Comet Server version reported at the last reconcile.",
    }),
    streamState: t.expose("streamState", { type: StreamStateRef, description: "Current state of the event stream." }),
    streamConnectedAt: t.expose("streamConnectedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the current stream connection was established.",
    }),
    lastEventAt: t.expose("lastEventAt", {
      type: "DateTime",
      nullable: true,
      description: "When the last event arrived on the stream.",
    }),
    lastHeartbeatAt: t.expose("lastHeartbeatAt", {
      type: "DateTime",
      nullable: true,
      description: "When the last heartbeat (a cheap API call proving the server answers) succeeded.",
    }),
    reconnectCount: t.exposeInt("reconnectCount", {
      description: "How many times the stream had to reconnect since the worker started.",
    }),
    lastStreamError: t.exposeString("lastStreamError", {
      nullable: true,
      description: "The last stream failure, for diagnosis; null while healthy.",
    }),
    unknownEventCount: t.exposeInt("unknownEventCount", {
      description: "Events of a type Partner Hub does not handle (ignored, counted for diagnosis).",
    }),
    lastReconcileAt: t.expose("lastReconcileAt", {
      type: "DateTime",
      nullable: true,
      description: "When the last full reconcile against the server's API finished.",
    }),
    lastReconcileStats: t.expose("lastReconcileStats", { type: "JSON", nullable: true }),
  }),
});

builder.queryField("cometServers", (t) =>
  t.withAuth({ capability: "READ" }).prismaField({
    type: ["CometServer"],
    description:
      "Comet servers and their ingestion health: every server for the platform operator, the MSP's own " +
      "servers for its staff, none for customer members.",
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.cometServer.findMany({
        ...query,
        where: serverWhere(ctx.viewer),
        orderBy: { profileName: "asc" },
      }),
  }),
);
