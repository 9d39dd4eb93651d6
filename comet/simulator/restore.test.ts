import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Loose, openReadyStream, post } from "../../test/simulator.js";
import { ENGINE, JOB_CLASSIFICATION, JOB_STATUS, RESTORE_TYPE, SEVT } from "../client/constants.js";
import { type Simulator, startSimulator } from "./index.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    seed: 4,
    autoRun: false,
    historyHours: 0,
    fleet: { organizations: [{ id: "", name: "t", customers: [{ slug: "big", accounts: 60 }] }] },
  });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => sim.control.clearCalls());

type Item = { username: string; deviceId: string; targetId: string; source: string; vault: string };

/** Items of `engine` with a backup rule, each device brought online, with the vault its rule backs up to. */
function* itemsOf(engine: string): Generator<Item> {
  for (const acc of sim.control.listAccounts()) {
    const p = sim.control.getProfile(acc.username);
    for (const [sourceId, s] of Object.entries(p.Sources)) {
      if (s.Engine !== engine) continue;
      const rule = Object.values(p.BackupRules).find((r) => r.Source === sourceId);
      if (!rule) continue;
      const targetId = sim.control.setDeviceOnline(acc.username, s.OwnerDevice, true)!;
      yield { username: acc.username, deviceId: s.OwnerDevice, targetId, source: sourceId, vault: rule.Destination };
    }
  }
}

function itemOf(engine: string): Item {
  for (const item of itemsOf(engine)) return item;
  throw new Error(`the fleet has no ${engine} item`);
}

/** An item whose device lets the admin view filenames (so its snapshots can be browsed). */
async function browsableItemOf(engine: string): Promise<Item> {
  const active = (await post(sim, "admin/dispatcher/list-active")).body as Loose;
  for (const item of itemsOf(engine)) {
    if (active[item.targetId]?.AllowsFilenames) return item;
    const fresh = (await post(sim, "admin/dispatcher/list-active")).body as Loose;
    if (fresh[item.targetId]?.AllowsFilenames) return item;
  }
  throw new Error(`the fleet has no browsable ${engine} item`);
}

const restore = (item: Item, fields: Record<string, string>) =>
  post(sim, "admin/dispatcher/run-restore-custom", {
    TargetID: item.targetId,
    Source: item.source,
    Destination: item.vault,
    ...fields,
  });
const opts = (o: Record<string, unknown>) => JSON.stringify(o);
const snapshotsOf = async (item: Item) =>
  (
    (
      (
        await post(sim, "admin/dispatcher/request-vault-snapshots", {
          TargetID: item.targetId,
          Destination: item.vault,
        })
      ).body as Loose
    ).Snapshots as Loose[]
  ).filter((s) => s.Source === item.source);

