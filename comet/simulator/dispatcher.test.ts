import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Loose, openReadyStream, post } from "../../test/simulator.js";
import { JOB_CLASSIFICATION, SEVT } from "../client/constants.js";
import { type Simulator, startSimulator } from "./index.js";

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ seed: 21, autoRun: false, historyHours: 24 });
});
afterEach(async () => {
  await sim.stop();
});

const onlineDevice = () => {
  for (const acc of sim.control.listAccounts()) {
    const d = acc.devices.find((x) => x.online);
    if (d) return { username: acc.username, deviceId: d.deviceId, targetId: d.targetId! };
  }
  throw new Error("no online device");
};
type Active = Record<string, { Username: string; DeviceID: string; ReportedVersion: string }>;
const listActive = async () => (await post(sim, "admin/dispatcher/list-active")).body as Active;

describe("dispatcher", () => {
  it("keys list-active by TargetIDs that are not device IDs", async () => {
    const active = await listActive();
    expect(Object.keys(active).length).toBeGreaterThan(0);
    for (const [targetId, conn] of Object.entries(active)) {
      expect(targetId).not.toBe(conn.DeviceID);
      expect(targetId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("gives a device a new TargetID when it reconnects", async () => {
    const d = onlineDevice();
    await post(sim, "admin/dispatcher/drop-connection", { TargetID: d.targetId });
    const next = sim.control.targetIdOf(d.username, d.deviceId);
    expect(next).toBeDefined();
    expect(next).not.toBe(d.targetId);
    expect((await post(sim, "admin/dispatcher/refetch-profile", { TargetID: d.targetId })).body).toMatchObject({
      Status: 403,
    });
  });

  it("revokes a device: gone from the profile and from list-active, with DEVICE_REMOVED", async () => {
    const stream = await openReadyStream(sim);
    const d = onlineDevice();
    await post(sim, "admin/revoke-device", { TargetUser: d.username, TargetDevice: d.deviceId });
    await stream.waitFor((e) => e.Type === SEVT.DEVICE_REMOVED && e.ResourceID === d.deviceId);
    expect(stream.events().some((e) => e.Type === SEVT.DEVICE_LIVE_DISCONNECT && e.ResourceID === d.deviceId)).toBe(
      true,
    );
    expect(sim.control.getProfile(d.username).Devices[d.deviceId]).toBeUndefined();
    expect(Object.values(await listActive()).some((c) => c.DeviceID === d.deviceId)).toBe(false);
    stream.close();
  });

  it("updates the software with an UPDATE job and then reports the server version", async () => {
    const d = onlineDevice();
    await post(sim, "admin/dispatcher/update-software", { TargetID: d.targetId });
    const job = Object.values(
      (await post(sim, "admin/get-jobs-for-user", { TargetUser: d.username })).body as Array<Record<string, number>>,
    ).find((j) => j.Classification === JOB_CLASSIFICATION.UPDATE);
    expect(job).toBeDefined();
    sim.control.advance(60_000);
    expect(sim.control.getProfile(d.username).Devices[d.deviceId]!.ClientVersion).toBe("25.9.8");
    const conn = Object.values(await listActive()).find((c) => c.DeviceID === d.deviceId);
    expect(conn?.ReportedVersion).toBe("25.9.8");
  });

  it("starts RETENTION and REINDEX jobs for a vault", async () => {
    const d = onlineDevice();
    const vault = Object.keys(sim.control.getProfile(d.username).Destinations)[0]!;
    await post(sim, "admin/dispatcher/apply-retention-rules", { TargetID: d.targetId, Destination: vault });
    await post(sim, "admin/dispatcher/reindex-storage-vault", { TargetID: d.targetId, Destination: vault });
    const jobs = (await post(sim, "admin/get-jobs-recent")).body as Array<Record<string, number | string>>;
    const classes = jobs.filter((j) => j.EndTime === 0).map((j) => j.Classification);
    expect(classes).toEqual(expect.arrayContaining([JOB_CLASSIFICATION.RETENTION, JOB_CLASSIFICATION.REINDEX]));
  });

  it("returns the same vault snapshots and stored objects for the same request", async () => {
    const d = onlineDevice();
    const vault = Object.keys(sim.control.getProfile(d.username).Destinations)[0]!;
    const snaps = async () =>
      (
        (await post(sim, "admin/dispatcher/request-vault-snapshots", { TargetID: d.targetId, Destination: vault }))
          .body as Loose
      ).Snapshots as Array<{ Snapshot: string; Source: string }>;
    const first = await snaps();
    expect(first.length).toBeGreaterThan(0);
    expect(await snaps()).toEqual(first);
    const objects = async (tree?: string) =>
      (
        (
          await post(sim, "admin/dispatcher/request-stored-objects", {
            TargetID: d.targetId,
            Destination: vault,
            SnapshotID: first[0]!.Snapshot,
            ...(tree ? { TreeID: tree } : {}),
          })
        ).body as Loose
      ).StoredObjects as Array<{ name: string; type: string; subtree: string }>;
    const root = await objects();
    expect(root.length).toBeGreaterThan(0);
    const dir = root.find((o) => o.type === "dir")!;
    const inside = await objects(dir.subtree);
    expect(inside).toEqual(await objects(dir.subtree));
    expect(inside).not.toEqual(root);
  });

  it("fails dispatcher calls on an unknown TargetID, including a device ID", async () => {
    const d = onlineDevice();
    const res = await post(sim, "admin/dispatcher/run-backup-custom", {
      TargetID: d.deviceId,
      Source: "x",
      Destination: "y",
    });
    expect(res.body).toMatchObject({ Status: 403 });
  });

  it("starts a restore job with run-restore-custom and returns its JobID", async () => {
    const d = onlineDevice();
    const p = sim.control.getProfile(d.username);
    const source = Object.keys(p.Sources).find((id) => p.Sources[id]!.OwnerDevice === d.deviceId)!;
    const res = (
      await post(sim, "admin/dispatcher/run-restore-custom", {
        TargetID: d.targetId,
        Source: source,
        Destination: Object.keys(p.Destinations)[0]!,
        Options: JSON.stringify({ Type: 0, DestPath: "C:\\restore" }),
      })
    ).body as { JobID: string };
    expect(sim.control.getJob(res.JobID)).toMatchObject({ Classification: JOB_CLASSIFICATION.RESTORE, Status: 6001 });
  });
});
