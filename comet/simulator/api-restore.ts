/**
 * run-restore and run-restore-custom (comet-api.md §7.2). Both start a RESTORE job on the live device
 * and keep what was asked on the simulated job (control.restoreOf) so tests can check the selection.
 * The snapshot defaults to the latest one of the Source in that vault; a given one must exist there.
 * The job's TotalFiles / TotalSize follow the selected paths (everything when Paths is absent).
 *
 * Guesses: run-restore (the simple form) is a FILE restore to `Path`; an unknown snapshot, bad
 * Options or Paths are Status 400 (the device would fail the job instead; see restore-options.ts).
 */
import { JOB_CLASSIFICATION, RESTORE_TYPE } from "../client/constants.js";
import { dispatchJob, target, vaultSnapshots, withJob } from "./api-dispatcher.js";
import type { ApiContext, ApiHandler } from "./http.js";
import { checkPaths, checkRestoreOptions, type RestoreRecord, selectionSize } from "./restore-options.js";
import { badRequest } from "./sim-error.js";

function restoreTarget(ctx: ApiContext) {
  const c = target(ctx);
  const p = ctx.state.account(c.meta.username).profile;
  const source = ctx.params.str("Source");
  const destination = ctx.params.str("Destination");
  const item = p.Sources[source];
  if (!item) throw badRequest(`Unknown Protected Item '${source}'`);
  if (!p.Destinations[destination]) throw badRequest(`Unknown Storage Vault '${destination}'`);
  const snapshots = vaultSnapshots(ctx.state, c, destination).filter((s) => s.Source === source);
  const wanted = ctx.params.optional("Snapshot");
  let snapshot: string | undefined;
  if (wanted) {
    if (!snapshots.some((s) => s.Snapshot === wanted)) {
      throw badRequest(
        `Snapshot '${wanted}' of Protected Item '${source}' not found in Storage Vault '${destination}'`,
      );
    }
    snapshot = wanted;
  } else {
    const latest = snapshots.reduce<(typeof snapshots)[number] | undefined>(
      (best, s) => (!best || (s.CreateTime as number) > (best.CreateTime as number) ? s : best),
      undefined,
    );
    if (!latest) throw badRequest(`Protected Item '${source}' has no snapshot in Storage Vault '${destination}'`);
    snapshot = latest.Snapshot as string;
  }
  return { source, destination, engine: item.Engine, snapshot };
}

function startRestore(ctx: ApiContext, record: RestoreRecord) {
  const size = record.paths ? selectionSize(record.snapshot, record.paths, ctx.state.clock.nowSec()) : undefined;
  const { job } = dispatchJob(ctx, JOB_CLASSIFICATION.RESTORE, {
    source: record.source,
    dest: record.destination,
    totalSize: size?.bytes,
    totalItems: size?.files,
  });
  job.restore = record;
  job.detail.SnapshotID = record.snapshot;
  return withJob(job.detail.GUID);
}

export const restoreRoutes: Record<string, ApiHandler> = {
  "admin/dispatcher/run-restore": (ctx) => {
    const destPath = ctx.params.str("Path");
    if (destPath.trim() === "") throw badRequest("Path (the local destination) must not be empty");
    const { engine, ...where } = restoreTarget(ctx);
    const options = checkRestoreOptions({ Type: RESTORE_TYPE.FILE, DestPath: destPath }, engine);
    return startRestore(ctx, { ...options, ...where, paths: checkPaths(ctx.params.json("Paths", true)) });
  },
  "admin/dispatcher/run-restore-custom": (ctx) => {
    const raw = ctx.params.json<unknown>("Options");
    const paths = checkPaths(ctx.params.json("Paths", true));
    const { engine, ...where } = restoreTarget(ctx);
    return startRestore(ctx, { ...checkRestoreOptions(raw, engine), ...where, paths });
  },
};
