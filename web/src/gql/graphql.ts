/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which running job to mark abandoned. */
export type AbandonJobInput = {
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the running job. */
  jobId: string | number;
};

/** The token from the invitation link, and who you are. */
export type AcceptInvitationInput = {
  /** Your display name (1-200 characters); required for a new account, ignored for an existing one. */
  name?: string | null | undefined;
  /** A new password (at least 10 characters), or your current one if the address already has an account. */
  password: string;
  /** The `token` parameter of the invitation link. */
  token: string;
};

/** Which account to suspend or unsuspend. */
export type AccountSuspensionInput = {
  /** Global ID of the Comet account. */
  accountId: string | number;
  /** The account's `profileHash` as you loaded it: a change made since is a ProfileConflictError. Omitted: the change applies to the current profile (a concurrent edit is re-read and kept). */
  expectedProfileHash?: string | null | undefined;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
};

/** What a caller may do. Every caller that can see data has READ. */
export type ApiKeyCapability =
  /** Manage the tenant's settings within the scope. */
  | 'ADMIN'
  /** Act on devices and jobs within the scope (start, cancel, ...). */
  | 'OPERATE'
  /** Run queries and subscriptions within the scope. */
  | 'READ';

/** Which device applies the retention rules to which storage vault; name the vault by global ID or by name. */
export type ApplyRetentionRulesInput = {
  /** Global ID of the device that does the work. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
  /** Global ID of the storage vault (one of the device's account). */
  storageVaultId?: string | number | null | undefined;
  /** Name (description) of the storage vault, case-insensitive. */
  storageVaultName?: string | null | undefined;
};

/** The customer to archive. */
export type ArchiveCustomerInput = {
  /** Global ID of the customer. */
  id: string | number;
};

/** Options shared by every device of a bulk action. Items and vaults are named, because each device has its own: a device without one of that name gets a FAILED action saying so. */
export type BulkActionOptionsInput = {
  /** RUN_BACKUP (required): the protected item's name, case-insensitive. */
  protectedItemName?: string | null | undefined;
  /** UNINSTALL_SOFTWARE (required): also remove the client's configuration from each device. */
  removeConfiguration?: boolean | null | undefined;
  /** RUN_BACKUP, APPLY_RETENTION, REINDEX_VAULT (required): the vault's name, case-insensitive. */
  storageVaultName?: string | null | undefined;
};

/** Which devices: the filters of the `devices` query (AND-ed, within your tenant; revoked devices never match), plus an explicit list of devices. */
export type BulkDeviceFilterInput = {
  /** Only devices of this customer (its global ID). */
  customerId?: string | number | null | undefined;
  /** Only these devices (global IDs); IDs that are not yours or do not exist match nothing. */
  deviceIds?: Array<string | number> | null | undefined;
  /** Only online (true) or offline (false) devices. */
  isOnline?: boolean | null | undefined;
  /** Case-insensitive match on the device name, the account username or the Comet device id. */
  search?: string | null | undefined;
  /** Only devices on this Comet server (its global ID). */
  serverId?: string | number | null | undefined;
};

/** Where a bulk operation stands. */
export type BulkOperationStatus =
  /** Every device has its action, sent, queued (with `queueOffline`) or failed; each action then goes on alone. */
  | 'COMPLETED'
  /** Actions are still being sent to the devices. */
  | 'RUNNING';

/** Which queued action to cancel. */
export type CancelDeviceActionInput = {
  /** Global ID of the device action (status QUEUED). */
  id: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
};

/** Which running job to cancel. */
export type CancelJobInput = {
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the running job. */
  jobId: string | number;
};

/** A Comet account's new package: its quotas and its protected-item storage quota. */
export type ChangeAccountPackageInput = {
  /** Global ID of the Comet account. */
  accountId: string | number;
  /** The account's `profileHash` as you loaded it; a change made since then is a ProfileConflictError. */
  expectedProfileHash: string;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Most devices; 0 = unlimited. Omitted: unchanged. */
  maxDevices?: number | null | undefined;
  /** Most Hyper-V guests; 0 = unlimited. Omitted: unchanged. */
  maxHyperVGuests?: number | null | undefined;
  /** Most Microsoft 365 protected accounts; 0 = unlimited. Omitted: unchanged. */
  maxMicrosoft365Accounts?: number | null | undefined;
  /** Most VMware guests; 0 = unlimited. Omitted: unchanged. */
  maxVMwareGuests?: number | null | undefined;
  /** Storage quota across all protected items, in bytes; 0 = no quota. Omitted: unchanged. */
  protectedItemQuotaBytes?: string | null | undefined;
};

/** Maps one Comet organization of a platform-shared server to the MSP that owns its accounts. */
export type CometTenantLinkInput = {
  /** Global ID of the MSP. */
  mspId: string | number;
  /** Comet `OrganizationID`; the empty string is the server's top-level organization. */
  organizationId: string;
};

/** A new API key for the viewer's MSP. */
export type CreateApiKeyInput = {
  /** What the key may do; at least one. */
  capabilities: Array<ApiKeyCapability>;
  /** Limit the key to this customer of the MSP (its global ID). */
  customerId?: string | number | null | undefined;
  /** When the key stops working; never when omitted. */
  expiresAt?: string | null | undefined;
  /** What the key is for (1-100 characters), e.g. `PSA sync`. */
  name: string;
};

/** A new Comet account and its package. */
export type CreateCometAccountInput = {
  /** Global ID of the customer it belongs to; omitted: unassigned. */
  customerId?: string | number | null | undefined;
  /** Where Comet sends the account's reports. */
  email: string;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. A replay returns the same password. */
  idempotencyKey?: string | null | undefined;
  /** A storage vault to create for the account. */
  initialVault?: InitialStorageVaultInput | null | undefined;
  /** Most devices; 0 or omitted = unlimited. */
  maxDevices?: number | null | undefined;
  /** The password (8-128 printable characters); omitted: a strong 20-character one is generated. */
  password?: string | null | undefined;
  /** A policy group of your organization on the server (its `policyId`). */
  policyGroupId?: string | null | undefined;
  /** Storage quota across all protected items, in bytes; 0 or omitted = none. */
  protectedItemQuotaBytes?: string | null | undefined;
  /** Global ID of the Comet server to create it on. */
  serverId: string | number;
  /** Comet username (1-100 of letters, digits, `.`, `_`, `-`, `@`); unique on the server. */
  username: string;
};

/** A new customer of an MSP. */
export type CreateCustomerInput = {
  /** The MSP's own reference (PSA/CRM id, up to 100 characters); unique within the MSP. */
  externalRef?: string | null | undefined;
  /** Global ID of the MSP; required for the platform operator, your own MSP otherwise. */
  mspId?: string | number | null | undefined;
  /** Display name (1-200 characters). */
  name: string;
  /** Free-form notes (up to 5000 characters). */
  notes?: string | null | undefined;
};

/** Where to create the restricted default policy group, and its name. */
export type CreateRestrictedPolicyGroupInput = {
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** The group's name (1-100 characters); a group of that name in your organization is reused. */
  name: string;
  /** Global ID of the Comet server. */
  serverId: string | number;
};

/** A person's role in one customer of an MSP. */
export type CustomerRole =
  /** Sees the customer's fleet, can act on it and invite its people. */
  | 'CUSTOMER_OWNER'
  /** Read-only access to the customer's fleet. */
  | 'CUSTOMER_VIEWER';

/** What happened to a device action. */
export type DeviceActionEventKind =
  /** No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields describing a change are null. */
  | 'HEARTBEAT'
  /** The action was created or its status changed (see `status`). */
  | 'UPDATED';

/** What a device action asks the Comet server (and through it the device) to do. */
export type DeviceActionKind =
  /** Mark a stuck running job abandoned without contacting the device. */
  | 'ABANDON_JOB'
  /** Apply the retention rules to a storage vault now. */
  | 'APPLY_RETENTION'
  /** Ask the device to cancel a running job. */
  | 'CANCEL_JOB'
  /** Rebuild a storage vault's index. */
  | 'REINDEX_VAULT'
  /** Restore from a snapshot (the restore wizard). */
  | 'RESTORE'
  /** Remove the device from its account (its job history is kept). */
  | 'REVOKE_DEVICE'
  /** Back up one protected item to one storage vault now. */
  | 'RUN_BACKUP'
  /** Uninstall the Comet client, optionally removing its configuration. */
  | 'UNINSTALL_SOFTWARE'
  /** Update the Comet client to the server's version. */
  | 'UPDATE_SOFTWARE';

/** Where a device action stands: QUEUED -> DISPATCHED -> RUNNING -> SUCCEEDED / FAILED / EXPIRED / CANCELLED. */
export type DeviceActionStatus =
  /** Cancelled while still queued; nothing was sent. */
  | 'CANCELLED'
  /** Accepted by the Comet server; waiting for the job it starts. */
  | 'DISPATCHED'
  /** The device did not connect before `expiresAt`; nothing was sent. */
  | 'EXPIRED'
  /** The Comet server refused it, or its job ended unsuccessfully; see `errorMessage`. */
  | 'FAILED'
  /** Waiting for the device to connect (until `expiresAt`). */
  | 'QUEUED'
  /** The job the action started is running (see `job`). */
  | 'RUNNING'
  /** Done: carried out, or its job ended successfully (possibly with warnings). */
  | 'SUCCEEDED';

/** What happened to a device. */
export type DeviceEventKind =
  /** The device joined its account (or came back after removal). */
  | 'ADDED'
  /** No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields describing a change are null. */
  | 'HEARTBEAT'
  /** The device's live connection ended. */
  | 'OFFLINE'
  /** The device connected to its Comet server. */
  | 'ONLINE'
  /** The device left its account's profile. */
  | 'REMOVED'
  /** The device's name changed. */
  | 'RENAMED';

