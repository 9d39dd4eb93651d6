import { z } from "zod";
import { bool, list, map, num, optional, str, strings, struct } from "./model-helpers.js";

/**
 * The user profile tree (comet-api.md §8). Only the fields the hub reads are declared; every other field
 * passes through untouched (`looseObject`) so a profile read here can be written back without loss.
 */

export const OSInfoModel = z.looseObject({
  // Lower-case on the wire (comet-api.md §8).
  version: optional(z.string()),
  distribution: optional(z.string()),
  build: optional(z.string()),
  os: optional(z.string()),
  arch: optional(z.string()),
});

export const SizeMeasurementModel = z.looseObject({ Size: num, MeasureStarted: num, MeasureCompleted: num });

export const BackupJobProgressModel = z.looseObject({
  Counter: num,
  SentTime: num,
  // Misspelt on purpose: that is the real field name (comet-api.md §9.3).
  RecievedTime: num,
  BytesDone: num,
  ItemsDone: num,
  ItemsTotal: num,
});

export const BackupJobDetailModel = z.looseObject({
  // The job ID; there is no `ID` field (comet-api.md §8).
  GUID: str,
  Username: str,
  Classification: num,
  // A JOB_STATUS (5xxx/6xxx/7xxx), not an HTTP-like status (comet-api.md §3.2).
  Status: num,
  StartTime: num,
  EndTime: num,
  RetryCount: num,
  SourceGUID: str,
  DestinationGUID: str,
  DeviceID: str,
  SnapshotID: str,
  BackupRuleGUID: str,
  ClientVersion: str,
  TotalDirectories: num,
  TotalFiles: num,
  TotalSize: num,
  TotalChunks: num,
  UploadSize: num,
  DownloadSize: num,
  TotalVmCount: num,
  TotalMailsCount: num,
  TotalSitesCount: num,
  TotalAccountsCount: num,
  TotalLicensedMailsCount: num,
  TotalUnlicensedMailsCount: num,
  ConflictingJobID: str,
  CancellationID: str,
  Progress: optional(BackupJobProgressModel),
  DestinationSizeStart: optional(SizeMeasurementModel),
  DestinationSizeEnd: optional(SizeMeasurementModel),
  Tags: str,
});

export const SourceStatisticsModel = z.looseObject({
  LastStartTime: num,
  // A never-run item has LastBackupJob.StartTime == 0 (comet-api.md §8).
  LastBackupJob: struct(BackupJobDetailModel),
  LastSuccessfulBackupJob: struct(BackupJobDetailModel),
});

export const SourceConfigModel = z.looseObject({
  Engine: str,
  Description: str,
  OwnerDevice: str,
  CreateTime: num,
  ModifyTime: num,
  PreExec: strings,
  ThawExec: strings,
  PostExec: strings,
  EngineProps: map(z.string()),
  PolicySourceID: str,
  ExistingUserUpdate: bool,
  Statistics: optional(SourceStatisticsModel),
});

export const SourceBasicInfoModel = z.looseObject({
  Engine: str,
  Description: str,
  O365AccountCount: num,
  TotalVmCount: num,
  Size: num,
});

export const DeviceConfigModel = z.looseObject({
  FriendlyName: str,
  RegistrationTime: num,
  PlatformVersion: optional(OSInfoModel),
  Sources: map(SourceBasicInfoModel),
  // Note the casing: DeviceTimezone here, DeviceTimeZone on LiveUserConnection (comet-api.md §9.3).
  DeviceTimezone: str,
  ClientVersion: str,
});

export const RetentionPolicyModel = z.looseObject({ Mode: num, Ranges: list(z.looseObject({ Type: num })) });

export const DestinationStatisticsModel = z.looseObject({
  ClientProvidedSize: struct(SizeMeasurementModel),
});

export const DestinationConfigModel = z.looseObject({
  Description: str,
  CreateTime: num,
  ModifyTime: num,
  DestinationType: num,
  CometServer: str,
  CometBucket: str,
  RepoInitTimestamp: num,
  StorageLimitEnabled: bool,
  StorageLimitBytes: num,
  StorageLimitID: str,
  Statistics: optional(DestinationStatisticsModel),
  DefaultRetention: struct(RetentionPolicyModel),
  RebrandStorage: bool,
  RetentionError: str,
  AssociatedDevices: strings,
});

export const ScheduleConfigModel = z.looseObject({ FrequencyType: num, SecondsPast: num, Offset: num });

export const BackupRuleConfigModel = z.looseObject({
  Description: str,
  CreateTime: num,
  ModifyTime: num,
  Source: str,
  Destination: str,
  Schedules: list(ScheduleConfigModel),
});

/** Effective policy content; passed through as-is (the hub only stores and re-sends it). */
export const UserPolicyModel = z.looseObject({});

export const UserProfileConfigModel = z.looseObject({
  Username: str,
  AccountName: str,
  LocalTimezone: str,
  LanguageCode: str,
  OrganizationID: str,
  GroupID: str,
  Emails: strings,
  SendEmailReports: bool,
  Destinations: map(DestinationConfigModel),
  Sources: map(SourceConfigModel),
  BackupRules: map(BackupRuleConfigModel),
  Devices: map(DeviceConfigModel),
  IsSuspended: bool,
  LastSuspended: num,
  AllProtectedItemsQuotaEnabled: bool,
  AllProtectedItemsQuotaBytes: num,
  MaximumDevices: num,
  PolicyID: str,
  Policy: struct(UserPolicyModel),
  CreateTime: num,
  CreationGUID: str,
});

export const GroupPolicyModel = z.looseObject({
  Description: str,
  OrganizationID: str,
  Policy: struct(UserPolicyModel),
  DefaultUserPolicy: bool,
  CreatedDate: num,
  ModifiedDate: num,
});

export type BackupJobDetail = z.output<typeof BackupJobDetailModel>;
export type DeviceConfig = z.output<typeof DeviceConfigModel>;
export type UserProfileConfig = z.output<typeof UserProfileConfigModel>;
export type GroupPolicy = z.output<typeof GroupPolicyModel>;
