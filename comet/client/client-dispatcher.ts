import {
  DispatcherStoredObjectsResponseModel,
  DispatcherVaultSnapshotsResponseModel,
  DispatchWithJobIDResponseModel,
  LiveConnectionMapModel,
  type LiveUserConnection,
  type StoredObject,
  type VaultSnapshot,
} from "./models.js";
import { CometTransport } from "./transport.js";

/**
 * Live-connected device commands (comet-api.md §7.2). Every `targetId` is the live-connection GUID, i.e. a key
 * of `listActive()`, never a device ID. Calls on an offline/unknown target fail with CometApiError (often 403).
 */

const D = "api/v1/admin/dispatcher";

export interface DispatchResult {
  /** Only filled when the device runs Comet >= 25.9.6. */
  jobId?: string;
}

export interface RestoreRequest {
  /** Local destination path on the device. */
  path: string;
  source: string;
  destination: string;
  snapshot?: string;
  paths?: string[];
}

/**
 * RestoreJobAdvancedOptions (comet-api.md §8), the fields the hub sets. FILE (0), FILE_ARCHIVE (5),
 * VMDK_FILE (7) and VMDK_FILE_ARCHIVE (9) need `DestPath` unless `DestIsOriginalLocation` (then it must be "");
 * Disk Image / Hyper-V items restore files with 7/8/9, Files and Folders items with 0/1/5.
 */
export interface RestoreJobAdvancedOptions {
  /** A RESTORE_TYPE. */
  Type: number;
  DestPath?: string;
  DestIsOriginalLocation?: boolean;
  OverwriteExistingFiles?: boolean;
  /** Needs OverwriteExistingFiles. */
  OverwriteIfNewer?: boolean;
  /** Needs OverwriteExistingFiles. */
  OverwriteIfDifferentContent?: boolean;
  OverwriteForcePermissions?: boolean;
  /** A RESTORE_ARCHIVE_FORMAT, for FILE_ARCHIVE / VMDK_FILE_ARCHIVE. */
  ArchiveFormat?: number;
  SkipUnreadableChunks?: boolean;
  [field: string]: unknown;
}

export interface RestoreCustomRequest {
  source: string;
  destination: string;
  options: RestoreJobAdvancedOptions;
  snapshot?: string;
  /** Absent = restore everything. */
  paths?: string[];
  knownFileCount?: number;
  knownByteCount?: number;
  knownDirCount?: number;
}

const jobIdOf = (r: { JobID: string }): DispatchResult => (r.JobID ? { jobId: r.JobID } : {});

export class CometDispatcherClient extends CometTransport {
  /** Live connections keyed by TargetID. */
  async listActive(usernameFilter?: string): Promise<Record<string, LiveUserConnection>> {
    return this.call(`${D}/list-active`, { UserNameFilter: usernameFilter }, LiveConnectionMapModel);
  }

  /** Comet's JS/PHP SDKs default SelfAddress to the base URL; so do we. */
  async updateSoftware(targetId: string, selfAddress: string = this.baseUrl): Promise<void> {
    await this.callOk(`${D}/update-software`, { TargetID: targetId, SelfAddress: selfAddress });
  }

  async uninstallSoftware(targetId: string, removeConfigFile: boolean): Promise<void> {
    await this.callOk(`${D}/uninstall-software`, { TargetID: targetId, RemoveConfigFile: removeConfigFile });
  }

  async runBackup(targetId: string, backupRuleId: string): Promise<DispatchResult> {
    const r = await this.call(
      `${D}/run-backup`,
      { TargetID: targetId, BackupRule: backupRuleId },
      DispatchWithJobIDResponseModel,
    );
    return jobIdOf(r);
  }

  async runBackupCustom(
    targetId: string,
    sourceId: string,
    destinationId: string,
    options?: Record<string, unknown>,
  ): Promise<DispatchResult> {
    const params = { TargetID: targetId, Source: sourceId, Destination: destinationId, Options: options };
    return jobIdOf(await this.call(`${D}/run-backup-custom`, params, DispatchWithJobIDResponseModel));
  }

  async runRestore(targetId: string, req: RestoreRequest): Promise<DispatchResult> {
    const params = {
      TargetID: targetId,
      Path: req.path,
      Source: req.source,
      Destination: req.destination,
      Snapshot: req.snapshot,
      Paths: req.paths,
    };
    return jobIdOf(await this.call(`${D}/run-restore`, params, DispatchWithJobIDResponseModel));
  }

  async runRestoreCustom(targetId: string, req: RestoreCustomRequest): Promise<DispatchResult> {
    const params = {
      TargetID: targetId,
      Source: req.source,
      Destination: req.destination,
      Options: req.options,
      Snapshot: req.snapshot,
      Paths: req.paths,
      KnownFileCount: req.knownFileCount,
      KnownByteCount: req.knownByteCount,
      KnownDirCount: req.knownDirCount,
    };
    return jobIdOf(await this.call(`${D}/run-restore-custom`, params, DispatchWithJobIDResponseModel));
  }

  async applyRetentionRules(targetId: string, destinationId: string): Promise<void> {
    await this.callOk(`${D}/apply-retention-rules`, { TargetID: targetId, Destination: destinationId });
  }

  async reindexStorageVault(targetId: string, destinationId: string): Promise<void> {
    await this.callOk(`${D}/reindex-storage-vault`, { TargetID: targetId, Destination: destinationId });
  }

  async deepverifyStorageVault(targetId: string, destinationId: string): Promise<void> {
    await this.callOk(`${D}/deepverify-storage-vault`, { TargetID: targetId, Destination: destinationId });
  }

  async unlockStorageVault(targetId: string, destinationId: string, allowUnsafe?: boolean): Promise<void> {
    const params = { TargetID: targetId, Destination: destinationId, AllowUnsafe: allowUnsafe };
    await this.callOk(`${D}/unlock`, params);
  }

  /** All snapshots in the vault; filter by `Source` (the Protected Item) yourself. */
  async requestVaultSnapshots(targetId: string, destinationId: string): Promise<VaultSnapshot[]> {
    const params = { TargetID: targetId, Destination: destinationId };
    const r = await this.call(`${D}/request-vault-snapshots`, params, DispatcherVaultSnapshotsResponseModel);
    return r.Snapshots;
  }

  /** Browse a snapshot; `treeId` is a directory's `subtree` value, absent = root. May be slow (device loads the index). */
  async requestStoredObjects(
    targetId: string,
    destinationId: string,
    snapshotId: string,
    treeId?: string,
  ): Promise<StoredObject[]> {
    const params = { TargetID: targetId, Destination: destinationId, SnapshotID: snapshotId, TreeID: treeId };
    const r = await this.call(`${D}/request-stored-objects`, params, DispatcherStoredObjectsResponseModel);
    return r.StoredObjects;
  }

  /** The device's own filesystem; absent/empty path = top-level paths. */
  async requestFilesystemObjects(targetId: string, path?: string): Promise<StoredObject[]> {
    const params = { TargetID: targetId, Path: path };
    const r = await this.call(`${D}/request-filesystem-objects`, params, DispatcherStoredObjectsResponseModel);
    return r.StoredObjects;
  }

  /** The device reconnects by itself afterwards. */
  async dropConnection(targetId: string): Promise<void> {
    await this.callOk(`${D}/drop-connection`, { TargetID: targetId });
  }

  async refetchProfile(targetId: string): Promise<void> {
    await this.callOk(`${D}/refetch-profile`, { TargetID: targetId });
  }
}
