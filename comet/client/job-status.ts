import { JOB_CLASSIFICATION, JOB_STATUS } from "./constants.js";

/**
 * What a Comet `JOB_STATUS_*` / `JOB_CLASSIFICATION_*` code means, in the names Partner Hub stores
 * (the `JobOutcome` and `JobClassification` enums of prisma/schema.prisma use the same strings).
 */

export type JobOutcome =
  | "PENDING"
  | "RUNNING"
  | "REVIVED"
  | "SUCCESS"
  | "WARNING"
  | "ERROR"
  | "TIMEOUT"
  | "QUOTA_EXCEEDED"
  | "MISSED"
  | "CANCELLED"
  | "SKIPPED"
  | "ABANDONED"
  | "UNKNOWN";

export type JobClassification = keyof typeof JOB_CLASSIFICATION;

const outcomeByStatus: Record<number, JobOutcome> = {
  [JOB_STATUS.STOP_SUCCESS]: "SUCCESS",
  [JOB_STATUS.RUNNING_INDETERMINATE]: "RUNNING",
  [JOB_STATUS.RUNNING_ACTIVE]: "RUNNING",
  [JOB_STATUS.RUNNING_REVIVED]: "REVIVED",
  [JOB_STATUS.RUNNING_TRYAGAIN]: "RUNNING",
  [JOB_STATUS.NOT_YET_STARTED]: "PENDING",
  [JOB_STATUS.FAILED_TIMEOUT]: "TIMEOUT",
  [JOB_STATUS.FAILED_WARNING]: "WARNING",
  [JOB_STATUS.FAILED_ERROR]: "ERROR",
  [JOB_STATUS.FAILED_QUOTA]: "QUOTA_EXCEEDED",
  [JOB_STATUS.FAILED_SCHEDULEMISSED]: "MISSED",
  [JOB_STATUS.FAILED_CANCELLED]: "CANCELLED",
  [JOB_STATUS.FAILED_SKIPALREADYRUNNING]: "SKIPPED",
  [JOB_STATUS.FAILED_ABANDONED]: "ABANDONED",
};

export function jobOutcome(cometStatus: number): JobOutcome {
  const known = outcomeByStatus[cometStatus];
  if (known) return known;
  // Future codes inside a documented range keep the range's meaning.
  if (cometStatus >= 5000 && cometStatus <= 5999) return "SUCCESS";
  if (cometStatus >= 6000 && cometStatus <= 6999) return "RUNNING";
  if (cometStatus >= 7000 && cometStatus <= 7999) return "ERROR";
  return "UNKNOWN";
}

const classificationByCode = new Map<number, JobClassification>(
  Object.entries(JOB_CLASSIFICATION).map(([name, code]) => [code, name as JobClassification]),
);

export function jobClassification(c: number): JobClassification {
  return classificationByCode.get(c) ?? "UNKNOWN";
}
