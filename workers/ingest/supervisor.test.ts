import { afterEach, describe, expect, it } from "vitest";
import { JOB_STATUS } from "../../comet/client/constants.js";
import { type IngestFixture, startIngestFixture, testLogger, waitFor } from "../../test/workers.js";
import { buildWorkers, type Workers } from "../index.js";

describe("stream supervisor", { timeout: 90_000 }, () => {
  let fx: IngestFixture | undefined;
  let workers: Workers | undefined;

  afterEach(async () => {
    await workers?.stop();
    await fx?.close();
    workers = undefined;
    fx = undefined;
  });

  async function start(opts: Parameters<typeof startIngestFixture>[0] = {}) {
    fx = await startIngestFixture(opts);
    workers = buildWorkers({ ...fx, logger: testLogger(), schedule: "none" });
    await workers.start();
    return { fx, workers };
  }

  const serverRow = () => fx!.db.prisma.cometServer.findUniqueOrThrow({ where: { id: fx!.serverId } });

  it("reconciles after a dropped stream, so jobs started and finished while disconnected appear with their final status", async () => {
    const { fx, workers } = await start();
    await workers.reconciled(fx.profileName);
    const [a, b] = fx.sim.control.listAccounts();
    // Refuse the stream handshake so the client cannot come back while jobs come and go.
    fx.sim.control.setStreamAuthFails(true);
    fx.sim.control.dropStreams();
    await waitFor("stream down", async () => (await serverRow()).streamState !== "CONNECTED");
    const done = fx.sim.control.startJob({ username: a!.username });
    fx.sim.control.finishJob(done, JOB_STATUS.FAILED_ERROR);
    const running = fx.sim.control.startJob({ username: b!.username });
    fx.sim.control.progressJob(running, 3);
    fx.sim.control.setStreamAuthFails(false);
    await waitFor("reconnected", async () => (await serverRow()).streamState === "CONNECTED");
    const rows = await waitFor("both jobs mirrored", async () => {
      const jobs = await fx.db.prisma.job.findMany({ where: { cometJobId: { in: [done, running] } } });
      return jobs.length === 2 ? jobs : undefined;
    });
    const byId = new Map(rows.map((j) => [j.cometJobId, j]));
    expect(byId.get(done)).toMatchObject({ outcome: "ERROR", isRunning: false });
    expect(byId.get(running)).toMatchObject({ outcome: "RUNNING", isRunning: true, progressCounter: 3 });
    expect((await serverRow()).reconnectCount).toBeGreaterThanOrEqual(1);
  });

  it("reports wrong credentials as AUTH_FAILED with the error, keeps retrying and writes nothing", async () => {
    const { fx } = await start({ password: "wrong" });
    const row = await waitFor("auth failure recorded", async () => {
      const s = await serverRow();
      return s.streamState === "AUTH_FAILED" && s.lastStreamError ? s : undefined;
    });
    expect(row.lastStreamError).toMatch(/auth|401|credential|denied|invalid/i);
    await waitFor("retried", async () => (await serverRow()).reconnectCount >= 2);
    expect(await fx.db.prisma.cometAccount.count()).toBe(0);
    expect(await fx.db.prisma.job.count()).toBe(0);
    expect(fx.received.some((m) => m.topic === "server.state" && m.payload.state === "AUTH_FAILED")).toBe(true);
  });

  it("backs off while the server is down and recovers by itself when it is back", async () => {
    const { fx, workers } = await start();
    await workers.reconciled(fx.profileName);
    fx.sim.control.setDown(true);
    fx.sim.control.dropStreams();
    const down = await waitFor("backoff", async () => {
      const s = await serverRow();
      return s.streamState === "BACKOFF" && s.lastStreamError ? s : undefined;
    });
    expect(down.lastStreamError).toBeTruthy();
    fx.sim.control.setDown(false);
    const up = await waitFor("recovered", async () => {
      const s = await serverRow();
      return s.streamState === "CONNECTED" ? s : undefined;
    });
    expect(up.lastStreamError).toBeNull();
    const [account] = fx.sim.control.listAccounts();
    const guid = fx.sim.control.startJob({ username: account!.username });
    await waitFor("job after recovery", () => fx.db.prisma.job.findFirst({ where: { cometJobId: guid } }));
  });

  it("polls running jobs for progress (Comet has no progress event) and runs the heartbeat on its interval", async () => {
    const { fx, workers } = await start({ config: { PROGRESS_POLL_SECONDS: 1, HEARTBEAT_INTERVAL_SECONDS: 1 } });
    await workers.reconciled(fx.profileName);
    const [account] = fx.sim.control.listAccounts();
    const guid = fx.sim.control.startJob({ username: account!.username });
    fx.sim.control.progressJob(guid, 4);
    const polled = await waitFor("progress polled", () =>
      fx.db.prisma.job.findFirst({ where: { cometJobId: guid, progressCounter: 4 } }),
    );
    expect(polled).toMatchObject({ isRunning: true, outcome: "RUNNING" });
    const event = await waitFor("job.progress event", () =>
      fx.received.find((m) => m.topic === "job.progress" && m.payload.cometJobId === guid),
    );
    expect(event.payload).toMatchObject({ progressCounter: 4 });
    await waitFor("heartbeat", async () => (await serverRow()).lastHeartbeatAt !== null);
    const inHealth = await waitFor("heartbeat in health", () => workers.health()[0]?.lastHeartbeatAt);
    expect(inHealth).toBeInstanceOf(Date);
  });

  it("picks up a newly registered server and lets go of a disabled one on the next rescan", async () => {
    const { fx, workers } = await start();
    await workers.reconciled(fx.profileName);
    await fx.db.prisma.cometServer.update({ where: { id: fx.serverId }, data: { isEnabled: false } });
    await waitFor("released", async () => workers.health().length === 0 && (await serverRow()).streamHolder === null);
    expect((await serverRow()).streamState).toBe("DISCONNECTED");
    await fx.db.prisma.cometServer.update({ where: { id: fx.serverId }, data: { isEnabled: true } });
    await waitFor("re-leased", () => workers.health()[0]?.state === "CONNECTED");
  });
});
