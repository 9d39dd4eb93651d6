import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_STATUS, SEVT } from "../../comet/client/constants.js";
import { type IngestFixture, startIngestFixture, testLogger, waitFor } from "../../test/workers.js";
import { buildWorkers, type Workers } from "../index.js";

// One real simulator + database + stream for the file: each test drives its own job, device,
// account or counter and looks only at those. Generous limits for a loaded 2-core CI machine.
describe("stream ingest (simulator -> WebSocket -> rows -> live events)", { timeout: 90_000 }, () => {
  let fx: IngestFixture;
  let workers: Workers;

  beforeAll(async () => {
    fx = await startIngestFixture();
    workers = buildWorkers({ ...fx, logger: testLogger(), schedule: "none" });
    await workers.start();
    await workers.reconciled(fx.profileName);
  });
  afterAll(async () => {
    await workers?.stop();
    await fx?.close();
  });

  const topicsOf = (cometDeviceId: string) =>
    fx.received.filter((m) => m.payload.cometDeviceId === cometDeviceId).map((m) => m.topic);
  const serverRow = () => fx.db.prisma.cometServer.findUniqueOrThrow({ where: { id: fx.serverId } });

  it("mirrors a job from start to end and publishes job.started then job.ended", async () => {
    const [account] = fx.sim.control.listAccounts();
    const guid = fx.sim.control.startJob({ username: account!.username });
    const started = await waitFor("running job row", () =>
      fx.db.prisma.job.findFirst({ where: { cometJobId: guid, isRunning: true } }),
    );
    expect(started.outcome).toBe("RUNNING");
    fx.sim.control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
    const ended = await waitFor("ended job row", () =>
      fx.db.prisma.job.findFirst({ where: { cometJobId: guid, isRunning: false } }),
    );
    expect(ended).toMatchObject({ outcome: "SUCCESS", cometStatus: JOB_STATUS.STOP_SUCCESS, mspId: fx.mspId });
    const events = await waitFor("job.ended event", () => {
      const mine = fx.received.filter((m) => m.payload.cometJobId === guid).map((m) => m.topic);
      return mine.includes("job.ended") ? mine : undefined;
    });
    expect(events.indexOf("job.started")).toBeLessThan(events.indexOf("job.ended"));
  });

  it("mirrors device registration, connection and removal from events", async () => {
    const [account] = fx.sim.control.listAccounts();
    const username = account!.username;
    const deviceId = fx.sim.control.registerDevice(username, "New laptop");
    await waitFor("device row", () => fx.db.prisma.device.findFirst({ where: { cometDeviceId: deviceId } }));
    fx.sim.control.setDeviceOnline(username, deviceId, true);
    await waitFor("device online", () =>
      fx.db.prisma.device.findFirst({ where: { cometDeviceId: deviceId, isOnline: true } }),
    );
    fx.sim.control.setDeviceOnline(username, deviceId, false);
    await waitFor("device offline", () =>
      fx.db.prisma.device.findFirst({ where: { cometDeviceId: deviceId, isOnline: false } }),
    );
    fx.sim.control.removeDevice(username, deviceId);
    await waitFor("device revoked", () =>
      fx.db.prisma.device.findFirst({ where: { cometDeviceId: deviceId, revokedAt: { not: null } } }),
    );
    const lifecycle = ["device.added", "device.online", "device.offline", "device.removed"] as const;
    await waitFor("device live events", () => lifecycle.every((t) => topicsOf(deviceId).includes(t)));
    // Published in the order they happened.
    const firsts = lifecycle.map((t) => topicsOf(deviceId).indexOf(t));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("applies profile edits and records the server version, connection state and last event time", async () => {
    const [account] = fx.sim.control.listAccounts();
    fx.sim.control.editProfile(account!.username, { AccountName: "Renamed by test" });
    await waitFor("profile applied", () =>
      fx.db.prisma.cometAccount.findFirst({ where: { username: account!.username, accountName: "Renamed by test" } }),
    );
    const server = await waitFor("bookkeeping", async () => {
      const s = await serverRow();
      return s.lastEventAt && s.serverVersion ? s : undefined;
    });
    expect(server).toMatchObject({
      streamState: "CONNECTED",
      streamHolder: fx.config.WORKER_ID,
      lastStreamError: null,
    });
    expect(server.serverVersion).toBe("25.9.8");
    expect(fx.received.some((m) => m.topic === "server.state" && m.payload.state === "CONNECTED")).toBe(true);
    expect(workers.health()).toMatchObject([{ profileName: fx.profileName, state: "CONNECTED", heldByMe: true }]);
  });

  it("ignores malformed frames and unknown event types, counts them, and keeps consuming", async () => {
    const { unknownEventCount: before } = await serverRow();
    fx.sim.control.sendRaw("{not json");
    fx.sim.control.sendRaw(
      JSON.stringify({ Type: 4999, TypeString: "SEVT_FROM_THE_FUTURE", Actor: "", ResourceID: "" }),
    );
    fx.sim.control.sendRaw(JSON.stringify({ Type: SEVT.ACCOUNT_LOGIN, Actor: "someone", ResourceID: "/api" }));
    const [account] = fx.sim.control.listAccounts();
    const guid = fx.sim.control.startJob({ username: account!.username });
    await waitFor("job after garbage", () => fx.db.prisma.job.findFirst({ where: { cometJobId: guid } }));
    const server = await waitFor("counted", async () => {
      const s = await serverRow();
      return s.unknownEventCount >= before + 2 ? s : undefined;
    });
    expect(server.unknownEventCount).toBe(before + 2);
    expect(server.streamState).toBe("CONNECTED");
  });
});
