import {
  type CometClient,
  CometProfileHashConflictError,
  type ProfileWithHash,
  type UserProfileConfig,
} from "../../comet/client/index.js";
import { comet } from "./access.js";

/**
 * The package of an account (its limits in Comet) and the hash-checked profile write every
 * provisioning change goes through (comet-api.md §9.1): read profile and hash, compare with the
 * hash the caller last saw, change only our fields, write with RequireHash. A concurrent edit is a
 * ProfileConflictError carrying the fresh values, never a silent overwrite.
 */

export interface QuotaLimits {
  /** 0 = unlimited, as in Comet. */
  maxDevices: number;
  maxMicrosoft365Accounts: number;
  maxHyperVGuests: number;
  maxVMwareGuests: number;
  /** Storage quota across all protected items; 0 = none. */
  protectedItemQuotaBytes: bigint;
}

export interface FreshProfile {
  limits: QuotaLimits;
  isSuspended: boolean;
  profileHash: string;
}

const int = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.max(0, Math.trunc(v)) : 0);

export function limitsOf(p: UserProfileConfig): QuotaLimits {
  return {
    maxDevices: int(p.MaximumDevices),
    maxMicrosoft365Accounts: int(p.QuotaOffice365ProtectedAccounts),
    maxHyperVGuests: int(p.QuotaHyperVGuests),
    maxVMwareGuests: int(p.QuotaVMwareGuests),
    protectedItemQuotaBytes: p.AllProtectedItemsQuotaEnabled ? BigInt(int(p.AllProtectedItemsQuotaBytes)) : 0n,
  };
}

/** Writes the given limits into a profile; fields left undefined keep their value. */
export function applyLimits(p: UserProfileConfig, limits: Partial<QuotaLimits>): void {
  if (limits.maxDevices !== undefined) p.MaximumDevices = limits.maxDevices;
  if (limits.maxMicrosoft365Accounts !== undefined) p.QuotaOffice365ProtectedAccounts = limits.maxMicrosoft365Accounts;
  if (limits.maxHyperVGuests !== undefined) p.QuotaHyperVGuests = limits.maxHyperVGuests;
  if (limits.maxVMwareGuests !== undefined) p.QuotaVMwareGuests = limits.maxVMwareGuests;
  if (limits.protectedItemQuotaBytes !== undefined) {
    // Comet numbers are JSON numbers: a quota beyond 2^53 bytes (8 PiB) is refused as input.
    p.AllProtectedItemsQuotaEnabled = limits.protectedItemQuotaBytes > 0n;
    p.AllProtectedItemsQuotaBytes = Number(limits.protectedItemQuotaBytes);
  }
}

/**
 * The profile changed since the caller read it (or between our read and write). Nothing was
 * written; `current` and `profileHash` are the values now on the Comet server, to show and retry with.
 */
export class ProfileConflictError extends Error {
  override name = "ProfileConflictError";
  constructor(
    message: string,
    readonly fresh: FreshProfile,
  ) {
    super(message);
  }
}

const freshOf = (r: ProfileWithHash): FreshProfile => ({
  limits: limitsOf(r.profile),
  isSuspended: Boolean(r.profile.IsSuspended),
  profileHash: r.profileHash,
});

/**
 * Hash-checked change of one profile. With `expectedHash` the caller's view must still be current;
 * without it (a change that does not depend on what the caller saw) a lost race is retried.
 * `change` mutates the profile it gets (a copy).
 */
export async function changeProfile(
  client: CometClient,
  username: string,
  expectedHash: string | null,
  /** Returns false when the profile already is as wanted: then nothing is written. */
  change: (profile: UserProfileConfig) => boolean | undefined,
): Promise<ProfileWithHash> {
  for (let attempt = 1; ; attempt++) {
    const current = await comet(() => client.getUserProfileAndHash(username));
    if (expectedHash !== null && current.profileHash !== expectedHash) {
      throw new ProfileConflictError(
        `${username} was changed since you loaded it; review the current values and try again`,
        freshOf(current),
      );
    }
    const next = structuredClone(current.profile);
    if (change(next) === false) return current;
    try {
      return await comet(() => client.setUserProfileHash(username, next, current.profileHash));
    } catch (error) {
      if (!(error instanceof CometProfileHashConflictError)) throw error;
      if (expectedHash === null && attempt < 3) continue;
      const fresh = await comet(() => client.getUserProfileAndHash(username));
      throw new ProfileConflictError(
        `${username} was changed on the Comet server while saving; nothing was written, review and try again`,
        freshOf(fresh),
      );
    }
  }
}
