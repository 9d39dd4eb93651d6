import { CometDispatcherClient } from "./client-dispatcher.js";
import {
  type AdminAccountProperties,
  AdminAccountPropertiesModel,
  type BackupJobDetail,
  BackupJobDetailModel,
  BackupJobListModel,
  CreateGroupPolicyResponseModel,
  GetGroupPolicyResponseModel,
  GetProfileAndHashResponseModel,
  GetProfileHashResponseModel,
  type GroupPolicy,
  type JobEntry,
  JobEntryListModel,
  PolicyListModel,
  PolicyMapModel,
  RequestStorageVaultResponseModel,
  type ServerMetaVersionInfo,
  ServerMetaVersionInfoModel,
  SetProfileHashResponseModel,
  StorageProviderListModel,
  UserListModel,
  type UserProfileConfig,
  UserProfileConfigModel,
  UserProfileMapModel,
} from "./models.js";
import { asHashConflict } from "./transport.js";

/**
 * Typed Comet Server admin API (comet-api.md §7). Construct with CometClientOptions (transport.ts); every
 * method throws a CometError subclass (errors.ts). Dispatcher methods live in client-dispatcher.ts.
 */

const A = "api/v1/admin";

export interface ProfileWithHash {
  profile: UserProfileConfig;
  profileHash: string;
}

export interface RequestedVault {
  destinationId: string;
  profileHash: string;
  /** The profile after the change (undefined from servers that send only the envelope). */
  profile: UserProfileConfig | undefined;
}

export interface AddUserOptions {
  storeRecoveryCode?: boolean;
  requirePasswordChange?: boolean;
  targetOrganization?: string;
}

export class CometClient extends CometDispatcherClient {
  // ---- users / profiles -------------------------------------------------------------------------------

  async listUsers(): Promise<string[]> {
    return this.call(`${A}/list-users`, {}, UserListModel);
  }

  /** Every profile, keyed by username. */
  async listUsersFull(): Promise<Record<string, UserProfileConfig>> {
    return this.call(`${A}/list-users-full`, {}, UserProfileMapModel);
  }

  async getUserProfile(username: string): Promise<UserProfileConfig> {
    return this.call(`${A}/get-user-profile`, { TargetUser: username }, UserProfileConfigModel);
  }

  async getUserProfileAndHash(username: string): Promise<ProfileWithHash> {
    const r = await this.call(
      `${A}/get-user-profile-and-hash`,
      { TargetUser: username },
      GetProfileAndHashResponseModel,
    );
    return { profile: r.Profile, profileHash: r.ProfileHash };
  }

  /** Cheap change detection: the hash changes whenever the profile does. */
  async getUserProfileHash(username: string): Promise<string> {
    const r = await this.call(`${A}/get-user-profile-hash`, { TargetUser: username }, GetProfileHashResponseModel);
    return r.ProfileHash;
  }

  /** Unconditional overwrite; prefer setUserProfileHash. */
  async setUserProfile(username: string, profile: UserProfileConfig): Promise<void> {
    await this.callOk(`${A}/set-user-profile`, { TargetUser: username, ProfileData: profile });
  }

  /**
   * Optimistic-concurrency write (comet-api.md §9.1). Throws CometProfileHashConflictError when the profile
   * changed since `requireHash` was read. Servers >= 25.6.8 return the new profile and hash; older ones only
   * an envelope, so then the sent profile is returned and the new hash fetched.
   */
  async setUserProfileHash(
    username: string,
    profile: UserProfileConfig,
    requireHash: string,
  ): Promise<ProfileWithHash> {
    const path = `${A}/set-user-profile-hash`;
    const params = { TargetUser: username, ProfileData: profile, RequireHash: requireHash };
    const r = await this.call(path, params, SetProfileHashResponseModel).catch((err) => {
      throw asHashConflict(err);
    });
    const profileHash = r.ProfileHash || (await this.getUserProfileHash(username));
    return { profile: r.Profile ?? profile, profileHash };
  }