/** Dashboard category of a protected item's engine; engines Partner Hub does not know are `OTHER`. */
export type EngineCategory =
  /** Application-Aware Writer. */
  | 'APPLICATION_AWARE_WRITER'
  /** Disk Image. */
  | 'DISK_IMAGE'
  /** Exchange. */
  | 'EXCHANGE'
  /** Files and Folders. */
  | 'FILES_AND_FOLDERS'
  /** Hyper-V. */
  | 'HYPER_V'
  /** Microsoft 365. */
  | 'MICROSOFT_365'
  /** MongoDB. */
  | 'MONGODB'
  /** MySQL. */
  | 'MYSQL'
  /** Other. */
  | 'OTHER'
  /** Program Output. */
  | 'PROGRAM_OUTPUT'
  /** Proxmox. */
  | 'PROXMOX'
  /** SQL Server. */
  | 'SQL_SERVER'
  /** System State. */
  | 'SYSTEM_STATE'
  /** VMware. */
  | 'VMWARE'
  /** Windows System Backup. */
  | 'WINDOWS_SYSTEM_BACKUP';

/** What an incident event says. */
export type IncidentEventKind =
  /** No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields describing a change are null. */
  | 'HEARTBEAT'
  /** A job ended with an error, a miss or a warning: its incident is open (or still open). */
  | 'OPENED';

