import type { ItemRow, VaultRow } from "./apply-profile-rows.js";
import { type Column, type Tx, unnestFrom } from "./context.js";
import { refreshDeviceLatestJob } from "./device-latest-job.js";

/**
 * Protected items and storage vaults: batched upserts that skip unchanged rows, and prunes of the
 * ones gone from the profile (deleted: unlike devices, nothing needs them once Comet dropped them;
 * jobs keep the Comet GUIDs and their foreign keys are SET NULL).
 */

/** `SET c = EXCLUDED.c, ...` plus a `WHERE` that makes re-applying identical data a no-op. */
function updateChanged(table: string, cols: string[]): string {
  const q = cols.map((c) => `"${c}"`);
  return `${q.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, "updatedAt" = now()
  WHERE (${q.map((c) => `"${table}".${c}`).join(", ")}) IS DISTINCT FROM (${q.map((c) => `EXCLUDED.${c}`).join(", ")})`;
}

const accountJoin = (unnest: string) => `SELECT a.id AS account_id, a."mspId" AS msp, a."customerId" AS cust, i.*
  FROM ${unnest} JOIN "CometAccount" a ON a."serverId" = $1 AND a.username = i.username`;

const itemColumns: readonly Column<ItemRow>[] = [
  ["username", "text", (r) => r.username],
  ["src", "text", (r) => r.cometSourceId],
  ["engine", "text", (r) => r.engine],
  ["descr", "text", (r) => r.description],
  ["owner", "text", (r) => r.owner],
  ["bytes", "bigint", (r) => r.totalBytes],
  ["files", "bigint", (r) => r.totalFiles],
  ["dirs", "bigint", (r) => r.totalDirectories],
  ["vms", "int", (r) => r.vmCount],
  ["m365", "int", (r) => r.m365AccountCount],
  ["last_status", "int", (r) => r.lastJobStatus],
  ["last_at", "timestamptz", (r) => r.lastJobAt],
  ["last_ok", "timestamptz", (r) => r.lastSuccessAt],
  ["raw", "jsonb", (r) => r.raw],
];

const itemUpdated = [
  "mspId",
  "customerId",
  "engine",
  "description",
  "ownerCometDeviceId",
  "deviceId",
  "totalBytes",
  "totalFiles",
  "totalDirectories",
  "vmCount",
  "m365AccountCount",
  "lastJobStatus",
  "lastJobAt",
  "lastSuccessAt",
  "raw",
]; // prettier-ignore

export async function upsertItems(tx: Tx, serverId: string, rows: ItemRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = unnestFrom(itemColumns, rows, 2);
  await tx.$executeRawUnsafe(
    `WITH src AS (${accountJoin(sql)})
INSERT INTO "ProtectedItem" ("accountId", "serverId", "mspId", "customerId", "cometSourceId", engine, description,
  "ownerCometDeviceId", "deviceId", "totalBytes", "totalFiles", "totalDirectories", "vmCount", "m365AccountCount",
  "lastJobStatus", "lastJobAt", "lastSuccessAt", raw, "updatedAt")
SELECT src.account_id, $1, src.msp, src.cust, src.src, src.engine, src.descr, src.owner, d.id, src.bytes, src.files,
  src.dirs, src.vms, src.m365, src.last_status, src.last_at, src.last_ok, src.raw, now()
FROM src LEFT JOIN "Device" d ON d."accountId" = src.account_id AND d."cometDeviceId" = src.owner
ORDER BY src.account_id, src.src
ON CONFLICT ("accountId", "cometSourceId") DO UPDATE SET ${updateChanged("ProtectedItem", itemUpdated)}`,
    serverId,
    ...params,
  );
}

const vaultColumns: readonly Column<VaultRow>[] = [
  ["username", "text", (r) => r.username],
  ["dst", "text", (r) => r.cometDestinationId],
  ["descr", "text", (r) => r.description],
  ["type", "int", (r) => r.destinationType],
  ["q_enabled", "boolean", (r) => r.quotaEnabled],
  ["q_bytes", "bigint", (r) => r.quotaBytes],
  ["used", "bigint", (r) => r.usedBytes],
  ["raw", "jsonb", (r) => r.raw],
];

const vaultUpdated = [
  "mspId",
  "customerId",
  "description",
  "destinationType",
  "quotaEnabled",
  "quotaBytes",
  "usedBytes",
  "raw",
];