describe("run-restore-custom", () => {
  it("records type, destination, overwrite flags, selected paths and the latest snapshot on the job", async () => {
    const item = itemOf(ENGINE.FILE);
    const snaps = await snapshotsOf(item);
    const latest = snaps.reduce((a, b) => (b.CreateTime > a.CreateTime ? b : a));
    const res = await restore(item, {
      Options: opts({
        Type: RESTORE_TYPE.FILE,
        DestPath: "C:\\Restore",
        OverwriteExistingFiles: true,
        OverwriteIfNewer: true,
      }),
      Paths: JSON.stringify(["/Documents", "/Finance/report-1.pdf"]),
    });
    const { JobID } = res.body as Loose;
    expect(JobID).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.control.restoreOf(JobID)).toEqual({
      type: 0,
      destPath: "C:\\Restore",
      destIsOriginalLocation: false,
      paths: ["/Documents", "/Finance/report-1.pdf"],
      snapshot: latest.Snapshot,
      source: item.source,
      destination: item.vault,
      overwrite: { existing: true, ifNewer: true, ifDifferentContent: false, forcePermissions: false },
      archiveFormat: 0,
    });
    expect(sim.control.getJob(JobID)).toMatchObject({
      Classification: JOB_CLASSIFICATION.RESTORE,
      SnapshotID: latest.Snapshot,
      SourceGUID: item.source,
    });
  });

  it("sizes the job from the selected folder of the snapshot tree that request-stored-objects serves", async () => {
    const item = await browsableItemOf(ENGINE.FILE);
    const [snap] = await snapshotsOf(item);
    const root = (
      await post(sim, "admin/dispatcher/request-stored-objects", {
        TargetID: item.targetId,
        Destination: item.vault,
        SnapshotID: snap.Snapshot,
      })
    ).body as Loose;
    const dir = (root.StoredObjects as Loose[]).find((o) => o.type === "dir");
    const res = await restore(item, {
      Snapshot: snap.Snapshot,
      Options: opts({ Type: RESTORE_TYPE.FILE, DestPath: "/tmp/r" }),
      Paths: JSON.stringify([`/${dir.name}`]),
    });
    const guid = (res.body as Loose).JobID;
    expect(sim.control.getJob(guid)!.TotalSize).toBe(dir.b);
    sim.control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
    expect(sim.control.getJob(guid)!.TotalFiles).toBe(dir.f);
  });

  it("restores everything with Paths absent: null paths and the item's full size", async () => {
    const item = itemOf(ENGINE.FILE);
    const res = await restore(item, { Options: opts({ Type: RESTORE_TYPE.NULL }) });
    const guid = (res.body as Loose).JobID;
    expect(sim.control.restoreOf(guid)).toMatchObject({ type: 1, paths: null, destPath: "" });
    const size = sim.control.getProfile(item.username).Devices[item.deviceId]!.Sources![item.source]!.Size;
    expect(sim.control.getJob(guid)!.TotalSize).toBe(size);
  });

  it.each([
    ["an unknown Type", { Type: 42, DestPath: "/r" }, /not a known RESTORETYPE/],
    ["a missing Type", { DestPath: "/r" }, /not a known RESTORETYPE/],
    ["FILE without DestPath", { Type: RESTORE_TYPE.FILE }, /DestPath is required/],
    ["FILE_ARCHIVE with a blank DestPath", { Type: RESTORE_TYPE.FILE_ARCHIVE, DestPath: "  " }, /DestPath is required/],
    ["original location with a DestPath", { Type: 0, DestIsOriginalLocation: true, DestPath: "/x" }, /must be empty/],
    ["VMDK_FILE on a Files and Folders item", { Type: RESTORE_TYPE.VMDK_FILE, DestPath: "/r" }, /Disk Image/],
  ])("refuses %s with Status 400 and starts no job", async (_what, options, message) => {
    const item = itemOf(ENGINE.FILE);
    const before = sim.snapshot().jobs;
    const res = await restore(item, { Options: opts(options) });
    expect(res.body).toMatchObject({ Status: 400 });
    expect((res.body as Loose).Message).toMatch(message);
    expect(sim.snapshot().jobs).toBe(before);
  });

  it("accepts the original location without a DestPath", async () => {
    const res = await restore(itemOf(ENGINE.FILE), { Options: opts({ Type: 0, DestIsOriginalLocation: true }) });
    expect(res.body).toMatchObject({ Status: 200 });
  });

  it.each([ENGINE.WINDISK, ENGINE.HYPERV])(
    "restores files of a %s item only with the VMDK_FILE types",
    async (engine) => {
      const item = itemOf(engine);
      for (const type of [RESTORE_TYPE.FILE, RESTORE_TYPE.FILE_ARCHIVE]) {
        const res = await restore(item, { Options: opts({ Type: type, DestPath: "D:\\r" }) });
        expect(res.body).toMatchObject({ Status: 400 });
        expect((res.body as Loose).Message).toMatch(/VMDK_FILE/);
      }
      const ok = await restore(item, { Options: opts({ Type: RESTORE_TYPE.VMDK_FILE, DestPath: "D:\\r" }) });
      expect(ok.body).toMatchObject({ Status: 200 });
      expect((await restore(item, { Options: opts({ Type: RESTORE_TYPE.VMDK_FILE_NULL }) })).body).toMatchObject({
        Status: 200,
      });
    },
  );

  it("refuses an unknown snapshot and Paths that are not a string array", async () => {
    const item = itemOf(ENGINE.FILE);
    const options = opts({ Type: 0, DestPath: "/r" });
    const badSnap = await restore(item, { Options: options, Snapshot: "f".repeat(64) });
    expect(badSnap.body).toMatchObject({ Status: 400 });
    expect((badSnap.body as Loose).Message).toMatch(/Snapshot .* not found/);
    for (const paths of ['"/Documents"', "[1, 2]", "{not json"]) {
      expect((await restore(item, { Options: options, Paths: paths })).body).toMatchObject({ Status: 400 });
    }
  });
});

