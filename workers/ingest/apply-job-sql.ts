import type { BackupJobDetail } from "../../comet/client/index.js";
import { type Column, iso, type Tx, unnestFrom } from "./context.js";
import { advanceLatestSql } from "./device-latest-job.js";
import { isRunningStatus, type JobKey, jobClassification, jobOutcome } from "./job-order.js";

/**
 * The one statement behind applyJobs. Convergence lives here: `ON CONFLICT ... DO UPDATE ...
 * WHERE <incoming key> > <stored key>`, so a stale or duplicate observation updates nothing and
 * returns nothing. Device, item and vault ids are resolved by joins on (account, Comet id).
 * The same statement moves each touched device's `latestJob*` columns to its newest returned job
 * (see device-latest-job.ts), so a device's latest status never lags its jobs.
 */

export interface JobRow extends JobKey {
  job: BackupJobDetail;
  started: Date | null;
  ended: Date | null;
}

const n = (v: number | undefined) => Math.max(0, Math.trunc(v ?? 0));
const b = (v: number | undefined) => String(n(v));

const columns: readonly Column<JobRow>[] = [
  ["guid", "text", (r) => r.job.GUID],
  ["username", "text", (r) => r.job.Username],
  ["dev", "text", (r) => r.job.DeviceID ?? ""],
  ["src", "text", (r) => r.job.SourceGUID ?? ""],
  ["dst", "text", (r) => r.job.DestinationGUID ?? ""],
  ["cls", "text", (r) => jobClassification(r.job.Classification)],
  ["status", "int", (r) => r.job.Status],
  ["outcome", "text", (r) => jobOutcome(r.job.Status)],
  ["rank", "int", (r) => r.rank],
  ["running", "boolean", (r) => isRunningStatus(r.job.Status)],
  ["started", "timestamptz", (r) => iso(r.started)],
  ["ended", "timestamptz", (r) => iso(r.ended)],
  ["upload", "bigint", (r) => r.uploadBytes.toString()],
  ["download", "bigint", (r) => b(r.job.DownloadSize)],
  ["total_bytes", "bigint", (r) => b(r.job.TotalSize)],
  ["total_files", "bigint", (r) => b(r.job.TotalFiles)],
  ["total_dirs", "bigint", (r) => b(r.job.TotalDirectories)],
  ["vm", "int", (r) => n(r.job.TotalVmCount)],
  ["m365", "int", (r) => n(r.job.TotalAccountsCount)],
  ["counter", "int", (r) => r.counter],
  ["p_bytes", "bigint", (r) => b(r.job.Progress?.BytesDone)],
  ["p_items", "bigint", (r) => b(r.job.Progress?.ItemsDone)],
  ["p_total", "bigint", (r) => b(r.job.Progress?.ItemsTotal)],
  ["cancel_id", "text", (r) => r.job.CancellationID ?? ""],
  ["snapshot_id", "text", (r) => r.job.SnapshotID ?? ""],
  ["client_version", "text", (r) => r.job.ClientVersion ?? ""],
];

const jobKeyOf = (t: string) =>
  `(${t}."statusRank", ${t}."progressCounter", COALESCE(${t}."endedAt", 'epoch'::timestamptz), ${t}."uploadBytes")`;

