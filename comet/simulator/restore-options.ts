/**
 * Validation of RestoreJobAdvancedOptions (comet-api.md §6.5, §8) against the Protected Item's engine,
 * and the size of a restore selection. A real server hands most of this to the device, which then
 * fails the job; the simulator refuses at dispatch (Status 400) so a bad request is visible at once.
 *
 * Guesses (ours, not Comet's): Files and Folders items restore with FILE / NULL / FILE_ARCHIVE /
 * PROCESS_*; Disk Image and Hyper-V items restore files only through the VMDK_FILE types (7/8/9) and
 * are refused FILE (0) and FILE_ARCHIVE (5); other engines accept any known type.
 */
import { ENGINE, RESTORE_TYPE } from "../client/constants.js";
import { listDirectory } from "./fs-tree.js";
import { badRequest } from "./sim-error.js";

export interface RestoreRecord {
  type: number;
  /** "" when restoring to the original location or for types without a destination (NULL). */
  destPath: string;
  destIsOriginalLocation: boolean;
  /** Selected paths inside the snapshot; null = everything. */
  paths: string[] | null;
  snapshot: string;
  source: string;
  destination: string;
  overwrite: { existing: boolean; ifNewer: boolean; ifDifferentContent: boolean; forcePermissions: boolean };
  archiveFormat: number;
}

/** RESTORETYPE_INVALID (-1) is not a usable type; 0..14 are (comet-api.md §6.5). */
const KNOWN_TYPES = new Set(Array.from({ length: 15 }, (_, i) => i));
const NEEDS_DEST_PATH = new Set<number>([
  RESTORE_TYPE.FILE,
  RESTORE_TYPE.FILE_ARCHIVE,
  RESTORE_TYPE.VMDK_FILE,
  RESTORE_TYPE.VMDK_FILE_ARCHIVE,
]);
const VMDK_TYPES = new Set<number>([
  RESTORE_TYPE.VMDK_FILE,
  RESTORE_TYPE.VMDK_FILE_NULL,
  RESTORE_TYPE.VMDK_FILE_ARCHIVE,
]);
const IMAGE_ENGINES = new Set<string>([ENGINE.WINDISK, ENGINE.HYPERV]);
const VMDK_ENGINES = new Set<string>([ENGINE.WINDISK, ENGINE.HYPERV, ENGINE.VMWARE]);

type RawOptions = Record<string, unknown>;

export function checkRestoreOptions(
  raw: unknown,
  engine: string,
): Omit<RestoreRecord, "paths" | "snapshot" | "source" | "destination"> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw badRequest("Options must be a RestoreJobAdvancedOptions object");
  }
  const o = raw as RawOptions;
  const type = o.Type;
  if (typeof type !== "number" || !KNOWN_TYPES.has(type)) {
    throw badRequest(`Options.Type ${JSON.stringify(type)} is not a known RESTORETYPE`);
  }
  if (IMAGE_ENGINES.has(engine) && (type === RESTORE_TYPE.FILE || type === RESTORE_TYPE.FILE_ARCHIVE)) {
    throw badRequest(
      `A ${engine} Protected Item cannot be restored with Type ${type}: use RESTORETYPE_VMDK_FILE (7), VMDK_FILE_NULL (8) or VMDK_FILE_ARCHIVE (9)`,
    );
  }
  if (VMDK_TYPES.has(type) && !VMDK_ENGINES.has(engine)) {
    throw badRequest(`Type ${type} (VMDK_FILE*) needs a Disk Image, Hyper-V or VMware Protected Item, not ${engine}`);
  }
  const destPath = typeof o.DestPath === "string" ? o.DestPath : "";
  const original = o.DestIsOriginalLocation === true;
  if (original && destPath !== "") throw badRequest("DestPath must be empty when DestIsOriginalLocation is set");
  if (NEEDS_DEST_PATH.has(type) && !original && destPath.trim() === "") {
    throw badRequest(`Options.DestPath is required for restore Type ${type}`);
  }
  return {
    type,
    destPath,
    destIsOriginalLocation: original,
    overwrite: {
      existing: o.OverwriteExistingFiles === true,
      ifNewer: o.OverwriteIfNewer === true,
      ifDifferentContent: o.OverwriteIfDifferentContent === true,
      forcePermissions: o.OverwriteForcePermissions === true,
    },
    archiveFormat: typeof o.ArchiveFormat === "number" ? o.ArchiveFormat : 0,
  };
}

export function checkPaths(raw: unknown): string[] | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw) || raw.some((p) => typeof p !== "string")) {
    throw badRequest("Paths must be a JSON array of strings");
  }
  return raw as string[];
}

/**
 * Files and bytes under the selected paths of a snapshot, from the same deterministic tree that
 * request-stored-objects serves (paths as "/Dir/Sub/file", the tree's own separators). Unknown paths
 * count as nothing: the device would just find nothing to restore there.
 */
export function selectionSize(snapshot: string, paths: string[], nowSec: number): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const raw of paths) {
    const parts = raw.split(/[\\/]/).filter(Boolean);
    const name = parts.pop();
    if (!name) continue;
    const parent = `/${parts.join("/")}`;
    const entry = listDirectory(snapshot, parent, parts.length, nowSec).find((o) => o.name === name);
    if (!entry) continue;
    if (entry.type === "dir") {
      files += entry.f ?? 0;
      bytes += entry.b ?? 0;
    } else {
      files += 1;
      bytes += entry.size;
    }
  }
  return { files, bytes };
}
