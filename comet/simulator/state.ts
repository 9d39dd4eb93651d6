/**
 * The simulated Comet Server's state: accounts (profiles + hashes), device metadata, live
 * connections (TargetID = a fresh GUID per connection, never the device ID), jobs and policies.
 * Every mutation that a real server would announce emits the matching event on the bus.
 *
 * Guesses (unverified in comet-api.md): the profile hash format (we use sha256 over revision +
 * profile JSON, truncated); ResourceID = username for ACCOUNT_* and job GUID for JOB_*; a device
 * rename and profile edits surface only as ACCOUNT_UPDATED; revoking a device also removes its
 * protected items and their backup rules.
 */
import { createHash } from "node:crypto";
import { SEVT } from "../client/constants.js";
import { CallLog } from "./call-log.js";
import type { SimClock } from "./clock.js";
import type { EventBus } from "./events.js";
import { addDevice, type DeviceMeta } from "./fleet.js";
import type { Job } from "./jobs.js";
import type { Rng } from "./random.js";
import { notFound } from "./sim-error.js";
import type { GroupPolicy, LiveUserConnection, UserProfileConfig } from "./wire-types.js";

export interface Account {
  username: string;
  password: string;
  profile: UserProfileConfig;
  rev: number;
  hash?: string;
}

export interface StorageProvider {
  organizationId: string;
  description: string;
  destinationType: number;
}

export interface Connection {
  targetId: string;
  meta: DeviceMeta;
  conn: LiveUserConnection;
}

export interface PolicyEntry {
  policy: GroupPolicy;
  rev: number;
  hash?: string;
}

export const devKey = (username: string, deviceId: string) => `${username}\n${deviceId}`;

export class SimState {
  readonly accounts = new Map<string, Account>();
  readonly devices = new Map<string, DeviceMeta>();
  readonly connections = new Map<string, Connection>();
  readonly connByDevice = new Map<string, string>();
  readonly jobs = new Map<string, Job>();
  readonly running = new Set<Job>();
  readonly policies = new Map<string, PolicyEntry>();
  readonly sessionKeys = new Set<string>();
  /** Admin API calls received (for tests; see call-log.ts). */
  readonly calls = new CallLog();
  /** Storage templates for request-storage-vault, by provider ID (see api-vaults.ts). */
  readonly storageProviders = new Map<string, StorageProvider>();
  /** Called when an account's backup rules may have changed, so the scheduler can plan them. */
  onRulesChanged: (username: string) => void = () => {};
  /** Called when a self-driving job starts, so the scheduler can plan its end. */
  onAutoJob: (job: Job) => void = () => {};

  constructor(
    readonly clock: SimClock,
    readonly rng: Rng,
    readonly bus: EventBus,
    readonly admin: { username: string; password: string },
    readonly serverVersion: string,
  ) {}

  account(username: string): Account {
    const acc = this.accounts.get(username);
    if (!acc) throw notFound(`User '${username}'`);
    return acc;
  }

  emit(type: number, actor: string, orgId: string | undefined, resourceId?: string, data?: unknown): void {
    this.bus.emit({ type, actor, orgId: orgId ?? "", resourceId, data });
  }

  profileHash(acc: Account): string {
    acc.hash ??= createHash("sha256")
      .update(`${acc.rev}:${JSON.stringify(acc.profile)}`)
      .digest("hex")
      .slice(0, 32);
    return acc.hash;
  }

  /** Records a profile change: new hash, and ACCOUNT_UPDATED with the full profile. */
  touch(acc: Account, actor: string): void {
    acc.rev++;
    acc.hash = undefined;
    this.emit(SEVT.ACCOUNT_UPDATED, actor, acc.profile.OrganizationID, acc.username, acc.profile);
  }

  addAccount(username: string, password: string, profile: UserProfileConfig, actor: string, announce = true): Account {
    profile.Username = username;
    const acc: Account = { username, password, profile, rev: 1 };
    this.accounts.set(username, acc);
    for (const deviceId of Object.keys(profile.Devices)) this.ensureDeviceMeta(username, deviceId);
    if (announce) this.emit(SEVT.ACCOUNT_NEW, actor, profile.OrganizationID, username, profile);
    this.onRulesChanged(username);
    return acc;
  }

  deleteAccount(username: string, actor: string): void {
    const acc = this.account(username);
    for (const deviceId of Object.keys(acc.profile.Devices)) this.setOnline(username, deviceId, false);
    for (const key of [...this.devices.keys()]) if (key.startsWith(`${username}\n`)) this.devices.delete(key);
    // Deleting a user removes its job history too (AdminDeleteUser doc).
    for (const [guid, job] of this.jobs) {
      if (job.detail.Username !== username) continue;
      this.jobs.delete(guid);
      this.running.delete(job);
    }
    this.accounts.delete(username);
    this.emit(SEVT.ACCOUNT_REMOVED, actor, acc.profile.OrganizationID, username);
  }

  /** Replaces a profile (set-user-profile*); devices added by an admin get default metadata. */
  replaceProfile(acc: Account, profile: UserProfileConfig, actor: string): void {
    profile.Username = acc.username;
    for (const key of [...this.devices.keys()]) {
      const meta = this.devices.get(key)!;
      if (meta.username === acc.username && !profile.Devices?.[meta.deviceId]) {
        this.setOnline(acc.username, meta.deviceId, false);
        this.devices.delete(key);
      }
    }
    acc.profile = profile;
    for (const deviceId of Object.keys(profile.Devices ?? {})) this.ensureDeviceMeta(acc.username, deviceId);
    this.touch(acc, actor);
    this.onRulesChanged(acc.username);
  }

