import { ENGINE, RESTORE_ARCHIVE_FORMAT, RESTORE_TYPE } from "../../comet/client/constants.js";
import type { RestoreJobAdvancedOptions } from "../../comet/client/index.js";
import { builder } from "../builder.js";
import { ProtectedItemRef } from "../items/item.js";

/**
 * How a protected item may be restored, by engine (shared/comet-api.md §6.3, §6.5). The wizard offers
 * three methods; each becomes a RESTORETYPE_* that depends on the engine: Files and Folders restore
 * as files (0), as one archive (5) or as a test that discards the data (1); Disk Image and Hyper-V
 * items restore single files out of the image (VMDK_FILE, 7) and nothing else from Partner Hub.
 * Other engines (databases, Microsoft 365, VMware...) need restore targets the wizard does not ask
 * for, so they offer no method.
 */

export const restoreMethodValues = ["RESTORE_FILES", "COMPRESSED_ARCHIVE", "SIMULATE"] as const;
export type RestoreMethod = (typeof restoreMethodValues)[number];
export type OverwritePolicy = "NONE" | "IF_NEWER" | "IF_DIFFERENT" | "ALWAYS";
export type ArchiveFormat = keyof typeof RESTORE_ARCHIVE_FORMAT;

const typesByEngine: Record<string, Partial<Record<RestoreMethod, number>>> = {
  [ENGINE.FILE]: {
    RESTORE_FILES: RESTORE_TYPE.FILE,
    COMPRESSED_ARCHIVE: RESTORE_TYPE.FILE_ARCHIVE,
    SIMULATE: RESTORE_TYPE.NULL,
  },
  [ENGINE.WINDISK]: { RESTORE_FILES: RESTORE_TYPE.VMDK_FILE },
  [ENGINE.HYPERV]: { RESTORE_FILES: RESTORE_TYPE.VMDK_FILE },
};

/** The methods the wizard offers for an item of this engine, in display order; empty: none. */
export function restoreMethodsOf(engine: string): RestoreMethod[] {
  const types = typesByEngine[engine] ?? {};
  return restoreMethodValues.filter((m) => types[m] !== undefined);
}

/** RESTORETYPE_* for the method on this engine; undefined when the engine does not allow it. */
export function restoreTypeOf(engine: string, method: RestoreMethod): number | undefined {
  return typesByEngine[engine]?.[method];
}

/** Methods that write files on the device, and so need a destination path. */
export const needsDestination = (method: RestoreMethod) => method !== "SIMULATE";

/**
 * RestoreJobAdvancedOptions for a checked request. The overwrite flags apply to file restores only;
 * IF_NEWER and IF_DIFFERENT refine OverwriteExistingFiles, which must be set with them (§8).
 */
export function restoreOptions(
  type: number,
  method: RestoreMethod,
  opts: { destinationPath: string; overwrite: OverwritePolicy; archiveFormat: ArchiveFormat },
): RestoreJobAdvancedOptions {
  switch (method) {
    case "SIMULATE":
      return { Type: type };
    case "COMPRESSED_ARCHIVE":
      return { Type: type, DestPath: opts.destinationPath, ArchiveFormat: RESTORE_ARCHIVE_FORMAT[opts.archiveFormat] };
    case "RESTORE_FILES":
      return {
        Type: type,
        DestPath: opts.destinationPath,
        OverwriteExistingFiles: opts.overwrite !== "NONE",
        OverwriteIfNewer: opts.overwrite === "IF_NEWER",
        OverwriteIfDifferentContent: opts.overwrite === "IF_DIFFERENT",
      };
  }
}

export const RestoreMethodRef = builder.enumType("RestoreMethod", {
  description: "How a restore writes what it reads from the snapshot (which ones an item allows: `restoreMethods`).",
  values: {
    RESTORE_FILES: {
      description:
        "Restore files and folders into `destinationPath` on the device (from Disk Image and Hyper-V items: " +
        "single files out of the image).",
    },
    COMPRESSED_ARCHIVE: {
      description: "Write the selection as one compressed archive into `destinationPath` (Files and Folders only).",
    },
    SIMULATE: {
      description: "Read and check the selection without writing anything (Files and Folders only).",
    },
  } as const,
});

export const OverwritePolicyRef = builder.enumType("OverwritePolicy", {
  description: "What a file restore does with files that already exist at the destination.",
  values: {
    NONE: { description: "Keep existing files; restore only the missing ones." },
    IF_NEWER: { description: "Overwrite a file only when the restored one is newer." },
    IF_DIFFERENT: { description: "Overwrite a file only when its content differs." },
    ALWAYS: { description: "Overwrite every existing file." },
  } as const,
});

export const RestoreArchiveFormatRef = builder.enumType("RestoreArchiveFormat", {
  description: "Format of the archive a COMPRESSED_ARCHIVE restore writes.",
  values: {
    ZIP: { description: "ZIP (opens anywhere; the default)." },
    TAR: { description: "Uncompressed tar." },
    TARGZ: { description: "Gzip-compressed tar (.tar.gz)." },
    SQFS: { description: "SquashFS image." },
    TARZSTD: { description: "Zstandard-compressed tar (.tar.zst)." },
  } as const,
});

builder.prismaObjectFields(ProtectedItemRef, (t) => ({
  restoreMethods: t.field({
    type: [RestoreMethodRef],
    description:
      "The restore methods Partner Hub offers for this item's engine (empty: restore it from the Comet client).",
    select: { engine: true },
    resolve: (item) => restoreMethodsOf(item.engine),
  }),
}));
