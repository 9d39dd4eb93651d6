import { SEVT } from "../../comet/client/constants.js";
import {
  type BackupJobDetail,
  BackupJobDetailModel,
  type CometClient,
  DeviceConfigModel,
  type LiveUserConnection,
  LiveUserConnectionModel,
  ServerMetaVersionInfoModel,
  type StreamableEvent,
  type UserProfileConfig,
  UserProfileConfigModel,
} from "../../comet/client/index.js";
import { setDeviceConnection } from "./apply-connections.js";
import { applyJobs } from "./apply-jobs.js";
import { applyDeviceEvent, applyProfiles, markAccountRemoved } from "./apply-profiles.js";
import type { IngestContext } from "./context.js";

/**
 * Turns one buffered batch of stream events into write-layer calls.
 *
 * Order: the non-job events keep their stream order (a device added then removed must end
 * removed), but consecutive profile events collapse into one `applyProfiles` call (a profile
 * is a full snapshot, so the last one per username wins) and consecutive live-connection
 * events keep only the last per device. Job events commute: a job row only moves forward by
 * its convergence key, so the whole batch's jobs go into ONE `applyJobs` call, after the other
 * events so accounts and devices created in the same batch exist.
 */

export type BatchOp =
  | { kind: "profile"; username: string; data: unknown }
  | { kind: "removed"; username: string }
  | { kind: "device"; added: boolean; username: string; deviceId: string; device?: unknown }
  | { kind: "conn"; online: boolean; username: string; deviceId: string; conn?: LiveUserConnection };

export interface BatchPlan {
  jobs: BackupJobDetail[];
  ops: BatchOp[];
  serverVersion?: string;
  ignored: number;
  unknown: Array<{ type: unknown; typeString?: string }>;
  invalid: Array<{ type: number; reason: string }>;
}

/** Every official SEVT; the ones planEvent does not handle are chatter (logins, sessions, admins, buckets, ...). */
const knownTypes = new Set<number>(Object.values(SEVT));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A profile is usable only if Data is an object that parses and names the same account. */
function parseProfile(data: unknown, username: string): UserProfileConfig | undefined {
  if (!isObject(data)) return undefined;
  const parsed = UserProfileConfigModel.safeParse(data);
  return parsed.success && parsed.data.Username === username ? parsed.data : undefined;
}

export function planBatch(events: StreamableEvent[]): BatchPlan {
  const plan: BatchPlan = { jobs: [], ops: [], ignored: 0, unknown: [], invalid: [] };
  for (const ev of events) planEvent(plan, ev);
  return plan;
}

function planEvent(plan: BatchPlan, ev: StreamableEvent): void {
  const actor = ev.Actor ?? "";
  const resource = ev.ResourceID ?? "";
  switch (ev.Type) {
    case SEVT.JOB_NEW:
    case SEVT.JOB_COMPLETED: {
      const parsed = isObject(ev.Data) ? BackupJobDetailModel.safeParse(ev.Data) : undefined;
      if (parsed?.success && parsed.data.GUID) plan.jobs.push(parsed.data);
      else plan.invalid.push({ type: ev.Type, reason: "job event without a valid BackupJobDetail" });
      return;
    }
    case SEVT.ACCOUNT_NEW:
    case SEVT.ACCOUNT_UPDATED: {
      // Parsed later, and only the last one per username in a run: a busy account sends many.
      const named = isObject(ev.Data) && typeof ev.Data.Username === "string" ? ev.Data.Username : "";
      const username = resource || named || actor;
      if (username) plan.ops.push({ kind: "profile", username, data: ev.Data });
      else plan.invalid.push({ type: ev.Type, reason: "account event without a username" });
      return;
    }
    case SEVT.ACCOUNT_REMOVED: {
      // Before Comet 23.5 Data was the bare username string.
      const username = resource || (typeof ev.Data === "string" ? ev.Data : "");
      if (username) plan.ops.push({ kind: "removed", username });
      else plan.invalid.push({ type: ev.Type, reason: "account removal without a username" });
      return;
    }
    case SEVT.DEVICE_NEW:
    case SEVT.DEVICE_REMOVED:
      if (!actor || !resource) plan.invalid.push({ type: ev.Type, reason: "device event without Actor/ResourceID" });
      else
        plan.ops.push({
          kind: "device",
          added: ev.Type === SEVT.DEVICE_NEW,
          username: actor,
          deviceId: resource,
          device: ev.Data,
        });
      return;
    case SEVT.DEVICE_LIVE_CONNECT:
    case SEVT.DEVICE_LIVE_DISCONNECT: {
      const conn = isObject(ev.Data) ? LiveUserConnectionModel.safeParse(ev.Data) : undefined;
      const username = actor || (conn?.success ? conn.data.Username : "");
      const deviceId = resource || (conn?.success ? conn.data.DeviceID : "");
      if (!username || !deviceId) plan.invalid.push({ type: ev.Type, reason: "connection event without device" });
      else
        plan.ops.push({
          kind: "conn",
          online: ev.Type === SEVT.DEVICE_LIVE_CONNECT,
          username,
          deviceId,
          conn: conn?.success ? conn.data : undefined,
        });
      return;
    }
    case SEVT.META_HELLO: {
      const info = isObject(ev.Data) ? ServerMetaVersionInfoModel.safeParse(ev.Data) : undefined;
      if (info?.success && info.data.Version) plan.serverVersion = info.data.Version;
      return;
    }
    default:
      if (knownTypes.has(ev.Type)) plan.ignored++;
      else plan.unknown.push({ type: ev.Type, typeString: ev.TypeString });
  }
}

