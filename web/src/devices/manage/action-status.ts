import type { DeviceActionKind, DeviceActionStatus } from "../../gql/graphql.js";
import type { StatusTone } from "../../lib/status.js";

/**
 * Device-action statuses in words and in the job palette of lib/status.ts: running (and sent)
 * sky-500, succeeded green-400, failed red-500, expired and cancelled gray-400 (nothing ran);
 * queued waits for the device, so it reads as a warning (amber-500) until it is sent.
 */

export const actionStatusLabels: Record<DeviceActionStatus, string> = {
  QUEUED: "Queued",
  DISPATCHED: "Sent",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
};

const toneByStatus: Record<DeviceActionStatus, StatusTone> = {
  QUEUED: "warning",
  DISPATCHED: "running",
  RUNNING: "running",
  SUCCEEDED: "success",
  FAILED: "error",
  EXPIRED: "missed",
  CANCELLED: "missed",
};

export function actionTone(status: DeviceActionStatus): StatusTone {
  return toneByStatus[status];
}

/** The toast title once the API accepted an action, by kind ("Backup started on Laptop-7"). */
export const startedTitle: Record<DeviceActionKind, (device: string) => string> = {
  RUN_BACKUP: (d) => `Backup started on ${d}`,
  RESTORE: (d) => `Restore started on ${d}`,
  UPDATE_SOFTWARE: (d) => `Client update started on ${d}`,
  UNINSTALL_SOFTWARE: (d) => `Uninstall sent to ${d}`,
  REVOKE_DEVICE: (d) => `${d} revoked`,
  APPLY_RETENTION: (d) => `Retention rules applying on ${d}`,
  REINDEX_VAULT: (d) => `Reindex started on ${d}`,
  CANCEL_JOB: (d) => `Cancel sent to ${d}`,
  ABANDON_JOB: () => "Job marked abandoned",
};

/** Offline devices get these queue lifetimes to choose from (the API allows 1-336 hours). */
export const queueChoices = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "24 hours" },
  { hours: 168, label: "7 days" },
] as const;

export const defaultQueueHours = 24;
