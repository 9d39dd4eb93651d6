/**
 * Users / profiles (comet-api.md §7.1): list-users(-full), get-user-profile(-and-hash|-hash),
 * set-user-profile(-hash), add-user(-from-profile), delete-user, reset-user-password, revoke-device,
 * delete-protected-item, and the admin session key calls.
 *
 * Guesses: a RequireHash mismatch answers `{Status: 409, Message: "ERR_PROFILE_HASH_MISMATCH ..."}`
 * (the real code/text is undocumented, §9.1); set-user-profile-hash returns the ≥25.6.8 shape
 * (new ProfileHash + Profile); unknown users are Status 404; adding an existing user is Status 400.
 * Suspending (IsSuspended false -> true) stamps LastSuspended with the current time, unsuspending
 * zeroes it. The recovery code is UserProfileConfig.PasswordRecovery (empty = admin reset disabled,
 * §8): add-user with StoreRecoveryCode=1 and the demo fleet get one; reset-user-password without
 * OldPassword on an account without one is Status 400; a reset replaces the code.
 */
import { createHash } from "node:crypto";
import { SEVT } from "../client/constants.js";
import type { ApiHandler } from "./http.js";
import { badRequest, SimError } from "./sim-error.js";
import type { Account, SimState } from "./state.js";
import type { UserProfileConfig } from "./wire-types.js";
import { zeroProfile } from "./wire-zero.js";

export const OK = { Status: 200, Message: "OK" };

export const HASH_MISMATCH = "ERR_PROFILE_HASH_MISMATCH: the profile was modified concurrently";

const withHash = (state: SimState, acc: Account) => ({
  Status: 200,
  Message: "OK",
  ProfileHash: state.profileHash(acc),
  Profile: acc.profile,
});

/** Fills in maps a caller left out so the stored profile stays well-formed. */
function normalise(profile: UserProfileConfig): UserProfileConfig {
  for (const key of ["Destinations", "Sources", "BackupRules", "Devices", "OverrideEmailSettings"] as const) {
    if (!profile[key] || typeof profile[key] !== "object") (profile as Record<string, unknown>)[key] = {};
  }
  if (!Array.isArray(profile.Emails)) profile.Emails = [];
  return profile;
}

/** An opaque recovery code; derived, not drawn from the Rng, so the seeded fleet stays reproducible. */
export function newRecoveryCode(seed: string): string {
  return createHash("sha256").update(`recovery|${seed}`).digest("base64url").slice(0, 32);
}

/** The server, not the caller, keeps LastSuspended: set on suspension, absent (omitempty 0) otherwise. */
function stampSuspension(previous: UserProfileConfig, next: UserProfileConfig, nowSec: number): void {
  if (!next.IsSuspended) delete next.LastSuspended;
  else if (!previous.IsSuspended) next.LastSuspended = nowSec;
  else next.LastSuspended = previous.LastSuspended ?? nowSec;
}

export const NO_RECOVERY_CODE =
  "The account has no password recovery code: the old password (OldPassword) is required to reset it";

