import type { ZodType } from "zod";
import type { CometClient } from "../../comet/client/index.js";
import type { Config } from "../../config.js";
import type { LivePubSub } from "../../core/live/pubsub.js";
import type { Logger } from "../../log.js";
import type { Db } from "../../prisma/db.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import type { SecretBox } from "../../secret-box.js";
import type { IngestContext } from "../ingest/context.js";

/**
 * A scheduled job is one file: a name, a payload model and an idempotent `run` that awaits
 * everything and throws to retry. The schedule itself lives in workers/runner.ts.
 */
export interface JobContext {
  db: Db;
  live: LivePubSub;
  logger: Logger;
  config: Config;
  secrets: SecretBox;
  clientFor(server: CometServer): CometClient;
  /** Report what would be done, change nothing (only jobs that act on Comet honour it). */
  dryRun: boolean;
  verbose: boolean;
  /** What the job did, line by line, for `npm run worker -- <name>`. */
  print(line: string): void;
  /** Sends the queued actions of devices that just connected, in the background (device-actions.ts). */
  onDevicesOnline?: (deviceIds: string[]) => void;
}

export interface WorkerJob<P> {
  name: string;
  payload: ZodType<P>;
  run(ctx: JobContext, payload: P): Promise<Record<string, number | string>>;
}

export class UnknownServerError extends Error {
  override name = "UnknownServerError";
  constructor(profileName: string) {
    super(`no enabled Comet server with profile name "${profileName}"`);
  }
}

/** The named server, or every enabled one. */
export async function serversFor(ctx: JobContext, profileName?: string): Promise<CometServer[]> {
  const servers = await ctx.db.prisma.cometServer.findMany({
    where: { isEnabled: true, ...(profileName ? { profileName } : {}) },
    orderBy: { profileName: "asc" },
  });
  if (profileName && servers.length === 0) throw new UnknownServerError(profileName);
  return servers;
}

export function ingestContext(ctx: JobContext, server: CometServer): IngestContext {
  return {
    db: ctx.db,
    live: ctx.live,
    logger: ctx.logger.child({ server: server.profileName }),
    server: { id: server.id, profileName: server.profileName, mspId: server.mspId },
    ...(ctx.onDevicesOnline ? { onDevicesOnline: ctx.onDevicesOnline } : {}),
  };
}

/**
 * Runs `fn` for each server; one unreachable server does not stop the others, but the job still
 * fails afterwards so the scheduler retries it. Numeric results are summed across servers.
 */
export async function forEachServer(
  ctx: JobContext,
  profileName: string | undefined,
  fn: (server: CometServer) => Promise<Record<string, number>>,
): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  const failures: string[] = [];
  const servers = await serversFor(ctx, profileName);
  for (const server of servers) {
    try {
      for (const [k, v] of Object.entries(await fn(server))) totals[k] = (totals[k] ?? 0) + v;
    } catch (err) {
      ctx.logger.error({ err, server: server.profileName }, "job failed for server");
      failures.push(`${server.profileName}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  totals.servers = servers.length;
  if (failures.length > 0) throw new Error(`failed for ${failures.length} server(s): ${failures.join("; ")}`);
  return totals;
}
