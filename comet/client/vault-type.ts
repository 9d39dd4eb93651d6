import { DESTINATION_TYPE } from "./constants.js";

/**
 * Storage Vault types (`DESTINATIONTYPE_*`) with the labels Comet's SDK descriptions give them
 * (shared/comet-api.md §6.4). Comet adds destination types with server releases, so an unknown
 * value gets a readable fallback rather than an error.
 */
export const VAULT_TYPE_LABELS: Record<number, string> = {
  [DESTINATION_TYPE.INVALID]: "Invalid",
  // The storage gateway failed to start; Comet shows a placeholder vault.
  [DESTINATION_TYPE.ERROR]: "Unavailable",
  [DESTINATION_TYPE.S3]: "S3-compatible",
  [DESTINATION_TYPE.SFTP]: "SFTP",
  [DESTINATION_TYPE.LOCALCOPY]: "Local Path",
  [DESTINATION_TYPE.COMET]: "Comet Server",
  [DESTINATION_TYPE.FTP]: "FTP",
  [DESTINATION_TYPE.AZUREBLOB]: "Azure Blob Storage",
  [DESTINATION_TYPE.SPANNED]: "Spanned",
  [DESTINATION_TYPE.SWIFT]: "OpenStack Swift",
  [DESTINATION_TYPE.B2]: "Backblaze B2",
  [DESTINATION_TYPE.STORJ]: "Storj",
  [DESTINATION_TYPE.WEBDAV]: "WebDAV",
  [DESTINATION_TYPE.SMB]: "SMB Path",
};

export function vaultTypeLabel(destinationType: number): string {
  return VAULT_TYPE_LABELS[destinationType] ?? `Other (${destinationType})`;
}
