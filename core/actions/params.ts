import type { RestoreJobAdvancedOptions } from "../../comet/client/index.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";

/**
 * What a DeviceAction row keeps in `params`, per kind: the request resolved to Comet ids plus
 * the names people chose them by (for history after an item or vault is renamed or removed).
 */
export interface ActionParams extends Record<DeviceActionKind, object> {
  RUN_BACKUP: { sourceId: string; sourceName: string; destinationId: string; destinationName: string };
  RESTORE: {
    sourceId: string;
    sourceName: string;
    destinationId: string;
    destinationName: string;
    /** Absent: the latest snapshot of the item in the vault. */
    snapshotId?: string;
    /** RestoreJobAdvancedOptions as sent to Comet (Type, DestPath, overwrite flags, ArchiveFormat). */
    options: RestoreJobAdvancedOptions;
    /** Selected paths inside the snapshot; absent or empty: everything. */
    paths?: string[];
  };
  UPDATE_SOFTWARE: Record<string, never>;
  UNINSTALL_SOFTWARE: { removeConfig: boolean };
  REVOKE_DEVICE: Record<string, never>;
  APPLY_RETENTION: { destinationId: string; destinationName: string };
  REINDEX_VAULT: { destinationId: string; destinationName: string };
  CANCEL_JOB: { cometJobId: string; jobId: string };
  ABANDON_JOB: { cometJobId: string; jobId: string };
}
