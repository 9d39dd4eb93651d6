/**
 * Zero-valued builders for the wire structures in wire-types.ts: every always-present field is set
 * (zero values included) so typed clients see complete objects, and maps start as `{}`.
 */
import type {
  BackupJobDetail,
  BackupRuleConfig,
  DestinationConfig,
  ScheduleConfig,
  SourceConfig,
  UserProfileConfig,
} from "./wire-types.js";

export const RETENTION_DELETE_EXCEPT = 802;

const hourSched = (hour: number) => ({ Hour: hour, Minutes: 0, Seconds: 0 });
const noDays = () => ({
  Sunday: false,
  Monday: false,
  Tuesday: false,
  Wednesday: false,
  Thursday: false,
  Friday: false,
  Saturday: false,
});

export function zeroSchedule(frequency: number, secondsPast: number, offset?: number): ScheduleConfig {
  return {
    FrequencyType: frequency,
    SecondsPast: secondsPast,
    ...(offset ? { Offset: offset } : {}),
    RestrictRuntime: false,
    FromTime: hourSched(0),
    ToTime: hourSched(0),
    RestrictDays: false,
    DaysSelect: noDays(),
    SelectedMonth: 0,
    SelectedDay: 0,
  };
}

export function zeroJob(): BackupJobDetail {
  return {
    GUID: "",
    Username: "",
    Classification: 0,
    Status: 0,
    StartTime: 0,
    EndTime: 0,
    RetryCount: 0,
    SourceGUID: "",
    DestinationGUID: "",
    DeviceID: "",
    ClientVersion: "",
    TotalDirectories: 0,
    TotalFiles: 0,
    TotalSize: 0,
    TotalChunks: 0,
    UploadSize: 0,
    DownloadSize: 0,
  };
}

export function zeroRetention() {
  return {
    Mode: RETENTION_DELETE_EXCEPT,
    Ranges: [
      {
        Type: 903,
        Timestamp: 0,
        Jobs: 0,
        Days: 30,
        Weeks: 0,
        Months: 0,
        Years: 0,
        WeekOffset: 0,
        MonthOffset: 0,
        YearOffset: 0,
      },
    ],
  };
}

export function zeroSource(engine: string, description: string, owner: string, now: number): SourceConfig {
  return {
    Engine: engine,
    Description: description,
    OwnerDevice: owner,
    CreateTime: now,
    ModifyTime: now,
    PreExec: [],
    ThawExec: [],
    PostExec: [],
    EngineProps: {},
    PolicySourceID: "",
    ExistingUserUpdate: false,
    Statistics: { LastStartTime: 0, LastBackupJob: zeroJob(), LastSuccessfulBackupJob: zeroJob() },
  };
}

export function zeroDestination(type: number, description: string, now: number): DestinationConfig {
  return {
    Description: description,
    CreateTime: now,
    ModifyTime: now,
    DestinationType: type,
    CometServer: "",
    CometBucket: "",
    S3Server: "",
    S3BucketName: "",
    S3ObjectLockMode: 0,
    S3ObjectLockDays: 0,
    SFTPServer: "",
    LocalcopyPath: "",
    SpanTargets: [],
    EncryptionKeyEncryptionMethod: 0,
    EncryptedEncryptionKey: "",
    RepoInitTimestamp: now,
    StorageLimitEnabled: false,
    StorageLimitBytes: 0,
    StorageLimitID: "",
    Statistics: {
      ClientProvidedSize: { Size: 0, MeasureStarted: 0, MeasureCompleted: 0 },
      ClientProvidedContent: { MeasureStarted: 0, MeasureCompleted: 0, Components: [] },
    },
    DefaultRetention: zeroRetention(),
    RebrandStorage: false,
    RetentionError: "",
    AssociatedDevices: [],
  };
}

export function zeroBackupRule(
  description: string,
  source: string,
  destination: string,
  now: number,
): BackupRuleConfig {
  return {
    Description: description,
    CreateTime: now,
    ModifyTime: now,
    PreExec: [],
    ThawExec: [],
    PostExec: [],
    Source: source,
    Destination: destination,
    SkipAlreadyRunning: true,
    StopAfter: 0,
    LimitVaultSpeedBps: 0,
    ReduceDiskConcurrency: false,
    UseOnDiskIndexes: false,
    AllowZeroFilesSuccess: false,
    AutoRetentionLevel: 0,
    ConcurrencyCount: 0,
    LogLevel: "",
    Tags: "",
    Schedules: [],
    EventTriggers: { OnPCBoot: false, OnPCBootIfLastJobMissed: false, OnLastJobFailDoRetry: false },
  };
}

export function zeroUserPolicy(): Record<string, unknown> {
  return {
    PreventRequestStorageVault: false,
    PreventAddCustomStorageVault: false,
    PreventEditStorageVault: false,
    HideCloudStorageBranding: false,
    PreventDeleteStorageVault: false,
    PreventNewProtectedItem: false,
    PreventEditProtectedItem: false,
    PreventDeleteProtectedItem: false,
    ModeAdminResetPassword: 0,
    ModeAdminViewFilenames: 0,
    PreventDeleteSingleSnapshots: false,
    PreventChangeAccountPassword: false,
    PreventChangeEmailSettings: false,
    PreventChangeAccountName: false,
    PreventOpenAppUI: false,
    HideAppVersion: false,
    PreventOpenWebUI: false,
    DefaultSources: {},
    DefaultBackupRules: {},
    RandomDelaySecs: 0,
  };
}

export function zeroProfile(username: string, now: number): UserProfileConfig {
  return {
    Username: username,
    AccountName: "",
    LocalTimezone: "UTC",
    LanguageCode: "en_US",
    OrganizationID: "",
    GroupID: "",
    Emails: [],
    OverrideEmailSettings: {},
    SendEmailReports: false,
    Destinations: {},
    SupportsDeviceAssociations: true,
    Sources: {},
    BackupRules: {},
    Devices: {},
    IsSuspended: false,
    AllProtectedItemsQuotaEnabled: false,
    AllProtectedItemsQuotaBytes: 0,
    MaximumDevices: 0,
    QuotaOffice365ProtectedAccounts: 0,
    QuotaHyperVGuests: 0,
    QuotaVMwareGuests: 0,
    PolicyID: "",
    Policy: zeroUserPolicy(),
    PasswordFormat: 0,
    PasswordHash: "",
    AllowPasswordLogin: true,
    AllowPasswordAndTOTPLogin: false,
    TOTPKeyEncryptionFormat: 0,
    TOTPKey: "",
    RequirePasswordChange: false,
    CreateTime: now,
    CreationGUID: "",
    AutoStorageTemplateGUID: "",
    LinuxHomedirSandbox: false,
  };
}
