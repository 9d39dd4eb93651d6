import { type DeviceConfig, type UserProfileConfig, UserProfileConfigModel } from "../../comet/client/index.js";
import type { NewLiveEvent } from "../../core/live/pubsub.js";
import {
  backfillJobLinks,
  flagMissingAccounts,
  pruneChildren,
  upsertItems,
  upsertVaults,
} from "./apply-inventory-sql.js";
import { deviceRow, profileRows } from "./apply-profile-rows.js";
import {
  type AccountResult,
  type DeviceResult,
  type RevokedDevice,
  revokeDevices,
  upsertAccounts,
  upsertDevices,
} from "./apply-profile-sql.js";
import { type IngestContext, writeMirror } from "./context.js";

/**
 * Mirrors Comet user profiles (account + devices + protected items + storage vaults) in one
 * transaction per call. Items and vaults missing from a profile are deleted; devices missing
 * from it are revoked (kept for job history). Accounts are never deleted, only flagged.
 */

export interface ProfileInput {
  username: string;
  profile: UserProfileConfig;
  profileHash?: string;
}

export interface ApplyProfilesResult {
  accounts: number;
  devices: number;
  items: number;
  vaults: number;
  /** With `complete`: accounts of the server currently flagged missing; else 0. */
  flagged: number;
  /** Profiles whose organization maps to no MSP. */
  skipped: number;
}

/** Account -> MSP: the server's tenant link for the profile's organization, else the server's owner. */
async function mspResolver(ctx: IngestContext): Promise<(organizationId: string) => string | null> {
  const links = await ctx.db.prisma.cometTenantLink.findMany({
    where: { serverId: ctx.server.id },
    select: { organizationId: true, mspId: true },
  });
  const byOrg = new Map(links.map((l) => [l.organizationId, l.mspId]));
  return (org) => byOrg.get(org) ?? ctx.server.mspId;
}

export function accountEvent(
  a: { id: string; username: string; mspId: string; customerId: string | null },
  missing: boolean,
): NewLiveEvent {
  return {
    mspId: a.mspId,
    customerId: a.customerId,
    topic: "account.updated",
    payload: { accountId: a.id, username: a.username, customerId: a.customerId, missing },
  };
}

type DeviceTopic = "device.added" | "device.removed" | "device.renamed" | "device.online" | "device.offline";

export function deviceEvent(
  topic: DeviceTopic,
  d: {
    id: string;
    accountId: string;
    mspId: string;
    customerId: string | null;
    cometDeviceId: string;
    friendlyName: string;
  },
  isOnline: boolean,
): NewLiveEvent {
  return {
    mspId: d.mspId,
    customerId: d.customerId,
    topic,
    payload: {
      deviceId: d.id,
      cometDeviceId: d.cometDeviceId,
      accountId: d.accountId,
      customerId: d.customerId,
      friendlyName: d.friendlyName,
      isOnline,
    },
  };
}

function deviceUpsertEvents(rows: DeviceResult[]): NewLiveEvent[] {
  const out: NewLiveEvent[] = [];
  for (const d of rows) {
    if (d.inserted || d.wasRevoked) out.push(deviceEvent("device.added", d, d.isOnline));
    else if (d.oldName !== null && d.oldName !== d.friendlyName) out.push(deviceEvent("device.renamed", d, d.isOnline));
  }
  return out;
}

const removedEvents = (rows: RevokedDevice[]) => rows.map((d) => deviceEvent("device.removed", d, false));

/** Validates every profile before the transaction starts: one bad profile writes nothing. */
function validate(profiles: ProfileInput[]): ProfileInput[] {
  const byUser = new Map<string, ProfileInput>();
  for (const p of profiles) byUser.set(p.username, { ...p, profile: UserProfileConfigModel.parse(p.profile) });
  return [...byUser.values()];
}

