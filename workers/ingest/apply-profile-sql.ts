import type { AccountRow, DeviceRow } from "./apply-profile-rows.js";
import { type Column, type Tx, unnestFrom } from "./context.js";

/**
 * The batched statements behind applyProfiles: one statement per table whatever the batch size.
 * Upserts compare old and new (`WHERE (...) IS DISTINCT FROM (...)`) so re-applying the same
 * profile rewrites nothing, and the `old` CTE (same snapshot as the insert) tells inserts,
 * renames and revivals apart for the outbox.
 */

export interface AccountResult {
  id: string;
  username: string;
  mspId: string;
  customerId: string | null;
  inserted: boolean;
  changed: boolean;
}

const accountColumns: readonly Column<AccountRow>[] = [
  ["username", "text", (r) => r.username],
  ["msp", "text", (r) => r.mspId],
  ["name", "text", (r) => r.accountName],
  ["emails", "jsonb", (r) => r.emails],
  ["org", "text", (r) => r.organizationId],
  ["policy", "text", (r) => r.policyId],
  ["suspended", "boolean", (r) => r.isSuspended],
  ["max_devices", "int", (r) => r.maximumDevices],
  ["q_o365", "int", (r) => r.quotaOffice365Accounts],
  ["q_hyperv", "int", (r) => r.quotaHyperVGuests],
  ["q_vmware", "int", (r) => r.quotaVMwareGuests],
  ["q_enabled", "boolean", (r) => r.allItemsQuotaEnabled],
  ["q_bytes", "bigint", (r) => r.allItemsQuotaBytes],
  ["hash", "text", (r) => r.profileHash],
  ["profile", "jsonb", (r) => r.profile],
  ["created", "timestamptz", (r) => r.cometCreatedAt],
];

export async function upsertAccounts(tx: Tx, serverId: string, rows: AccountRow[]): Promise<AccountResult[]> {
  if (rows.length === 0) return [];
  const { sql, params } = unnestFrom(accountColumns, rows, 2);
  return tx.$queryRawUnsafe<AccountResult[]>(
    `WITH i AS (SELECT * FROM ${sql}),
old AS (SELECT a.id, a.profile, a."mspId", a."missingSince" FROM "CometAccount" a
        JOIN i ON a."serverId" = $1 AND a.username = i.username),
up AS (
  INSERT INTO "CometAccount" ("serverId", username, "mspId", "accountName", emails, "organizationId", "policyId",
    "isSuspended", "maximumDevices", "quotaOffice365Accounts", "quotaHyperVGuests", "quotaVMwareGuests",
    "allItemsQuotaEnabled", "allItemsQuotaBytes", "profileHash", profile, "cometCreatedAt", "lastSyncedAt",
    "missingSince", "updatedAt")
  SELECT $1, i.username, i.msp, i.name, ARRAY(SELECT jsonb_array_elements_text(i.emails)), i.org, i.policy,
    i.suspended, i.max_devices, i.q_o365, i.q_hyperv, i.q_vmware, i.q_enabled, i.q_bytes, i.hash, i.profile,
    i.created, now(), NULL, now()
  FROM i ORDER BY i.username
  ON CONFLICT ("serverId", username) DO UPDATE SET
    "mspId" = EXCLUDED."mspId",
    -- A customer belongs to one MSP: an account re-homed to another MSP loses its customer.
    "customerId" = CASE WHEN "CometAccount"."mspId" = EXCLUDED."mspId" THEN "CometAccount"."customerId" END,
    "accountName" = EXCLUDED."accountName", emails = EXCLUDED.emails, "organizationId" = EXCLUDED."organizationId",
    "policyId" = EXCLUDED."policyId", "isSuspended" = EXCLUDED."isSuspended",
    "maximumDevices" = EXCLUDED."maximumDevices", "quotaOffice365Accounts" = EXCLUDED."quotaOffice365Accounts",
    "quotaHyperVGuests" = EXCLUDED."quotaHyperVGuests", "quotaVMwareGuests" = EXCLUDED."quotaVMwareGuests",
    "allItemsQuotaEnabled" = EXCLUDED."allItemsQuotaEnabled", "allItemsQuotaBytes" = EXCLUDED."allItemsQuotaBytes",
    "profileHash" = COALESCE(EXCLUDED."profileHash", "CometAccount"."profileHash"), profile = EXCLUDED.profile,
    "cometCreatedAt" = EXCLUDED."cometCreatedAt", "lastSyncedAt" = now(), "missingSince" = NULL,
    "updatedAt" = CASE WHEN ("CometAccount".profile, "CometAccount"."mspId", "CometAccount"."missingSince" IS NULL)
      IS DISTINCT FROM (EXCLUDED.profile, EXCLUDED."mspId", true) THEN now() ELSE "CometAccount"."updatedAt" END
  RETURNING id, username, "mspId", "customerId", profile)
SELECT up.id, up.username, up."mspId", up."customerId", old.id IS NULL AS inserted,
  (old.id IS NULL OR old.profile IS DISTINCT FROM up.profile OR old."mspId" <> up."mspId"
   OR old."missingSince" IS NOT NULL) AS changed
FROM up LEFT JOIN old ON old.id = up.id`,
    serverId,
    ...params,
  );
}

