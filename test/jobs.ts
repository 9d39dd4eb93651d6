import { randomBytes } from "node:crypto";
import { CometClient } from "../comet/client/index.js";
import { type Simulator, startSimulator } from "../comet/simulator/index.js";
import { type Config, loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import type { Db } from "../prisma/db.js";
import type { CometServer } from "../prisma/generated/prisma/client.js";
import { buildSecretBox } from "../secret-box.js";
import type { JobContext } from "../workers/jobs/job.js";
import { world } from "./world.js";

/** Shared by the worker-job tests only: a simulator, a registered server and a JobContext. */

export const SIM_ADMIN = { username: "admin", password: "admin" };

export function startSmallSimulator(seed = 11): Promise<Simulator> {
  return startSimulator({
    seed,
    admin: SIM_ADMIN,
    autoRun: false,
    historyHours: 6,
    fleet: {
      organizations: [
        {
          id: "",
          name: "Top",
          customers: [
            { slug: "acme", accounts: 2 },
            { slug: "globex", accounts: 1 },
          ],
        },
      ],
      devicesPerAccount: [2, 2],
    },
  });
}

/** An MSP owning a server at `baseUrl` (the job context signs in with SIM_ADMIN itself). */
export async function registerServer(db: Db, baseUrl: string, tag: string): Promise<CometServer> {
  const w = await world(db)
    .msp("msp", `MSP ${tag}`, { slug: `msp-${tag}` })
    .server("server", { baseUrl, profileName: `sim-${tag}`, label: `Simulator ${tag}`, admin: SIM_ADMIN })
    .build();
  return w.servers.server;
}

export interface TestJobContext extends JobContext {
  lines: string[];
}

export function jobContext(
  db: Db,
  opts: { url?: string; config?: Partial<Config>; dryRun?: boolean } = {},
): TestJobContext {
  const lines: string[] = [];
  return {
    db,
    live: buildPubSub({}),
    logger: buildLogger("silent", "test"),
    config: { ...loadConfig({}), ...opts.config },
    secrets: buildSecretBox(randomBytes(32)),
    clientFor: (server) => new CometClient({ baseUrl: opts.url ?? server.baseUrl, ...SIM_ADMIN }),
    dryRun: opts.dryRun ?? false,
    verbose: false,
    print: (line) => lines.push(line),
    lines,
  };
}