export async function applyProfiles(
  ctx: IngestContext,
  profiles: ProfileInput[],
  opts: { complete?: boolean } = {},
): Promise<ApplyProfilesResult> {
  const valid = validate(profiles);
  const mspOf = await mspResolver(ctx);
  const mapped = valid.flatMap((p) => {
    const mspId = mspOf(p.profile.OrganizationID ?? "");
    return mspId ? [{ ...p, mspId }] : [];
  });
  const skipped = valid.length - mapped.length;
  if (skipped > 0) {
    const orgs = [
      ...new Set(valid.filter((p) => !mspOf(p.profile.OrganizationID ?? "")).map((p) => p.profile.OrganizationID)),
    ];
    ctx.logger.warn(
      { server: ctx.server.profileName, skipped, organizations: orgs },
      "profiles of unmapped organizations skipped",
    );
  }
  const rows = profileRows(mapped);
  const usernames = mapped.map((p) => p.username);
  const sid = ctx.server.id;
  return writeMirror(ctx, async (tx, emit) => {
    const accounts: AccountResult[] = await upsertAccounts(tx, sid, rows.accounts);
    emit(accounts.filter((a) => a.changed).map((a) => accountEvent(a, false)));
    emit(deviceUpsertEvents(await upsertDevices(tx, sid, rows.devices)));
    const keepDevices = rows.devices.map((d) => ({ username: d.username, cometDeviceId: d.cometDeviceId }));
    emit(removedEvents(await revokeDevices(tx, sid, usernames, keepDevices, "keep")));
    await upsertItems(tx, sid, rows.items);
    await pruneChildren(
      tx,
      "ProtectedItem",
      sid,
      usernames,
      rows.items.map((i) => ({ username: i.username, id: i.cometSourceId })),
    );
    await upsertVaults(tx, sid, rows.vaults);
    await pruneChildren(
      tx,
      "StorageVault",
      sid,
      usernames,
      rows.vaults.map((v) => ({ username: v.username, id: v.cometDestinationId })),
    );
    await backfillJobLinks(
      tx,
      accounts.map((a) => a.id),
    );
    let flagged = 0;
    if (opts.complete) {
      const missing = await flagMissingAccounts(
        tx,
        sid,
        valid.map((p) => p.username),
      );
      emit(missing.flagged.map((a) => accountEvent(a, true)));
      flagged = missing.missingTotal;
    }
    const { devices, items, vaults } = rows;
    return {
      accounts: accounts.length,
      devices: devices.length,
      items: items.length,
      vaults: vaults.length,
      flagged,
      skipped,
    };
  });
}

/** SEVT_ACCOUNT_REMOVED: the account is flagged (its history stays) and its devices go offline. */
export async function markAccountRemoved(ctx: IngestContext, username: string): Promise<void> {
  await writeMirror(ctx, async (tx, emit) => {
    const flagged = await tx.$queryRawUnsafe<AccountResult[]>(
      `UPDATE "CometAccount" SET "missingSince" = now(), "updatedAt" = now()
       WHERE "serverId" = $1 AND username = $2 AND "missingSince" IS NULL
       RETURNING id, username, "mspId", "customerId"`,
      ctx.server.id,
      username,
    );
    emit(flagged.map((a) => accountEvent(a, true)));
    const offline = await tx.$queryRawUnsafe<RevokedDevice[]>(
      `UPDATE "Device" d SET "isOnline" = false, "targetId" = NULL, "lastSeenAt" = now(), "updatedAt" = now()
       FROM "CometAccount" a WHERE a.id = d."accountId" AND a."serverId" = $1 AND a.username = $2 AND d."isOnline"
       RETURNING d.id, d."accountId", d."mspId", d."customerId", d."cometDeviceId", d."friendlyName"`,
      ctx.server.id,
      username,
    );
    emit(offline.map((d) => deviceEvent("device.offline", d, false)));
  });
}

/** SEVT_DEVICE_NEW / SEVT_DEVICE_REMOVED for an account we already mirror (else the next profile brings it). */
export async function applyDeviceEvent(
  ctx: IngestContext,
  ev: { kind: "added" | "removed"; username: string; deviceId: string; device?: DeviceConfig },
): Promise<void> {
  const sid = ctx.server.id;
  await writeMirror(ctx, async (tx, emit) => {
    if (ev.kind === "removed") {
      const pair = [{ username: ev.username, cometDeviceId: ev.deviceId }];
      emit(removedEvents(await revokeDevices(tx, sid, [ev.username], pair, "only")));
      return;
    }
    if (!ev.device) return;
    const upserted = await upsertDevices(tx, sid, [deviceRow(ev.username, ev.deviceId, ev.device)]);
    if (upserted.length === 0)
      ctx.logger.debug(
        { username: ev.username, deviceId: ev.deviceId },
        "DEVICE_NEW changed nothing (unknown account or device already mirrored)",
      );
    emit(deviceUpsertEvents(upserted));
  });
}