export const userRoutes: Record<string, ApiHandler> = {
  "admin/list-users": ({ state }) => [...state.accounts.keys()],
  "admin/list-users-full": ({ state }) => Object.fromEntries([...state.accounts].map(([u, a]) => [u, a.profile])),
  "admin/get-user-profile": ({ state, params }) => state.account(params.str("TargetUser")).profile,
  "admin/get-user-profile-and-hash": ({ state, params }) => withHash(state, state.account(params.str("TargetUser"))),
  "admin/get-user-profile-hash": ({ state, params }) => {
    const acc = state.account(params.str("TargetUser"));
    return { Status: 200, Message: "OK", ProfileHash: state.profileHash(acc) };
  },
  "admin/set-user-profile": ({ state, params, actor }) => {
    const acc = state.account(params.str("TargetUser"));
    const profile = normalise(params.json<UserProfileConfig>("ProfileData"));
    stampSuspension(acc.profile, profile, state.clock.nowSec());
    state.replaceProfile(acc, profile, actor);
    return OK;
  },
  "admin/set-user-profile-hash": ({ state, params, actor }) => {
    const acc = state.account(params.str("TargetUser"));
    const profile = normalise(params.json<UserProfileConfig>("ProfileData"));
    if (params.str("RequireHash") !== state.profileHash(acc)) throw new SimError(409, HASH_MISMATCH);
    stampSuspension(acc.profile, profile, state.clock.nowSec());
    state.replaceProfile(acc, profile, actor);
    return withHash(state, acc);
  },
  "admin/add-user": ({ state, params, actor }) => {
    const username = params.str("TargetUser");
    if (state.accounts.has(username)) throw badRequest(`User '${username}' already exists`);
    const profile = zeroProfile(username, state.clock.nowSec());
    profile.OrganizationID = params.optional("TargetOrganization") ?? "";
    const creation = state.rng.guid();
    profile.CreationGUID = creation;
    profile.RequirePasswordChange = params.bool("RequirePasswordChange");
    if (params.bool("StoreRecoveryCode")) profile.PasswordRecovery = newRecoveryCode(creation);
    state.addAccount(username, params.str("TargetPassword"), profile, actor);
    return OK;
  },
  "admin/add-user-from-profile": ({ state, params, actor }) => {
    const username = params.str("TargetUser");
    if (state.accounts.has(username)) throw badRequest(`User '${username}' already exists`);
    const profile = normalise(params.json<UserProfileConfig>("ProfileData"));
    const org = params.optional("TargetOrganization");
    if (org !== undefined) profile.OrganizationID = org;
    state.addAccount(username, "", profile, actor);
    return OK;
  },
  "admin/delete-user": ({ state, params, actor }) => {
    state.deleteAccount(params.str("TargetUser"), actor);
    return OK;
  },
  "admin/reset-user-password": ({ state, params, actor }) => {
    const acc = state.account(params.str("TargetUser"));
    const old = params.optional("OldPassword");
    const next = params.str("NewPassword");
    if (next === "") throw badRequest("NewPassword must not be empty");
    if (old !== undefined && old !== acc.password) throw new SimError(403, "Old password is incorrect");
    const code = acc.profile.PasswordRecovery;
    if (old === undefined && (typeof code !== "string" || code === "")) throw badRequest(NO_RECOVERY_CODE);
    acc.password = next;
    if (code) acc.profile.PasswordRecovery = newRecoveryCode(`${code}|${acc.rev}`);
    state.touch(acc, actor);
    return OK;
  },
  "admin/revoke-device": ({ state, params, actor }) => {
    const username = params.str("TargetUser");
    const deviceId = params.str("TargetDevice");
    if (!state.account(username).profile.Devices[deviceId]) throw new SimError(404, "ERR_UNKNOWN_DEVICE");
    state.removeDevice(username, deviceId, actor);
    return OK;
  },
  "admin/delete-protected-item": ({ state, params, actor }) => {
    const acc = state.account(params.str("TargetUser"));
    const sourceId = params.str("SourceID");
    const p = acc.profile;
    const source = p.Sources[sourceId];
    if (!source) throw new SimError(404, `Protected item '${sourceId}' not found`);
    delete p.Sources[sourceId];
    delete p.Devices[source.OwnerDevice]?.Sources?.[sourceId];
    for (const [ruleId, rule] of Object.entries(p.BackupRules))
      if (rule.Source === sourceId) delete p.BackupRules[ruleId];
    state.touch(acc, actor);
    return OK;
  },
  "admin/account/session-start": ({ state, actor }) => {
    const key = state.rng.hex(48);
    state.sessionKeys.add(key);
    state.emit(SEVT.ACCOUNT_ADMIN_SESSION_START, actor, "", "/api/v1/admin/account/session-start");
    return { Status: 200, Message: "OK", SessionKey: key, SessionType: "admin" };
  },
  "admin/account/session-revoke": ({ state, params, actor }) => {
    state.sessionKeys.delete(params.optional("SessionKey") ?? "");
    state.emit(SEVT.ACCOUNT_ADMIN_SESSION_REVOKE, actor, "");
    return OK;
  },
};
