import { builder } from "../builder.js";

/** The inputs shared by `previewBulkDeviceAction` and `startBulkDeviceAction`. */

export const BulkDeviceFilterInput = builder.inputType("BulkDeviceFilterInput", {
  description:
    "Which devices: the filters of the `devices` query (AND-ed, within your tenant; revoked devices never match), " +
    "plus an explicit list of devices.",
  fields: (t) => ({
    customerId: t.id({ description: "Only devices of this customer (its global ID)." }),
    serverId: t.id({ description: "Only devices on this Comet server (its global ID)." }),
    search: t.string({
      description: "Case-insensitive match on the device name, the account username or the Comet device id.",
    }),
    isOnline: t.boolean({ description: "Only online (true) or offline (false) devices." }),
    deviceIds: t.idList({
      description: "Only these devices (global IDs); IDs that are not yours or do not exist match nothing.",
    }),
  }),
});

export const BulkActionOptionsInput = builder.inputType("BulkActionOptionsInput", {
  description:
    "Options shared by every device of a bulk action. Items and vaults are named, because each device has its own: " +
    "a device without one of that name gets a FAILED action saying so.",
  fields: (t) => ({
    removeConfiguration: t.boolean({
      description: "UNINSTALL_SOFTWARE (required): also remove the client's configuration from each device.",
    }),
    storageVaultName: t.string({
      description: "RUN_BACKUP, APPLY_RETENTION, REINDEX_VAULT (required): the vault's name, case-insensitive.",
    }),
    protectedItemName: t.string({
      description: "RUN_BACKUP (required): the protected item's name, case-insensitive.",
    }),
  }),
});

export interface BulkFilter {
  customerId?: string | number | null;
  serverId?: string | number | null;
  search?: string | null;
  isOnline?: boolean | null;
  deviceIds?: (string | number)[] | null;
}

export interface BulkOptions {
  removeConfiguration?: boolean | null;
  storageVaultName?: string | null;
  protectedItemName?: string | null;
}
