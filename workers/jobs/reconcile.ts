import { z } from "zod";
import { type CometClient, cometTime } from "../../comet/client/index.js";
import { applyConnections } from "../ingest/apply-connections.js";
import { applyJobs } from "../ingest/apply-jobs.js";
import { applyProfiles } from "../ingest/apply-profiles.js";
import type { IngestContext } from "../ingest/context.js";
import { forEachServer, ingestContext, type WorkerJob } from "./job.js";

/**
 * Full resync of one server: the event stream has no replay, so after every (re)connect and
 * nightly the mirror is rebuilt from Comet's own lists. Every write converges (see ingest/), so a
 * reconcile racing the live stream cannot move a row backwards.
 */
export const ReconcilePayloadModel = z.object({ server: z.string().optional() });
export type ReconcilePayload = z.output<typeof ReconcilePayloadModel>;

/** One day per get-jobs-for-date-range call keeps each response (and each transaction) bounded. */
const JOB_CHUNK_SECONDS = 86_400;

async function reconcileJobs(ictx: IngestContext, client: CometClient, nowSec: number, days: number) {
  const totals = { jobsInserted: 0, jobsUpdated: 0, jobsUnchanged: 0, jobsSkipped: 0 };
  const fetchProfile = (username: string) => client.getUserProfileAndHash(username);
  // Start=End=0 returns only incomplete jobs: running jobs that started before the window.
  const ranges: Array<[number, number]> = [[0, 0]];
  for (let s = nowSec - days * 86_400; s <= nowSec; s += JOB_CHUNK_SECONDS) {
    ranges.push([s, Math.min(s + JOB_CHUNK_SECONDS - 1, nowSec)]);
  }
  for (const [start, end] of ranges) {
    const jobs = await client.getJobsForDateRange(start, end);
    if (jobs.length === 0) continue;
    const r = await applyJobs(ictx, jobs, { fetchProfile });
    totals.jobsInserted += r.inserted;
    totals.jobsUpdated += r.updated;
    totals.jobsUnchanged += r.unchanged;
    totals.jobsSkipped += r.skipped;
  }
  return totals;
}

export const reconcile: WorkerJob<ReconcilePayload> = {
  name: "reconcile",
  payload: ReconcilePayloadModel,
  async run(ctx, payload) {
    return forEachServer(ctx, payload.server, async (server) => {
      const client = ctx.clientFor(server);
      const ictx = ingestContext(ctx, server);
      // Comet's clock, not ours, bounds the job window (a skewed server would otherwise lose jobs).
      const meta = await client.metaVersion();
      const nowSec = Math.floor((cometTime(meta.CurrentTime) ?? new Date()).getTime() / 1000);
      const users = await client.listUsersFull();
      const profiles = Object.entries(users).map(([username, profile]) => ({ username, profile }));
      const p = await applyProfiles(ictx, profiles, { complete: true });
      const jobs = await reconcileJobs(ictx, client, nowSec, ctx.config.RECONCILE_JOB_DAYS);
      const conns = await applyConnections(ictx, await client.listActive(), { complete: true });
      const stats = {
        accounts: p.accounts,
        devices: p.devices,
        items: p.items,
        vaults: p.vaults,
        flagged: p.flagged,
        skippedAccounts: p.skipped,
        ...jobs,
        online: conns.online,
        wentOnline: conns.wentOnline,
        wentOffline: conns.wentOffline,
      };
      // The full live-connection pass above is a heartbeat too: health should not look stale
      // for a whole heartbeat interval after every (re)connect.
      const now = new Date();
      await ctx.db.prisma.cometServer.update({
        where: { id: server.id },
        data: {
          lastReconcileAt: now,
          lastHeartbeatAt: now,
          lastReconcileStats: stats,
          serverVersion: meta.Version || undefined,
        },
      });
      ctx.print(
        `${server.profileName}: ${Object.entries(stats)
          .map(([k, v]) => `${k}=${v}`)
          .join(" ")}`,
      );
      return stats;
    });
  },
};