/** A storage vault to create from one of the server's storage templates. */
export type InitialStorageVaultInput = {
  /** The vault's storage quota in bytes; 0 or omitted = none. */
  quotaBytes?: string | null | undefined;
  /** The storage template (provider) ID on the server. */
  storageProviderId: string;
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted; the link no longer works. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Sent; the link works until `expiresAt`. */
  | 'PENDING'
  /** Revoked, or replaced by a newer invitation to the same address. */
  | 'REVOKED';

/** Whom to invite, and where: an MSP role (`mspRole`), or a customer and a role in it. */
export type InviteUserInput = {
  /** The customer (global ID) for a customer invitation, with `customerRole`. */
  customerId?: string | number | null | undefined;
  /** The role in the customer, with `customerId`. */
  customerRole?: CustomerRole | null | undefined;
  /** The person's email address. */
  email: string;
  /** The MSP (global ID), for the platform operator's MSP invitations; MSP admins may omit it (their own MSP). */
  mspId?: string | number | null | undefined;
  /** The role in the MSP; give this or `customerRole`. */
  mspRole?: MspRole | null | undefined;
};

/** What kind of job it is (Comet `JOB_CLASSIFICATION_*`). */
export type JobClassification =
  /** Backup job. */
  | 'BACKUP'
  /** Verify job. */
  | 'DEEPVERIFY'
  /** Delete job. */
  | 'DELETE_CUSTOM'
  /** Import job. */
  | 'IMPORT'
  /** Reindex job. */
  | 'REINDEX'
  /** Measure job. */
  | 'REMEASURE'
  /** Restore job. */
  | 'RESTORE'
  /** Cleanup job. */
  | 'RETENTION'
  /** Uninstall job. */
  | 'UNINSTALL'
  /** Unknown job. */
  | 'UNKNOWN'
  /** Unlock job. */
  | 'UNLOCK'
  /** Update job. */
  | 'UPDATE';

/** What happened to a backup job. */
export type JobEventKind =
  /** A job reached its final state (see `outcome`). */
  | 'ENDED'
  /** No change: sent every SUBSCRIPTION_HEARTBEAT_SECONDS. Its `cursor` is safe to resume from; the fields describing a change are null. */
  | 'HEARTBEAT'
  /** A running job reported progress. */
  | 'PROGRESS'
  /** A job was first seen running. */
  | 'STARTED';

/** The job's Comet status family (`JOB_STATUS_*`), finer than `JobStatus`. */
export type JobOutcome =
  /** Comet status: Abandoned. */
  | 'ABANDONED'
  /** Comet status: Cancelled. */
  | 'CANCELLED'
  /** Comet status: Error. */
  | 'ERROR'
  /** Comet status: Missed. */
  | 'MISSED'
  /** Comet status: Pending. */
  | 'PENDING'
  /** Comet status: Quota exceeded. */
  | 'QUOTA_EXCEEDED'
  /** Comet status: Running (revived). */
  | 'REVIVED'
  /** Comet status: Running. */
  | 'RUNNING'
  /** Comet status: Skipped (already running). */
  | 'SKIPPED'
  /** Comet status: Success. */
  | 'SUCCESS'
  /** Comet status: Timeout. */
  | 'TIMEOUT'
  /** Comet status: Unknown. */
  | 'UNKNOWN'
  /** Comet status: Warning. */
  | 'WARNING';

/** Normalised job status, as the dashboard colours and counts it: revived counts as running; timeout, quota exceeded, cancelled, skipped (already running) and abandoned count as errors. */
export type JobStatus =
  /** Error. */
  | 'ERROR'
  /** Missed. */
  | 'MISSED'
  /** Running. */
  | 'RUNNING'
  /** Success. */
  | 'SUCCESS'
  /** Warning. */
  | 'WARNING';

/** Accounts to assign to one customer of their MSP. */
export type LinkAccountsToCustomerInput = {
  /** Global IDs of the accounts (1 to 500). */
  accountIds: Array<string | number>;
  /** Global ID of the customer. */
  customerId: string | number;
};

/** What a membership is a member of. */
export type MembershipKind =
  /** One customer of an MSP. */
  | 'CUSTOMER'
  /** A whole MSP. */
  | 'MSP'
  /** The platform itself (the operator role). */
  | 'PLATFORM';

/** The role a membership grants (platform, MSP or customer roles in one list). */
export type MembershipRole =
  /** Owner at one customer of an MSP. */
  | 'CUSTOMER_OWNER'
  /** Read-only member of one customer of an MSP. */
  | 'CUSTOMER_VIEWER'
  /** Administers one MSP. */
  | 'MSP_ADMIN'
  /** Works with one MSP's fleet. */
  | 'MSP_OPERATOR'
  /** Operates the whole platform; sees every tenant. */
  | 'PLATFORM_OPERATOR';

/** A person's role in an MSP. */
export type MspRole =
  /** Administers the MSP: its customers, people, API keys and settings. */
  | 'MSP_ADMIN'
  /** Works with the MSP's fleet; cannot manage people or keys. */
  | 'MSP_OPERATOR';

/** What a file restore does with files that already exist at the destination. */
export type OverwritePolicy =
  /** Overwrite every existing file. */
  | 'ALWAYS'
  /** Overwrite a file only when its content differs. */
  | 'IF_DIFFERENT'
  /** Overwrite a file only when the restored one is newer. */
  | 'IF_NEWER'
  /** Keep existing files; restore only the missing ones. */
  | 'NONE';

/** The bulk action to preview: the same fields as `StartBulkDeviceActionInput` without the commitment. */
export type PreviewBulkDeviceActionInput = {
  /** Which devices. */
  filter: BulkDeviceFilterInput;
  /** What to do. Supported kinds: UPDATE_SOFTWARE, UNINSTALL_SOFTWARE, APPLY_RETENTION, REINDEX_VAULT, RUN_BACKUP. */
  kind: DeviceActionKind;
  /** Options the kind needs. */
  options?: BulkActionOptionsInput | null | undefined;
  /** Whether offline devices would be queued (only changes the warnings). */
  queueOffline?: boolean | null | undefined;
};

/** Queue the action when the device is offline: it is sent when the device next connects, or EXPIRED after `expiresInHours`. Without it, an offline device is a DeviceOfflineError. */
export type QueueActionInput = {
  /** Hours to wait for the device (1-336); default 24. */
  expiresInHours?: number | null | undefined;
};

/** Which account to reload from its Comet server. */
export type RefreshAccountProfileInput = {
  /** Global ID of the Comet account. */
  accountId: string | number;
};

/** A Comet server to mirror, and the admin credentials Partner Hub signs in with. */
export type RegisterCometServerInput = {
  /** That admin's password. Stored encrypted and never returned by the API. */
  adminPassword: string;
  /** A Comet admin's username. */
  adminUsername: string;
  /** The server's URL, e.g. `https://backup.example.com/`. One registration per URL. */
  baseUrl: string;
  /** Platform operator only: a shared server whose organizations map to MSPs via `tenantLinks`. */
  isPlatformShared?: boolean | null | undefined;
  /** Global ID of the owning MSP. Platform operator only (it then needs this or `isPlatformShared`); MSP admins always register servers for their own MSP. */
  mspId?: string | number | null | undefined;
  /** Display name (1-120 characters). */
  name: string;
  /** Platform operator only, for shared servers: which MSP owns each Comet organization. */
  tenantLinks?: Array<CometTenantLinkInput> | null | undefined;
};

/** Which device rebuilds the index of which storage vault; name the vault by global ID or by name. */
export type ReindexStorageVaultInput = {
  /** Global ID of the device that does the work. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
  /** Global ID of the storage vault (one of the device's account). */
  storageVaultId?: string | number | null | undefined;
  /** Name (description) of the storage vault, case-insensitive. */
  storageVaultName?: string | null | undefined;
};

/** The server to remove, and its profile name typed again to confirm. */
export type RemoveCometServerInput = {
  /** Must equal the server's `profileName`: removal deletes data and cannot be undone. */
  confirmProfileName: string;
  /** Global ID of the server. */
  id: string | number;
};

/** The membership to remove. */
export type RemoveMembershipInput = {
  /** Global ID of the membership. */
  membershipId: string | number;
};

/** Which account, and optionally the new password. */
export type ResetAccountPasswordInput = {
  /** Global ID of the Comet account. */
  accountId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. A replay returns the same password. */
  idempotencyKey?: string | null | undefined;
  /** The new password (8-128 printable characters). Omitted: a strong 20-character one is generated. */
  newPassword?: string | null | undefined;
};

/** Format of the archive a COMPRESSED_ARCHIVE restore writes. */
export type RestoreArchiveFormat =
  /** SquashFS image. */
  | 'SQFS'
  /** Uncompressed tar. */
  | 'TAR'
  /** Gzip-compressed tar (.tar.gz). */
  | 'TARGZ'
  /** Zstandard-compressed tar (.tar.zst). */
  | 'TARZSTD'
  /** ZIP (opens anywhere; the default). */
  | 'ZIP';

/** The archived customer to restore. */
export type RestoreCustomerInput = {
  /** Global ID of the customer. */
  id: string | number;
};

/** How a restore writes what it reads from the snapshot (which ones an item allows: `restoreMethods`). */
export type RestoreMethod =
  /** Write the selection as one compressed archive into `destinationPath` (Files and Folders only). */
  | 'COMPRESSED_ARCHIVE'
  /** Restore files and folders into `destinationPath` on the device (from Disk Image and Hyper-V items: single files out of the image). */
  | 'RESTORE_FILES'
  /** Read and check the selection without writing anything (Files and Folders only). */
  | 'SIMULATE';

/** Which device to revoke, confirmed by its name. */
export type RevokeDeviceInput = {
  /** The device's name typed back (its friendly name, or its Comet device ID when it has none), to confirm. */
  confirmDeviceName: string;
  /** Global ID of the device. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
};

/** The invitation to revoke. */
export type RevokeInvitationInput = {
  /** Global ID of the invitation. */
  invitationId: string | number;
};

/** What to back up and where. Name the protected item and the storage vault either by global ID or by name (as shown in Comet); exactly one of each. */
export type RunBackupInput = {
  /** Global ID of the device. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Global ID of the protected item (one of the device's). */
  protectedItemId?: string | number | null | undefined;
  /** Name (description) of the protected item, case-insensitive. */
  protectedItemName?: string | null | undefined;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
  /** Global ID of the storage vault (one of the account's). */
  storageVaultId?: string | number | null | undefined;
  /** Name (description) of the storage vault, case-insensitive. */
  storageVaultName?: string | null | undefined;
};

/** What to restore, from where, how and to where (the four steps of the restore wizard). */
export type RunRestoreInput = {
  /** Archive format for COMPRESSED_ARCHIVE (default ZIP); not allowed with other methods. */
  archiveFormat?: RestoreArchiveFormat | null | undefined;
  /** Folder on the device to restore into (see `deviceFilesystem`); required except for SIMULATE. */
  destinationPath?: string | null | undefined;
  /** Global ID of the device that restores (it runs the job). */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** How to restore; must be one of the item's `restoreMethods`. */
  method: RestoreMethod;
  /** What RESTORE_FILES does with existing files; other methods take only NONE. */
  overwrite?: OverwritePolicy | null | undefined;
  /** Paths inside the snapshot to restore (entries' `path` from snapshotObjects, at most 1000); absent or empty: everything. */
  paths?: Array<string> | null | undefined;
  /** Global ID of the protected item (one of the device's). */
  protectedItemId: string | number;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
  /** The snapshot (`VaultSnapshot.id`); absent: the item's latest in the vault. */
  snapshotId?: string | null | undefined;
  /** Global ID of the storage vault to restore from. */
  storageVaultId: string | number;
};

/** What to silence and until when: give exactly one of `until` and `hours`. */
export type SnoozeIncidentInput = {
  /** Global ID of the device. */
  deviceId: string | number;
  /** How many hours to silence it (1-720). */
  hours?: number | null | undefined;
  /** Global ID of one protected item of the device; omit for the whole device. */
  protectedItemId?: string | number | null | undefined;
  /** Why (at most 500 characters), shown to colleagues. */
  reason?: string | null | undefined;
  /** When the incident shows again: in the future, at most 720 hours ahead. */
  until?: string | null | undefined;
};

/** A bulk device action, as previewed with `previewBulkDeviceAction`. */
export type StartBulkDeviceActionInput = {
  /** The preview's `count`. If the filter now matches a different number of devices, nothing is done and the result is a ConflictError naming the new count: preview again. */
  expectedCount: number;
  /** Which devices. */
  filter: BulkDeviceFilterInput;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** What to do. Supported kinds: UPDATE_SOFTWARE, UNINSTALL_SOFTWARE, APPLY_RETENTION, REINDEX_VAULT, RUN_BACKUP. */
  kind: DeviceActionKind;
  /** Options the kind needs. */
  options?: BulkActionOptionsInput | null | undefined;
  /** With queueOffline: hours to wait for each device (1-336); default 24. */
  queueExpiresInHours?: number | null | undefined;
  /** Queue the action for offline devices until they connect (or `queueExpiresInHours` pass). Without it, offline devices get a FAILED action saying so. */
  queueOffline?: boolean | null | undefined;
};

/** State of the live event stream held for one Comet server. */
export type StreamState =
  /** The server rejected the admin credentials; fix them to resume. */
  | 'AUTH_FAILED'
  /** The connection failed; waiting before the next attempt. */
  | 'BACKOFF'
  /** Authenticated and receiving events. */
  | 'CONNECTED'
  /** Opening the WebSocket and authenticating. */
  | 'CONNECTING'
  /** No worker holds the stream (not started, or the server is disabled). */
  | 'DISCONNECTED';

/** Where to act: exactly one of `membershipId` and `mspId`. */
export type SwitchViewerInput = {
  /** Global ID of one of `me.memberships`. */
  membershipId?: string | number | null | undefined;
  /** Global ID of an MSP to act within: through your own membership of it, or, for the platform operator, as that MSP's admin (see `Viewer.actingAsMsp`). */
  mspId?: string | number | null | undefined;
};

/** Lifecycle of a tenant (MSP or customer). */
export type TenantStatus =
  /** In use: listed and reachable as usual. */
  | 'ACTIVE'
  /** No longer served; kept for history and can be restored. */
  | 'ARCHIVED'
  /** Temporarily on hold (e.g. unpaid); its data is kept and still listed. */
  | 'SUSPENDED';

/** The account to delete from its Comet server, confirmed by its username. */
export type TerminateAccountInput = {
  /** Global ID of the Comet account. */
  accountId: string | number;
  /** The account's Comet username, typed back to confirm; anything else deletes nothing. */
  confirmUsername: string;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** With `uninstallDevices`: also remove the client's configuration file (default false). */
  removeConfiguration?: boolean | null | undefined;
  /** Also tell the account's connected devices to uninstall the Comet client (default false). */
  uninstallDevices?: boolean | null | undefined;
};

/** Which device to uninstall the Comet client from, and whether to remove its configuration. */
export type UninstallClientSoftwareInput = {
  /** The device's name typed back (its friendly name, or its Comet device ID when it has none), to confirm. */
  confirmDeviceName: string;
  /** Global ID of the device. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
  /** Also delete the client's configuration file; without it, reinstalling the client restores its sign-in. */
  removeConfiguration: boolean;
};

/** Accounts to take out of their customers (back to unassigned). */
export type UnlinkAccountsInput = {
  /** Global IDs of the accounts (1 to 500). */
  accountIds: Array<string | number>;
};

/** Which device to update. */
export type UpdateClientSoftwareInput = {
  /** Global ID of the device. */
  deviceId: string | number;
  /** Optional key (1-200 characters) making the request safe to retry: the same key and input return the same action without acting again; the same key with another input is an IdempotencyConflictError. */
  idempotencyKey?: string | null | undefined;
  /** Queue it if the device is offline (see QueueActionInput). */
  queue?: QueueActionInput | null | undefined;
};

/** Changes to a Comet server; omitted fields stay as they are. */
export type UpdateCometServerInput = {
  /** New admin password; checked against the server, stored encrypted, never returned. */
  adminPassword?: string | null | undefined;
  /** New admin username; checked against the server. */
  adminUsername?: string | null | undefined;
  /** New URL; the credentials are checked against it. */
  baseUrl?: string | null | undefined;
  /** Global ID of the server. */
  id: string | number;
  /** False stops mirroring the server (its data stays); true resumes it. */
  isEnabled?: boolean | null | undefined;
  /** New display name (1-120 characters). */
  name?: string | null | undefined;
};

/** Changes to a customer; omitted fields stay as they are. */
export type UpdateCustomerInput = {
  /** New external reference; null or empty removes it. Unique within the MSP. */
  externalRef?: string | null | undefined;
  /** Global ID of the customer. */
  id: string | number;
  /** New display name (1-200 characters). */
  name?: string | null | undefined;
  /** New notes; null or empty removes them. */
  notes?: string | null | undefined;
};

/** A membership and its new role. */
export type UpdateMembershipInput = {
  /** Global ID of the membership. */
  membershipId: string | number;
  /** The new role: an MSP role for an MSP membership, a customer role for a customer membership. */
  role: MembershipRole;
};

/** Whether a person can sign in. */
export type UserStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Disabled by an administrator; cannot sign in. */
  | 'DISABLED'
  /** Has not accepted an invitation yet; cannot sign in. */
  | 'INVITED';

/** The kind of caller; decides what the API shows. */
export type ViewerKind =
  /** An integration's API key, scoped to one MSP or one of its customers. */
  | 'API_KEY'
  /** Owner at one customer of an MSP; sees that customer only. */
  | 'CUSTOMER_OWNER'
  /** Read-only member of one customer of an MSP. */
  | 'CUSTOMER_VIEWER'
  /** Administers one MSP: its customers, users and API keys. */
  | 'MSP_ADMIN'
  /** Works with one MSP's fleet; cannot manage users or keys. */
  | 'MSP_OPERATOR'
  /** Operates the whole platform; sees every tenant. */
  | 'PLATFORM_OPERATOR';

export type AccountActionsFragment = { id: string, username: string, isSuspended: boolean, missingSince: string | null };

export type SuspendAccountMutationVariables = Exact<{
  input: AccountSuspensionInput;
}>;


export type SuspendAccountMutation = { suspendAccount:
    | { __typename: 'CometAccount', id: string, isSuspended: boolean }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProfileConflictError', message: string }
   };

export type UnsuspendAccountMutationVariables = Exact<{
  input: AccountSuspensionInput;
}>;


export type UnsuspendAccountMutation = { unsuspendAccount:
    | { __typename: 'CometAccount', id: string, isSuspended: boolean }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProfileConflictError', message: string }
   };

export type AccountDevicesFragment = { id: string, devices: { totalCount: number, edges: Array<{ node: { id: string, friendlyName: string, cometDeviceId: string, os: string, osVersion: string, distribution: string, clientVersion: string, isOnline: boolean, lastSeenAt: string | null } }> } };

export type AccountPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountPageQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount', id: string, username: string, accountName: string, serverName: string, isSuspended: boolean, missingSince: string | null, emails: Array<string>, cometCreatedAt: string | null, lastSyncedAt: string, profileHash: string | null, customer: { id: string, name: string } | null, quotas: { maxDevices: number, maxMicrosoft365Accounts: number, maxHyperVGuests: number, maxVMwareGuests: number, protectedItemQuotaBytes: string, deviceCount: number, microsoft365AccountCount: number, hyperVGuestCount: number, vmwareGuestCount: number }, devices: { totalCount: number, edges: Array<{ node: { id: string, friendlyName: string, cometDeviceId: string, os: string, osVersion: string, distribution: string, clientVersion: string, isOnline: boolean, lastSeenAt: string | null } }> } }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device' }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type ProvisionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvisionChoicesQuery = { provisioningTargets: Array<{ mspId: string, mspName: string, server: { id: string, name: string } }>, customers: { edges: Array<{ node: { id: string, name: string, status: TenantStatus, mspId: string } }> } };

export type CreateCometAccountMutationVariables = Exact<{
  input: CreateCometAccountInput;
}>;


export type CreateCometAccountMutation = { createCometAccount:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateCometAccountPayload', password: string, isGenerated: boolean, account: { id: string, username: string } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProfileConflictError', message: string }
   };