  private ensureDeviceMeta(username: string, deviceId: string): DeviceMeta {
    const key = devKey(username, deviceId);
    let meta = this.devices.get(key);
    if (!meta) {
      const os = this.accounts.get(username)?.profile.Devices[deviceId]?.PlatformVersion;
      meta = {
        username,
        deviceId,
        kind: "desktop",
        platform: os?.os ?? "windows",
        arch: os?.arch ?? "amd64",
        ip: "203.0.113.10",
        allowsFilenames: true,
        uninstalled: false,
      };
      this.devices.set(key, meta);
    }
    return meta;
  }

  device(username: string, deviceId: string): DeviceMeta {
    const meta = this.devices.get(devKey(username, deviceId));
    if (!meta) throw notFound(`Device '${deviceId}' of user '${username}'`);
    return meta;
  }

  isOnline(username: string, deviceId: string): boolean {
    return this.connByDevice.has(devKey(username, deviceId));
  }

  connectionOf(username: string, deviceId: string): Connection | undefined {
    const targetId = this.connByDevice.get(devKey(username, deviceId));
    return targetId ? this.connections.get(targetId) : undefined;
  }

  /** Connects or disconnects a device; each new connection gets a new TargetID. Returns the TargetID. */
  setOnline(username: string, deviceId: string, online: boolean): string | undefined {
    const key = devKey(username, deviceId);
    const existing = this.connByDevice.get(key);
    if (!online) {
      if (!existing) return undefined;
      const c = this.connections.get(existing)!;
      this.connections.delete(existing);
      this.connByDevice.delete(key);
      this.emit(SEVT.DEVICE_LIVE_DISCONNECT, username, this.orgOf(username), deviceId, c.conn);
      return undefined;
    }
    if (existing) return existing;
    const meta = this.device(username, deviceId);
    const config = this.account(username).profile.Devices[deviceId];
    const targetId = this.rng.guid();
    const conn: LiveUserConnection = {
      Username: username,
      DeviceID: deviceId,
      ReportedVersion: config?.ClientVersion ?? this.serverVersion,
      ReportedPlatform: `${meta.platform}/${meta.arch}`,
      ...(config?.PlatformVersion ? { ReportedPlatformVersion: config.PlatformVersion } : {}),
      ...(config?.DeviceTimezone ? { DeviceTimeZone: config.DeviceTimezone } : {}),
      IPAddress: meta.ip,
      ConnectionTime: this.clock.nowSec(),
      AllowsFilenames: meta.allowsFilenames,
    };
    this.connections.set(targetId, { targetId, meta, conn });
    this.connByDevice.set(key, targetId);
    this.emit(SEVT.DEVICE_LIVE_CONNECT, username, this.orgOf(username), deviceId, conn);
    return targetId;
  }

  orgOf(username: string): string {
    return this.accounts.get(username)?.profile.OrganizationID ?? "";
  }

  registerDevice(username: string, name?: string): string {
    const acc = this.account(username);
    const slug = username.split("-")[0] ?? username;
    const meta = addDevice(this.rng, acc.profile, this.clock.nowSec(), {
      slug,
      index: Object.keys(acc.profile.Devices).length,
      name,
      recent: true,
    });
    this.devices.set(devKey(username, meta.deviceId), meta);
    this.emit(SEVT.DEVICE_NEW, username, acc.profile.OrganizationID, meta.deviceId, acc.profile.Devices[meta.deviceId]);
    this.touch(acc, username);
    this.onRulesChanged(username);
    this.setOnline(username, meta.deviceId, true);
    return meta.deviceId;
  }

  removeDevice(username: string, deviceId: string, actor: string): void {
    const acc = this.account(username);
    if (!acc.profile.Devices[deviceId]) throw notFound(`Device '${deviceId}'`);
    this.setOnline(username, deviceId, false);
    const p = acc.profile;
    delete p.Devices[deviceId];
    for (const [sourceId, source] of Object.entries(p.Sources)) {
      if (source.OwnerDevice !== deviceId) continue;
      delete p.Sources[sourceId];
      for (const [ruleId, rule] of Object.entries(p.BackupRules))
        if (rule.Source === sourceId) delete p.BackupRules[ruleId];
    }
    for (const vault of Object.values(p.Destinations)) {
      const assoc = vault.AssociatedDevices;
      if (Array.isArray(assoc)) vault.AssociatedDevices = assoc.filter((d) => d !== deviceId);
    }
    this.devices.delete(devKey(username, deviceId));
    this.emit(SEVT.DEVICE_REMOVED, actor, p.OrganizationID, deviceId);
    this.touch(acc, actor);
  }

  renameDevice(username: string, deviceId: string, name: string): void {
    const acc = this.account(username);
    const device = acc.profile.Devices[deviceId];
    if (!device) throw notFound(`Device '${deviceId}'`);
    device.FriendlyName = name;
    this.touch(acc, username);
  }

  policyHash(entry: PolicyEntry): string {
    entry.hash ??= createHash("sha256")
      .update(`${entry.rev}:${JSON.stringify(entry.policy)}`)
      .digest("hex")
      .slice(0, 32);
    return entry.hash;
  }
}