function upsertSql(unnest: string): string {
  return `
WITH up AS (
INSERT INTO "Job" ("serverId", "cometJobId", "accountId", "mspId", "customerId", "deviceId", "cometDeviceId",
  "protectedItemId", "cometSourceId", "storageVaultId", "cometDestinationId", "classification", "cometStatus",
  "outcome", "statusRank", "isRunning", "startedAt", "endedAt", "uploadBytes", "downloadBytes", "totalBytes",
  "totalFiles", "totalDirectories", "vmCount", "m365AccountCount", "progressCounter", "progressBytesDone",
  "progressItemsDone", "progressItemsTotal", "lastProgressAt", "cancellationId", "snapshotId", "clientVersion",
  "updatedAt")
SELECT $1, i.guid, a.id, a."mspId", a."customerId", d.id, i.dev, p.id, i.src, v.id, i.dst,
  i.cls::"JobClassification", i.status, i.outcome::"JobOutcome", i.rank, i.running,
  COALESCE(i.started, i.ended, now()), i.ended, i.upload, i.download, i.total_bytes, i.total_files, i.total_dirs,
  i.vm, i.m365, i.counter, i.p_bytes, i.p_items, i.p_total, now(), i.cancel_id, i.snapshot_id,
  i.client_version, now()
FROM ${unnest}
JOIN "CometAccount" a ON a."serverId" = $1 AND a.username = i.username
LEFT JOIN "Device" d ON d."accountId" = a.id AND d."cometDeviceId" = i.dev
LEFT JOIN "ProtectedItem" p ON p."accountId" = a.id AND p."cometSourceId" = i.src
LEFT JOIN "StorageVault" v ON v."accountId" = a.id AND v."cometDestinationId" = i.dst
ORDER BY i.guid
ON CONFLICT ("serverId", "cometJobId") DO UPDATE SET
  "mspId" = EXCLUDED."mspId", "customerId" = EXCLUDED."customerId",
  "deviceId" = COALESCE(EXCLUDED."deviceId", "Job"."deviceId"),
  "protectedItemId" = COALESCE(EXCLUDED."protectedItemId", "Job"."protectedItemId"),
  "storageVaultId" = COALESCE(EXCLUDED."storageVaultId", "Job"."storageVaultId"),
  "classification" = EXCLUDED."classification", "cometStatus" = EXCLUDED."cometStatus",
  "outcome" = EXCLUDED."outcome", "statusRank" = EXCLUDED."statusRank", "isRunning" = EXCLUDED."isRunning",
  "startedAt" = LEAST("Job"."startedAt", EXCLUDED."startedAt"), "endedAt" = EXCLUDED."endedAt",
  "uploadBytes" = EXCLUDED."uploadBytes", "downloadBytes" = EXCLUDED."downloadBytes",
  "totalBytes" = EXCLUDED."totalBytes", "totalFiles" = EXCLUDED."totalFiles",
  "totalDirectories" = EXCLUDED."totalDirectories", "vmCount" = EXCLUDED."vmCount",
  "m365AccountCount" = EXCLUDED."m365AccountCount", "progressCounter" = EXCLUDED."progressCounter",
  "progressBytesDone" = EXCLUDED."progressBytesDone", "progressItemsDone" = EXCLUDED."progressItemsDone",
  "progressItemsTotal" = EXCLUDED."progressItemsTotal",
  "lastProgressAt" = now(),
  "cancellationId" = EXCLUDED."cancellationId", "snapshotId" = EXCLUDED."snapshotId",
  "clientVersion" = EXCLUDED."clientVersion", "updatedAt" = now()
WHERE ${jobKeyOf("EXCLUDED")} > ${jobKeyOf('"Job"')}
RETURNING "id", "cometJobId", "accountId", "mspId", "customerId", "deviceId", "classification"::text,
  "outcome"::text, "cometStatus", "isRunning", "startedAt", "endedAt", "progressCounter", "uploadBytes",
  (xmax::text = '0') AS inserted
),
latest AS (
  SELECT DISTINCT ON ("deviceId") "deviceId", id, "startedAt", outcome::"JobOutcome" AS outcome, "isRunning"
  FROM up WHERE "deviceId" IS NOT NULL
  ORDER BY "deviceId", "startedAt" DESC, id DESC
),
dev AS (${advanceLatestSql("latest")})
SELECT * FROM up`;
}

export interface ReturnedJob {
  id: string;
  cometJobId: string;
  accountId: string;
  mspId: string;
  customerId: string | null;
  deviceId: string | null;
  classification: string;
  outcome: string;
  cometStatus: number;
  isRunning: boolean;
  startedAt: Date;
  endedAt: Date | null;
  progressCounter: number;
  uploadBytes: bigint;
  inserted: boolean;
}

export async function upsertJobs(tx: Tx, serverId: string, rows: JobRow[]): Promise<ReturnedJob[]> {
  const { sql, params } = unnestFrom(columns, rows, 2);
  return tx.$queryRawUnsafe<ReturnedJob[]>(upsertSql(sql), serverId, ...params);
}