export type ServerTemplatesQueryVariables = Exact<{
  serverId: string | number;
}>;


export type ServerTemplatesQuery = { cometPolicyGroups:
    | { __typename: 'CometPolicyGroupList', policyGroups: Array<{ policyId: string, name: string, isDefault: boolean, preventsStorageVaultChanges: boolean, preventsPasswordChange: boolean }> }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
  , cometStorageProviders:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'CometStorageProviderList', storageProviders: Array<{ storageProviderId: string, name: string }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type CreateRestrictedPolicyGroupMutationVariables = Exact<{
  input: CreateRestrictedPolicyGroupInput;
}>;


export type CreateRestrictedPolicyGroupMutation = { createRestrictedPolicyGroup:
    | { __typename: 'CometPolicyGroup', policyId: string, name: string }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type AccountQuotasCardFragment = { id: string, username: string, profileHash: string | null, missingSince: string | null, quotas: { maxDevices: number, maxMicrosoft365Accounts: number, maxHyperVGuests: number, maxVMwareGuests: number, protectedItemQuotaBytes: string, deviceCount: number, microsoft365AccountCount: number, hyperVGuestCount: number, vmwareGuestCount: number } };

export type RefreshAccountProfileMutationVariables = Exact<{
  input: RefreshAccountProfileInput;
}>;


export type RefreshAccountProfileMutation = { refreshAccountProfile:
    | { __typename: 'CometAccount', id: string, username: string, profileHash: string | null, missingSince: string | null, quotas: { maxDevices: number, maxMicrosoft365Accounts: number, maxHyperVGuests: number, maxVMwareGuests: number, protectedItemQuotaBytes: string, deviceCount: number, microsoft365AccountCount: number, hyperVGuestCount: number, vmwareGuestCount: number } }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ChangeAccountPackageMutationVariables = Exact<{
  input: ChangeAccountPackageInput;
}>;


export type ChangeAccountPackageMutation = { changeAccountPackage:
    | { __typename: 'CometAccount', id: string, username: string, profileHash: string | null, missingSince: string | null, quotas: { maxDevices: number, maxMicrosoft365Accounts: number, maxHyperVGuests: number, maxVMwareGuests: number, protectedItemQuotaBytes: string, deviceCount: number, microsoft365AccountCount: number, hyperVGuestCount: number, vmwareGuestCount: number } }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProfileConflictError', message: string, freshHash: string, current: { maxDevices: number, maxMicrosoft365Accounts: number, maxHyperVGuests: number, maxVMwareGuests: number, protectedItemQuotaBytes: string } }
   };

export type ResetAccountPasswordMutationVariables = Exact<{
  input: ResetAccountPasswordInput;
}>;


export type ResetAccountPasswordMutation = { resetAccountPassword:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ResetAccountPasswordPayload', password: string, advice: string, isGenerated: boolean, account: { id: string } }
   };

export type TerminateAccountMutationVariables = Exact<{
  input: TerminateAccountInput;
}>;


export type TerminateAccountMutation = { terminateAccount:
    | { __typename: 'CometAccount', id: string, missingSince: string | null }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ApiKeysPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApiKeysPageQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, prefix: string, customerId: string | null, capabilities: Array<ApiKeyCapability>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> }, customers: { edges: Array<{ node: { id: string, name: string } }> } };

export type ApiKeysMoreQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApiKeysMoreQuery = { apiKeys: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, prefix: string, customerId: string | null, capabilities: Array<ApiKeyCapability>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type ApiKeyRowFragment = { id: string, name: string, prefix: string, customerId: string | null, capabilities: Array<ApiKeyCapability>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string, prefix: string, customerId: string | null, capabilities: Array<ApiKeyCapability>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, customerId: string | null, capabilities: Array<ApiKeyCapability>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }
    | { __typename: 'NotFoundError', message: string }
   };

export type MspPickerQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MspPickerQuery = { msps: { totalCount: number, edges: Array<{ node: { id: string, name: string, slug: string, status: TenantStatus } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: ViewerKind, email: string | null, mspId: string | null, customerId: string | null, capabilities: Array<ApiKeyCapability>, apiKeyName: string | null, actingAsMsp: { id: string, name: string } | null, memberships: Array<{ id: string, kind: MembershipKind, role: MembershipRole, mspName: string | null, customerName: string | null, isActive: boolean }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, viewer: { kind: ViewerKind, email: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SwitchViewerMutationVariables = Exact<{
  input: SwitchViewerInput;
}>;


export type SwitchViewerMutation = { switchViewer:
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'Viewer', kind: ViewerKind, mspId: string | null, customerId: string | null }
   };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'InvalidInvitationError', message: string }
    | { __typename: 'LoginPayload', expiresAt: string }
   };

export type CustomerAccountRowFragment = { id: string, username: string, accountName: string, serverName: string, deviceCount: number, isSuspended: boolean, missingSince: string | null };

export type ArchiveCustomerMutationVariables = Exact<{
  input: ArchiveCustomerInput;
}>;


export type ArchiveCustomerMutation = { archiveCustomer:
    | { __typename: 'Customer', id: string, status: TenantStatus }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreCustomerMutationVariables = Exact<{
  input: RestoreCustomerInput;
}>;


export type RestoreCustomerMutation = { restoreCustomer:
    | { __typename: 'Customer', id: string, status: TenantStatus }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type UnlinkAccountsMutationVariables = Exact<{
  input: UnlinkAccountsInput;
}>;


export type UnlinkAccountsMutation = { unlinkAccounts:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'LinkAccountsPayload', movedAccounts: number, movedDevices: number }
    | { __typename: 'NotFoundError', message: string }
   };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { customer: { id: string, name: string, externalRef: string | null, notes: string | null, status: TenantStatus, mspName: string, accountCount: number, deviceCount: number, createdAt: string, updatedAt: string } | null, accounts: { totalCount: number, edges: Array<{ node: { id: string, username: string, accountName: string, serverName: string, deviceCount: number, isSuspended: boolean, missingSince: string | null } }> }, users: { edges: Array<{ node: { id: string, name: string, email: string, status: UserStatus, memberships: Array<{ id: string, kind: MembershipKind, role: MembershipRole, customerId: string | null }> } }> }, invitations: { edges: Array<{ node: { id: string, email: string, role: MembershipRole, expiresAt: string, customerId: string | null } }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Customer', id: string, name: string, externalRef: string | null, notes: string | null, status: TenantStatus }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'Customer', id: string, name: string, externalRef: string | null, notes: string | null, status: TenantStatus, updatedAt: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type CustomerInvitationFragment = { id: string, email: string, role: MembershipRole, expiresAt: string, customerId: string | null };

export type RevokeCustomerInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeCustomerInvitationMutation = { revokeInvitation:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Invitation', id: string, status: InvitationStatus }
    | { __typename: 'NotFoundError', message: string }
   };

export type CustomerPersonFragment = { id: string, name: string, email: string, status: UserStatus, memberships: Array<{ id: string, kind: MembershipKind, role: MembershipRole, customerId: string | null }> };

export type UpdateCustomerMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateCustomerMembershipMutation = { updateMembership:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Membership', id: string, role: MembershipRole }
    | { __typename: 'NotFoundError', message: string }
   };

export type RemoveCustomerMembershipMutationVariables = Exact<{
  input: RemoveMembershipInput;
}>;


export type RemoveCustomerMembershipMutation = { removeMembership:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveMembershipPayload', membershipId: string }
   };

export type CustomersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: Array<TenantStatus> | TenantStatus | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, externalRef: string | null, notes: string | null, status: TenantStatus, accountCount: number, deviceCount: number, mspName: string } }> } };

export type InviteCustomerUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteCustomerUserMutation = { inviteUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'Invitation', id: string, email: string, expiresAt: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type UnassignedAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type UnassignedAccountsQuery = { accounts: { totalCount: number, edges: Array<{ node: { id: string, username: string, accountName: string, serverName: string, deviceCount: number, isSuspended: boolean, missingSince: string | null } }> } };

export type LinkAccountsToCustomerMutationVariables = Exact<{
  input: LinkAccountsToCustomerInput;
}>;


export type LinkAccountsToCustomerMutation = { linkAccountsToCustomer:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'LinkAccountsPayload', movedAccounts: number, movedDevices: number, customer: { id: string, accountCount: number, deviceCount: number } | null }
    | { __typename: 'NotFoundError', message: string }
   };

export type DashboardQueryVariables = Exact<{
  customerId?: string | number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { asOf: string, storageBytes: string, deviceStatus24h: Array<{ outcome: JobOutcome | null, count: number }>, devices: { online: number, offline: number, total: number }, protectedItemsByCategory: Array<{ category: EngineCategory, label: string, count: number }>, jobStatus24h: Array<{ status: JobStatus, label: string, count: number }>, series30d: Array<{ day: string, devicesOnline: number, devicesRegistered: number, storageBytes: string }> }, incidents: { totalCount: number, edges: Array<{ node: { id: string, deviceId: string, deviceName: string, accountUsername: string, customerName: string | null, protectedItemId: string | null, protectedItemName: string | null, status: JobStatus, canSnooze: boolean, job: { id: string, outcomeLabel: string, classification: JobClassification, startedAt: string, endedAt: string | null } } }> } };

export type DeviceRowFragment = { id: string, friendlyName: string, cometDeviceId: string, accountUsername: string, customerName: string | null, isOnline: boolean, latestJob24h: { id: string, startedAt: string, endedAt: string | null, outcome: JobOutcome, outcomeLabel: string } | null };

export type DeviceRowDetailsFragment = { id: string, timeline24h: Array<{ id: string, startedAt: string, endedAt: string | null, outcome: JobOutcome, outcomeLabel: string }>, history13d: Array<{ day: string, status: JobStatus | null, jobCount: number }> };

export type IncidentsPanelFragment = { totalCount: number, edges: Array<{ node: { id: string, deviceId: string, deviceName: string, accountUsername: string, customerName: string | null, protectedItemId: string | null, protectedItemName: string | null, status: JobStatus, canSnooze: boolean, job: { id: string, outcomeLabel: string, classification: JobClassification, startedAt: string, endedAt: string | null } } }> };

export type SnoozeIncidentMutationVariables = Exact<{
  input: SnoozeIncidentInput;
}>;


export type SnoozeIncidentMutation = { snoozeIncident:
    | { __typename: 'IncidentSnooze', id: string, snoozedUntil: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type UsageCardsFragment = { asOf: string, storageBytes: string, devices: { online: number, offline: number, total: number }, protectedItemsByCategory: Array<{ category: EngineCategory, label: string, count: number }>, jobStatus24h: Array<{ status: JobStatus, label: string, count: number }>, series30d: Array<{ day: string, devicesOnline: number, devicesRegistered: number, storageBytes: string }> };

export type DashboardJobEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type DashboardJobEventsSubscription = { jobEvents: { kind: JobEventKind, cursor: string, deviceId: string | null, jobId: string | null, outcome: string | null, startedAt: string | null, endedAt: string | null } };

export type DashboardDeviceEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type DashboardDeviceEventsSubscription = { deviceEvents: { kind: DeviceEventKind, cursor: string, deviceId: string | null, customerId: string | null, isOnline: boolean | null, friendlyName: string | null } };

export type DashboardIncidentEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type DashboardIncidentEventsSubscription = { incidentEvents: { kind: IncidentEventKind, cursor: string, isSnoozed: boolean | null } };

export type DashboardDevicesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  customerId?: string | number | null | undefined;
}>;


export type DashboardDevicesPageQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, friendlyName: string, cometDeviceId: string, accountUsername: string, customerName: string | null, isOnline: boolean, latestJob24h: { id: string, startedAt: string, endedAt: string | null, outcome: JobOutcome, outcomeLabel: string } | null } }> } };

