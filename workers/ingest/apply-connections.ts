import type { LiveUserConnection } from "../../comet/client/index.js";
import type { RevokedDevice } from "./apply-profile-sql.js";
import { deviceEvent } from "./apply-profiles.js";
import { type Column, cometDate, type IngestContext, iso, type Tx, unnestFrom, writeMirror } from "./context.js";

/**
 * Live-connection state of devices (dispatcher `list-active` and DEVICE_LIVE_CONNECT/DISCONNECT).
 * A device is online iff a live connection exists for its (username, device id); the connection's
 * TargetID is kept because every dispatcher call needs it.
 */

interface ConnRow {
  targetId: string;
  username: string;
  deviceId: string;
  ip: string;
  connectedAt: string | null;
  version: string;
}

type DeviceRef = RevokedDevice;

const connColumns: readonly Column<ConnRow>[] = [
  ["target", "text", (r) => r.targetId],
  ["username", "text", (r) => r.username],
  ["dev", "text", (r) => r.deviceId],
  ["ip", "text", (r) => r.ip],
  ["connected", "timestamptz", (r) => r.connectedAt],
  ["version", "text", (r) => r.version],
];

/** One row per device: a device reconnecting may briefly hold two connections; the newest wins. */
function connRows(active: Record<string, LiveUserConnection>): ConnRow[] {
  const byDevice = new Map<string, ConnRow>();
  for (const [targetId, c] of Object.entries(active)) {
    if (!c.Username || !c.DeviceID) continue;
    const row: ConnRow = {
      targetId,
      username: c.Username,
      deviceId: c.DeviceID,
      ip: c.IPAddress ?? "",
      connectedAt: iso(cometDate(c.ConnectionTime)),
      version: c.ReportedVersion ?? "",
    };
    const key = `${c.Username}\u0000${c.DeviceID}`;
    const seen = byDevice.get(key);
    if (!seen || (row.connectedAt ?? "") > (seen.connectedAt ?? "")) byDevice.set(key, row);
  }
  return [...byDevice.values()].sort((a, b) => (a.targetId < b.targetId ? -1 : 1));
}

async function markOnline(tx: Tx, serverId: string, rows: ConnRow[]) {
  if (rows.length === 0) return [];
  const { sql, params } = unnestFrom(connColumns, rows, 2);
  return tx.$queryRawUnsafe<Array<DeviceRef & { wentOnline: boolean }>>(
    `WITH i AS (SELECT * FROM ${sql}),
old AS (SELECT d.id, d."isOnline" FROM "Device" d JOIN "CometAccount" a ON a.id = d."accountId"
        JOIN i ON a."serverId" = $1 AND a.username = i.username AND d."cometDeviceId" = i.dev),
up AS (
  UPDATE "Device" d SET "isOnline" = true, "targetId" = i.target, "ipAddress" = NULLIF(i.ip, ''),
    "connectedAt" = COALESCE(i.connected, d."connectedAt"), "lastSeenAt" = now(),
    "clientVersion" = COALESCE(NULLIF(i.version, ''), d."clientVersion"), "updatedAt" = now()
  FROM i JOIN "CometAccount" a ON a."serverId" = $1 AND a.username = i.username
  WHERE d."accountId" = a.id AND d."cometDeviceId" = i.dev AND d."revokedAt" IS NULL
  RETURNING d.id, d."accountId", d."mspId", d."customerId", d."cometDeviceId", d."friendlyName")
SELECT up.*, NOT COALESCE(old."isOnline", false) AS "wentOnline" FROM up LEFT JOIN old ON old.id = up.id`,
    serverId,
    ...params,
  );
}

const offlineSet = `"isOnline" = false, "targetId" = NULL, "lastSeenAt" = now(), "updatedAt" = now()`;
const deviceReturning = `RETURNING d.id, d."accountId", d."mspId", d."customerId", d."cometDeviceId", d."friendlyName"`;

export interface ApplyConnectionsResult {
  /** Devices with a live connection that we mirror. */
  online: number;
  wentOnline: number;
  wentOffline: number;
}

export async function applyConnections(
  ctx: IngestContext,
  active: Record<string, LiveUserConnection>,
  opts: { complete: boolean },
): Promise<ApplyConnectionsResult> {
  const rows = connRows(active);
  let wentOnline: string[] = [];
  const result = await writeMirror(ctx, async (tx, emit) => {
    const online = await markOnline(tx, ctx.server.id, rows);
    const went = online.filter((d) => d.wentOnline);
    wentOnline = went.map((d) => d.id);
    emit(went.map((d) => deviceEvent("device.online", d, true)));
    let offline: DeviceRef[] = [];
    if (opts.complete) {
      // The full list is the truth: every other device of this server is offline.
      offline = await tx.$queryRawUnsafe<DeviceRef[]>(
        `UPDATE "Device" d SET ${offlineSet}
         WHERE d."serverId" = $1 AND d."isOnline" AND NOT (d.id = ANY($2::text[])) ${deviceReturning}`,
        ctx.server.id,
        online.map((d) => d.id),
      );
      emit(offline.map((d) => deviceEvent("device.offline", d, false)));
    }
    return { online: online.length, wentOnline: went.length, wentOffline: offline.length };
  });
  if (wentOnline.length > 0) ctx.onDevicesOnline?.(wentOnline);
  return result;
}

/** DEVICE_LIVE_CONNECT / DEVICE_LIVE_DISCONNECT for one device. */
export async function setDeviceConnection(
  ctx: IngestContext,
  ev: { username: string; deviceId: string; online: boolean; targetId?: string; conn?: LiveUserConnection },
): Promise<void> {
  if (ev.online) {
    const conn = { ...ev.conn, Username: ev.username, DeviceID: ev.deviceId } as LiveUserConnection;
    const rows = connRows({ [ev.targetId ?? ""]: conn });
    const went = await writeMirror(ctx, async (tx, emit) => {
      const online = await markOnline(tx, ctx.server.id, rows);
      const went = online.filter((d) => d.wentOnline);
      emit(went.map((d) => deviceEvent("device.online", d, true)));
      return went.map((d) => d.id);
    });
    if (went.length > 0) ctx.onDevicesOnline?.(went);
    return;
  }
  await writeMirror(ctx, async (tx, emit) => {
    // A disconnect of an old connection that arrives after the device already reconnected under a
    // new TargetID must not take the device offline.
    const offline = await tx.$queryRawUnsafe<DeviceRef[]>(
      `UPDATE "Device" d SET ${offlineSet} FROM "CometAccount" a
       WHERE a.id = d."accountId" AND a."serverId" = $1 AND a.username = $2 AND d."cometDeviceId" = $3 AND d."isOnline"
         AND ($4::text = '' OR d."targetId" IS NULL OR d."targetId" = $4::text) ${deviceReturning}`,
      ctx.server.id,
      ev.username,
      ev.deviceId,
      ev.targetId ?? "",
    );
    emit(offline.map((d) => deviceEvent("device.offline", d, false)));
  });
}
