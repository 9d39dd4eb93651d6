import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startTestSimulator } from "../../test/comet-client.js";
import type { Simulator } from "../simulator/index.js";
import { CometClient } from "./client.js";
import { ENGINE, JOB_CLASSIFICATION, RESTORE_TYPE } from "./constants.js";
import { CometApiError, CometProfileHashConflictError } from "./errors.js";

let sim: Simulator;
let client: CometClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  client = new CometClient({ baseUrl: sim.url, ...ADMIN });
});
afterAll(async () => {
  await sim?.stop();
});

/** A Files and Folders item with a rule, its device online, and the vault the rule backs up to. */
async function fileItem() {
  for (const acc of await client.listUsers()) {
    const p = await client.getUserProfile(acc);
    for (const rule of Object.values(p.BackupRules)) {
      const source = p.Sources[rule.Source];
      if (source?.Engine !== ENGINE.FILE) continue;
      const targetId = sim.control.setDeviceOnline(acc, source.OwnerDevice, true)!;
      return { username: acc, deviceId: source.OwnerDevice, targetId, source: rule.Source, vault: rule.Destination };
    }
  }
  throw new Error("the test fleet has no Files and Folders item");
}

describe("CometClient account and device actions against the simulator", () => {
  it("requests a Storage Vault from a provider and returns the new vault's ID, hash and profile", async () => {
    const { username, deviceId } = await fileItem();
    const providers = await client.requestStorageVaultProviders();
    const providerId = Object.keys(providers).find((id) => providers[id] === "Comet Storage (EU)")!;
    const { profileHash } = await client.getUserProfileAndHash(username);
    const vault = await client.requestStorageVault(username, providerId, { deviceId, profileHash });
    expect(vault.destinationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(vault.profile?.Destinations[vault.destinationId]?.AssociatedDevices).toEqual([deviceId]);
    expect(vault.profileHash).toBe(await client.getUserProfileHash(username));
  });

  it("turns a stale ProfileHash on a vault request into CometProfileHashConflictError", async () => {
    const { username } = await fileItem();
    const [providerId] = Object.keys(await client.requestStorageVaultProviders());
    const { profileHash } = await client.getUserProfileAndHash(username);
    sim.control.editProfile(username, { AccountName: "Changed elsewhere" });
    const err = await client.requestStorageVault(username, providerId!, { profileHash }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometProfileHashConflictError);
  });

  it("sends a typed custom restore that the simulator records with its paths", async () => {
    const item = await fileItem();
    sim.control.clearCalls();
    const { jobId } = await client.runRestoreCustom(item.targetId, {
      source: item.source,
      destination: item.vault,
      options: { Type: RESTORE_TYPE.FILE_ARCHIVE, DestPath: "C:\\Restores", ArchiveFormat: 2 },
      paths: ["/Projects"],
    });
    expect((await client.getJobProperties(jobId!)).Classification).toBe(JOB_CLASSIFICATION.RESTORE);
    expect(sim.control.restoreOf(jobId!)).toMatchObject({ type: 5, destPath: "C:\\Restores", archiveFormat: 2 });
    const [call] = sim.control.calls({ pathPrefix: "admin/dispatcher/run-restore" });
    expect(JSON.parse(call!.params.Paths!)).toEqual(["/Projects"]);
    expect(call!.params.Password).toBe("<redacted>");
  });

  it("reports a restore without a destination path as CometApiError 400", async () => {
    const item = await fileItem();
    const err = await client
      .runRestoreCustom(item.targetId, { source: item.source, destination: item.vault, options: { Type: 0 } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
    expect((err as CometApiError).status).toBe(400);
    expect((err as CometApiError).message).toMatch(/DestPath/);
  });

  it("resets a password through the recovery code, and deep-verifies and unlocks a vault", async () => {
    const item = await fileItem();
    await client.resetUserPassword(item.username, "Brand-New-Pass-9");
    expect(sim.control.passwordOf(item.username)).toBe("Brand-New-Pass-9");
    await client.deepverifyStorageVault(item.targetId, item.vault);
    await client.unlockStorageVault(item.targetId, item.vault, true);
    const kinds = (await client.getJobsForUser(item.username)).map((j) => j.Classification);
    expect(kinds).toEqual(expect.arrayContaining([JOB_CLASSIFICATION.DEEPVERIFY, JOB_CLASSIFICATION.UNLOCK]));
  });
});
