import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Loose, openReadyStream, post, type TestStream } from "../../test/simulator.js";
import { JOB_CLASSIFICATION, JOB_STATUS, SEVT } from "../client/constants.js";
import { type Simulator, startSimulator } from "./index.js";

let sim: Simulator;
let stream: TestStream;
beforeEach(async () => {
  sim = await startSimulator({ seed: 11, autoRun: false, historyHours: 0 });
  stream = await openReadyStream(sim);
});
afterEach(async () => {
  stream.close();
  await sim.stop();
});

const user = () => sim.control.listAccounts()[0]!;
const props = async (guid: string) =>
  (await post(sim, "admin/get-job-properties", { JobID: guid })).body as Record<string, Loose>;

describe("job lifecycle", () => {
  it("emits JOB_NEW (6001, EndTime 0) then JOB_COMPLETED and ACCOUNT_UPDATED with the same GUID", async () => {
    const { username } = user();
    const guid = sim.control.startJob({ username });
    const started = await stream.waitFor((e) => e.Type === SEVT.JOB_NEW && e.ResourceID === guid);
    expect(started.Data).toMatchObject({ GUID: guid, Username: username, Status: 6001, EndTime: 0 });
    expect(started.Actor).toBe(username);
    sim.control.progressJob(guid, 3);
    sim.control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
    const done = await stream.waitFor((e) => e.Type === SEVT.JOB_COMPLETED && e.ResourceID === guid);
    expect(done.Data).toMatchObject({ GUID: guid, Status: 5000, Classification: JOB_CLASSIFICATION.BACKUP });
    expect(done.Data!.EndTime as number).toBeGreaterThanOrEqual(done.Data!.StartTime as number);
    const updated = await stream.waitFor((e) => e.Type === SEVT.ACCOUNT_UPDATED && e.ResourceID === username);
    const source = (updated.Data!.Sources as Record<string, Loose>)[done.Data!.SourceGUID as string];
    expect(source.Statistics.LastBackupJob.GUID).toBe(guid);
    expect(source.Statistics.LastSuccessfulBackupJob.GUID).toBe(guid);
  });

  it("advances Progress.Counter by exactly one per progress step", async () => {
    const guid = sim.control.startJob({ username: user().username });
    expect(sim.control.progressJob(guid).Progress!.Counter).toBe(1);
    expect(sim.control.progressJob(guid).Progress!.Counter).toBe(2);
    const body = await props(guid);
    expect(body.Progress.Counter).toBe(2);
    expect(body.Status).toBe(6001);
    expect(body.Message).toBeUndefined();
  });

  it("returns the job log as plain text and log entries as JSON", async () => {
    const guid = sim.control.startJob({ username: user().username });
    sim.control.finishJob(guid, JOB_STATUS.FAILED_WARNING);
    const log = await post(sim, "admin/get-job-log", { JobID: guid });
    expect(log.body).toBeUndefined();
    expect(log.text).toMatch(/warnings/);
    const entries = (await post(sim, "admin/get-job-log-entries", { JobID: guid, MinSeverity: "W" })).body as Loose[];
    expect(entries.every((e) => e.Severity === "W" || e.Severity === "E")).toBe(true);
  });

  it("runs a dispatched backup by itself once simulated time advances", async () => {
    const { username, devices } = user();
    const targetId = devices.find((d) => d.online)!.targetId!;
    const profile = sim.control.getProfile(username);
    const deviceId = devices.find((d) => d.online)!.deviceId;
    const ruleId = Object.entries(profile.BackupRules).find(
      ([, r]) => profile.Sources[r.Source]?.OwnerDevice === deviceId,
    )![0];
    const res = (await post(sim, "admin/dispatcher/run-backup", { TargetID: targetId, BackupRule: ruleId }))
      .body as Loose;
    expect(res).toMatchObject({ Status: 200 });
    sim.control.advance(30_000);
    expect((await props(res.JobID)).Progress.Counter).toBeGreaterThanOrEqual(10);
    sim.control.advance(200_000);
    const done = await stream.waitFor((e) => e.Type === SEVT.JOB_COMPLETED && e.ResourceID === res.JobID);
    expect(done.Data).toMatchObject({ Status: 5000, BackupRuleGUID: ruleId, DeviceID: deviceId });
  });

  it("cancels a running job through the API as 7005 with a JOB_COMPLETED event", async () => {
    const { username } = user();
    const guid = sim.control.startJob({ username });
    const res = await post(sim, "admin/job/cancel", { TargetUser: username, JobID: guid });
    expect(res.body).toMatchObject({ Status: 200 });
    const done = await stream.waitFor((e) => e.Type === SEVT.JOB_COMPLETED && e.ResourceID === guid);
    expect(done.Data!.Status).toBe(JOB_STATUS.FAILED_CANCELLED);
  });

  it("refuses to cancel a job whose device has no live connection", async () => {
    const { username, devices } = user();
    const guid = sim.control.startJob({ username, deviceId: devices[0]!.deviceId });
    sim.control.setDeviceOnline(username, devices[0]!.deviceId, false);
    const res = await post(sim, "admin/job/cancel", { TargetUser: username, JobID: guid });
    expect((res.body as Loose).Status).toBeGreaterThanOrEqual(400);
    expect((await props(guid)).Status).toBe(6001);
  });

  it("abandons a job as 7007 and revives it (6002) when the device reports again", async () => {
    const { username } = user();
    const guid = sim.control.startJob({ username });
    await post(sim, "admin/job/abandon", { TargetUser: username, JobID: guid });
    expect((await props(guid)).Status).toBe(JOB_STATUS.FAILED_ABANDONED);
    sim.control.progressJob(guid);
    const revived = await props(guid);
    expect(revived.Status).toBe(JOB_STATUS.RUNNING_REVIVED);
    expect(revived.EndTime).toBe(0);
  });

  it("keeps a stalled job running without progress forever", async () => {
    const guid = sim.control.startJob({ username: user().username });
    sim.control.progressJob(guid, 2);
    sim.control.stallJob(guid);
    sim.control.progressJob(guid, 5);
    sim.control.advance(24 * 3600e3);
    const body = await props(guid);
    expect(body).toMatchObject({ Status: 6001, EndTime: 0 });
    expect(body.Progress.Counter).toBe(2);
  });

  it("cancels silently: status 7005 on the API, no event on the stream", async () => {
    const guid = sim.control.startJob({ username: user().username });
    sim.control.cancelJobSilently(guid);
    const marker = sim.control.startJob({ username: user().username });
    await stream.waitFor((e) => e.ResourceID === marker);
    expect(
      stream
        .events()
        .filter((e) => e.ResourceID === guid)
        .map((e) => e.Type),
    ).toEqual([SEVT.JOB_NEW]);
    expect((await props(guid)).Status).toBe(JOB_STATUS.FAILED_CANCELLED);
  });

  it("lists jobs that started or ended in a date range, and only incomplete ones for 0..0", async () => {
    const a = sim.control.startJob({ username: user().username });
    const b = sim.control.startJob({ username: user().username });
    sim.control.finishJob(b, JOB_STATUS.FAILED_ERROR);
    const now = Math.floor(Date.now() / 1000);
    const range = (await post(sim, "admin/get-jobs-for-date-range", { Start: String(now + 60), End: String(now - 60) }))
      .body as Loose[];
    expect(range.map((j) => j.GUID).sort()).toEqual([a, b].sort());
    const incomplete = (await post(sim, "admin/get-jobs-for-date-range", { Start: "0", End: "0" })).body as Loose[];
    expect(incomplete.map((j) => j.GUID)).toEqual([a]);
  });

  it("emits 2n job events for burstJobs(n)", async () => {
    const guids = sim.control.burstJobs(500);
    expect(new Set(guids).size).toBe(500);
    await stream.waitForFrames(2 + 1000);
    const jobEvents = stream.events().filter((e) => e.Type === SEVT.JOB_NEW || e.Type === SEVT.JOB_COMPLETED);
    expect(jobEvents).toHaveLength(1000);
  });
});
