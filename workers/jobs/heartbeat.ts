import { z } from "zod";
import { applyConnections } from "../ingest/apply-connections.js";
import { forEachServer, ingestContext, type WorkerJob } from "./job.js";

/**
 * Polls the dispatcher's live-connection list and treats it as the truth: devices not in it go
 * offline. The event stream reports connects/disconnects too, but it has no replay, so a missed
 * DEVICE_LIVE_DISCONNECT would otherwise leave a device "online" forever.
 */
export const HeartbeatPayloadModel = z.object({ server: z.string().optional() });
export type HeartbeatPayload = z.output<typeof HeartbeatPayloadModel>;

export const heartbeat: WorkerJob<HeartbeatPayload> = {
  name: "heartbeat",
  payload: HeartbeatPayloadModel,
  async run(ctx, payload) {
    return forEachServer(ctx, payload.server, async (server) => {
      const active = await ctx.clientFor(server).listActive();
      const result = await applyConnections(ingestContext(ctx, server), active, { complete: true });
      await ctx.db.prisma.cometServer.update({ where: { id: server.id }, data: { lastHeartbeatAt: new Date() } });
      ctx.print(
        `${server.profileName}: ${result.online} online, ${result.wentOnline} came online, ${result.wentOffline} went offline`,
      );
      return { ...result };
    });
  },
};
