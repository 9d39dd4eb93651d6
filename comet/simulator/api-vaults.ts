/**
 * Storage Vault requests (comet-api.md §7.6): request-storage-vault-providers lists the storage
 * templates of an organization; request-storage-vault creates a vault from one in a user's profile
 * (hash-checked when ProfileHash is given) and answers RequestStorageVaultResponseMessage with the new
 * DestinationID, hash and profile. The profile change is announced like any other (ACCOUNT_UPDATED).
 *
 * Guesses: providers are seeded per organization (IDs derived from the organization ID, so a seed
 * always yields the same IDs); an absent TargetOrganization means the top-level organization ("");
 * a provider of another organization is Status 404 like an unknown one; a DeviceID that is not the
 * user's is Status 400; a ProfileHash mismatch is 409 like set-user-profile-hash.
 */
import { createHash } from "node:crypto";
import { DESTINATION_TYPE } from "../client/constants.js";
import { HASH_MISMATCH } from "./api-users.js";
import type { ApiHandler } from "./http.js";
import { badRequest, SimError } from "./sim-error.js";
import type { SimState } from "./state.js";
import { zeroDestination } from "./wire-zero.js";

const TEMPLATES = [
  { description: "Comet Storage (EU)", destinationType: DESTINATION_TYPE.COMET },
  { description: "Wasabi S3 (eu-central-1)", destinationType: DESTINATION_TYPE.S3 },
];

function stableGuid(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Two storage templates per organization. */
export function seedStorageProviders(state: SimState, organizationIds: string[]): void {
  for (const organizationId of organizationIds) {
    TEMPLATES.forEach((t, i) => {
      state.storageProviders.set(stableGuid(`provider|${organizationId}|${i}`), { organizationId, ...t });
    });
  }
}

export const vaultRoutes: Record<string, ApiHandler> = {
  "admin/request-storage-vault-providers": ({ state, params }) => {
    const org = params.optional("TargetOrganization") ?? "";
    const out: Record<string, string> = {};
    for (const [id, p] of state.storageProviders) if (p.organizationId === org) out[id] = p.description;
    return out;
  },
  "admin/request-storage-vault": ({ state, params, actor }) => {
    const acc = state.account(params.str("TargetUser"));
    const providerId = params.str("StorageProvider");
    const provider = state.storageProviders.get(providerId);
    if (!provider || provider.organizationId !== (acc.profile.OrganizationID ?? "")) {
      throw new SimError(404, `Storage provider '${providerId}' not found in the user's organization`);
    }
    const deviceId = params.optional("DeviceID") || undefined;
    if (deviceId && !acc.profile.Devices[deviceId]) throw badRequest(`Unknown device '${deviceId}' for this user`);
    const hash = params.optional("ProfileHash");
    if (hash && hash !== state.profileHash(acc)) throw new SimError(409, HASH_MISMATCH);
    const destinationId = state.rng.guid();
    const vault = zeroDestination(provider.destinationType, provider.description, state.clock.nowSec());
    if (provider.destinationType === DESTINATION_TYPE.COMET) {
      vault.CometServer = "https://storage.example.net/";
      vault.CometBucket = `bucket-${state.rng.hex(12)}`;
    } else {
      vault.S3Server = "s3.eu-central-1.wasabisys.com";
      vault.S3BucketName = `backup-${state.rng.hex(10)}`;
    }
    vault.AssociatedDevices = deviceId ? [deviceId] : [];
    acc.profile.Destinations[destinationId] = vault;
    state.touch(acc, actor);
    return {
      Status: 200,
      Message: "OK",
      DestinationID: destinationId,
      ProfileHash: state.profileHash(acc),
      Profile: acc.profile,
    };
  },
};
