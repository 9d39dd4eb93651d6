import type { OverwritePolicy, RestoreArchiveFormat, RestoreMethod, RunRestoreInput } from "../../gql/graphql.js";
import type { FieldErrorItem } from "../../lib/form-errors.js";

/**
 * The restore wizard's choices and the rules between its steps, apart from any component: what
 * blocks leaving a step, the `runRestore` input the choices make, and which step a field error
 * of the API belongs to (its path names an input field, e.g. `["input", "destinationPath"]`).
 */

export const stepTitles = ["Storage Vault", "Protected item", "Method", "Scope"] as const;
export type Step = 0 | 1 | 2 | 3;

export type Scope = "ALL" | "SELECTED";

export interface Choices {
  vaultId: string | null;
  itemId: string | null;
  /** The snapshot picked; null: "Latest". */
  snapshotId: string | null;
  /** The newest snapshot listed (what "Latest" means right now); null until listed or when offline. */
  latestSnapshotId: string | null;
  method: RestoreMethod | null;
  destinationPath: string;
  overwrite: OverwritePolicy;
  archiveFormat: RestoreArchiveFormat;
  scope: Scope;
  /** Snapshot entries' `path`s (the fewest that cover the selection: tree-selection.ts). */
  paths: string[];
  /** Queue the restore until the device connects (offered only while it is offline). */
  queue: boolean;
}

export const emptyChoices = (): Choices => ({
  vaultId: null,
  itemId: null,
  snapshotId: null,
  latestSnapshotId: null,
  method: null,
  destinationPath: "",
  overwrite: "NONE",
  archiveFormat: "ZIP",
  scope: "ALL",
  paths: [],
  queue: false,
});

export const wizardFields = [
  "storageVault",
  "protectedItem",
  "snapshotId",
  "method",
  "destinationPath",
  "overwrite",
  "archiveFormat",
  "paths",
  "queue",
] as const;
export type WizardField = (typeof wizardFields)[number];
export type FieldProblems = Partial<Record<WizardField, string>>;

const stepOfField: Record<WizardField, Step> = {
  storageVault: 0,
  protectedItem: 1,
  snapshotId: 1,
  method: 2,
  destinationPath: 2,
  overwrite: 2,
  archiveFormat: 2,
  paths: 3,
  queue: 3,
};

export const methodLabels: Record<RestoreMethod, string> = {
  RESTORE_FILES: "Restore files",
  COMPRESSED_ARCHIVE: "Compressed archive",
  SIMULATE: "Simulate",
};

export const methodHints: Record<RestoreMethod, string> = {
  RESTORE_FILES: "Write the files and folders into a folder on the device.",
  COMPRESSED_ARCHIVE: "Write one archive file into a folder on the device.",
  SIMULATE: "Read and check the data without writing anything.",
};

export const overwriteLabels: Record<OverwritePolicy, string> = {
  NONE: "Never overwrite",
  IF_NEWER: "If newer",
  IF_DIFFERENT: "If different",
  ALWAYS: "Always",
};

export const archiveFormatLabels: Record<RestoreArchiveFormat, string> = {
  ZIP: "ZIP",
  TAR: "tar",
  TARGZ: "tar.gz",
  TARZSTD: "tar.zst",
  SQFS: "SquashFS",
};

export const needsDestination = (method: RestoreMethod | null) => method !== null && method !== "SIMULATE";

/** What the wizard knows besides the choices. */
export interface StepContext {
  /** The chosen item's `restoreMethods` (empty: none chosen, or it cannot be restored here). */
  methods: readonly RestoreMethod[];
  /** Whether the device answers (browsing and picking snapshots need it). */
  offline: boolean;
  /** Whether the chosen item is known to have no snapshot in the chosen vault. */
  noSnapshots: boolean;
}

/** What blocks leaving `step`, by field; empty: the user may go on. */
export function stepProblems(step: Step, c: Choices, ctx: StepContext): FieldProblems {
  const problems: FieldProblems = {};
  if (step === 0 && !c.vaultId) problems.storageVault = "Choose a Storage Vault.";
  if (step === 1) {
    if (!c.itemId) problems.protectedItem = "Choose a protected item.";
    else if (ctx.methods.length === 0) problems.protectedItem = "This item cannot be restored from Partner Hub.";
    else if (ctx.noSnapshots && !ctx.offline) problems.snapshotId = "This item has no snapshot in this vault.";
  }
  if (step === 2) {
    if (!c.method || !ctx.methods.includes(c.method)) problems.method = "Choose how to restore.";
    else if (needsDestination(c.method) && c.destinationPath.trim() === "") {
      problems.destinationPath = "Enter or pick the folder to restore into.";
    }
  }
  if (step === 3) {
    if (c.scope === "SELECTED" && c.paths.length === 0) problems.paths = "Select at least one file or folder.";
    if (ctx.offline && c.scope === "SELECTED") problems.paths = "Selecting files needs the device online.";
    if (ctx.offline && !c.queue) problems.queue = "The device is offline: queue the restore to run when it connects.";
  }
  return problems;
}

/** The `runRestore` input the choices make (fields that do not apply to the method are left out). */
export function restoreInput(deviceId: string, c: Choices, idempotencyKey: string): RunRestoreInput {
  const method = c.method ?? "RESTORE_FILES";
  const snapshotId = c.snapshotId ?? c.latestSnapshotId;
  return {
    deviceId,
    storageVaultId: c.vaultId ?? "",
    protectedItemId: c.itemId ?? "",
    method,
    ...(snapshotId ? { snapshotId } : {}),
    ...(needsDestination(method) ? { destinationPath: c.destinationPath.trim() } : {}),
    ...(method === "RESTORE_FILES" ? { overwrite: c.overwrite } : {}),
    ...(method === "COMPRESSED_ARCHIVE" ? { archiveFormat: c.archiveFormat } : {}),
    ...(c.scope === "SELECTED" ? { paths: [...c.paths] } : {}),
    ...(c.queue ? { queue: {} } : {}),
    idempotencyKey,
  };
}

const inputNames: Record<string, WizardField> = {
  storageVault: "storageVault",
  storageVaultId: "storageVault",
  protectedItem: "protectedItem",
  protectedItemId: "protectedItem",
  snapshotId: "snapshotId",
  method: "method",
  destinationPath: "destinationPath",
  overwrite: "overwrite",
  archiveFormat: "archiveFormat",
  paths: "paths",
  queue: "queue",
};

/**
 * The API's field errors by wizard field (`["input", "paths", "3"]` is `paths`), the rest as one
 * message for the whole wizard, and the first step with a field error (to show it).
 */
export function placeFieldErrors(errors: readonly FieldErrorItem[]): {
  fields: FieldProblems;
  form: string | null;
  step: Step | null;
} {
  const fields: FieldProblems = {};
  const rest: string[] = [];
  let step: Step | null = null;
  for (const error of errors) {
    const field = error.path[0] === "input" ? inputNames[error.path[1] ?? ""] : undefined;
    if (!field) {
      rest.push(error.message);
      continue;
    }
    fields[field] = fields[field] ? `${fields[field]}; ${error.message}` : error.message;
    step = step === null ? stepOfField[field] : (Math.min(step, stepOfField[field]) as Step);
  }
  return { fields, form: rest.length > 0 ? rest.join("; ") : null, step };
}

/** A fresh idempotency key (one per wizard: a retried submit cannot start a second restore). */
export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