export type DashboardDeviceDetailsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DashboardDeviceDetailsQuery = { nodes: Array<
    | { id: string, timeline24h: Array<{ id: string, startedAt: string, endedAt: string | null, outcome: JobOutcome, outcomeLabel: string }>, history13d: Array<{ day: string, status: JobStatus | null, jobCount: number }> }
    | Record<PropertyKey, never>
   | null> };

export type DashboardAddedDeviceQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardAddedDeviceQuery = { node:
    | { id: string, friendlyName: string, cometDeviceId: string, accountUsername: string, customerName: string | null, isOnline: boolean, latestJob24h: { id: string, startedAt: string, endedAt: string | null, outcome: JobOutcome, outcomeLabel: string } | null }
    | Record<PropertyKey, never>
   | null };

export type DeviceJobRowFragment = { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, customerId: string | null, deviceId: string | null, storageVaultName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } };

export type DevicePageQueryVariables = Exact<{
  id: string | number;
  jobsFirst: number;
}>;


export type DevicePageQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device', id: string, friendlyName: string, customerId: string | null, ipAddress: string | null, allowedActions: Array<DeviceActionKind>, cometDeviceId: string, os: string, osVersion: string, distribution: string, arch: string, clientVersion: string, timezone: string, accountId: string, accountUsername: string, customerName: string | null, serverName: string, isOnline: boolean, lastSeenAt: string | null, connectedAt: string | null, registeredAt: string | null, revokedAt: string | null, protectedItems: Array<{ id: string, description: string, engineLabel: string, totalBytes: string, totalFiles: string, lastJobAt: string | null, lastJobOutcome: JobOutcome | null, lastSuccessAt: string | null }>, storageVaults: Array<{ id: string, description: string, typeLabel: string, quotaEnabled: boolean, quotaBytes: string, usedBytes: string }>, jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, customerId: string | null, deviceId: string | null, storageVaultName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } } }> } }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type DeviceSummaryFragment = { id: string, friendlyName: string, os: string, osVersion: string, distribution: string, arch: string, clientVersion: string, timezone: string, accountId: string, accountUsername: string, customerName: string | null, serverName: string, isOnline: boolean, lastSeenAt: string | null, connectedAt: string | null, registeredAt: string | null, revokedAt: string | null, allowedActions: Array<DeviceActionKind>, cometDeviceId: string };

export type ProtectedItemRowFragment = { id: string, description: string, engineLabel: string, totalBytes: string, totalFiles: string, lastJobAt: string | null, lastJobOutcome: JobOutcome | null, lastSuccessAt: string | null };

export type StorageVaultRowFragment = { id: string, description: string, typeLabel: string, quotaEnabled: boolean, quotaBytes: string, usedBytes: string };

export type BulkCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type BulkCustomersQuery = { customers: { edges: Array<{ node: { id: string, name: string } }> } };

export type BulkPreviewFragment = { count: number, onlineCount: number, offlineCount: number, unresolvedCount: number, warnings: Array<string>, sample: Array<{ id: string, friendlyName: string, isOnline: boolean }> };

