/**
 * Live-connected device commands (comet-api.md §7.2). TargetID is the live-connection GUID from
 * list-active, never the device ID. Commands start auto jobs (they progress and end by themselves):
 * run-backup(-custom) -> BACKUP, run-restore(-custom) -> RESTORE, apply-retention-rules -> RETENTION,
 * reindex-storage-vault -> REINDEX, deepverify -> DEEPVERIFY, unlock -> UNLOCK, update-software ->
 * UPDATE (then the client version becomes the server version and the device reconnects with a new
 * TargetID). uninstall-software drops the connection for good; drop-connection reconnects at once.
 *
 * Guesses: an unknown / offline TargetID is Status 403 (the only evidence is third-party, §3.2);
 * dispatcher-started jobs succeed (only scheduled jobs draw from the outcome mix); JobID is returned
 * as on devices >= 25.9.6; filename listings need LiveUserConnection.AllowsFilenames (else 403);
 * a suspended account's backups and restores are refused with Status 403 (api-restore.ts has the
 * restore calls).
 */
import { JOB_CLASSIFICATION } from "../client/constants.js";
import { OK } from "./api-users.js";
import { decodeTree, deviceRoots, listDirectory } from "./fs-tree.js";
import type { ApiContext, ApiHandler } from "./http.js";
import { startJob } from "./job-ops.js";
import { Rng } from "./random.js";
import { badRequest, SimError } from "./sim-error.js";
import type { Connection, SimState } from "./state.js";

/** Refusal for a suspended account's backups and restores (the real text is undocumented). */
export const SUSPENDED = "The account is suspended";

export function target(ctx: ApiContext): Connection {
  const conn = ctx.state.connections.get(ctx.params.str("TargetID"));
  if (!conn) throw new SimError(403, "Device is not connected (unknown TargetID)");
  return conn;
}

export function dispatchJob(
  ctx: ApiContext,
  classification: number,
  extra: { ruleId?: string; source?: string; dest?: string; totalSize?: number; totalItems?: number },
) {
  const c = target(ctx);
  const p = ctx.state.account(c.meta.username).profile;
  const userJob = classification === JOB_CLASSIFICATION.BACKUP || classification === JOB_CLASSIFICATION.RESTORE;
  if (userJob && p.IsSuspended) throw new SimError(403, SUSPENDED);
  if (extra.source !== undefined && !p.Sources[extra.source])
    throw badRequest(`Unknown Protected Item '${extra.source}'`);
  if (extra.dest !== undefined && !p.Destinations[extra.dest])
    throw badRequest(`Unknown Storage Vault '${extra.dest}'`);
  const durationMs =
    classification === JOB_CLASSIFICATION.BACKUP || classification === JOB_CLASSIFICATION.RESTORE
      ? undefined
      : ctx.state.rng.int(10, 40) * 1000;
  const job = startJob(ctx.state, {
    username: c.meta.username,
    deviceId: c.meta.deviceId,
    ruleId: extra.ruleId,
    sourceId: extra.source ?? (extra.ruleId ? undefined : ""),
    destinationId: extra.dest,
    classification,
    auto: true,
    durationMs,
    totalSize: extra.totalSize,
    totalItems: extra.totalItems,
  });
  return { job, conn: c };
}

export const withJob = (guid: string) => ({ Status: 200, Message: "OK", JobID: guid });

export function vaultSnapshots(state: SimState, c: Connection, dest: string) {
  const p = state.account(c.meta.username).profile;
  if (!p.Destinations[dest]) throw badRequest(`Unknown Storage Vault '${dest}'`);
  const snaps: Array<Record<string, unknown>> = [];
  // Older snapshots from before the simulation began, then the ones our own jobs produced.
  for (const [ruleId, rule] of Object.entries(p.BackupRules)) {
    const source = p.Sources[rule.Source];
    if (rule.Destination !== dest || !source) continue;
    const rng = new Rng(hashInt(`${ruleId}|${dest}`));
    for (let day = 3; day >= 1; day--) {
      const at = Math.floor(state.clock.startTime / 1000) - day * 86400 + rng.int(0, 3600);
      snaps.push({
        Snapshot: rng.hex(64),
        EngineType: source.Engine,
        Source: rule.Source,
        CreateTime: at,
        HasOriginalPathInfo: true,
      });
    }
  }
  for (const job of state.jobs.values()) {
    const d = job.detail;
    if (d.Username !== c.meta.username || d.DestinationGUID !== dest || !d.SnapshotID) continue;
    if (d.Classification !== JOB_CLASSIFICATION.BACKUP) continue;
    const engine = p.Sources[d.SourceGUID]?.Engine ?? "";
    snaps.push({
      Snapshot: d.SnapshotID,
      EngineType: engine,
      Source: d.SourceGUID,
      CreateTime: d.StartTime,
      HasOriginalPathInfo: true,
    });
  }
  return snaps;
}

