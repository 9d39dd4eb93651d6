/**
 * The Comet wire structures the simulator serves, as zero-valued builders. Field names and which
 * fields are always present follow shared/comet-api.md §8 (from the official SDK types): every
 * non-`omitempty` field is emitted even when zero, maps are `{}` (never `[]`), and the lower-case
 * structs (OSInfo, StoredObject) keep their lower-case names. Types are deliberately open
 * (`[k: string]: unknown`) because a client may round-trip fields we do not model.
 */

export interface OSInfo {
  version?: string;
  distribution?: string;
  build?: string;
  os?: string;
  arch?: string;
}

export interface SourceBasicInfo {
  Engine: string;
  Description: string;
  O365AccountCount: number;
  TotalVmCount: number;
  Size: number;
}

export interface DeviceConfig {
  FriendlyName: string;
  RegistrationTime?: number;
  PlatformVersion?: OSInfo;
  Sources?: Record<string, SourceBasicInfo>;
  DeviceTimezone?: string;
  ClientVersion?: string;
  [k: string]: unknown;
}

export interface BackupJobProgress {
  Counter: number;
  SentTime: number;
  RecievedTime: number; // sic: the real field name is misspelt
  BytesDone: number;
  ItemsDone: number;
  ItemsTotal: number;
}

export interface BackupJobDetail {
  GUID: string;
  Username: string;
  Classification: number;
  Status: number;
  StartTime: number;
  EndTime: number;
  RetryCount: number;
  SourceGUID: string;
  DestinationGUID: string;
  DeviceID: string;
  SnapshotID?: string;
  BackupRuleGUID?: string;
  ClientVersion: string;
  TotalDirectories: number;
  TotalFiles: number;
  TotalSize: number;
  TotalChunks: number;
  UploadSize: number;
  DownloadSize: number;
  TotalVmCount?: number;
  TotalAccountsCount?: number;
  CancellationID?: string;
  Progress?: BackupJobProgress;
  Tags?: string;
}

export interface SourceConfig {
  Engine: string;
  Description: string;
  OwnerDevice: string;
  CreateTime: number;
  ModifyTime: number;
  Statistics?: { LastStartTime: number; LastBackupJob: BackupJobDetail; LastSuccessfulBackupJob: BackupJobDetail };
  [k: string]: unknown;
}

export interface SizeMeasurement {
  Size: number;
  MeasureStarted: number;
  MeasureCompleted: number;
}

export interface DestinationConfig {
  Description: string;
  DestinationType: number;
  StorageLimitEnabled: boolean;
  StorageLimitBytes: number;
  Statistics?: { ClientProvidedSize: SizeMeasurement; [k: string]: unknown };
  [k: string]: unknown;
}

export interface ScheduleConfig {
  FrequencyType: number;
  SecondsPast: number;
  Offset?: number;
  [k: string]: unknown;
}

export interface BackupRuleConfig {
  Description: string;
  Source: string;
  Destination: string;
  Schedules: ScheduleConfig[];
  [k: string]: unknown;
}

export interface UserProfileConfig {
  Username: string;
  AccountName: string;
  OrganizationID?: string;
  Emails: string[];
  Destinations: Record<string, DestinationConfig>;
  Sources: Record<string, SourceConfig>;
  BackupRules: Record<string, BackupRuleConfig>;
  Devices: Record<string, DeviceConfig>;
  IsSuspended?: boolean;
  /** Unix s; omitted while not suspended. */
  LastSuspended?: number;
  AllProtectedItemsQuotaEnabled: boolean;
  AllProtectedItemsQuotaBytes: number;
  /** Empty/absent = admin password reset needs the old password. */
  PasswordRecovery?: string;
  PolicyID: string;
  CreateTime: number;
  [k: string]: unknown;
}

export interface LiveUserConnection {
  Username: string;
  DeviceID: string;
  ReportedVersion: string;
  ReportedPlatform: string;
  ReportedPlatformVersion?: OSInfo;
  DeviceTimeZone?: string; // capital Z here, unlike DeviceConfig.DeviceTimezone
  IPAddress?: string;
  ConnectionTime: number;
  AllowsFilenames: boolean;
}

export interface GroupPolicy {
  Description: string;
  OrganizationID: string;
  Policy: Record<string, unknown>;
  DefaultUserPolicy: boolean;
  CreatedDate: number;
  ModifiedDate: number;
  [k: string]: unknown;
}

export interface StoredObject {
  name: string;
  mtime: number;
  type: string;
  subtree: string;
  size: number;
  r?: boolean;
  f?: number;
  b?: number;
  d?: number;
}

export const SCHEDULE = { DAILY: 8011, HOURLY: 8012, WEEKLY: 8013, PERIODIC: 8015 } as const;
