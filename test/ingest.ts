import { randomUUID } from "node:crypto";
import {
  type BackupJobDetail,
  BackupJobDetailModel,
  type UserProfileConfig,
  UserProfileConfigModel,
} from "../comet/client/index.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import type { Db } from "../prisma/db.js";
import type { IngestContext } from "../workers/ingest/context.js";
import { world } from "./world.js";

/**
 * Shared by the write-layer and worker-job tests only: a tenant and its server (from the world
 * builder; `world` grows it), and Comet payload builders.
 */

export async function seedTenant(db: Db, opts: { serverOwned?: boolean } = {}) {
  const tag = randomUUID().slice(0, 8);
  const w = world(db)
    .msp("msp", `MSP ${tag}`, { slug: `msp-${tag}` })
    .server("server", {
      // Never connected to: the tests apply Comet payloads directly.
      baseUrl: "http://127.0.0.1:1/",
      msp: opts.serverOwned === false ? null : "msp",
      profileName: `srv-${tag}`,
      label: `Server ${tag}`,
    });
  const { msps, servers } = await w.build();
  const msp = msps.msp;
  const server = servers.server;
  const live = buildPubSub({});
  const ctx: IngestContext = {
    db,
    live,
    logger: buildLogger("silent", "test"),
    server: { id: server.id, profileName: server.profileName, mspId: server.mspId },
  };
  return { msp, server, ctx, tag, world: w };
}

export interface DeviceSpec {
  name: string;
  os?: string;
  arch?: string;
  version?: string;
}
export interface SourceSpec {
  engine: string;
  owner: string;
  description?: string;
  size?: number;
  vms?: number;
  lastStatus?: number;
}
export interface VaultSpec {
  type?: number;
  used?: number;
  quota?: number;
}

export function buildProfile(
  username: string,
  spec: {
    org?: string;
    devices?: Record<string, DeviceSpec>;
    sources?: Record<string, SourceSpec>;
    vaults?: Record<string, VaultSpec>;
    extra?: Record<string, unknown>;
  } = {},
): UserProfileConfig {
  const sources = spec.sources ?? {};
  const devices = Object.fromEntries(
    Object.entries(spec.devices ?? {}).map(([id, d]) => [
      id,
      {
        FriendlyName: d.name,
        RegistrationTime: 1_700_000_000,
        PlatformVersion: {
          os: d.os ?? "windows",
          arch: d.arch ?? "amd64",
          version: "2009",
          distribution: "Windows 11",
        },
        ClientVersion: d.version ?? "25.9.8",
        Sources: Object.fromEntries(
          Object.entries(sources)
            .filter(([, s]) => s.owner === id)
            .map(([sid, s]) => [
              sid,
              { Engine: s.engine, Description: s.description ?? sid, Size: s.size ?? 0, TotalVmCount: s.vms ?? 0 },
            ]),
        ),
      },
    ]),
  );
  const job = (status: number) => ({ GUID: "last", Status: status, StartTime: 1_700_000_100, EndTime: 1_700_000_200 });
  return UserProfileConfigModel.parse({
    Username: username,
    AccountName: `Account ${username}`,
    OrganizationID: spec.org ?? "",
    Emails: [`${username}@example.com`],
    MaximumDevices: 5,
    PasswordHash: "secret-hash",
    PasswordRecovery: "recovery-code",
    TOTPKey: "totp-seed",
    AllowPasswordLogin: true,
    Devices: devices,
    Sources: Object.fromEntries(
      Object.entries(sources).map(([id, s]) => [
        id,
        {
          Engine: s.engine,
          Description: s.description ?? id,
          OwnerDevice: s.owner,
          EngineProps: { PASSWORD: "db-pass", INCLUDE0: "C:\\" },
          Statistics: s.lastStatus
            ? { LastBackupJob: job(s.lastStatus), LastSuccessfulBackupJob: job(5000) }
            : undefined,
        },
      ]),
    ),
    Destinations: Object.fromEntries(
      Object.entries(spec.vaults ?? {}).map(([id, v]) => [
        id,
        {
          Description: `Vault ${id}`,
          DestinationType: v.type ?? 1003,
          StorageLimitEnabled: v.quota !== undefined,
          StorageLimitBytes: v.quota ?? 0,
          EncryptedEncryptionKey: "enc-key",
          S3SecretKey: "s3-secret",
          Statistics: { ClientProvidedSize: { Size: v.used ?? 0 } },
        },
      ]),
    ),
    ...spec.extra,
  });
}

export function buildJob(partial: Partial<BackupJobDetail> & { GUID: string; Username: string }): BackupJobDetail {
  return BackupJobDetailModel.parse({ Classification: 4001, Status: 6001, StartTime: 1_700_000_000, ...partial });
}

export interface OutboxRow {
  sequence: bigint;
  topic: string;
  mspId: string;
  customerId: string | null;
  payload: Record<string, unknown>;
}

export async function outbox(db: Db, mspId?: string): Promise<OutboxRow[]> {
  const rows = await db.prisma.liveEvent.findMany({ where: mspId ? { mspId } : {}, orderBy: { sequence: "asc" } });
  return rows.map((r) => ({ ...r, payload: r.payload as Record<string, unknown> }));
}