/** Splits the ordered ops into runs of the same kind, so each run can be applied in one go. */
export function runsOf(ops: BatchOp[]): BatchOp[][] {
  const runs: BatchOp[][] = [];
  for (const op of ops) {
    const last = runs.at(-1);
    if (last && last[0]!.kind === op.kind) last.push(op);
    else runs.push([op]);
  }
  return runs;
}

/** Keeps only the last op per key, in the order of those last occurrences. */
export function lastPer<T>(items: T[], key: (t: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    byKey.delete(key(item));
    byKey.set(key(item), item);
  }
  return [...byKey.values()];
}

export type ProfileFetch = (username: string) => Promise<{ profile: UserProfileConfig; profileHash?: string }>;

export function profileFetcher(client: CometClient): ProfileFetch {
  return (username) => client.getUserProfileAndHash(username);
}

/** Applies a plan through the write layer; each call is its own transaction, in stream order. */
/** The non-job part of a batch, in stream order. */
export async function applyOps(ctx: IngestContext, plan: BatchPlan, fetchProfile: ProfileFetch): Promise<number> {
  for (const run of runsOf(plan.ops)) await applyRun(ctx, run, fetchProfile);
  return plan.ops.length;
}

/** The job part of a batch: job rows converge whatever the order, so this may overlap other batches. */
export async function applyPlanJobs(ctx: IngestContext, plan: BatchPlan, fetchProfile: ProfileFetch): Promise<number> {
  if (plan.jobs.length > 0) await applyJobs(ctx, plan.jobs, { fetchProfile });
  return plan.jobs.length;
}

async function applyRun(ctx: IngestContext, run: BatchOp[], fetchProfile: ProfileFetch): Promise<void> {
  for (const op of run) {
    if (op.kind === "removed") await markAccountRemoved(ctx, op.username);
    if (op.kind === "device") {
      const device = DeviceConfigModel.safeParse(op.device);
      await applyDeviceEvent(ctx, {
        kind: op.added ? "added" : "removed",
        username: op.username,
        deviceId: op.deviceId,
        device: device.success ? device.data : undefined,
      });
    }
  }
  const profiles = lastPer(
    run.flatMap((op) => (op.kind === "profile" ? [op] : [])),
    (op) => op.username,
  );
  if (profiles.length > 0) await applyProfiles(ctx, await resolveProfiles(ctx, profiles, fetchProfile));
  const conns = lastPer(
    run.flatMap((op) => (op.kind === "conn" ? [op] : [])),
    (op) => `${op.username}\u0000${op.deviceId}`,
  );
  for (const op of conns) await setDeviceConnection(ctx, op);
}

/** Events whose Data is missing or invalid are re-read from the server (the event only says "changed"). */
async function resolveProfiles(
  ctx: IngestContext,
  ops: Array<Extract<BatchOp, { kind: "profile" }>>,
  fetchProfile: ProfileFetch,
): Promise<Array<{ username: string; profile: UserProfileConfig; profileHash?: string }>> {
  const resolved = await Promise.all(
    ops.map(async (op) => {
      const profile = parseProfile(op.data, op.username);
      if (profile) return { username: op.username, profile };
      try {
        return { username: op.username, ...(await fetchProfile(op.username)) };
      } catch (err) {
        ctx.logger.warn({ username: op.username, err: (err as Error).message }, "cannot re-read profile; skipped");
        return undefined;
      }
    }),
  );
  return resolved.filter((p) => p !== undefined);
}
