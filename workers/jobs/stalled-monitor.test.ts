import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CometClient } from "../../comet/client/index.js";
import type { Simulator } from "../../comet/simulator/index.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { jobContext, registerServer, SIM_ADMIN, startSmallSimulator } from "../../test/jobs.js";
import { applyJobs } from "../ingest/apply-jobs.js";
import { ingestContext } from "./job.js";
import { reconcile } from "./reconcile.js";
import { stalledMonitor } from "./stalled-monitor.js";

let db: TestDb;
let sim: Simulator;
let server: CometServer;
let client: CometClient;
// Small knobs: re-check at once, abandon after two cancel attempts.
const config = { STALLED_STALE_SECONDS: 600, STALLED_RECHECK_SECONDS: 0, STALLED_MAX_ATTEMPTS: 2 };

beforeAll(async () => {
  [db, sim] = await Promise.all([createTestDb(), startSmallSimulator(23)]);
  server = await registerServer(db, sim.url, "stalled");
  client = new CometClient({ baseUrl: sim.url, ...SIM_ADMIN });
  await reconcile.run(jobContext(db), { server: server.profileName });
});
afterAll(async () => {
  await sim?.stop();
  await db?.destroy();
});

/** A running job the mirror saw start, then nothing for an hour (backdated instead of waited for). */
async function staleJob(opts: { online: boolean; stall?: boolean }) {
  const account = sim.control.listAccounts().find((a) => a.devices.length > 0)!;
  const deviceId = account.devices[0]!.deviceId;
  sim.control.setDeviceOnline(account.username, deviceId, true);
  const guid = sim.control.startJob({ username: account.username, deviceId });
  sim.control.progressJob(guid, 2);
  await applyJobs(ingestContext(jobContext(db), server), [await client.getJobProperties(guid)]);
  if (opts.stall !== false) sim.control.stallJob(guid);
  sim.control.setDeviceOnline(account.username, deviceId, opts.online);
  await db.prisma.$executeRawUnsafe(
    `UPDATE "Job" SET "lastProgressAt" = now() - interval '1 hour' WHERE "cometJobId" = $1`,
    guid,
  );
  const row = () => db.prisma.job.findFirstOrThrow({ where: { serverId: server.id, cometJobId: guid } });
  return { guid, row };
}

const run = (opts: { dryRun?: boolean } = {}) => {
  const ctx = jobContext(db, { config, dryRun: opts.dryRun });
  return stalledMonitor.run(ctx, { server: server.profileName }).then((r) => ({ ...r, lines: ctx.lines }));
};

describe("stalled-monitor", () => {
  it("in dry-run prints what it would do and changes nothing", async () => {
    const { guid, row } = await staleJob({ online: true });
    const r = await run({ dryRun: true });
    expect(r).toMatchObject({ checked: 1, cancelled: 1 });
    expect(r.lines.join("\n")).toMatch(new RegExp(`job ${guid} .*would cancel \\(attempt 1 of 2\\)`));
    expect(await row()).toMatchObject({ isRunning: true, monitorAttempts: 0, monitorCheckedAt: null });
    expect(sim.control.getJob(guid)?.Status).toBe(6001);
    // Leave no stale job behind for the next test.
    sim.control.finishJob(guid, 5000);
    await run();
  });

  it("cancels a stuck job and mirrors the cancellation", async () => {
    const { guid, row } = await staleJob({ online: true });
    expect(await run()).toMatchObject({ checked: 1, cancelled: 1 });
    expect(sim.control.getJob(guid)?.Status).toBe(7005);
    expect(await row()).toMatchObject({ isRunning: false, outcome: "CANCELLED", monitorAttempts: 1 });
  });

  it("retries the cancel, then abandons once the attempts reach the maximum", async () => {
    const { guid, row } = await staleJob({ online: false });
    expect(await run()).toMatchObject({ cancelFailed: 1 });
    expect(await row()).toMatchObject({ isRunning: true, monitorAttempts: 1 });
    expect((await row()).monitorLastAction).toMatch(/cancel failed \(attempt 1\)/);
    expect(await run()).toMatchObject({ cancelFailed: 1 });
    expect(await run()).toMatchObject({ abandoned: 1 });
    expect(sim.control.getJob(guid)?.Status).toBe(7007);
    expect(await row()).toMatchObject({ isRunning: false, outcome: "ABANDONED", monitorLastAction: "abandoned" });
    expect(await run()).toMatchObject({ checked: 0 });
  });

  it("finalises a job that ended without any event with its final status", async () => {
    const { guid, row } = await staleJob({ online: true });
    sim.control.cancelJobSilently(guid);
    expect(await run()).toMatchObject({ checked: 1, finalised: 1 });
    expect(await row()).toMatchObject({ isRunning: false, outcome: "CANCELLED", cometStatus: 7005 });
  });

  it("mirrors new progress and resets the attempts instead of cancelling", async () => {
    const { guid, row } = await staleJob({ online: false, stall: false });
    await run();
    expect((await row()).monitorAttempts).toBe(1);
    sim.control.progressJob(guid, 3);
    expect(await run()).toMatchObject({ progressed: 1 });
    expect(await row()).toMatchObject({
      isRunning: true,
      monitorAttempts: 0,
      monitorLastAction: "progressed",
      progressCounter: 5,
    });
    // Progress refreshed lastProgressAt: the job is no longer a candidate.
    expect(await run()).toMatchObject({ checked: 0 });
    sim.control.finishJob(guid, 5000);
    await db.prisma.$executeRawUnsafe(
      `UPDATE "Job" SET "lastProgressAt" = now() - interval '1 hour' WHERE "cometJobId" = $1`,
      guid,
    );
    expect(await run()).toMatchObject({ finalised: 1 });
  });
});