export interface DeviceResult {
  id: string;
  accountId: string;
  mspId: string;
  customerId: string | null;
  cometDeviceId: string;
  friendlyName: string;
  isOnline: boolean;
  inserted: boolean;
  oldName: string | null;
  wasRevoked: boolean;
}

const deviceColumns: readonly Column<DeviceRow>[] = [
  ["username", "text", (r) => r.username],
  ["dev", "text", (r) => r.cometDeviceId],
  ["name", "text", (r) => r.friendlyName],
  ["os", "text", (r) => r.os],
  ["arch", "text", (r) => r.arch],
  ["dist", "text", (r) => r.distribution],
  ["osv", "text", (r) => r.osVersion],
  ["cv", "text", (r) => r.clientVersion],
  ["tz", "text", (r) => r.timezone],
  ["reg", "timestamptz", (r) => r.registeredAt],
];

// A profile without ClientVersion (older clients) must not erase the version a live connection reported.
const deviceCv = `COALESCE(NULLIF(EXCLUDED."clientVersion", ''), "Device"."clientVersion")`;
const deviceData = (t: string, cv: string, active: string) =>
  `(${t}."mspId", ${t}."customerId", ${t}."friendlyName", ${t}.os, ${t}.arch, ${t}.distribution, ${t}."osVersion",
    ${cv}, ${t}.timezone, ${t}."registeredAt", ${active})`;
const deviceChanged = `${deviceData('"Device"', '"Device"."clientVersion"', '"Device"."revokedAt" IS NULL')}
    IS DISTINCT FROM ${deviceData("EXCLUDED", deviceCv, "true")}`;

export async function upsertDevices(tx: Tx, serverId: string, rows: DeviceRow[]): Promise<DeviceResult[]> {
  if (rows.length === 0) return [];
  const { sql, params } = unnestFrom(deviceColumns, rows, 2);
  return tx.$queryRawUnsafe<DeviceResult[]>(
    `WITH src AS (SELECT a.id AS account_id, a."mspId" AS msp, a."customerId" AS cust, i.* FROM ${sql}
        JOIN "CometAccount" a ON a."serverId" = $1 AND a.username = i.username),
old AS (SELECT d.id, d."friendlyName", d."revokedAt" FROM "Device" d
        JOIN src ON d."accountId" = src.account_id AND d."cometDeviceId" = src.dev),
up AS (
  INSERT INTO "Device" ("accountId", "serverId", "mspId", "customerId", "cometDeviceId", "friendlyName", os, arch,
    distribution, "osVersion", "clientVersion", timezone, "registeredAt", "updatedAt")
  SELECT account_id, $1, msp, cust, dev, name, os, arch, dist, osv, cv, tz, reg, now()
  FROM src ORDER BY account_id, dev
  ON CONFLICT ("accountId", "cometDeviceId") DO UPDATE SET
    "mspId" = EXCLUDED."mspId", "customerId" = EXCLUDED."customerId", "friendlyName" = EXCLUDED."friendlyName",
    os = EXCLUDED.os, arch = EXCLUDED.arch, distribution = EXCLUDED.distribution, "osVersion" = EXCLUDED."osVersion",
    "clientVersion" = ${deviceCv}, timezone = EXCLUDED.timezone, "registeredAt" = EXCLUDED."registeredAt",
    "revokedAt" = NULL, "updatedAt" = now()
  WHERE ${deviceChanged}
  RETURNING id, "accountId", "mspId", "customerId", "cometDeviceId", "friendlyName", "isOnline")
SELECT up.*, old.id IS NULL AS inserted, old."friendlyName" AS "oldName",
  COALESCE(old."revokedAt" IS NOT NULL, false) AS "wasRevoked"
FROM up LEFT JOIN old ON old.id = up.id`,
    serverId,
    ...params,
  );
}

export interface RevokedDevice {
  id: string;
  accountId: string;
  mspId: string;
  customerId: string | null;
  cometDeviceId: string;
  friendlyName: string;
}

/**
 * Devices of `usernames` that are not in `keep` get `revokedAt` (never deleted: their jobs keep
 * pointing at them). With `only`, exactly those (username, device) pairs are revoked instead.
 */
export async function revokeDevices(
  tx: Tx,
  serverId: string,
  usernames: string[],
  pairs: Array<{ username: string; cometDeviceId: string }>,
  mode: "keep" | "only",
): Promise<RevokedDevice[]> {
  if (usernames.length === 0) return [];
  return tx.$queryRawUnsafe<RevokedDevice[]>(
    `UPDATE "Device" d SET "revokedAt" = now(), "isOnline" = false, "targetId" = NULL,
       "lastSeenAt" = CASE WHEN d."isOnline" THEN now() ELSE d."lastSeenAt" END, "updatedAt" = now()
     FROM "CometAccount" a
     WHERE a.id = d."accountId" AND a."serverId" = $1 AND a.username = ANY($2::text[]) AND d."revokedAt" IS NULL
       AND ${mode === "keep" ? "NOT" : ""} EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS k(u, dev)
                       WHERE k.u = a.username AND k.dev = d."cometDeviceId")
     RETURNING d.id, d."accountId", d."mspId", d."customerId", d."cometDeviceId", d."friendlyName"`,
    serverId,
    usernames,
    pairs.map((p) => p.username),
    pairs.map((p) => p.cometDeviceId),
  );
}
