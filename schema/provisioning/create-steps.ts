import type { CometClient, ProfileWithHash } from "../../comet/client/index.js";
import { comet } from "./access.js";
import { applyLimits, changeProfile } from "./limits.js";
import { targetOrg } from "./server-choice.js";

/**
 * The Comet side of creating an account, in the provisioning module's order: add-user (keeping a
 * password-recovery code, so admins can reset the password later), one hash-checked write of the
 * package, then the initial vault and its quota. A failure after add-user deletes the account
 * again, so a retry starts clean instead of meeting "already exists".
 */

export interface NewAccountSpec {
  username: string;
  email: string;
  organizationId: string;
  /** "" = none. */
  policyId: string;
  maxDevices: number;
  protectedItemQuotaBytes: bigint;
  vault: { providerId: string; quotaBytes: bigint } | null;
}

export async function createAccountInComet(
  client: CometClient,
  spec: NewAccountSpec,
  password: string,
): Promise<ProfileWithHash & { storageVaultId: string | null }> {
  const org = targetOrg(spec.organizationId);
  await comet(() => client.addUser(spec.username, password, { storeRecoveryCode: true, targetOrganization: org }));
  try {
    let made = await changeProfile(client, spec.username, null, (p) => {
      p.Emails = [spec.email];
      p.PolicyID = spec.policyId;
      applyLimits(p, { maxDevices: spec.maxDevices, protectedItemQuotaBytes: spec.protectedItemQuotaBytes });
      return true;
    });
    if (!spec.vault) return { ...made, storageVaultId: null };
    const vault = spec.vault;
    const requested = await comet(() =>
      client.requestStorageVault(spec.username, vault.providerId, { profileHash: made.profileHash }),
    );
    if (vault.quotaBytes > 0n && requested.destinationId) {
      made = await changeProfile(client, spec.username, null, (p) => {
        const destination = p.Destinations?.[requested.destinationId];
        if (!destination) return false;
        destination.StorageLimitEnabled = true;
        destination.StorageLimitBytes = Number(vault.quotaBytes);
        return true;
      });
    } else {
      made = await comet(() => client.getUserProfileAndHash(spec.username));
    }
    return { ...made, storageVaultId: requested.destinationId || null };
  } catch (error) {
    await client.deleteUser(spec.username).catch(() => {});
    throw error;
  }
}