function hashInt(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function requireFilenames(c: Connection): void {
  if (!c.conn.AllowsFilenames) throw new SimError(403, "The device does not allow the administrator to view filenames");
}

export const dispatcherRoutes: Record<string, ApiHandler> = {
  "admin/dispatcher/list-active": ({ state, params }) => {
    const filter = params.optional("UserNameFilter");
    const out: Record<string, unknown> = {};
    for (const [targetId, c] of state.connections) if (!filter || c.meta.username === filter) out[targetId] = c.conn;
    return out;
  },
  "admin/dispatcher/run-backup": (ctx) => {
    const c = target(ctx);
    const ruleId = ctx.params.str("BackupRule");
    if (!ctx.state.account(c.meta.username).profile.BackupRules[ruleId])
      throw badRequest(`Unknown backup rule '${ruleId}'`);
    return withJob(dispatchJob(ctx, JOB_CLASSIFICATION.BACKUP, { ruleId }).job.detail.GUID);
  },
  "admin/dispatcher/run-backup-custom": (ctx) => {
    const options = ctx.params.json<{ Tags?: string }>("Options", true);
    const { job } = dispatchJob(ctx, JOB_CLASSIFICATION.BACKUP, {
      source: ctx.params.str("Source"),
      dest: ctx.params.str("Destination"),
    });
    if (options?.Tags) job.detail.Tags = options.Tags;
    return withJob(job.detail.GUID);
  },
  "admin/dispatcher/apply-retention-rules": (ctx) => {
    dispatchJob(ctx, JOB_CLASSIFICATION.RETENTION, { dest: ctx.params.str("Destination") });
    return OK;
  },
  "admin/dispatcher/reindex-storage-vault": (ctx) => {
    dispatchJob(ctx, JOB_CLASSIFICATION.REINDEX, { dest: ctx.params.str("Destination") });
    return OK;
  },
  "admin/dispatcher/deepverify-storage-vault": (ctx) => {
    dispatchJob(ctx, JOB_CLASSIFICATION.DEEPVERIFY, { dest: ctx.params.str("Destination") });
    return OK;
  },
  "admin/dispatcher/unlock": (ctx) => {
    dispatchJob(ctx, JOB_CLASSIFICATION.UNLOCK, { dest: ctx.params.str("Destination") });
    return OK;
  },
  "admin/dispatcher/update-software": (ctx) => {
    const { job, conn } = dispatchJob(ctx, JOB_CLASSIFICATION.UPDATE, {});
    const { username, deviceId } = conn.meta;
    job.after = () => {
      const acc = ctx.state.accounts.get(username);
      const device = acc?.profile.Devices[deviceId];
      if (!acc || !device) return;
      device.ClientVersion = ctx.state.serverVersion;
      ctx.state.touch(acc, username);
      // The updated client restarts: a new live connection, so a new TargetID.
      if (ctx.state.isOnline(username, deviceId)) {
        ctx.state.setOnline(username, deviceId, false);
        ctx.state.setOnline(username, deviceId, true);
      }
    };
    return OK;
  },
  "admin/dispatcher/uninstall-software": (ctx) => {
    const c = target(ctx);
    ctx.params.bool("RemoveConfigFile");
    c.meta.uninstalled = true;
    ctx.state.setOnline(c.meta.username, c.meta.deviceId, false);
    return OK;
  },
  "admin/dispatcher/drop-connection": (ctx) => {
    const c = target(ctx);
    ctx.state.setOnline(c.meta.username, c.meta.deviceId, false);
    if (!c.meta.uninstalled) ctx.state.setOnline(c.meta.username, c.meta.deviceId, true);
    return OK;
  },
  "admin/dispatcher/kill-process": (ctx) => {
    const c = target(ctx);
    ctx.state.setOnline(c.meta.username, c.meta.deviceId, false);
    return OK;
  },
  "admin/dispatcher/refetch-profile": (ctx) => {
    target(ctx);
    return OK;
  },
  "admin/dispatcher/request-vault-snapshots": (ctx) => {
    const c = target(ctx);
    return { Status: 200, Message: "OK", Snapshots: vaultSnapshots(ctx.state, c, ctx.params.str("Destination")) };
  },
  "admin/dispatcher/request-stored-objects": (ctx) => {
    const c = target(ctx);
    requireFilenames(c);
    const dest = ctx.params.str("Destination");
    const snapshot = ctx.params.str("SnapshotID");
    if (!vaultSnapshots(ctx.state, c, dest).some((s) => s.Snapshot === snapshot)) {
      throw badRequest(`Unknown snapshot '${snapshot}'`);
    }
    const tree = ctx.params.optional("TreeID") ?? "";
    const path = tree ? decodeTree(tree) : "/";
    const depth = path.split("/").filter(Boolean).length;
    const objects = listDirectory(snapshot, path, depth, ctx.state.clock.nowSec());
    return { Status: 200, Message: "OK", StoredObjects: objects };
  },
  "admin/dispatcher/request-filesystem-objects": (ctx) => {
    const c = target(ctx);
    requireFilenames(c);
    const path = ctx.params.optional("Path") ?? "";
    const nowSec = ctx.state.clock.nowSec();
    const objects = path
      ? listDirectory(c.meta.deviceId, path, path.split(/[\\/]/).filter(Boolean).length, nowSec)
      : deviceRoots(c.meta.platform, nowSec);
    return { Status: 200, Message: "OK", StoredObjects: objects };
  },
};
