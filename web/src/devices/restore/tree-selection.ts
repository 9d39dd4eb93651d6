/**
 * Selection in the snapshot tree. Selecting a folder restores everything under it, so the paths
 * sent are the fewest that cover the selection: a selected folder swallows any selected path
 * inside it, and what lies inside a selected folder shows as selected without being listed.
 * Snapshot paths use `/` or, below a Windows drive, `\` (schema/actions/restore-tree.ts).
 */

const isSeparator = (c: string | undefined) => c === "/" || c === "\\";

/** Whether `path` lies strictly inside the folder `folder`. */
export function isInside(folder: string, path: string): boolean {
  if (path.length <= folder.length || !path.startsWith(folder)) return false;
  return isSeparator(folder.at(-1)) || isSeparator(path[folder.length]);
}

/** The selected folder that already covers `path`, if any. */
export function coveringFolder(selected: readonly string[], path: string): string | undefined {
  return selected.find((s) => isInside(s, path));
}

/** The selection after checking or unchecking `path`. */
export function toggleSelection(selected: readonly string[], path: string, checked: boolean): string[] {
  if (!checked) return selected.filter((s) => s !== path);
  if (coveringFolder(selected, path)) return [...selected];
  return [...selected.filter((s) => s !== path && !isInside(path, s)), path];
}