describe("run-restore (simple form)", () => {
  it("is a FILE restore to Path and needs a non-empty Path", async () => {
    const item = itemOf(ENGINE.FILE);
    const base = { TargetID: item.targetId, Source: item.source, Destination: item.vault };
    const empty = await post(sim, "admin/dispatcher/run-restore", { ...base, Path: "" });
    expect(empty.body).toMatchObject({ Status: 400 });
    const res = await post(sim, "admin/dispatcher/run-restore", { ...base, Path: "/srv/restore", Paths: '["/HR"]' });
    expect(sim.control.restoreOf((res.body as Loose).JobID)).toMatchObject({
      type: RESTORE_TYPE.FILE,
      destPath: "/srv/restore",
      paths: ["/HR"],
    });
  });
});

describe("call log", () => {
  it("records each admin call with its parameters, the outcome status and every secret redacted", async () => {
    const item = itemOf(ENGINE.FILE);
    await restore(item, { Options: opts({ Type: 0, DestPath: "/r" }), Paths: '["/Photos"]' });
    await post(sim, "admin/reset-user-password", {
      TargetUser: item.username,
      NewPassword: "n3w-Secret",
      OldPassword: "old-Secret",
    });
    await post(sim, "admin/list-users", {}, { Username: "admin", AuthType: "Password", Password: "wrong-Secret" });
    const calls = sim.control.calls();
    expect(calls.map((c) => c.path)).toEqual([
      "admin/dispatcher/run-restore-custom",
      "admin/reset-user-password",
      "admin/list-users",
    ]);
    expect(calls[0]!.status).toBe(200);
    expect(JSON.parse(calls[0]!.params.Paths!)).toEqual(["/Photos"]);
    expect(calls[1]!.status).toBe(403); // wrong old password
    expect(calls[2]!.status).toBe(403); // wrong admin password
    const dump = JSON.stringify(calls);
    for (const secret of ["n3w-Secret", "old-Secret", "wrong-Secret", '"admin"}']) expect(dump).not.toContain(secret);
    expect(calls[1]!.params).toMatchObject({
      NewPassword: "<redacted>",
      OldPassword: "<redacted>",
      Password: "<redacted>",
    });
  });

  it("filters by route prefix, clears, and answers the same over POST /__sim/calls", async () => {
    await post(sim, "admin/list-users");
    await post(sim, "admin/dispatcher/list-active");
    expect(sim.control.calls({ pathPrefix: "admin/dispatcher/" }).map((c) => c.path)).toEqual([
      "admin/dispatcher/list-active",
    ]);
    expect(sim.control.calls({ pathPrefix: "/api/v1/admin/list" })).toHaveLength(1);
    const http = await fetch(`${sim.url}__sim/calls`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pathPrefix: "admin/list-users" }),
    });
    const { result } = (await http.json()) as { result: Loose[] };
    expect(result.map((c) => c.path)).toEqual(["admin/list-users"]);
    await fetch(`${sim.url}__sim/clear-calls`, { method: "POST" });
    expect(sim.control.calls()).toEqual([]);
  });
});

describe("devices coming online on demand", () => {
  it("announces DEVICE_LIVE_CONNECT and lists the device under a new TargetID on every connection", async () => {
    const item = itemOf(ENGINE.FILE);
    sim.control.setDeviceOnline(item.username, item.deviceId, false);
    const stream = await openReadyStream(sim);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const targetId = sim.control.setDeviceOnline(item.username, item.deviceId, true)!;
      expect(seen.has(targetId)).toBe(false);
      seen.add(targetId);
      const active = (await post(sim, "admin/dispatcher/list-active", { UserNameFilter: item.username })).body as Loose;
      expect(active[targetId]).toMatchObject({ DeviceID: item.deviceId, Username: item.username });
      expect(Object.values<Loose>(active).filter((c) => c.DeviceID === item.deviceId)).toHaveLength(1);
      sim.control.setDeviceOnline(item.username, item.deviceId, false);
    }
    const connects = () =>
      stream.events().filter((e) => e.Type === SEVT.DEVICE_LIVE_CONNECT && e.ResourceID === item.deviceId);
    await stream.waitFor(() => connects().length >= 3);
    expect(connects().map((e) => e.Data!.DeviceID)).toEqual([item.deviceId, item.deviceId, item.deviceId]);
    stream.close();
  });
});
