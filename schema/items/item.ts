import { encodeGlobalID } from "@pothos/plugin-relay";
import { engineCategory, engineCategoryLabel } from "../../comet/client/engine-category.js";
// The raw-status mapping lives with ingestion; it is pure (constants only), so the API reuses it.
import { jobOutcome } from "../../comet/client/job-status.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";
import { JobOutcomeRef, JobStatusRef, jobStatusOf } from "../jobs/status.js";
import { EngineCategoryRef, engineLabel } from "./engine.js";

/**
 * A Protected Item (Comet `SourceConfig`): what a device backs up. Its last-job fields are
 * Comet's own statistics from the account profile, so they stay right even for jobs older than
 * Partner Hub's job history.
 */
export const ProtectedItemRef = builder.prismaNode("ProtectedItem", {
  id: { field: "id" },
  nullable: true,
  description: "A Protected Item: one thing a device backs up (files, a disk image, a database, VMs...).",
  findUnique: (id, ctx) => ({ id, ...scopeWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    cometSourceId: t.exposeString("cometSourceId", { description: "Comet's own item GUID." }),
    description: t.exposeString("description", { description: "Name of the item as set in Comet." }),
    engine: t.exposeString("engine", { description: "Comet engine id, e.g. `engine1/windisk`." }),
    engineLabel: t.string({
      description: 'The engine as Comet labels it, e.g. "Disk Image"; the raw id for engines Comet added later.',
      resolve: (item) => engineLabel(item.engine),
    }),
    engineCategory: t.field({
      type: EngineCategoryRef,
      description: "Dashboard category of the engine.",
      resolve: (item) => engineCategory(item.engine),
    }),
    engineCategoryLabel: t.string({
      description: 'The category as shown on the dashboard, e.g. "Files and Folders".',
      resolve: (item) => engineCategoryLabel(engineCategory(item.engine)),
    }),
    totalBytes: t.expose("totalBytes", { type: "BigInt", description: "Size of the item at its last backup." }),
    totalFiles: t.expose("totalFiles", { type: "BigInt", description: "Files in the item at its last backup." }),
    totalDirectories: t.expose("totalDirectories", {
      type: "BigInt",
      description: "Directories in the item at its last backup.",
    }),
    vmCount: t.exposeInt("vmCount", { description: "Hyper-V / VMware / Proxmox guests protected by this item." }),
    m365AccountCount: t.exposeInt("m365AccountCount", {
      description: "Microsoft 365 accounts protected by this item.",
    }),
    lastJobCometStatus: t.exposeInt("lastJobStatus", {
      nullable: true,
      description: "Comet's raw status code of the item's last job; null when it never ran.",
    }),
    lastJobOutcome: t.field({
      type: JobOutcomeRef,
      nullable: true,
      description: "Comet status family of the item's last job; null when it never ran.",
      resolve: (item) => (item.lastJobStatus == null ? null : jobOutcome(item.lastJobStatus)),
    }),
    lastJobStatus: t.field({
      type: JobStatusRef,
      nullable: true,
      description: "Normalised status of the item's last job; null when it never ran.",
      resolve: (item) => (item.lastJobStatus == null ? null : jobStatusOf(jobOutcome(item.lastJobStatus))),
    }),
    lastJobAt: t.expose("lastJobAt", {
      type: "DateTime",
      nullable: true,
      description: "When the item's last job started; null when it never ran.",
    }),
    lastSuccessAt: t.expose("lastSuccessAt", {
      type: "DateTime",
      nullable: true,
      description: "When the item's last successful job started; null when none succeeded.",
    }),
    deviceId: t.id({
      nullable: true,
      description: "Global ID of the device that owns the item; null when the device is unknown.",
      resolve: (item) => (item.deviceId ? encodeGlobalID("Device", item.deviceId) : null),
    }),
    deviceName: t.string({
      nullable: true,
      description: "Name of the device that owns the item; null when the device is unknown.",
      select: { device: { select: { friendlyName: true } } },
      resolve: (item) => item.device?.friendlyName ?? null,
    }),
    accountId: t.id({
      description: "Global ID of the Comet account the item belongs to.",
      resolve: (item) => encodeGlobalID("CometAccount", item.accountId),
    }),
    accountUsername: t.string({
      description: "Username of the Comet account the item belongs to.",
      select: { account: { select: { username: true } } },
      resolve: (item) => item.account.username,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the item's account is assigned to; null while unassigned.",
      resolve: (item) => (item.customerId ? encodeGlobalID("Customer", item.customerId) : null),
    }),
  }),
});
