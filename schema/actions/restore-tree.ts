import { z } from "zod";
import { cometTime, type StoredObject } from "../../comet/client/index.js";
import { InvalidInputError } from "../../core/errors.js";
import { builder } from "../builder.js";

/**
 * Directory listings for the restore wizard: one level of a snapshot (request-stored-objects) or of
 * the device's own filesystem (request-filesystem-objects), both answered as Comet StoredObjects.
 *
 * Comet lists a snapshot by `subtree` tokens and never says where a directory sits, yet a restore
 * selects by path (`Paths`). So each directory's token handed to clients carries both: Comet's
 * `subtree` and the directory's path, built by joining names from the root down. Paths use the
 * separator of the path they extend (`\` below a drive such as `C:`), and a top-level name that is
 * not absolute gets a leading `/` (how Files and Folders snapshots name their roots).
 */

export interface ListedObject {
  name: string;
  path: string;
  type: string;
  isDirectory: boolean;
  size: number;
  mtime: number;
  /** Opaque token to list inside this directory; null for anything else. */
  subtree: string | null;
}

export interface Listing {
  path: string;
  entries: ListedObject[];
}

/** STOREDOBJECTTYPE_* values that hold other objects (comet-api.md §6.6). */
const containerTypes = new Set([
  "dir",
  "windir",
  "vmdkdir",
  "mailfolder",
  "contactfolder",
  "calendar",
  "mssite",
  "mssiteteam",
  "mssitelistentity",
  "mssitelistdriveentity",
  "virtualimagedisk",
  "vhdxpartitiongpt",
  "vhdxpartitionmbr",
]);

const isAbsolute = (p: string) => /^([/\\]|[A-Za-z]:)/.test(p);

/** The path of `name` inside the directory at `parent` ("" = the top level). */
export function childPath(parent: string, name: string): string {
  if (parent === "") return isAbsolute(name) ? name : `/${name}`;
  const sep = parent.includes("\\") || /^[A-Za-z]:$/.test(parent) ? "\\" : "/";
  return parent.endsWith(sep) ? `${parent}${name}` : `${parent}${sep}${name}`;
}

const TreeTokenModel = z.object({ s: z.string(), p: z.string() });

export function encodeTreeToken(subtree: string, path: string): string {
  return Buffer.from(JSON.stringify({ s: subtree, p: path }), "utf8").toString("base64url");
}

/** Comet's subtree and the directory's path from a token we handed out; InvalidInputError on `field` otherwise. */
export function decodeTreeToken(token: string, field: string): { subtree: string; path: string } {
  try {
    const { s, p } = TreeTokenModel.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return { subtree: s, path: p };
  } catch {
    throw InvalidInputError.field([field], "is not a `subtree` returned by snapshotObjects");
  }
}

/**
 * One directory's listing: directories first, then by name. `tokenFor` gives a directory's
 * `subtree` token (snapshots) or null (the device filesystem, browsed by path).
 */
export function listingOf(
  parent: string,
  objects: StoredObject[],
  tokenFor: (o: StoredObject, path: string) => string | null,
): Listing {
  const entries = objects.map((o) => {
    const path = childPath(parent, o.name);
    const isDirectory = containerTypes.has(o.type) || o.subtree !== "";
    return {
      name: o.name,
      path,
      type: o.type,
      isDirectory,
      size: o.size,
      mtime: o.mtime,
      subtree: isDirectory ? tokenFor(o, path) : null,
    };
  });
  entries.sort(
    (a, b) =>
      Number(b.isDirectory) - Number(a.isDirectory) ||
      a.name.localeCompare(b.name, "en", { sensitivity: "base", numeric: true }),
  );
  return { path: parent, entries };
}

export const DirectoryEntryRef = builder.objectRef<ListedObject>("DirectoryEntry").implement({
  description: "One file, folder or other object in a directory listing of a snapshot or a device's filesystem.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The object's name within its directory." }),
    path: t.exposeString("path", {
      description:
        "Full path of the object: in a snapshot, the value to send in `RunRestoreInput.paths`; on the device, " +
        "a `destinationPath` or the `path` to list next.",
    }),
    type: t.exposeString("type", {
      description: 'Comet\'s raw object type (`STOREDOBJECTTYPE_*`), e.g. "file", "dir", "vmdkdir".',
    }),
    isDirectory: t.exposeBoolean("isDirectory", { description: "Whether the object contains others." }),
    size: t.field({
      type: "BigInt",
      description: "Size in bytes (0 for directories).",
      resolve: (o) => BigInt(Math.max(0, Math.trunc(o.size))),
    }),
    modifiedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Last modification time; null when Comet does not say.",
      resolve: (o) => cometTime(o.mtime),
    }),
    subtree: t.exposeString("subtree", {
      nullable: true,
      description:
        "For a snapshot directory: the opaque `treeId` to pass to `snapshotObjects` to list inside it. Null for " +
        "files, and on the device's filesystem (list a folder there by its `path`).",
    }),
  }),
});

export const DirectoryListingRef = builder.objectRef<Listing>("DirectoryListing").implement({
  description: "One level of a directory tree, listed on demand (directories first, then by name).",
  fields: (t) => ({
    path: t.exposeString("path", { description: 'Path of the listed directory; "" at the top level.' }),
    entries: t.field({
      type: [DirectoryEntryRef],
      description: "What the directory contains.",
      resolve: (l) => l.entries,
    }),
  }),
});