  /** Comet sends these two flags as ints, not booleans (comet-api.md §9.3). */
  async addUser(username: string, password: string, opts: AddUserOptions = {}): Promise<void> {
    await this.callOk(`${A}/add-user`, {
      TargetUser: username,
      TargetPassword: password,
      StoreRecoveryCode: opts.storeRecoveryCode === undefined ? undefined : Number(opts.storeRecoveryCode),
      RequirePasswordChange: opts.requirePasswordChange === undefined ? undefined : Number(opts.requirePasswordChange),
      TargetOrganization: opts.targetOrganization,
    });
  }

  async addUserFromProfile(username: string, profile: UserProfileConfig, targetOrganization?: string): Promise<void> {
    const params = { TargetUser: username, ProfileData: profile, TargetOrganization: targetOrganization };
    await this.callOk(`${A}/add-user-from-profile`, params);
  }

  /** Removes the profile and all job history; `uninstall` can also tell live devices to uninstall. */
  async deleteUser(username: string, uninstall?: { UninstallFlag: boolean; RemoveConfigFile: boolean }): Promise<void> {
    await this.callOk(`${A}/delete-user`, { TargetUser: username, UninstallConfig: uninstall });
  }

  async resetUserPassword(username: string, newPassword: string, oldPassword?: string): Promise<void> {
    const params = { TargetUser: username, NewPassword: newPassword, OldPassword: oldPassword };
    await this.callOk(`${A}/reset-user-password`, params);
  }

  /** Preferred over editing Profile.Devices: it also handles the live connection. */
  async revokeDevice(username: string, deviceId: string): Promise<void> {
    await this.callOk(`${A}/revoke-device`, { TargetUser: username, TargetDevice: deviceId });
  }

  async deleteProtectedItem(username: string, sourceId: string): Promise<void> {
    await this.callOk(`${A}/delete-protected-item`, { TargetUser: username, SourceID: sourceId });
  }

  // ---- storage vaults ---------------------------------------------------------------------------------

  /** Storage templates (provider ID -> description) of `targetOrganization` (absent: our own). */
  async requestStorageVaultProviders(targetOrganization?: string): Promise<Record<string, string>> {
    const params = { TargetOrganization: targetOrganization };
    return this.call(`${A}/request-storage-vault-providers`, params, StorageProviderListModel);
  }

  /**
   * Creates a Storage Vault from a template in the user's profile. With `profileHash` the write is
   * hash-checked (CometProfileHashConflictError on a concurrent edit). Servers before 19.8.0 return no
   * DestinationID (then `destinationId` is "").
   */
  async requestStorageVault(
    username: string,
    providerId: string,
    opts: { deviceId?: string; profileHash?: string } = {},
  ): Promise<RequestedVault> {
    const params = {
      TargetUser: username,
      StorageProvider: providerId,
      DeviceID: opts.deviceId,
      ProfileHash: opts.profileHash,
    };
    const r = await this.call(`${A}/request-storage-vault`, params, RequestStorageVaultResponseModel).catch((err) => {
      throw opts.profileHash ? asHashConflict(err) : err;
    });
    return { destinationId: r.DestinationID, profileHash: r.ProfileHash, profile: r.Profile };
  }

  // ---- jobs -------------------------------------------------------------------------------------------

  /** Jobs that started OR ended in [start, end] (Unix seconds); 0/0 returns only incomplete jobs. */
  async getJobsForDateRange(startSec: number, endSec: number): Promise<BackupJobDetail[]> {
    const params = { Start: Math.floor(startSec), End: Math.floor(endSec) };
    return this.call(`${A}/get-jobs-for-date-range`, params, BackupJobListModel);
  }

  async getJobsForUser(username: string): Promise<BackupJobDetail[]> {
    return this.call(`${A}/get-jobs-for-user`, { TargetUser: username }, BackupJobListModel);
  }

  /** Recent and incomplete jobs. */
  async getJobsRecent(): Promise<BackupJobDetail[]> {
    return this.call(`${A}/get-jobs-recent`, {}, BackupJobListModel);
  }

