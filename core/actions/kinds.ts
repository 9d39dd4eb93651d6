import type { DeviceActionKind, DeviceActionStatus, JobClassification } from "../../prisma/generated/prisma/enums.js";

/**
 * What each device action needs and produces. `live`: the Comet call goes through the dispatcher,
 * so the device must hold a live connection (TargetID). `queueable`: an offline device may get it
 * queued until it connects. `job`: the classification of the job the device starts for it; the
 * action follows that job to its end (null: the action is done when Comet accepts it).
 */
export interface ActionKindInfo {
  label: string;
  live: boolean;
  queueable: boolean;
  job: JobClassification | null;
}

export const actionKinds: Record<DeviceActionKind, ActionKindInfo> = {
  RUN_BACKUP: { label: "Run backup", live: true, queueable: true, job: "BACKUP" },
  RESTORE: { label: "Restore", live: true, queueable: true, job: "RESTORE" },
  UPDATE_SOFTWARE: { label: "Update client software", live: true, queueable: true, job: "UPDATE" },
  // The device removes itself: there is no job to follow.
  UNINSTALL_SOFTWARE: { label: "Uninstall client software", live: true, queueable: true, job: null },
  // AdminRevokeDevice works on the profile and handles live connections itself.
  REVOKE_DEVICE: { label: "Revoke device", live: false, queueable: false, job: null },
  APPLY_RETENTION: { label: "Apply retention rules", live: true, queueable: true, job: "RETENTION" },
  REINDEX_VAULT: { label: "Reindex storage vault", live: true, queueable: true, job: "REINDEX" },
  // job/cancel needs the device online, but a cancel that waits for a reconnect makes no sense.
  CANCEL_JOB: { label: "Cancel job", live: true, queueable: false, job: null },
  // job/abandon never contacts the device (Comet >= 23.9.2).
  ABANDON_JOB: { label: "Abandon job", live: false, queueable: false, job: null },
};

export const finalStatuses: readonly DeviceActionStatus[] = ["SUCCEEDED", "FAILED", "EXPIRED", "CANCELLED"];

export const isFinal = (status: DeviceActionStatus) => finalStatuses.includes(status);

/** How long a queued action waits for its device by default, and at most. */
export const defaultQueueHours = 24;
export const maxQueueHours = 24 * 14;
