import type { DeviceConfig, UserProfileConfig } from "../../comet/client/index.js";
import { big, cometDate } from "./context.js";

/**
 * Pure mapping from a Comet `UserProfileConfig` to the rows we mirror. No I/O, so the shapes are
 * easy to reason about and the SQL files only move arrays.
 */

export interface AccountRow {
  username: string;
  mspId: string;
  accountName: string;
  emails: string[];
  organizationId: string;
  policyId: string;
  isSuspended: boolean;
  maximumDevices: number;
  quotaOffice365Accounts: number;
  quotaHyperVGuests: number;
  quotaVMwareGuests: number;
  allItemsQuotaEnabled: boolean;
  allItemsQuotaBytes: string;
  profileHash: string | null;
  profile: Record<string, unknown>;
  cometCreatedAt: string | null;
}

export interface DeviceRow {
  username: string;
  cometDeviceId: string;
  friendlyName: string;
  os: string;
  arch: string;
  distribution: string;
  osVersion: string;
  clientVersion: string;
  timezone: string;
  registeredAt: string | null;
}

export interface ItemRow {
  username: string;
  cometSourceId: string;
  engine: string;
  description: string;
  owner: string;
  totalBytes: string;
  totalFiles: string;
  totalDirectories: string;
  vmCount: number;
  m365AccountCount: number;
  lastJobStatus: number | null;
  lastJobAt: string | null;
  lastSuccessAt: string | null;
  raw: Record<string, unknown>;
}

export interface VaultRow {
  username: string;
  cometDestinationId: string;
  description: string;
  destinationType: number;
  quotaEnabled: boolean;
  quotaBytes: string;
  usedBytes: string;
  raw: Record<string, unknown>;
}

/**
 * Credentials never leave Comet: password hashes, recovery codes, TOTP seeds, vault encryption
 * keys and per-backend secrets (S3 secret keys, SFTP passwords, M365 credentials, engine
 * passwords) are dropped from every stored JSON. Only string/object values are removed, so
 * harmless flags such as `AllowPasswordLogin` or `PasswordFormat` stay.
 */
const SECRET_KEY =
  /pass(word|phrase)?|secret|private|token|totp.?key|encryption.?key|api.?key|access.?key|credential|recovery/i;

export function stripSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripSecrets) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEY.test(k) && (typeof v === "string" || (typeof v === "object" && v !== null))) continue;
    out[k] = stripSecrets(v);
  }
  return out as T;
}

const int = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.trunc(v) : 0);
const isoOrNull = (v: number | undefined) => cometDate(v)?.toISOString() ?? null;

export function accountRow(username: string, mspId: string, p: UserProfileConfig, hash?: string): AccountRow {
  return {
    username,
    mspId,
    accountName: p.AccountName ?? "",
    emails: (p.Emails ?? []).filter((e): e is string => typeof e === "string"),
    organizationId: p.OrganizationID ?? "",
    policyId: p.PolicyID ?? "",
    isSuspended: Boolean(p.IsSuspended),
    maximumDevices: int(p.MaximumDevices),
    quotaOffice365Accounts: int(p.QuotaOffice365ProtectedAccounts),
    quotaHyperVGuests: int(p.QuotaHyperVGuests),
    quotaVMwareGuests: int(p.QuotaVMwareGuests),
    allItemsQuotaEnabled: Boolean(p.AllProtectedItemsQuotaEnabled),
    allItemsQuotaBytes: big(p.AllProtectedItemsQuotaBytes),
    profileHash: hash ?? null,
    profile: stripSecrets(p as Record<string, unknown>),
    cometCreatedAt: isoOrNull(p.CreateTime),
  };
}

export function deviceRow(username: string, cometDeviceId: string, d: DeviceConfig): DeviceRow {
  const pv = d.PlatformVersion ?? {};
  return {
    username,
    cometDeviceId,
    friendlyName: d.FriendlyName ?? "",
    os: pv.os ?? "",
    arch: pv.arch ?? "",
    distribution: pv.distribution ?? "",
    osVersion: pv.version ?? "",
    clientVersion: d.ClientVersion ?? "",
    timezone: d.DeviceTimezone ?? "",
    registeredAt: isoOrNull(d.RegistrationTime),
  };
}

function itemRows(username: string, p: UserProfileConfig): ItemRow[] {
  return Object.entries(p.Sources ?? {}).map(([id, s]) => {
    // Device-side figures (`Devices[owner].Sources[id]`) are the freshest size and guest counts;
    // the last backup job fills in what the device did not report.
    const basic = p.Devices?.[s.OwnerDevice ?? ""]?.Sources?.[id];
    const last = s.Statistics?.LastBackupJob;
    const lastOk = s.Statistics?.LastSuccessfulBackupJob;
    const ran = Boolean(last && last.StartTime > 0);
    return {
      username,
      cometSourceId: id,
      engine: s.Engine ?? "",
      description: s.Description ?? "",
      owner: s.OwnerDevice ?? "",
      totalBytes: big(basic?.Size || last?.TotalSize),
      totalFiles: big(last?.TotalFiles),
      totalDirectories: big(last?.TotalDirectories),
      vmCount: int(last?.TotalVmCount || basic?.TotalVmCount),
      m365AccountCount: int(last?.TotalAccountsCount || basic?.O365AccountCount),
      lastJobStatus: ran ? int(last?.Status) : null,
      lastJobAt: ran ? isoOrNull(last?.EndTime || last?.StartTime) : null,
      lastSuccessAt: lastOk && lastOk.StartTime > 0 ? isoOrNull(lastOk.EndTime || lastOk.StartTime) : null,
      raw: stripSecrets(s as Record<string, unknown>),
    };
  });
}

function vaultRows(username: string, p: UserProfileConfig): VaultRow[] {
  return Object.entries(p.Destinations ?? {}).map(([id, d]) => ({
    username,
    cometDestinationId: id,
    description: d.Description ?? "",
    destinationType: int(d.DestinationType),
    quotaEnabled: Boolean(d.StorageLimitEnabled),
    quotaBytes: big(d.StorageLimitBytes),
    usedBytes: big(d.Statistics?.ClientProvidedSize?.Size),
    raw: stripSecrets(d as Record<string, unknown>),
  }));
}

export interface ProfileRows {
  accounts: AccountRow[];
  devices: DeviceRow[];
  items: ItemRow[];
  vaults: VaultRow[];
}

export function profileRows(
  input: Array<{ username: string; mspId: string; profile: UserProfileConfig; profileHash?: string }>,
): ProfileRows {
  const out: ProfileRows = { accounts: [], devices: [], items: [], vaults: [] };
  for (const { username, mspId, profile, profileHash } of input) {
    out.accounts.push(accountRow(username, mspId, profile, profileHash));
    for (const [id, d] of Object.entries(profile.Devices ?? {})) out.devices.push(deviceRow(username, id, d));
    out.items.push(...itemRows(username, profile));
    out.vaults.push(...vaultRows(username, profile));
  }
  return out;
}
