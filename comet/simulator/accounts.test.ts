import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Loose, openReadyStream, post } from "../../test/simulator.js";
import { ENGINE, JOB_CLASSIFICATION, SEVT } from "../client/constants.js";
import { type Simulator, startSimulator } from "./index.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    seed: 4,
    autoRun: false,
    historyHours: 6,
    fleet: {
      organizations: [
        { id: "", name: "Top", customers: [{ slug: "big", accounts: 60 }] },
        { id: "org-b", name: "Reseller B", customers: [{ slug: "zeta", accounts: 2 }] },
      ],
    },
  });
});
afterAll(async () => {
  await sim.stop();
});

const users = () => sim.control.listAccounts();
const body = async (path: string, fields: Record<string, string> = {}) => (await post(sim, path, fields)).body as Loose;
const profileAndHash = (username: string) => body("admin/get-user-profile-and-hash", { TargetUser: username });

async function setProfile(username: string, edit: (p: Loose) => void) {
  const { Profile, ProfileHash } = await profileAndHash(username);
  edit(Profile);
  return body("admin/set-user-profile-hash", {
    TargetUser: username,
    ProfileData: JSON.stringify(Profile),
    RequireHash: ProfileHash,
  });
}

/** An account with a device online and a backup rule for an item of that device. */
function busyAccount(skip = 0) {
  const found = users().filter((a) => a.devices.length > 0)[skip]!;
  const p = sim.control.getProfile(found.username);
  const [ruleId, rule] = Object.entries(p.BackupRules)[0]!;
  const deviceId = p.Sources[rule.Source]!.OwnerDevice;
  const targetId = sim.control.setDeviceOnline(found.username, deviceId, true)!;
  return { username: found.username, ruleId, rule, targetId };
}

describe("set-user-profile-hash", () => {
  it("answers with the new hash and profile, keeps quotas as sent, and refuses a stale hash with 409", async () => {
    const { username } = busyAccount();
    const { ProfileHash: stale } = await profileAndHash(username);
    const res = await setProfile(username, (p) => {
      p.MaximumDevices = 3;
      p.QuotaHyperVGuests = 5;
      p.QuotaVMwareGuests = 0;
      p.QuotaOffice365ProtectedAccounts = 25;
    });
    expect(res).toMatchObject({ Status: 200, Message: "OK" });
    expect(res.ProfileHash).not.toBe(stale);
    expect(res.Profile).toMatchObject({ MaximumDevices: 3, QuotaHyperVGuests: 5, QuotaOffice365ProtectedAccounts: 25 });
    expect((await profileAndHash(username)).ProfileHash).toBe(res.ProfileHash);
    const conflict = await body("admin/set-user-profile-hash", {
      TargetUser: username,
      ProfileData: JSON.stringify(res.Profile),
      RequireHash: stale,
    });
    expect(conflict).toMatchObject({ Status: 409 });
    expect(conflict.Message).toMatch(/HASH_MISMATCH/);
  });
});

