/**
 * Builds a believable fleet from a FleetSpec: accounts per customer (usernames `${slug}-...` so a
 * demo seed can map them back), devices with an OS mix, protected items across the engines an MSP
 * meets (Files and Folders, Disk Image, Hyper-V, VMware, Proxmox, MSSQL, MySQL, Microsoft 365,
 * System State), storage vaults (S3 / Comet / B2 / Local) with quotas, and backup rules whose
 * schedules are spread so that a fleet of a few hundred devices always has jobs starting.
 * Everything comes from the seeded Rng, so one seed always yields the same fleet.
 */
import { ENGINE } from "../client/constants.js";
import { type DeviceKind, makeDevice } from "./fleet-devices.js";
import { CLIENT_VERSIONS, FIRST_NAMES, LAST_NAMES, ROLE_ACCOUNTS, TIMEZONES, VAULT_KINDS } from "./fleet-names.js";
import type { Rng } from "./random.js";
import { type GroupPolicy, SCHEDULE, type UserProfileConfig } from "./wire-types.js";
import { zeroBackupRule, zeroDestination, zeroProfile, zeroSchedule, zeroSource, zeroUserPolicy } from "./wire-zero.js";

export interface FleetSpec {
  organizations: Array<{ id: string; name: string; customers: Array<{ slug: string; accounts: number }> }>;
  devicesPerAccount?: [number, number];
}

export const DEFAULT_FLEET: FleetSpec = {
  organizations: [
    {
      id: "",
      name: "Top level",
      customers: [
        { slug: "acme", accounts: 3 },
        { slug: "globex", accounts: 2 },
      ],
    },
  ],
};

/** Simulator-side facts about a device that the wire profile does not carry. */
export interface DeviceMeta {
  username: string;
  deviceId: string;
  kind: DeviceKind;
  platform: string;
  arch: string;
  ip: string;
  allowsFilenames: boolean;
  /** uninstall-software was dispatched: the device never reconnects. */
  uninstalled: boolean;
}

export interface AccountSeed {
  username: string;
  password: string;
  profile: UserProfileConfig;
}

export interface Fleet {
  accounts: AccountSeed[];
  devices: DeviceMeta[];
  policies: Map<string, GroupPolicy>;
}

const GB = 1024 ** 3;

export function generateFleet(spec: FleetSpec, rng: Rng, nowSec: number): Fleet {
  const fleet: Fleet = { accounts: [], devices: [], policies: new Map() };
  const [minDev, maxDev] = spec.devicesPerAccount ?? [1, 2];
  const taken = new Set<string>();
  for (const org of spec.organizations) {
    const policyIds = [makePolicy(fleet, rng, org.id, "Workstation baseline", nowSec)];
    policyIds.push(makePolicy(fleet, rng, org.id, "Server baseline", nowSec));
    for (const customer of org.customers) {
      for (let i = 0; i < customer.accounts; i++) {
        const username = uniqueUsername(rng, customer.slug, taken);
        const profile = makeProfile(rng, username, org.id, nowSec);
        if (rng.chance(0.4)) profile.PolicyID = rng.pick(policyIds);
        const devices = rng.int(minDev, maxDev);
        for (let d = 0; d < devices; d++) {
          fleet.devices.push(addDevice(rng, profile, nowSec, { slug: customer.slug, index: d }));
        }
        if (devices > 0 && rng.chance(0.25)) addMicrosoft365(rng, profile, nowSec);
        fleet.accounts.push({ username, password: `pw-${rng.hex(8)}`, profile });
      }
    }
  }
  return fleet;
}

