/**
 * Policy groups (comet-api.md §7.5) with optimistic concurrency via PolicyHash / CheckPolicyHash.
 *
 * Guesses: policies/new also returns the new `PolicyID` (the documented response has only
 * PolicyHash, §7.5); a CheckPolicyHash mismatch is `{Status: 409, Message: "ERR_POLICY_HASH_MISMATCH ..."}`;
 * unknown policy IDs are Status 404. policies/set with an unknown ID creates it ([WHMCS] relies on that).
 * Accounts linked to a policy get its effective copy in UserProfileConfig.Policy (+ ACCOUNT_UPDATED).
 */
import { SEVT } from "../client/constants.js";
import { OK } from "./api-users.js";
import type { ApiHandler } from "./http.js";
import { SimError } from "./sim-error.js";
import type { PolicyEntry, SimState } from "./state.js";
import type { GroupPolicy } from "./wire-types.js";

function entry(state: SimState, id: string): PolicyEntry {
  const e = state.policies.get(id);
  if (!e) throw new SimError(404, `Policy '${id}' not found`);
  return e;
}

function byOrg(state: SimState, org: string | undefined) {
  return [...state.policies].filter(([, e]) => org === undefined || e.policy.OrganizationID === org);
}

function normalise(state: SimState, policy: GroupPolicy, previous?: GroupPolicy): GroupPolicy {
  const now = state.clock.nowSec();
  return {
    ...policy,
    Description: policy.Description ?? "",
    OrganizationID: policy.OrganizationID ?? "",
    Policy: policy.Policy ?? {},
    DefaultUserPolicy: policy.DefaultUserPolicy ?? false,
    CreatedDate: previous?.CreatedDate ?? now,
    ModifiedDate: now,
  };
}

/** Pushes the effective policy into every linked account (the server keeps Profile.Policy in sync). */
function propagate(state: SimState, id: string, actor: string): void {
  const e = state.policies.get(id);
  for (const acc of state.accounts.values()) {
    if (acc.profile.PolicyID !== id) continue;
    acc.profile.Policy = e ? structuredClone(e.policy.Policy) : acc.profile.Policy;
    state.touch(acc, actor);
  }
}

export const policyRoutes: Record<string, ApiHandler> = {
  "admin/policies/list": ({ state, params }) =>
    Object.fromEntries(
      byOrg(state, params.optional("TargetOrganization")).map(([id, e]) => [id, e.policy.Description]),
    ),
  "admin/policies/list-full": ({ state, params }) =>
    Object.fromEntries(byOrg(state, params.optional("TargetOrganization")).map(([id, e]) => [id, e.policy])),
  "admin/policies/get": ({ state, params }) => {
    const e = entry(state, params.str("PolicyID"));
    return { Status: 200, Message: "OK", Policy: e.policy, PolicyHash: state.policyHash(e) };
  },
  "admin/policies/new": ({ state, params, actor }) => {
    const id = state.rng.guid();
    const e: PolicyEntry = { policy: normalise(state, params.json<GroupPolicy>("Policy")), rev: 1 };
    state.policies.set(id, e);
    state.emit(SEVT.POLICY_NEW, actor, e.policy.OrganizationID, id, e.policy);
    return { Status: 200, Message: "OK", PolicyID: id, PolicyHash: state.policyHash(e) };
  },
  "admin/policies/set": ({ state, params, actor }) => {
    const id = params.str("PolicyID");
    const existing = state.policies.get(id);
    const check = params.optional("CheckPolicyHash");
    if (check && (!existing || check !== state.policyHash(existing))) {
      throw new SimError(409, "ERR_POLICY_HASH_MISMATCH: the policy was modified concurrently");
    }
    const e: PolicyEntry = {
      policy: normalise(state, params.json<GroupPolicy>("Policy"), existing?.policy),
      rev: (existing?.rev ?? 0) + 1,
    };
    state.policies.set(id, e);
    state.emit(existing ? SEVT.POLICY_UPDATED : SEVT.POLICY_NEW, actor, e.policy.OrganizationID, id, e.policy);
    propagate(state, id, actor);
    return OK;
  },
  "admin/policies/delete": ({ state, params, actor }) => {
    const id = params.str("PolicyID");
    const e = entry(state, id);
    state.policies.delete(id);
    state.emit(SEVT.POLICY_REMOVED, actor, e.policy.OrganizationID, id);
    return OK;
  },
};