describe("suspension", () => {
  it("stamps LastSuspended, refuses backups and restores with 403, and clears on unsuspend", async () => {
    const a = busyAccount(1);
    const stream = await openReadyStream(sim);
    const suspended = await setProfile(a.username, (p) => {
      p.IsSuspended = true;
    });
    expect(suspended.Profile.IsSuspended).toBe(true);
    expect(suspended.Profile.LastSuspended).toBeGreaterThan(0);
    await stream.waitFor(
      (e) => e.Type === SEVT.ACCOUNT_UPDATED && e.ResourceID === a.username && e.Data?.IsSuspended === true,
    );
    const attempts = [
      body("admin/dispatcher/run-backup", { TargetID: a.targetId, BackupRule: a.ruleId }),
      body("admin/dispatcher/run-backup-custom", {
        TargetID: a.targetId,
        Source: a.rule.Source,
        Destination: a.rule.Destination,
      }),
      body("admin/dispatcher/run-restore-custom", {
        TargetID: a.targetId,
        Source: a.rule.Source,
        Destination: a.rule.Destination,
        Options: JSON.stringify({ Type: 1 }),
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res).toMatchObject({ Status: 403 });
      expect(res.Message).toMatch(/account is suspended/);
    }
    // Maintenance on the vault is not a user job: still allowed.
    expect(
      await body("admin/dispatcher/apply-retention-rules", { TargetID: a.targetId, Destination: a.rule.Destination }),
    ).toMatchObject({ Status: 200 });
    const back = await setProfile(a.username, (p) => {
      p.IsSuspended = false;
    });
    expect(back.Profile.LastSuspended).toBeUndefined();
    expect(await body("admin/dispatcher/run-backup", { TargetID: a.targetId, BackupRule: a.ruleId })).toMatchObject({
      Status: 200,
    });
    stream.close();
  });

  it("starts no scheduled job for a suspended account", async () => {
    const a = busyAccount(2);
    await setProfile(a.username, (p) => {
      p.IsSuspended = true;
    });
    const jobsOf = async () => ((await body("admin/get-jobs-for-user", { TargetUser: a.username })) as Loose[]).length;
    const before = await jobsOf();
    sim.control.setAutoRun(true);
    try {
      sim.control.advance(3 * 3600e3);
    } finally {
      sim.control.setAutoRun(false);
    }
    expect(await jobsOf()).toBe(before);
  });
});

describe("reset-user-password", () => {
  it("resets with the recovery code of a fleet account and replaces the code", async () => {
    const username = users()[3]!.username;
    const code = sim.control.getProfile(username).PasswordRecovery;
    expect(code).toBeTruthy();
    const res = await body("admin/reset-user-password", { TargetUser: username, NewPassword: "Fresh-Pass-1" });
    expect(res).toMatchObject({ Status: 200 });
    expect(sim.control.passwordOf(username)).toBe("Fresh-Pass-1");
    expect(sim.control.getProfile(username).PasswordRecovery).not.toBe(code);
  });

  it("needs OldPassword on an account created without a recovery code", async () => {
    const created = await body("admin/add-user", { TargetUser: "no-recovery", TargetPassword: "First-Pass-1" });
    expect(created).toMatchObject({ Status: 200 });
    const refused = await body("admin/reset-user-password", { TargetUser: "no-recovery", NewPassword: "x-Pass-2" });
    expect(refused).toMatchObject({ Status: 400 });
    expect(refused.Message).toMatch(/recovery code/);
    expect(sim.control.passwordOf("no-recovery")).toBe("First-Pass-1");
    const ok = await body("admin/reset-user-password", {
      TargetUser: "no-recovery",
      NewPassword: "x-Pass-2",
      OldPassword: "First-Pass-1",
    });
    expect(ok).toMatchObject({ Status: 200 });
    expect(sim.control.passwordOf("no-recovery")).toBe("x-Pass-2");
  });
});

describe("add-user", () => {
  it("takes StoreRecoveryCode and RequirePasswordChange as ints", async () => {
    await body("admin/add-user", {
      TargetUser: "with-flags",
      TargetPassword: "Pw-123456",
      StoreRecoveryCode: "1",
      RequirePasswordChange: "1",
      TargetOrganization: "org-b",
    });
    const p = sim.control.getProfile("with-flags");
    expect(p).toMatchObject({ RequirePasswordChange: true, OrganizationID: "org-b", MaximumDevices: 0 });
    expect(p.PasswordRecovery).toBeTruthy();
    await body("admin/add-user", { TargetUser: "no-flags", TargetPassword: "Pw-123456", RequirePasswordChange: "0" });
    expect(sim.control.getProfile("no-flags").RequirePasswordChange).toBe(false);
  });
});

describe("request-storage-vault", () => {
  it("lists each organization's own providers", async () => {
    const top = await body("admin/request-storage-vault-providers");
    const b = await body("admin/request-storage-vault-providers", { TargetOrganization: "org-b" });
    expect(Object.values(top)).toContain("Comet Storage (EU)");
    expect(Object.keys(top)).toHaveLength(2);
    expect(Object.keys(b)).toHaveLength(2);
    expect(Object.keys(b).some((id) => id in top)).toBe(false);
  });

  it("creates a vault in the profile, associated with the device, and announces the change", async () => {
    const a = busyAccount(4);
    const deviceId = sim.control.getProfile(a.username).Sources[a.rule.Source]!.OwnerDevice;
    const [providerId] = Object.keys(await body("admin/request-storage-vault-providers"));
    const { ProfileHash } = await profileAndHash(a.username);
    const stream = await openReadyStream(sim);
    const res = await body("admin/request-storage-vault", {
      TargetUser: a.username,
      StorageProvider: providerId!,
      DeviceID: deviceId,
      ProfileHash,
    });
    expect(res).toMatchObject({ Status: 200, Message: "OK" });
    expect(res.Profile.Destinations[res.DestinationID]).toMatchObject({
      Description: "Comet Storage (EU)",
      DestinationType: 1003,
      AssociatedDevices: [deviceId],
    });
    expect(res.ProfileHash).not.toBe(ProfileHash);
    expect((await profileAndHash(a.username)).ProfileHash).toBe(res.ProfileHash);
    await stream.waitFor(
      (e) => e.Type === SEVT.ACCOUNT_UPDATED && (e.Data?.Destinations as Loose)?.[res.DestinationID] !== undefined,
    );
    stream.close();
  });

  it("refuses a stale hash (409), another organization's provider (404) and a foreign device (400)", async () => {
    const a = busyAccount(5);
    const [topProvider] = Object.keys(await body("admin/request-storage-vault-providers"));
    const [otherProvider] = Object.keys(
      await body("admin/request-storage-vault-providers", { TargetOrganization: "org-b" }),
    );
    const base = { TargetUser: a.username };
    const vaults = Object.keys(sim.control.getProfile(a.username).Destinations).length;
    const stale = await body("admin/request-storage-vault", {
      ...base,
      StorageProvider: topProvider!,
      ProfileHash: "x",
    });
    expect(stale).toMatchObject({ Status: 409 });
    expect(await body("admin/request-storage-vault", { ...base, StorageProvider: otherProvider! })).toMatchObject({
      Status: 404,
    });
    expect(
      await body("admin/request-storage-vault", { ...base, StorageProvider: topProvider!, DeviceID: "nope" }),
    ).toMatchObject({ Status: 400 });
    expect(Object.keys(sim.control.getProfile(a.username).Destinations)).toHaveLength(vaults);
  });
});

describe("policies", () => {
  it("creates with a caller-chosen ID via set, hash-checks updates, and deletes", async () => {
    const id = "whmcs-default-policy";
    const policy = { Description: "Restricted", OrganizationID: "", Policy: { PreventDeleteStorageVault: true } };
    expect(await body("admin/policies/set", { PolicyID: id, Policy: JSON.stringify(policy) })).toMatchObject({
      Status: 200,
    });
    const got = await body("admin/policies/get", { PolicyID: id });
    expect(got.Policy).toMatchObject(policy);
    const update = { ...policy, Description: "Restricted v2" };
    const ok = await body("admin/policies/set", {
      PolicyID: id,
      Policy: JSON.stringify(update),
      CheckPolicyHash: got.PolicyHash,
    });
    expect(ok).toMatchObject({ Status: 200 });
    const stale = await body("admin/policies/set", {
      PolicyID: id,
      Policy: JSON.stringify(policy),
      CheckPolicyHash: got.PolicyHash,
    });
    expect(stale).toMatchObject({ Status: 409 });
    expect((await body("admin/policies/list"))[id]).toBe("Restricted v2");
    const created = await body("admin/policies/new", { Policy: JSON.stringify(policy) });
    expect(created.PolicyHash).toBe((await body("admin/policies/get", { PolicyID: created.PolicyID })).PolicyHash);
    expect(await body("admin/policies/delete", { PolicyID: id })).toMatchObject({ Status: 200 });
    expect(await body("admin/policies/get", { PolicyID: id })).toMatchObject({ Status: 404 });
  });
});

describe("VM and Microsoft 365 account counts", () => {
  it("are on SourceBasicInfo, on the item's last backup job and on jobs of those items", async () => {
    const full = (await body("admin/list-users-full")) as Record<string, Loose>;
    const counted: Array<[string, string, Loose]> = [];
    for (const [username, p] of Object.entries(full)) {
      for (const d of Object.values<Loose>(p.Devices)) {
        for (const [sourceId, info] of Object.entries<Loose>(d.Sources)) counted.push([username, sourceId, info]);
      }
    }
    const vm = counted.find(([, , i]) => i.Engine === ENGINE.HYPERV && i.TotalVmCount > 0)!;
    const o365 = counted.find(([, , i]) => i.Engine === ENGINE.MSOFFICE && i.O365AccountCount > 0)!;
    expect(vm).toBeDefined();
    expect(o365).toBeDefined();
    for (const [username, sourceId, info] of [vm, o365]) {
      const guid = sim.control.startJob({ username, sourceId, classification: JOB_CLASSIFICATION.BACKUP });
      sim.control.finishJob(guid);
      const job = await body("admin/get-job-properties", { JobID: guid });
      const last = sim.control.getProfile(username).Sources[sourceId]!.Statistics!.LastBackupJob;
      if (info.Engine === ENGINE.HYPERV) {
        expect(job.TotalVmCount).toBe(info.TotalVmCount);
        expect(last.TotalVmCount).toBe(info.TotalVmCount);
      } else {
        expect(job.TotalAccountsCount).toBe(info.O365AccountCount);
        expect(last.TotalAccountsCount).toBe(info.O365AccountCount);
      }
    }
  });
});
