import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startTestSimulator } from "../../test/comet-client.js";
import type { Simulator } from "../simulator/index.js";
import { CometClient } from "./client.js";
import { JOB_STATUS } from "./constants.js";
import { CometApiError, CometAuthError, CometNetworkError, CometProfileHashConflictError } from "./errors.js";

let sim: Simulator;
let client: CometClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  client = new CometClient({ baseUrl: sim.url, ...ADMIN });
});
afterAll(async () => {
  await sim?.stop();
});

async function firstUser(): Promise<string> {
  const users = await client.listUsers();
  expect(users.length).toBeGreaterThan(0);
  return users[0]!;
}

describe("CometClient against the simulator", () => {
  it("lists users and full profiles keyed by username", async () => {
    const users = await client.listUsers();
    const full = await client.listUsersFull();
    expect(Object.keys(full).sort()).toEqual([...users].sort());
    for (const [name, profile] of Object.entries(full)) {
      expect(profile.Username).toBe(name);
      expect(typeof profile.Devices).toBe("object");
    }
  });

  it("accepts a base URL without a trailing slash", async () => {
    const noSlash = new CometClient({ baseUrl: sim.url.replace(/\/$/, ""), ...ADMIN });
    expect((await noSlash.metaVersion()).Version).toBe("25.9.8");
  });

  it("rejects a wrong password with CometAuthError and never echoes the password", async () => {
    const bad = new CometClient({ baseUrl: sim.url, username: ADMIN.username, password: "wrong-Pa55word" });
    const err = await bad.listUsers().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometAuthError);
    expect((err as CometAuthError).status).toBe(403);
    expect(String((err as Error).message) + (err as Error).stack).not.toContain("wrong-Pa55word");
    expect(JSON.stringify(bad)).not.toContain("wrong-Pa55word");
  });

  it("turns an error envelope sent with HTTP 200 into CometApiError with the envelope's status and message", async () => {
    const err = await client.dropConnection("no-such-target").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
    expect((err as CometApiError).status).toBe(403);
    expect((err as CometApiError).message).toMatch(/not connected/i);
  });

  it("keeps a 403 about the target user (wrong old password) a CometApiError, not an auth failure", async () => {
    const username = await firstUser();
    const err = await client.resetUserPassword(username, "new-pass-1", "not-the-old-one").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
    expect((err as CometApiError).status).toBe(403);
  });

  it("returns a job whose Status is 7002 (error) as data, not as a failure", async () => {
    const username = await firstUser();
    const guid = await sim.control.startJob({ username });
    await sim.control.finishJob(guid, JOB_STATUS.FAILED_ERROR);
    const job = await client.getJobProperties(guid);
    expect(job.GUID).toBe(guid);
    expect(job.Status).toBe(7002);
    expect(job.Username).toBe(username);
    expect(job.EndTime).toBeGreaterThan(0);
  });

  it("returns the job log as plain text without JSON-parsing it", async () => {
    const username = await firstUser();
    const guid = await sim.control.startJob({ username });
    await sim.control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
    const log = await client.getJobLog(guid);
    expect(typeof log).toBe("string");
    expect(log).toContain(guid);
    const entries = await client.getJobLogEntries(guid);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]?.Severity).toMatch(/^[DIWE]$/);
  });

  it("round-trips a profile with its hash and reports a concurrent edit as CometProfileHashConflictError", async () => {
    const username = await firstUser();
    const { profile, profileHash } = await client.getUserProfileAndHash(username);
    const saved = await client.setUserProfileHash(username, { ...profile, AccountName: "Renamed once" }, profileHash);
    expect(saved.profile.AccountName).toBe("Renamed once");
    expect(saved.profileHash).not.toBe(profileHash);
    expect(await client.getUserProfileHash(username)).toBe(saved.profileHash);

    await sim.control.editProfile(username, { AccountName: "Edited elsewhere" });
    const err = await client
      .setUserProfileHash(username, { ...saved.profile, AccountName: "Lost update" }, saved.profileHash)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometProfileHashConflictError);
    expect((await client.getUserProfile(username)).AccountName).toBe("Edited elsewhere");
  });

  it("keeps fields it does not model when a profile is written back", async () => {
    const username = await firstUser();
    const { profile, profileHash } = await client.getUserProfileAndHash(username);
    const withExtra = { ...profile, FutureField: { nested: [1, 2] } };
    await client.setUserProfileHash(username, withExtra, profileHash);
    const reread = await client.getUserProfile(username);
    expect(reread.FutureField).toEqual({ nested: [1, 2] });
  });

  it("maps live connections by TargetID, which differs from the device ID", async () => {
    const username = await firstUser();
    const { profile } = await client.getUserProfileAndHash(username);
    const deviceId = Object.keys(profile.Devices)[0]!;
    await sim.control.setDeviceOnline(username, deviceId, true);
    const active = await client.listActive();
    const entry = Object.entries(active).find(([, c]) => c.Username === username && c.DeviceID === deviceId);
    expect(entry).toBeDefined();
    const [targetId] = entry!;
    expect(targetId).not.toBe(deviceId);
    await client.refetchProfile(targetId);
    expect(Object.keys(await client.listActive(username)).every((t) => active[t]?.Username === username)).toBe(true);
  });

  it("reads server version info", async () => {
    const v = await client.metaVersion();
    expect(v.Version).toBe("25.9.8");
    expect(v.ServerStartTime).toBeGreaterThan(0);
  });

  it("times out a slow server with CometNetworkError{isTimeout}", async () => {
    const impatient = new CometClient({ baseUrl: sim.url, ...ADMIN, timeoutMs: 150 });
    await sim.control.setSlow(1_000);
    try {
      const err = await impatient.listUsers().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CometNetworkError);
      expect((err as CometNetworkError).isTimeout).toBe(true);
    } finally {
      await sim.control.setSlow(0);
    }
  });

  it("reports a server switched down (HTTP 503) as CometNetworkError", async () => {
    await sim.control.setDown(true);
    try {
      const err = await client.listUsers().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CometNetworkError);
      expect((err as CometNetworkError).isTimeout).toBe(false);
      expect((err as CometNetworkError).httpStatus).toBe(503);
    } finally {
      await sim.control.setDown(false);
    }
    expect((await client.listUsers()).length).toBeGreaterThan(0);
  });
});

describe("CometClient failure modes", () => {
  it("maps an HTTP 4xx error envelope to CometApiError with the envelope's status", async () => {
    const strict = await startTestSimulator({ failureMode: "http4xx" });
    try {
      const c = new CometClient({ baseUrl: strict.url, ...ADMIN });
      const err = await c.dropConnection("no-such-target").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CometApiError);
      expect((err as CometApiError).status).toBe(403);
      const auth = await new CometClient({ baseUrl: strict.url, username: "admin", password: "nope" })
        .listUsers()
        .catch((e: unknown) => e);
      expect(auth).toBeInstanceOf(CometAuthError);
    } finally {
      await strict.stop();
    }
  });

  it("reports a stopped server as CometNetworkError (connection refused)", async () => {
    const gone = await startTestSimulator();
    const url = gone.url;
    await gone.stop();
    const err = await new CometClient({ baseUrl: url, ...ADMIN }).listUsers().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometNetworkError);
    expect((err as CometNetworkError).isTimeout).toBe(false);
    expect((err as Error).message).toMatch(/ECONNREFUSED/);
    expect((err as Error).message).not.toContain(ADMIN.password);
  });
});
