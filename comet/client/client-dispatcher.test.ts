import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startTestSimulator } from "../../test/comet-client.js";
import type { Simulator } from "../simulator/index.js";
import { CometClient } from "./client.js";
import { isRunningStatus } from "./constants.js";
import { CometApiError, CometProfileHashConflictError } from "./errors.js";
import type { LiveUserConnection } from "./models.js";

let sim: Simulator;
let client: CometClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  client = new CometClient({ baseUrl: sim.url, ...ADMIN });
  // Every device online, so the dispatcher has targets whatever the seed decided at start.
  for (const acc of await sim.control.listAccounts()) {
    for (const d of acc.devices) await sim.control.setDeviceOnline(acc.username, d.deviceId, true);
  }
});
afterAll(async () => {
  await sim?.stop();
});

/** A live target that lets the admin browse files, with a protected item and vault of its own account. */
async function browsableTarget(): Promise<{
  targetId: string;
  conn: LiveUserConnection;
  source: string;
  vault: string;
}> {
  const active = await client.listActive();
  for (const [targetId, conn] of Object.entries(active)) {
    if (!conn.AllowsFilenames) continue;
    const profile = await client.getUserProfile(conn.Username);
    const source = Object.entries(profile.Sources).find(([, s]) => s.OwnerDevice === conn.DeviceID)?.[0];
    const vault = Object.keys(profile.Destinations)[0];
    if (source && vault) return { targetId, conn, source, vault };
  }
  throw new Error("the seeded test fleet has no browsable device with a protected item");
}

describe("CometClient dispatcher against the simulator", () => {
  it("runs a custom backup on a live device and returns the new job's ID", async () => {
    const { targetId, conn, source, vault } = await browsableTarget();
    const { jobId } = await client.runBackupCustom(targetId, source, vault);
    expect(jobId).toBeTruthy();
    const job = await client.getJobProperties(jobId!);
    expect(job.DeviceID).toBe(conn.DeviceID);
    expect(isRunningStatus(job.Status)).toBe(true);
  });

  it("lists vault snapshots and browses one with lower-case StoredObject fields", async () => {
    const { targetId, vault } = await browsableTarget();
    const snapshots = await client.requestVaultSnapshots(targetId, vault);
    expect(snapshots.length).toBeGreaterThan(0);
    const snap = snapshots[0]!;
    const root = await client.requestStoredObjects(targetId, vault, snap.Snapshot);
    expect(root.length).toBeGreaterThan(0);
    expect(typeof root[0]!.name).toBe("string");
    const dir = root.find((o) => o.subtree);
    expect(dir).toBeDefined();
    const inside = await client.requestStoredObjects(targetId, vault, snap.Snapshot, dir!.subtree);
    expect(inside.map((o) => o.name)).not.toEqual(root.map((o) => o.name));
    const fs = await client.requestFilesystemObjects(targetId);
    expect(fs.length).toBeGreaterThan(0);
  });

  it("fails dispatcher calls on an unknown TargetID with CometApiError", async () => {
    const err = await client.requestVaultSnapshots("not-a-target", "v").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
  });

  it("creates a policy, edits it with its hash and reports a stale hash as a conflict", async () => {
    const { policyId, policyHash } = await client.newPolicy({
      Description: "Client test policy",
      OrganizationID: "",
      Policy: {},
      DefaultUserPolicy: false,
      CreatedDate: 0,
      ModifiedDate: 0,
    });
    expect(policyId).toBeTruthy();
    const { policy, policyHash: readHash } = await client.getPolicy(policyId!);
    expect(readHash).toBe(policyHash);
    await client.setPolicy(policyId!, { ...policy, Description: "Edited" }, readHash);
    expect((await client.listPolicies())[policyId!]).toBe("Edited");
    const err = await client.setPolicy(policyId!, { ...policy, Description: "Stale" }, readHash).catch((e) => e);
    expect(err).toBeInstanceOf(CometProfileHashConflictError);
    await client.deletePolicy(policyId!);
    expect(Object.keys(await client.listPoliciesFull())).not.toContain(policyId);
  });

  it("abandons a running job", async () => {
    const [acc] = await sim.control.listAccounts();
    const guid = await sim.control.startJob({ username: acc!.username });
    await client.abandonJob(acc!.username, guid);
    expect((await client.getJobProperties(guid)).Status).toBe(7007);
  });

  it("reads jobs by date range, by user and recent ones", async () => {
    const [acc] = await sim.control.listAccounts();
    const guid = await sim.control.startJob({ username: acc!.username });
    const now = Math.floor(Date.now() / 1000);
    const inRange = await client.getJobsForDateRange(now - 3600, now + 3600);
    expect(inRange.some((j) => j.GUID === guid)).toBe(true);
    expect((await client.getJobsForUser(acc!.username)).some((j) => j.GUID === guid)).toBe(true);
    expect((await client.getJobsRecent()).some((j) => j.GUID === guid)).toBe(true);
    expect((await client.getJobsAll()).length).toBeGreaterThanOrEqual(inRange.length);
  });

  it("reads the admin's own account properties", async () => {
    const props = await client.accountProperties();
    expect(props.OrganizationID).toBe("");
  });
});
