import type { DeviceActionKind, PreviewBulkDeviceActionInput } from "../../gql/graphql.js";

/**
 * What the bulk dialog asks for, and how it becomes the API's input. Preview and Start send the
 * same input (Start adds its commitment), so what was previewed is what starts.
 */

export type BulkKind = Extract<
  DeviceActionKind,
  "UPDATE_SOFTWARE" | "UNINSTALL_SOFTWARE" | "APPLY_RETENTION" | "REINDEX_VAULT" | "RUN_BACKUP"
>;

export const bulkKinds: { kind: BulkKind; label: string }[] = [
  { kind: "UPDATE_SOFTWARE", label: "Update client software" },
  { kind: "UNINSTALL_SOFTWARE", label: "Uninstall client software" },
  { kind: "APPLY_RETENTION", label: "Apply retention rules" },
  { kind: "REINDEX_VAULT", label: "Reindex vault" },
  { kind: "RUN_BACKUP", label: "Run backup" },
];

export const needsVault = (kind: BulkKind) =>
  kind === "APPLY_RETENTION" || kind === "REINDEX_VAULT" || kind === "RUN_BACKUP";

export interface BulkForm {
  kind: BulkKind;
  /** Global ID of the customer; null for every customer of the MSP. */
  customerId: string | null;
  search: string;
  removeConfiguration: boolean;
  storageVaultName: string;
  protectedItemName: string;
  queueOffline: boolean;
}

export function previewInput(form: BulkForm): PreviewBulkDeviceActionInput {
  const search = form.search.trim();
  return {
    kind: form.kind,
    filter: { customerId: form.customerId, search: search === "" ? null : search },
    options: {
      removeConfiguration: form.kind === "UNINSTALL_SOFTWARE" ? form.removeConfiguration : null,
      storageVaultName: needsVault(form.kind) ? form.storageVaultName.trim() : null,
      protectedItemName: form.kind === "RUN_BACKUP" ? form.protectedItemName.trim() : null,
    },
    queueOffline: form.queueOffline,
  };
}

/** What the form lacks before it can be previewed, in words; null when complete. */
export function missing(form: BulkForm): string | null {
  if (needsVault(form.kind) && form.storageVaultName.trim() === "") return "Name the storage vault.";
  if (form.kind === "RUN_BACKUP" && form.protectedItemName.trim() === "") return "Name the protected item.";
  return null;
}

/** Uninstalling is typed out, with the count, so a fleet-wide uninstall is never one stray click. */
export const uninstallPhrase = (count: number) => `UNINSTALL ${count} devices`;
