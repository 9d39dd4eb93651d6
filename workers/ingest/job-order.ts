import { JOB_STATUS } from "../../comet/client/constants.js";

// Outcome and classification of a Comet status code live beside the Comet constants (the schema
// reads them too); re-exported here because ingest uses them with the ordering below.
export { jobClassification, jobOutcome } from "../../comet/client/job-status.js";

/**
 * How job observations are ordered. Comet events arrive duplicated, reordered and (after a
 * reconnect) not at all, so a job row only ever moves forward by the key
 * (statusRank, progressCounter, endedAt-or-0, uploadBytes); whichever order the observations come
 * in, the row converges to the same final state.
 */

/**
 * PENDING 6004:0 < running 6000/6001/6003:1 < ABANDONED 7007:2 < REVIVED 6002:3 < other terminal:4.
 * Abandoned sits below revived because Comet revives an abandoned job that reports in again, and
 * below every real end because an abandoned job may still finish. Unknown codes rank 0 so that
 * they never overwrite anything we understand.
 */
export function statusRank(cometStatus: number): number {
  switch (cometStatus) {
    case JOB_STATUS.NOT_YET_STARTED:
      return 0;
    case JOB_STATUS.RUNNING_INDETERMINATE:
    case JOB_STATUS.RUNNING_ACTIVE:
    case JOB_STATUS.RUNNING_TRYAGAIN:
      return 1;
    case JOB_STATUS.FAILED_ABANDONED:
      return 2;
    case JOB_STATUS.RUNNING_REVIVED:
      return 3;
  }
  if ((cometStatus >= 5000 && cometStatus <= 5999) || (cometStatus >= 7000 && cometStatus <= 7999)) return 4;
  if (cometStatus >= 6000 && cometStatus <= 6999) return 1;
  return 0;
}

/** Running = Comet's 6xxx range (pending and revived included); abandoned counts as ended. */
export function isRunningStatus(cometStatus: number): boolean {
  return cometStatus >= 6000 && cometStatus <= 6999;
}

/** The convergence key as comparable numbers; compare with `compareJobKeys`. */
export interface JobKey {
  rank: number;
  counter: number;
  endedAtMs: number;
  uploadBytes: bigint;
}

export function compareJobKeys(a: JobKey, b: JobKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.counter !== b.counter) return a.counter - b.counter;
  if (a.endedAtMs !== b.endedAtMs) return a.endedAtMs - b.endedAtMs;
  return a.uploadBytes === b.uploadBytes ? 0 : a.uploadBytes > b.uploadBytes ? 1 : -1;
}