export type BulkOperationQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkOperationQuery = { node:
    | { id: string, kindLabel: string, status: BulkOperationStatus, total: number, counts: { queued: number, dispatched: number, running: number, succeeded: number, failed: number, expired: number, cancelled: number }, actions: { totalCount: number, edges: Array<{ node: { id: string, status: DeviceActionStatus, errorMessage: string | null, device: { id: string, friendlyName: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type BulkActionEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type BulkActionEventsSubscription = { deviceActionEvents: { kind: DeviceActionEventKind, cursor: string, bulkOperationId: string | null } };

export type PreviewBulkDeviceActionQueryVariables = Exact<{
  input: PreviewBulkDeviceActionInput;
}>;


export type PreviewBulkDeviceActionQuery = { previewBulkDeviceAction:
    | { __typename: 'BulkDeviceActionPreview', count: number, onlineCount: number, offlineCount: number, unresolvedCount: number, warnings: Array<string>, sample: Array<{ id: string, friendlyName: string, isOnline: boolean }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
   };

export type StartBulkDeviceActionMutationVariables = Exact<{
  input: StartBulkDeviceActionInput;
}>;


export type StartBulkDeviceActionMutation = { startBulkDeviceAction:
    | { __typename: 'BulkOperation', id: string, kindLabel: string, total: number }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   };

export type DeviceJobsMoreQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type DeviceJobsMoreQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device', jobs: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, customerId: string | null, deviceId: string | null, storageVaultName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } } }> } }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type DeviceLiveJobQueryVariables = Exact<{
  id: string | number;
}>;


export type DeviceLiveJobQuery = { job: { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, customerId: string | null, deviceId: string | null, storageVaultName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } } | null };

export type ManageDeviceTabFragment = { id: string, protectedItems: Array<{ id: string, description: string, engineLabel: string }>, storageVaults: Array<{ id: string, description: string }> };

export type ManageActionEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  deviceId?: string | number | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type ManageActionEventsSubscription = { deviceActionEvents: { kind: DeviceActionEventKind, cursor: string, deviceActionId: string | null, status: DeviceActionStatus | null } };

export type ManageDeviceEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  deviceId?: string | number | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type ManageDeviceEventsSubscription = { deviceEvents: { kind: DeviceEventKind, cursor: string } };

export type ManageDeviceQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageDeviceQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device', id: string, friendlyName: string, cometDeviceId: string, isOnline: boolean, revokedAt: string | null, allowedActions: Array<DeviceActionKind>, actions: { edges: Array<{ node: { id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null } }> }, protectedItems: Array<{ id: string, description: string, engineLabel: string }>, storageVaults: Array<{ id: string, description: string, typeLabel: string }> }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type ManageVaultsTabFragment = { id: string, storageVaults: Array<{ id: string, description: string, typeLabel: string }> };

export type ManageActionRowFragment = { id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null };

export type ManageRunBackupMutationVariables = Exact<{
  input: RunBackupInput;
}>;


export type ManageRunBackupMutation = { runBackup:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageUpdateSoftwareMutationVariables = Exact<{
  input: UpdateClientSoftwareInput;
}>;


export type ManageUpdateSoftwareMutation = { updateClientSoftware:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageUninstallSoftwareMutationVariables = Exact<{
  input: UninstallClientSoftwareInput;
}>;


export type ManageUninstallSoftwareMutation = { uninstallClientSoftware:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageRevokeDeviceMutationVariables = Exact<{
  input: RevokeDeviceInput;
}>;


export type ManageRevokeDeviceMutation = { revokeDevice:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageApplyRetentionMutationVariables = Exact<{
  input: ApplyRetentionRulesInput;
}>;


export type ManageApplyRetentionMutation = { applyRetentionRules:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageReindexVaultMutationVariables = Exact<{
  input: ReindexStorageVaultInput;
}>;


export type ManageReindexVaultMutation = { reindexStorageVault:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageCancelDeviceActionMutationVariables = Exact<{
  input: CancelDeviceActionInput;
}>;


export type ManageCancelDeviceActionMutation = { cancelDeviceAction:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageCancelJobMutationVariables = Exact<{
  input: CancelJobInput;
}>;


export type ManageCancelJobMutation = { cancelJob:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ManageAbandonJobMutationVariables = Exact<{
  input: AbandonJobInput;
}>;


export type ManageAbandonJobMutation = { abandonJob:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, kind: DeviceActionKind, kindLabel: string, status: DeviceActionStatus, summary: string, isFinal: boolean, createdAt: string, expiresAt: string | null, errorMessage: string | null }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreDeviceFoldersQueryVariables = Exact<{
  deviceId: string | number;
  path?: string | null | undefined;
}>;


export type RestoreDeviceFoldersQuery = { deviceFilesystem:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'DirectoryListing', path: string, entries: Array<{ name: string, path: string, isDirectory: boolean }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreItemOptionFragment = { id: string, description: string, engineLabel: string, restoreMethods: Array<RestoreMethod> };

export type RestoreWizardQueryVariables = Exact<{
  id: string | number;
}>;


export type RestoreWizardQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device', id: string, friendlyName: string, isOnline: boolean, storageVaults: Array<{ id: string, description: string, typeLabel: string, usedBytes: string }>, protectedItems: Array<{ id: string, description: string, engineLabel: string, restoreMethods: Array<RestoreMethod> }> }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type RunRestoreMutationVariables = Exact<{
  input: RunRestoreInput;
}>;


export type RunRestoreMutation = { runRestore:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceAction', id: string, status: DeviceActionStatus, summary: string }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'IdempotencyConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreSnapshotsQueryVariables = Exact<{
  deviceId: string | number;
  vaultId: string | number;
  itemId: string | number;
}>;


export type RestoreSnapshotsQuery = { restoreSnapshots:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'VaultSnapshotList', snapshots: Array<{ id: string, createdAt: string | null }> }
   };

export type RestoreSnapshotObjectsQueryVariables = Exact<{
  deviceId: string | number;
  vaultId: string | number;
  snapshotId: string;
  treeId?: string | null | undefined;
}>;


export type RestoreSnapshotObjectsQuery = { snapshotObjects:
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeviceOfflineError', message: string }
    | { __typename: 'DirectoryListing', path: string, entries: Array<{ name: string, path: string, isDirectory: boolean, size: string, modifiedAt: string | null, subtree: string | null }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type RestoreVaultOptionFragment = { id: string, description: string, typeLabel: string, usedBytes: string };

export type JobDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type JobDetailQuery = { job: { id: string, cometJobId: string, status: JobStatus, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, cometStatus: number, classification: JobClassification, classificationLabel: string, isRunning: boolean, startedAt: string, endedAt: string | null, durationSeconds: number, deviceId: string | null, deviceName: string | null, accountId: string, accountUsername: string, customerId: string | null, customerName: string | null, protectedItemId: string | null, protectedItemName: string | null, engine: string | null, engineLabel: string | null, storageVaultId: string | null, storageVaultName: string | null, totalBytes: string, totalFiles: string, totalDirectories: string, uploadBytes: string, downloadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string, itemsDone: string, itemsTotal: string, lastProgressAt: string | null } } | null };

export type JobDeviceActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type JobDeviceActionsQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device', id: string, allowedActions: Array<DeviceActionKind> }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job' }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null };

export type JobTableRowFragment = { id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { percent: number | null, bytesDone: string } };

export type JobsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  statuses?: Array<JobStatus> | JobStatus | null | undefined;
  classifications?: Array<JobClassification> | JobClassification | null | undefined;
  customerId?: string | number | null | undefined;
  isRunning?: boolean | null | undefined;
  startedAfter?: string | null | undefined;
  startedBefore?: string | null | undefined;
  withCustomers: boolean;
}>;


export type JobsPageQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, deviceId: string | null, deviceName: string | null, accountUsername: string, customerId: string | null, customerName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } } }> }, customers?: { edges: Array<{ node: { id: string, name: string } }> } };

export type JobRowFragment = { status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, deviceId: string | null, deviceName: string | null, accountUsername: string, customerId: string | null, customerName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } };

export type JobEventsLiveSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  customerId?: string | number | null | undefined;
  deviceId?: string | number | null | undefined;
  mspId?: string | number | null | undefined;
}>;


export type JobEventsLiveSubscription = { jobEvents: { cursor: string, kind: JobEventKind, jobId: string | null, deviceId: string | null, customerId: string | null, classification: string | null, outcome: string | null, startedAt: string | null, endedAt: string | null, uploadBytes: string | null, progressCounter: number | null } };

export type JobsLiveRowsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type JobsLiveRowsQuery = { nodes: Array<
    | { __typename: 'ApiKey' }
    | { __typename: 'BulkOperation' }
    | { __typename: 'CometAccount' }
    | { __typename: 'CometServer' }
    | { __typename: 'Customer' }
    | { __typename: 'Device' }
    | { __typename: 'DeviceAction' }
    | { __typename: 'IncidentSnooze' }
    | { __typename: 'Invitation' }
    | { __typename: 'Job', status: JobStatus, classification: JobClassification, endedAt: string | null, totalBytes: string, deviceId: string | null, deviceName: string | null, accountUsername: string, customerId: string | null, customerName: string | null, id: string, statusLabel: string, outcome: JobOutcome, outcomeLabel: string, classificationLabel: string, protectedItemName: string | null, isRunning: boolean, startedAt: string, durationSeconds: number, uploadBytes: string, progress: { counter: number, percent: number | null, bytesDone: string } }
    | { __typename: 'Msp' }
    | { __typename: 'ProtectedItem' }
    | { __typename: 'StorageVault' }
    | { __typename: 'User' }
   | null> };

type MutationErrorFields_CometServerError_Fragment = { message: string };

type MutationErrorFields_ConflictError_Fragment = { message: string };

type MutationErrorFields_DeviceOfflineError_Fragment = { message: string };

type MutationErrorFields_ForbiddenError_Fragment = { message: string };

type MutationErrorFields_IdempotencyConflictError_Fragment = { message: string };

type MutationErrorFields_InvalidInputError_Fragment = { message: string, fieldErrors: Array<{ path: Array<string>, message: string }> };

type MutationErrorFields_InvalidInvitationError_Fragment = { message: string };

type MutationErrorFields_NotFoundError_Fragment = { message: string };

type MutationErrorFields_ProfileConflictError_Fragment = { message: string };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_CometServerError_Fragment
  | MutationErrorFields_ConflictError_Fragment
  | MutationErrorFields_DeviceOfflineError_Fragment
  | MutationErrorFields_ForbiddenError_Fragment
  | MutationErrorFields_IdempotencyConflictError_Fragment
  | MutationErrorFields_InvalidInputError_Fragment
  | MutationErrorFields_InvalidInvitationError_Fragment
  | MutationErrorFields_NotFoundError_Fragment
  | MutationErrorFields_ProfileConflictError_Fragment
;

export type RemoveCometServerMutationVariables = Exact<{
  input: RemoveCometServerInput;
}>;


export type RemoveCometServerMutation = { removeCometServer:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveCometServerPayload', id: string, profileName: string, removedAccounts: number, removedDevices: number }
   };

export type RegisterCometServerMutationVariables = Exact<{
  input: RegisterCometServerInput;
}>;


export type RegisterCometServerMutation = { registerCometServer:
    | { __typename: 'CometServer', id: string, name: string, profileName: string, baseUrl: string, isEnabled: boolean, isPlatformShared: boolean, streamState: StreamState, streamConnectedAt: string | null, lastStreamError: string | null, lastEventAt: string | null, lastHeartbeatAt: string | null, reconnectCount: number, lastReconcileAt: string | null, lastReconcileStats: unknown, serverVersion: string | null }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type UpdateCometServerMutationVariables = Exact<{
  input: UpdateCometServerInput;
}>;


export type UpdateCometServerMutation = { updateCometServer:
    | { __typename: 'CometServer', id: string, name: string, profileName: string, baseUrl: string, isEnabled: boolean, isPlatformShared: boolean, streamState: StreamState, streamConnectedAt: string | null, lastStreamError: string | null, lastEventAt: string | null, lastHeartbeatAt: string | null, reconnectCount: number, lastReconcileAt: string | null, lastReconcileStats: unknown, serverVersion: string | null }
    | { __typename: 'CometServerError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidInputError', message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'NotFoundError', message: string }
   };

export type ServersPageQueryVariables = Exact<{
  isPlatform: boolean;
}>;


export type ServersPageQuery = { cometServers: Array<{ id: string, name: string, profileName: string, baseUrl: string, isEnabled: boolean, isPlatformShared: boolean, streamState: StreamState, streamConnectedAt: string | null, lastStreamError: string | null, lastEventAt: string | null, lastHeartbeatAt: string | null, reconnectCount: number, lastReconcileAt: string | null, lastReconcileStats: unknown, serverVersion: string | null }>, msps?: { edges: Array<{ node: { id: string, name: string } }> } };

export type ServerRowFragment = { id: string, name: string, profileName: string, baseUrl: string, isEnabled: boolean, isPlatformShared: boolean, streamState: StreamState, streamConnectedAt: string | null, lastStreamError: string | null, lastEventAt: string | null, lastHeartbeatAt: string | null, reconnectCount: number, lastReconcileAt: string | null, lastReconcileStats: unknown, serverVersion: string | null };

export const AccountActionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountActions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]} as unknown as DocumentNode<AccountActionsFragment, unknown>;
export const AccountDevicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDevices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"clientVersion"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountDevicesFragment, unknown>;
export const AccountQuotasCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountQuotasCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"profileHash"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDevices"}},{"kind":"Field","name":{"kind":"Name","value":"maxMicrosoft365Accounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxHyperVGuests"}},{"kind":"Field","name":{"kind":"Name","value":"maxVMwareGuests"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemQuotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"microsoft365AccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"hyperVGuestCount"}},{"kind":"Field","name":{"kind":"Name","value":"vmwareGuestCount"}}]}}]}}]} as unknown as DocumentNode<AccountQuotasCardFragment, unknown>;
export const ApiKeyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const CustomerAccountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]} as unknown as DocumentNode<CustomerAccountRowFragment, unknown>;
export const CustomerInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]} as unknown as DocumentNode<CustomerInvitationFragment, unknown>;
export const CustomerPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]} as unknown as DocumentNode<CustomerPersonFragment, unknown>;
export const DeviceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"latestJob24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}}]}}]} as unknown as DocumentNode<DeviceRowFragment, unknown>;
export const DeviceRowDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceRowDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history13d"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobCount"}}]}}]}}]} as unknown as DocumentNode<DeviceRowDetailsFragment, unknown>;
export const IncidentsPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemId"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canSnooze"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsPanelFragment, unknown>;
export const UsageCardsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageCards"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"storageBytes"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobStatus24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series30d"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"devicesOnline"}},{"kind":"Field","name":{"kind":"Name","value":"devicesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"storageBytes"}}]}}]}}]} as unknown as DocumentNode<UsageCardsFragment, unknown>;
export const JobTableRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}}]} as unknown as DocumentNode<JobTableRowFragment, unknown>;
export const DeviceJobRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceJobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}}]} as unknown as DocumentNode<DeviceJobRowFragment, unknown>;
export const DeviceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"clientVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}}]}}]} as unknown as DocumentNode<DeviceSummaryFragment, unknown>;
export const ProtectedItemRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectedItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalFiles"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}}]}}]} as unknown as DocumentNode<ProtectedItemRowFragment, unknown>;
export const StorageVaultRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StorageVaultRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageVault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"quotaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"quotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}}]} as unknown as DocumentNode<StorageVaultRowFragment, unknown>;
export const BulkPreviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkPreview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkDeviceActionPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"offlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]} as unknown as DocumentNode<BulkPreviewFragment, unknown>;
export const ManageDeviceTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageDeviceTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ManageDeviceTabFragment, unknown>;
export const ManageVaultsTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageVaultsTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode<ManageVaultsTabFragment, unknown>;
export const ManageActionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<ManageActionRowFragment, unknown>;
export const RestoreItemOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestoreItemOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"restoreMethods"}}]}}]} as unknown as DocumentNode<RestoreItemOptionFragment, unknown>;
export const RestoreVaultOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestoreVaultOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageVault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}}]} as unknown as DocumentNode<RestoreVaultOptionFragment, unknown>;
export const JobRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}}]} as unknown as DocumentNode<JobRowFragment, unknown>;
export const MutationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MutationErrorFieldsFragment, unknown>;
export const ServerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profileName"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformShared"}},{"kind":"Field","name":{"kind":"Name","value":"streamState"}},{"kind":"Field","name":{"kind":"Name","value":"streamConnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStreamError"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileStats"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}}]}}]} as unknown as DocumentNode<ServerRowFragment, unknown>;
export const SuspendAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSuspensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendAccountMutation, SuspendAccountMutationVariables>;
export const UnsuspendAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsuspendAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSuspensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsuspendAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnsuspendAccountMutation, UnsuspendAccountMutationVariables>;
export const AccountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"cometCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountQuotasCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDevices"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountActions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountQuotasCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"profileHash"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDevices"}},{"kind":"Field","name":{"kind":"Name","value":"maxMicrosoft365Accounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxHyperVGuests"}},{"kind":"Field","name":{"kind":"Name","value":"maxVMwareGuests"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemQuotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"microsoft365AccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"hyperVGuestCount"}},{"kind":"Field","name":{"kind":"Name","value":"vmwareGuestCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDevices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"clientVersion"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const ProvisionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisioningTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mspId"}},{"kind":"Field","name":{"kind":"Name","value":"mspName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mspId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionChoicesQuery, ProvisionChoicesQueryVariables>;
export const CreateCometAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCometAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCometAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCometAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCometAccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"isGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCometAccountMutation, CreateCometAccountMutationVariables>;
export const ServerTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cometPolicyGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometPolicyGroupList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"preventsStorageVaultChanges"}},{"kind":"Field","name":{"kind":"Name","value":"preventsPasswordChange"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cometStorageProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometStorageProviderList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storageProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storageProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ServerTemplatesQuery, ServerTemplatesQueryVariables>;
export const CreateRestrictedPolicyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRestrictedPolicyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRestrictedPolicyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestrictedPolicyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometPolicyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRestrictedPolicyGroupMutation, CreateRestrictedPolicyGroupMutationVariables>;
export const RefreshAccountProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAccountProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAccountProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAccountProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountQuotasCard"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountQuotasCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"profileHash"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDevices"}},{"kind":"Field","name":{"kind":"Name","value":"maxMicrosoft365Accounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxHyperVGuests"}},{"kind":"Field","name":{"kind":"Name","value":"maxVMwareGuests"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemQuotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"microsoft365AccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"hyperVGuestCount"}},{"kind":"Field","name":{"kind":"Name","value":"vmwareGuestCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshAccountProfileMutation, RefreshAccountProfileMutationVariables>;
export const ChangeAccountPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccountPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAccountPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAccountPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountQuotasCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","alias":{"kind":"Name","value":"freshHash"},"name":{"kind":"Name","value":"profileHash"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDevices"}},{"kind":"Field","name":{"kind":"Name","value":"maxMicrosoft365Accounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxHyperVGuests"}},{"kind":"Field","name":{"kind":"Name","value":"maxVMwareGuests"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemQuotaBytes"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountQuotasCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"profileHash"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxDevices"}},{"kind":"Field","name":{"kind":"Name","value":"maxMicrosoft365Accounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxHyperVGuests"}},{"kind":"Field","name":{"kind":"Name","value":"maxVMwareGuests"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemQuotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"microsoft365AccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"hyperVGuestCount"}},{"kind":"Field","name":{"kind":"Name","value":"vmwareGuestCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeAccountPackageMutation, ChangeAccountPackageMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetAccountPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResetAccountPasswordPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"isGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const TerminateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TerminateAccountMutation, TerminateAccountMutationVariables>;
export const ApiKeysPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysPageQuery, ApiKeysPageQueryVariables>;
export const ApiKeysMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysMoreQuery, ApiKeysMoreQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MspPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MspPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"msps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MspPickerQuery, MspPickerQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mspId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyName"}},{"kind":"Field","name":{"kind":"Name","value":"actingAsMsp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mspName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SwitchViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchViewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchViewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchViewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mspId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SwitchViewerMutation, SwitchViewerMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ArchiveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCustomerMutation, ArchiveCustomerMutationVariables>;
export const RestoreCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreCustomerMutation, RestoreCustomerMutationVariables>;
export const UnlinkAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkAccountsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"movedDevices"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkAccountsMutation, UnlinkAccountsMutationVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mspName"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAccountRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerPerson"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerInvitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const RevokeCustomerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCustomerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCustomerInvitationMutation, RevokeCustomerInvitationMutationVariables>;
export const UpdateCustomerMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMembershipMutation, UpdateCustomerMembershipMutationVariables>;
export const RemoveCustomerMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomerMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMembershipPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCustomerMembershipMutation, RemoveCustomerMembershipMutationVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"mspName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const InviteCustomerUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCustomerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InviteCustomerUserMutation, InviteCustomerUserMutationVariables>;
export const UnassignedAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnassignedAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"isUnassigned"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerAccountRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerAccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"missingSince"}}]}}]} as unknown as DocumentNode<UnassignedAccountsQuery, UnassignedAccountsQueryVariables>;
export const LinkAccountsToCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkAccountsToCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkAccountsToCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkAccountsToCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkAccountsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"movedDevices"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"deviceCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LinkAccountsToCustomerMutation, LinkAccountsToCustomerMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageCards"}},{"kind":"Field","name":{"kind":"Name","value":"deviceStatus24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentsPanel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageCards"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"storageBytes"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobStatus24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series30d"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"devicesOnline"}},{"kind":"Field","name":{"kind":"Name","value":"devicesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"storageBytes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemId"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canSnooze"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const SnoozeIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SnoozeIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentSnooze"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SnoozeIncidentMutation, SnoozeIncidentMutationVariables>;
export const DashboardJobEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardJobEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<DashboardJobEventsSubscription, DashboardJobEventsSubscriptionVariables>;
export const DashboardDeviceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardDeviceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<DashboardDeviceEventsSubscription, DashboardDeviceEventsSubscriptionVariables>;
export const DashboardIncidentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardIncidentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"isSnoozed"}}]}}]}}]} as unknown as DocumentNode<DashboardIncidentEventsSubscription, DashboardIncidentEventsSubscriptionVariables>;
export const DashboardDevicesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDevicesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"latestJob24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}}]}}]} as unknown as DocumentNode<DashboardDevicesPageQuery, DashboardDevicesPageQueryVariables>;
export const DashboardDeviceDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDeviceDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceRowDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceRowDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history13d"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobCount"}}]}}]}}]} as unknown as DocumentNode<DashboardDeviceDetailsQuery, DashboardDeviceDetailsQueryVariables>;
export const DashboardAddedDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAddedDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"latestJob24h"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}}]}}]} as unknown as DocumentNode<DashboardAddedDeviceQuery, DashboardAddedDeviceQueryVariables>;
export const DevicePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevicePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectedItemRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StorageVaultRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceJobRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"clientVersion"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectedItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalFiles"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StorageVaultRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageVault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"quotaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"quotaBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceJobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}}]} as unknown as DocumentNode<DevicePageQuery, DevicePageQueryVariables>;
export const BulkCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkCustomersQuery, BulkCustomersQueryVariables>;
export const BulkOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkOperationQuery, BulkOperationQueryVariables>;
export const BulkActionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BulkActionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceActionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"bulkOperationId"}}]}}]}}]} as unknown as DocumentNode<BulkActionEventsSubscription, BulkActionEventsSubscriptionVariables>;
export const PreviewBulkDeviceActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkDeviceAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewBulkDeviceActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkDeviceAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkPreview"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkPreview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkDeviceActionPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"offlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]} as unknown as DocumentNode<PreviewBulkDeviceActionQuery, PreviewBulkDeviceActionQueryVariables>;
export const StartBulkDeviceActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkDeviceAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBulkDeviceActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkDeviceAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartBulkDeviceActionMutation, StartBulkDeviceActionMutationVariables>;
export const DeviceJobsMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceJobsMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceJobRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceJobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}}]} as unknown as DocumentNode<DeviceJobsMoreQuery, DeviceJobsMoreQueryVariables>;
export const DeviceLiveJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceLiveJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeviceJobRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeviceJobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}}]} as unknown as DocumentNode<DeviceLiveJobQuery, DeviceLiveJobQueryVariables>;
export const ManageActionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ManageActionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceActionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"deviceActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ManageActionEventsSubscription, ManageActionEventsSubscriptionVariables>;
export const ManageDeviceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ManageDeviceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<ManageDeviceEventsSubscription, ManageDeviceEventsSubscriptionVariables>;
export const ManageDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"cometDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageDeviceTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageVaultsTab"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageDeviceTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageVaultsTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]} as unknown as DocumentNode<ManageDeviceQuery, ManageDeviceQueryVariables>;
export const ManageRunBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageRunBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBackupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageRunBackupMutation, ManageRunBackupMutationVariables>;
export const ManageUpdateSoftwareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageUpdateSoftware"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientSoftwareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientSoftware"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageUpdateSoftwareMutation, ManageUpdateSoftwareMutationVariables>;
export const ManageUninstallSoftwareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageUninstallSoftware"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UninstallClientSoftwareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninstallClientSoftware"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageUninstallSoftwareMutation, ManageUninstallSoftwareMutationVariables>;
export const ManageRevokeDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageRevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageRevokeDeviceMutation, ManageRevokeDeviceMutationVariables>;
export const ManageApplyRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageApplyRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyRetentionRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyRetentionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageApplyRetentionMutation, ManageApplyRetentionMutationVariables>;
export const ManageReindexVaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageReindexVault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReindexStorageVaultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reindexStorageVault"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageReindexVaultMutation, ManageReindexVaultMutationVariables>;
export const ManageCancelDeviceActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageCancelDeviceAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelDeviceActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDeviceAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageCancelDeviceActionMutation, ManageCancelDeviceActionMutationVariables>;
export const ManageCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageCancelJobMutation, ManageCancelJobMutationVariables>;
export const ManageAbandonJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManageAbandonJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbandonJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManageActionRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManageActionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ManageAbandonJobMutation, ManageAbandonJobMutationVariables>;
export const RestoreDeviceFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreDeviceFolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFilesystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"isDirectory"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreDeviceFoldersQuery, RestoreDeviceFoldersQueryVariables>;
export const RestoreWizardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreWizard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestoreVaultOption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestoreItemOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestoreVaultOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageVault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestoreItemOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"restoreMethods"}}]}}]} as unknown as DocumentNode<RestoreWizardQuery, RestoreWizardQueryVariables>;
export const RunRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunRestoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRestore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunRestoreMutation, RunRestoreMutationVariables>;
export const RestoreSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storageVaultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"protectedItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VaultSnapshotList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreSnapshotsQuery, RestoreSnapshotsQueryVariables>;
export const RestoreSnapshotObjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreSnapshotObjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snapshotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotObjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"storageVaultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"snapshotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snapshotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"treeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"isDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtree"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreSnapshotObjectsQuery, RestoreSnapshotObjectsQueryVariables>;
export const JobDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cometJobId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cometStatus"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemId"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"engineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultId"}},{"kind":"Field","name":{"kind":"Name","value":"storageVaultName"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalFiles"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectories"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastProgressAt"}}]}}]}}]}}]} as unknown as DocumentNode<JobDetailQuery, JobDetailQueryVariables>;
export const JobDeviceActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDeviceActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<JobDeviceActionsQuery, JobDeviceActionsQueryVariables>;
export const JobsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classifications"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobClassification"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isRunning"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCustomers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"classifications"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classifications"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isRunning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isRunning"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCustomers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}}]} as unknown as DocumentNode<JobsPageQuery, JobsPageQueryVariables>;
export const JobEventsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobEventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mspId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mspId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progressCounter"}}]}}]}}]} as unknown as DocumentNode<JobEventsLiveSubscription, JobEventsLiveSubscriptionVariables>;
export const JobsLiveRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsLiveRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"classificationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"protectedItemName"}},{"kind":"Field","name":{"kind":"Name","value":"isRunning"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"uploadBytes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"bytesDone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTableRow"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceName"}},{"kind":"Field","name":{"kind":"Name","value":"accountUsername"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"}}]}}]}}]} as unknown as DocumentNode<JobsLiveRowsQuery, JobsLiveRowsQueryVariables>;
export const RemoveCometServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCometServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCometServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCometServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCometServerPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileName"}},{"kind":"Field","name":{"kind":"Name","value":"removedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"removedDevices"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCometServerMutation, RemoveCometServerMutationVariables>;
export const RegisterCometServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCometServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCometServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCometServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServerRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profileName"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformShared"}},{"kind":"Field","name":{"kind":"Name","value":"streamState"}},{"kind":"Field","name":{"kind":"Name","value":"streamConnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStreamError"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileStats"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCometServerMutation, RegisterCometServerMutationVariables>;
export const UpdateCometServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCometServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCometServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCometServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServerRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profileName"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformShared"}},{"kind":"Field","name":{"kind":"Name","value":"streamState"}},{"kind":"Field","name":{"kind":"Name","value":"streamConnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStreamError"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileStats"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCometServerMutation, UpdateCometServerMutationVariables>;
export const ServersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPlatform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cometServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServerRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"msps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPlatform"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CometServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profileName"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformShared"}},{"kind":"Field","name":{"kind":"Name","value":"streamState"}},{"kind":"Field","name":{"kind":"Name","value":"streamConnectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStreamError"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReconcileStats"}},{"kind":"Field","name":{"kind":"Name","value":"serverVersion"}}]}}]} as unknown as DocumentNode<ServersPageQuery, ServersPageQueryVariables>;