  async getJobsAll(): Promise<BackupJobDetail[]> {
    return this.call(`${A}/get-jobs-all`, {}, BackupJobListModel);
  }

  /** A bare BackupJobDetail: its Status is a JOB_STATUS (e.g. 7002 = error), never treated as a failure. */
  async getJobProperties(jobId: string): Promise<BackupJobDetail> {
    return this.call(`${A}/get-job-properties`, { JobID: jobId }, BackupJobDetailModel);
  }

  /** Plain text, one line per entry. */
  async getJobLog(jobId: string): Promise<string> {
    return this.callText(`${A}/get-job-log`, { JobID: jobId });
  }

  async getJobLogEntries(
    jobId: string,
    opts: { minSeverity?: "D" | "I" | "W" | "E"; messageContains?: string } = {},
  ): Promise<JobEntry[]> {
    const params = { JobID: jobId, MinSeverity: opts.minSeverity, MessageContains: opts.messageContains };
    return this.call(`${A}/get-job-log-entries`, params, JobEntryListModel);
  }

  /** Needs a live device and a job with a CancellationID; may block ~10 s waiting for the device. */
  async cancelJob(username: string, jobId: string): Promise<void> {
    await this.callOk(`${A}/job/cancel`, { TargetUser: username, JobID: jobId });
  }

  /** Marks a running job abandoned (7007) without contacting the device. */
  async abandonJob(username: string, jobId: string): Promise<void> {
    await this.callOk(`${A}/job/abandon`, { TargetUser: username, JobID: jobId });
  }

  // ---- policies ---------------------------------------------------------------------------------------

  /** PolicyID -> description. */
  async listPolicies(targetOrganization?: string): Promise<Record<string, string>> {
    return this.call(`${A}/policies/list`, { TargetOrganization: targetOrganization }, PolicyListModel);
  }

  async listPoliciesFull(targetOrganization?: string): Promise<Record<string, GroupPolicy>> {
    return this.call(`${A}/policies/list-full`, { TargetOrganization: targetOrganization }, PolicyMapModel);
  }

  async getPolicy(policyId: string): Promise<{ policy: GroupPolicy; policyHash: string }> {
    const r = await this.call(`${A}/policies/get`, { PolicyID: policyId }, GetGroupPolicyResponseModel);
    return { policy: r.Policy, policyHash: r.PolicyHash };
  }

  /** Creates or replaces; with `checkHash` a concurrent edit throws CometProfileHashConflictError. */
  async setPolicy(policyId: string, policy: GroupPolicy, checkHash?: string): Promise<void> {
    const params = { PolicyID: policyId, Policy: policy, CheckPolicyHash: checkHash };
    await this.callOk(`${A}/policies/set`, params).catch((err) => {
      throw checkHash ? asHashConflict(err) : err;
    });
  }

  /** The new PolicyID is undocumented in this response; `policyId` is set only when the server sends one. */
  async newPolicy(policy: GroupPolicy): Promise<{ policyHash: string; policyId?: string }> {
    const r = await this.call(`${A}/policies/new`, { Policy: policy }, CreateGroupPolicyResponseModel);
    return r.PolicyID ? { policyHash: r.PolicyHash, policyId: r.PolicyID } : { policyHash: r.PolicyHash };
  }

  async deletePolicy(policyId: string): Promise<void> {
    await this.callOk(`${A}/policies/delete`, { PolicyID: policyId });
  }

  // ---- server -----------------------------------------------------------------------------------------

  async metaVersion(): Promise<ServerMetaVersionInfo> {
    return this.call(`${A}/meta/version`, {}, ServerMetaVersionInfoModel);
  }

  /** Who we are logged in as (tenant, permissions); a cheap credentials check. */
  async accountProperties(): Promise<AdminAccountProperties> {
    return this.call(`${A}/account/properties`, {}, AdminAccountPropertiesModel);
  }
}