function uniqueUsername(rng: Rng, slug: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const local = rng.chance(0.3)
      ? rng.pick(ROLE_ACCOUNTS)
      : `${rng.pick(FIRST_NAMES)[0]}${rng.pick(LAST_NAMES)}`.toLowerCase();
    const name = attempt < 5 ? `${slug}-${local}` : `${slug}-${local}${attempt}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function makeProfile(rng: Rng, username: string, orgId: string, nowSec: number): UserProfileConfig {
  const created = nowSec - rng.int(30, 1200) * 86400;
  const profile = zeroProfile(username, created);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  profile.AccountName = `${first} ${last}`;
  profile.OrganizationID = orgId;
  profile.LocalTimezone = rng.pick(TIMEZONES);
  profile.Emails = [`${first}.${last}@${username.split("-")[0]}.example`.toLowerCase()];
  profile.SendEmailReports = rng.chance(0.6);
  profile.CreationGUID = rng.guid();
  if (rng.chance(0.2)) {
    profile.AllProtectedItemsQuotaEnabled = true;
    profile.AllProtectedItemsQuotaBytes = rng.int(1, 5) * 1024 * GB;
  }
  const kind = rng.weighted(VAULT_KINDS.map((k) => [k.type, k.weight] as const));
  addVault(rng, profile, kind, created);
  if (kind !== 1002 && rng.chance(0.2)) addVault(rng, profile, 1002, created);
  return profile;
}

function addVault(rng: Rng, profile: UserProfileConfig, type: number, created: number): void {
  const label = VAULT_KINDS.find((k) => k.type === type)?.label ?? "Storage Vault";
  const vault = zeroDestination(type, label, created);
  if (type === 1003) {
    vault.CometServer = "https://storage.example.net/";
    vault.CometBucket = `bucket-${rng.hex(12)}`;
  } else if (type === 1000) {
    vault.S3Server = "s3.eu-central-1.wasabisys.com";
    vault.S3BucketName = `backup-${rng.hex(10)}`;
  } else if (type === 1002) {
    vault.LocalcopyPath = "\\\\nas01\\backup";
  }
  if (rng.chance(0.3)) {
    vault.StorageLimitEnabled = true;
    vault.StorageLimitBytes = rng.int(5, 20) * 100 * GB;
  }
  vault.Statistics!.ClientProvidedSize = {
    Size: rng.int(10, 900) * GB,
    MeasureStarted: created,
    MeasureCompleted: created,
  };
  profile.Destinations[rng.guid()] = vault;
}

/** Adds a device with its protected items and backup rules; used at start-up and by registerDevice. */
export function addDevice(
  rng: Rng,
  profile: UserProfileConfig,
  nowSec: number,
  hint: { slug: string; index: number; name?: string; recent?: boolean },
): DeviceMeta {
  const deviceId = rng.hex(64);
  const made = makeDevice(rng, hint.slug, hint.index, hint.name);
  // Ages skew young (a growing fleet: ~12% of devices joined in the last 30 days) from a single draw,
  // so a seed's fleet is otherwise unchanged.
  const registered = hint.recent ? nowSec : nowSec - Math.ceil(700 * (rng.int(1, 700) / 700) ** 1.5) * 86400;
  made.config.RegistrationTime = registered;
  made.config.ClientVersion = rng.weighted(CLIENT_VERSIONS.map((v, i) => [v, i + 1] as const));
  profile.Devices[deviceId] = made.config;
  const vaultIds = Object.keys(profile.Destinations);
  for (const item of made.items) {
    const sourceId = rng.guid();
    const source = zeroSource(item.engine, item.description, deviceId, registered);
    profile.Sources[sourceId] = source;
    made.config.Sources![sourceId] = {
      Engine: item.engine,
      Description: item.description,
      O365AccountCount: 0,
      TotalVmCount: item.vms ?? 0,
      Size: item.size,
    };
    if (vaultIds.length > 0) addBackupRule(rng, profile, sourceId, vaultIds[0]!, registered);
  }
  for (const vaultId of vaultIds) (profile.Destinations[vaultId]!.AssociatedDevices as string[]).push(deviceId);
  return {
    username: profile.Username,
    deviceId,
    kind: made.kind,
    platform: made.config.PlatformVersion?.os ?? "windows",
    arch: made.config.PlatformVersion?.arch ?? "amd64",
    ip: `${rng.int(20, 220)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    allowsFilenames: rng.chance(0.8),
    uninstalled: false,
  };
}

function addMicrosoft365(rng: Rng, profile: UserProfileConfig, nowSec: number): void {
  const owner = Object.keys(profile.Devices)[0]!;
  const sourceId = rng.guid();
  const accounts = rng.int(5, 120);
  profile.Sources[sourceId] = zeroSource(ENGINE.MSOFFICE, "Microsoft 365 tenant", owner, nowSec);
  profile.Devices[owner]!.Sources![sourceId] = {
    Engine: ENGINE.MSOFFICE,
    Description: "Microsoft 365 tenant",
    O365AccountCount: accounts,
    TotalVmCount: 0,
    Size: accounts * rng.int(2, 15) * GB,
  };
  const vaultId = Object.keys(profile.Destinations)[0];
  if (vaultId) addBackupRule(rng, profile, sourceId, vaultId, nowSec);
}

/**
 * Schedules are mostly hourly/periodic (spread by a random SecondsPast) rather than nightly so that a
 * demo at speed 1 shows jobs starting every few seconds across a fleet of a few hundred devices.
 */
export function addBackupRule(rng: Rng, profile: UserProfileConfig, sourceId: string, vaultId: string, now: number) {
  const ruleId = rng.guid();
  const rule = zeroBackupRule(`Scheduled: ${profile.Sources[sourceId]!.Description}`, sourceId, vaultId, now);
  const kind = rng.weighted([
    ["hourly", 45],
    ["periodic", 40],
    ["daily", 15],
  ] as const);
  if (kind === "hourly") rule.Schedules.push(zeroSchedule(SCHEDULE.HOURLY, rng.int(0, 3599)));
  else if (kind === "daily") rule.Schedules.push(zeroSchedule(SCHEDULE.DAILY, rng.int(0, 86399)));
  else {
    const every = rng.pick([900, 1800, 3600]);
    rule.Schedules.push(zeroSchedule(SCHEDULE.PERIODIC, every, rng.int(0, every - 1)));
  }
  profile.BackupRules[ruleId] = rule;
  return ruleId;
}

function makePolicy(fleet: Fleet, rng: Rng, orgId: string, description: string, nowSec: number): string {
  const id = rng.guid();
  const policy = zeroUserPolicy();
  policy.PreventDeleteStorageVault = true;
  fleet.policies.set(id, {
    Description: description,
    OrganizationID: orgId,
    Policy: policy,
    DefaultUserPolicy: false,
    CreatedDate: nowSec - 86400 * 200,
    ModifiedDate: nowSec - 86400 * 20,
  });
  return id;
}