export async function upsertVaults(tx: Tx, serverId: string, rows: VaultRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = unnestFrom(vaultColumns, rows, 2);
  await tx.$executeRawUnsafe(
    `WITH src AS (${accountJoin(sql)})
INSERT INTO "StorageVault" ("accountId", "serverId", "mspId", "customerId", "cometDestinationId", description,
  "destinationType", "quotaEnabled", "quotaBytes", "usedBytes", raw, "updatedAt")
SELECT account_id, $1, msp, cust, dst, descr, type, q_enabled, q_bytes, used, raw, now()
FROM src ORDER BY account_id, dst
ON CONFLICT ("accountId", "cometDestinationId") DO UPDATE SET ${updateChanged("StorageVault", vaultUpdated)}`,
    serverId,
    ...params,
  );
}

/** Deletes rows of `usernames` whose Comet id is not in `keep` (the ids the profiles still list). */
export async function pruneChildren(
  tx: Tx,
  table: "ProtectedItem" | "StorageVault",
  serverId: string,
  usernames: string[],
  keep: Array<{ username: string; id: string }>,
): Promise<number> {
  if (usernames.length === 0) return 0;
  const key = table === "ProtectedItem" ? "cometSourceId" : "cometDestinationId";
  return tx.$executeRawUnsafe(
    `DELETE FROM "${table}" t USING "CometAccount" a
     WHERE a.id = t."accountId" AND a."serverId" = $1 AND a.username = ANY($2::text[])
       AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS k(u, id)
                       WHERE k.u = a.username AND k.id = t."${key}")`,
    serverId,
    usernames,
    keep.map((k) => k.username),
    keep.map((k) => k.id),
  );
}

/**
 * A job can arrive before the profile that lists its device, item or vault; once they exist,
 * recent jobs of these accounts get their links. Older rows are left alone (a pruned item's jobs
 * keep a null link forever, and rescanning them on every profile would be wasted work).
 */
export async function backfillJobLinks(tx: Tx, accountIds: string[]): Promise<void> {
  if (accountIds.length === 0) return;
  const dev = `SELECT d.id FROM "Device" d WHERE d."accountId" = j."accountId" AND d."cometDeviceId" = j."cometDeviceId"`;
  const item = `SELECT p.id FROM "ProtectedItem" p WHERE p."accountId" = j."accountId" AND p."cometSourceId" = j."cometSourceId"`;
  const vault = `SELECT v.id FROM "StorageVault" v
    WHERE v."accountId" = j."accountId" AND v."cometDestinationId" = j."cometDestinationId"`;
  const linked = await tx.$queryRawUnsafe<{ deviceId: string }[]>(
    `WITH linked AS (
     UPDATE "Job" j SET "deviceId" = COALESCE(j."deviceId", (${dev})),
       "protectedItemId" = COALESCE(j."protectedItemId", (${item})),
       "storageVaultId" = COALESCE(j."storageVaultId", (${vault})), "updatedAt" = now()
     WHERE j."accountId" = ANY($1::text[]) AND j."createdAt" > now() - interval '2 days'
       AND ((j."deviceId" IS NULL AND EXISTS (${dev})) OR (j."protectedItemId" IS NULL AND EXISTS (${item}))
            OR (j."storageVaultId" IS NULL AND EXISTS (${vault})))
     RETURNING j."deviceId")
     SELECT DISTINCT "deviceId" FROM linked WHERE "deviceId" IS NOT NULL`,
    accountIds,
  );
  // A job that just found its device may be the device's newest.
  await refreshDeviceLatestJob(
    tx,
    linked.map((r) => r.deviceId),
  );
}

export interface FlaggedAccount {
  id: string;
  username: string;
  mspId: string;
  customerId: string | null;
}

/** Flags (never deletes) accounts of the server that the full user list no longer has. */
export async function flagMissingAccounts(tx: Tx, serverId: string, listed: string[]) {
  const flagged = await tx.$queryRawUnsafe<FlaggedAccount[]>(
    `UPDATE "CometAccount" SET "missingSince" = now(), "updatedAt" = now()
     WHERE "serverId" = $1 AND "missingSince" IS NULL AND NOT (username = ANY($2::text[]))
     RETURNING id, username, "mspId", "customerId"`,
    serverId,
    listed,
  );
  const [total] = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "CometAccount" WHERE "serverId" = $1 AND "missingSince" IS NOT NULL`,
    serverId,
  );
  return { flagged, missingTotal: total?.n ?? 0 };
}
