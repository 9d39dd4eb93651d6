import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, type Loose, openReadyStream, post } from "../../test/simulator.js";
import { SEVT } from "../client/constants.js";
import { type Simulator, type SimulatorOptions, startSimulator } from "./index.js";

let sim: Simulator;
const start = async (opts: SimulatorOptions = {}) => {
  sim = await startSimulator({ seed: 5, autoRun: false, historyHours: 0, ...opts });
  return sim;
};
afterEach(async () => {
  await sim.stop();
});

describe("HTTP API", () => {
  it("rejects a wrong password with a 403 envelope over HTTP 200 by default", async () => {
    await start();
    const res = await post(sim, "admin/list-users", {}, { ...ADMIN, Password: "nope" });
    expect(res.http).toBe(200);
    expect(res.body).toMatchObject({ Status: 403 });
    expect((res.body as { Message: string }).Message).toMatch(/auth/i);
  });

  it("mirrors the envelope status in the HTTP status line in http4xx mode", async () => {
    await start({ failureMode: "http4xx" });
    const res = await post(sim, "admin/get-user-profile", { TargetUser: "nobody" });
    expect(res.http).toBe(404);
    expect(res.body).toMatchObject({ Status: 404 });
  });

  it("requires credentials on every API call, including a known admin with no password", async () => {
    await start();
    const res = await post(sim, "admin/meta/version", {}, { Username: "admin", AuthType: "Password" });
    expect(res.body).toMatchObject({ Status: 403 });
  });

  it("accepts a session key from account/session-start", async () => {
    await start();
    const { SessionKey } = (await post(sim, "admin/account/session-start")).body as { SessionKey: string };
    const res = await post(sim, "admin/list-users", {}, { Username: "admin", AuthType: "SessionKey", SessionKey });
    expect(Array.isArray(res.body)).toBe(true);
  });

  it("serves the user list, the full profile map and bare profiles", async () => {
    await start();
    const users = (await post(sim, "admin/list-users")).body as string[];
    const full = (await post(sim, "admin/list-users-full")).body as Record<string, { Username: string }>;
    expect(Object.keys(full)).toEqual(users);
    const profile = (await post(sim, "admin/get-user-profile", { TargetUser: users[0]! })).body as Record<
      string,
      unknown
    >;
    expect(profile.Username).toBe(users[0]);
    expect(profile.Status).toBeUndefined();
    expect(profile.Destinations).toBeTypeOf("object");
  });

  it("rejects set-user-profile-hash with a stale hash after a concurrent edit (409) and accepts the fresh one", async () => {
    await start();
    const username = sim.control.listAccounts()[0]!.username;
    const got = (await post(sim, "admin/get-user-profile-and-hash", { TargetUser: username })).body as Loose;
    sim.control.editProfile(username, { AccountName: "Edited elsewhere" });
    const profile = { ...got.Profile, AccountName: "Mine" };
    const stale = await post(sim, "admin/set-user-profile-hash", {
      TargetUser: username,
      ProfileData: JSON.stringify(profile),
      RequireHash: got.ProfileHash,
    });
    expect(stale.body).toMatchObject({ Status: 409 });
    expect((stale.body as { Message: string }).Message).toMatch(/^ERR_PROFILE_HASH_MISMATCH/);
    const fresh = (await post(sim, "admin/get-user-profile-hash", { TargetUser: username })).body as Loose;
    const ok = (
      await post(sim, "admin/set-user-profile-hash", {
        TargetUser: username,
        ProfileData: JSON.stringify(profile),
        RequireHash: fresh.ProfileHash,
      })
    ).body as Loose;
    expect(ok).toMatchObject({ Status: 200, Profile: { AccountName: "Mine" } });
    expect(ok.ProfileHash).not.toBe(fresh.ProfileHash);
  });

  it("creates and deletes users with ACCOUNT_NEW / ACCOUNT_REMOVED events", async () => {
    await start();
    const stream = await openReadyStream(sim);
    await post(sim, "admin/add-user", { TargetUser: "acme-new", TargetPassword: "pw", StoreRecoveryCode: "1" });
    const created = await stream.waitFor((e) => e.Type === SEVT.ACCOUNT_NEW);
    expect(created).toMatchObject({ ResourceID: "acme-new", Data: { Username: "acme-new" } });
    await post(sim, "admin/delete-user", { TargetUser: "acme-new" });
    await stream.waitFor((e) => e.Type === SEVT.ACCOUNT_REMOVED && e.ResourceID === "acme-new");
    expect((await post(sim, "admin/list-users")).body).not.toContain("acme-new");
    stream.close();
  });

  it("answers 503 while down and recovers after setDown(false)", async () => {
    await start();
    sim.control.setDown(true);
    expect((await post(sim, "admin/list-users")).http).toBe(503);
    sim.control.setDown(false);
    expect((await post(sim, "admin/list-users")).http).toBe(200);
  });

  it("checks CheckPolicyHash on policies/set", async () => {
    await start();
    const created = (
      await post(sim, "admin/policies/new", {
        Policy: JSON.stringify({ Description: "Laptops", OrganizationID: "", Policy: {} }),
      })
    ).body as Loose;
    const got = (await post(sim, "admin/policies/get", { PolicyID: created.PolicyID })).body as Loose;
    expect(got.PolicyHash).toBe(created.PolicyHash);
    const set = (hash: string) =>
      post(sim, "admin/policies/set", {
        PolicyID: created.PolicyID,
        Policy: JSON.stringify({ ...got.Policy, Description: "Laptops v2" }),
        CheckPolicyHash: hash,
      });
    expect((await set(got.PolicyHash)).body).toMatchObject({ Status: 200 });
    expect((await set(got.PolicyHash)).body).toMatchObject({ Status: 409 });
  });

  it("accepts booleans spelled 1/0 and true/false", async () => {
    await start();
    const [a, b] = sim.control
      .listAccounts()
      .flatMap((acc) => acc.devices.filter((d) => d.online))
      .slice(0, 2);
    for (const [target, flag] of [
      [a!.targetId!, "true"],
      [b!.targetId!, "1"],
    ] as const) {
      expect(
        (await post(sim, "admin/dispatcher/uninstall-software", { TargetID: target, RemoveConfigFile: flag })).body,
      ).toMatchObject({ Status: 200 });
    }
  });
});
