import { z } from "zod";
import { bool, list, map, num, optional, str, strings, struct } from "./model-helpers.js";
import { BackupJobDetailModel, GroupPolicyModel, OSInfoModel, UserProfileConfigModel } from "./models-profile.js";

/**
 * Zod models of what Comet Server sends (comet-api.md §3, §4.3, §8). Lenient by design, see model-helpers.ts.
 * Types are the parsed (output) shapes.
 */

export * from "./models-profile.js";

export const LiveUserConnectionModel = z.looseObject({
  Username: str,
  DeviceID: str,
  ReportedVersion: str,
  ReportedPlatform: str,
  ReportedPlatformVersion: optional(OSInfoModel),
  DeviceTimeZone: str,
  IPAddress: str,
  ConnectionTime: num,
  AllowsFilenames: bool,
});

export const LicenseLimitsModel = z.looseObject({
  // Lower-case on the wire (comet-api.md §8).
  deviceCount: num,
  boosterCount: map(z.number()),
});

export const ServerMetaVersionInfoModel = z.looseObject({
  Version: str,
  VersionCodename: str,
  StorageRole: bool,
  AuthenticationRole: bool,
  SoftwareBuildRole: bool,
  OverseerRole: bool,
  ConstellationRole: bool,
  ExperimentalOptions: strings,
  ServerStartTime: num,
  ServerStartHash: str,
  CurrentTime: num,
  ServerLicenseHash: str,
  ServerLicenseFeaturesAll: bool,
  ServerLicenseFeatureSet: num,
  ServerLicenseLimit: struct(LicenseLimitsModel),
  ConfiguredDevices: num,
  LicenseValidUntil: num,
});

export const VaultSnapshotModel = z.looseObject({
  Snapshot: str,
  EngineType: str,
  Source: str,
  CreateTime: num,
  HasOriginalPathInfo: bool,
  Tags: strings,
});

/** Every field is lower-case on the wire (comet-api.md §8, §11). */
export const StoredObjectModel = z.looseObject({
  name: str,
  mtime: num,
  type: str,
  subtree: str,
  size: num,
  dname: optional(z.string()),
});

export const JobEntryModel = z.looseObject({ Time: num, Severity: str, Message: str });

/**
 * One frame of the live event stream (comet-api.md §4.3). `Type` is required: a frame without it is not an
 * event. `Timestamp` may be seconds or milliseconds (use cometTime). `Data` depends on `Type` and is parsed
 * by the consumer with the matching model (JOB_* -> BackupJobDetailModel, ACCOUNT_* -> UserProfileConfigModel...).
 */
export const StreamableEventModel = z.looseObject({
  Actor: str,
  OwnerOrganizationID: str,
  ResourceID: str,
  Type: z.number().int(),
  Timestamp: num,
  TypeString: str,
  Data: z.unknown().optional(),
});

export const AdminAccountPropertiesModel = z.looseObject({
  OrganizationID: str,
  Permissions: struct(z.looseObject({})),
  Security: struct(z.looseObject({})),
});

// Envelopes: CometAPIResponseMessage and the structs that embed it (comet-api.md §3.1).
const envelope = { Status: num, Message: str };

export const CometAPIResponseMessageModel = z.looseObject(envelope);

/** `Profile` is required: a profile-and-hash answer without the profile is structurally wrong. */
export const GetProfileAndHashResponseModel = z.looseObject({
  ...envelope,
  ProfileHash: str,
  Profile: UserProfileConfigModel,
});

/** set-user-profile-hash: servers before 25.6.8 answer with a bare envelope (comet-api.md §7.1). */
export const SetProfileHashResponseModel = z.looseObject({
  ...envelope,
  ProfileHash: str,
  Profile: optional(UserProfileConfigModel),
});

export const GetProfileHashResponseModel = z.looseObject({ ...envelope, ProfileHash: str });

/** JobID is only filled by devices >= 25.9.6 (comet-api.md §7.2). */
export const DispatchWithJobIDResponseModel = z.looseObject({ ...envelope, JobID: str });

export const DispatcherVaultSnapshotsResponseModel = z.looseObject({
  ...envelope,
  Snapshots: list(VaultSnapshotModel),
});

export const DispatcherStoredObjectsResponseModel = z.looseObject({
  ...envelope,
  StoredObjects: list(StoredObjectModel),
});

export const GetGroupPolicyResponseModel = z.looseObject({ ...envelope, Policy: GroupPolicyModel, PolicyHash: str });

/** The new PolicyID is not documented in this response; some servers may add it (kept via looseObject). */
export const CreateGroupPolicyResponseModel = z.looseObject({ ...envelope, PolicyHash: str, PolicyID: str });

/** request-storage-vault (>= 19.8.0; older servers send only the envelope, comet-api.md §7.6). */
export const RequestStorageVaultResponseModel = z.looseObject({
  ...envelope,
  DestinationID: str,
  ProfileHash: str,
  Profile: optional(UserProfileConfigModel),
});

export const UserListModel = list(z.string());
export const UserProfileMapModel = map(UserProfileConfigModel);
export const LiveConnectionMapModel = map(LiveUserConnectionModel);
export const BackupJobListModel = list(BackupJobDetailModel);
export const JobEntryListModel = list(JobEntryModel);
export const PolicyListModel = map(z.string());
/** Storage provider (template) ID -> description. */
export const StorageProviderListModel = map(z.string());
export const PolicyMapModel = map(GroupPolicyModel);

export type LiveUserConnection = z.output<typeof LiveUserConnectionModel>;
export type ServerMetaVersionInfo = z.output<typeof ServerMetaVersionInfoModel>;
export type VaultSnapshot = z.output<typeof VaultSnapshotModel>;
export type StoredObject = z.output<typeof StoredObjectModel>;
export type JobEntry = z.output<typeof JobEntryModel>;
export type StreamableEvent = z.output<typeof StreamableEventModel>;
export type AdminAccountProperties = z.output<typeof AdminAccountPropertiesModel>;
