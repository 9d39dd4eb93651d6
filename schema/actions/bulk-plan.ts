import { actionKinds } from "../../core/actions/kinds.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { InvalidInputError } from "../../core/errors.js";
import { localId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import type { DeviceActionKind } from "../../prisma/generated/prisma/enums.js";
import type { Context, ViewerContext } from "../builder.js";
import { devicesWhere } from "../devices/queries.js";
import { assertMayAct } from "./authorize.js";
import type { BulkFilter, BulkOptions } from "./bulk-inputs.js";

/**
 * What a bulk action would do, device by device: the devices the filter matches (the `devices`
 * query's own filter, so a preview counts exactly what that list shows) and, for each, the action's
 * params or the reason it cannot be taken. The preview shows this plan; starting writes it.
 * Names (item, vault) are resolved per device in two queries for the whole set.
 */

/** Kinds that can run in bulk; the others need a per-device choice (restore, jobs) or a confirmation. */
export const bulkKinds: DeviceActionKind[] = [
  "UPDATE_SOFTWARE",
  "UNINSTALL_SOFTWARE",
  "APPLY_RETENTION",
  "REINDEX_VAULT",
  "RUN_BACKUP",
];
/** A bulk operation acts on at most this many devices: beyond, narrow the filter. */
export const maxBulkDevices = 2000;

export interface BulkRequest {
  kind: DeviceActionKind;
  filter: BulkFilter;
  options?: BulkOptions | null;
}

const planDeviceSelect = {
  id: true,
  friendlyName: true,
  isOnline: true,
  mspId: true,
  customerId: true,
  serverId: true,
  accountId: true,
  clientVersion: true,
} satisfies Prisma.DeviceSelect;

export type PlanDevice = Prisma.DeviceGetPayload<{ select: typeof planDeviceSelect }>;

export interface PlannedAction {
  device: PlanDevice;
  params: object;
  summary: string;
  /** Why this device cannot get the action (it gets a FAILED one); null when it can. */
  failure: string | null;
}

export interface BulkPlan {
  viewer: Viewer;
  /** How many devices the filter matches (may exceed `maxBulkDevices`; then `actions` is cut short). */
  count: number;
  actions: PlannedAction[];
  /** The live connection is needed and the device is offline (not counting failures above). */
  isOffline(a: PlannedAction): boolean;
}

/** Checks the request and the viewer's right to it, then plans one action per matching device. */
export async function planBulk(ctx: ViewerContext, request: BulkRequest): Promise<BulkPlan> {
  const { viewer } = ctx;
  const { kind } = request;
  if (!bulkKinds.includes(kind)) {
    throw InvalidInputError.field(
      ["input", "kind"],
      `${actionKinds[kind].label} cannot run in bulk; bulk kinds: ${bulkKinds.join(", ")}`,
    );
  }
  const options = checkOptions(kind, request.options ?? {});
  // Customer-scoped viewers only see devices of their own MSP, and only its allowed kinds.
  await assertMayAct(ctx, viewer, kind, viewer.kind === "platform" ? "" : viewer.mspId);
  const where = bulkDevicesWhere(ctx, request.filter);
  const devices = await ctx.prisma.device.findMany({
    where,
    select: planDeviceSelect,
    orderBy: [{ friendlyName: "asc" }, { id: "asc" }],
    take: maxBulkDevices + 1,
  });
  const count = devices.length > maxBulkDevices ? await ctx.prisma.device.count({ where }) : devices.length;
  const actions = await resolveParams(ctx, viewer, kind, options, devices.slice(0, maxBulkDevices));
  const live = actionKinds[kind].live;
  return { viewer, count, actions, isOffline: (a) => a.failure === null && live && !a.device.isOnline };
}

/** The `devices` query's filter plus the explicit device list; always within the viewer's tenant. */
export function bulkDevicesWhere(ctx: ViewerContext, filter: BulkFilter): Prisma.DeviceWhereInput {
  const { deviceIds, ...listFilter } = filter;
  const ids = deviceIds?.map((id) => localId(id, "Device")).filter((id): id is string => id !== null);
  return {
    AND: [
      devicesWhere(ctx, {
        customerId: listFilter.customerId == null ? null : String(listFilter.customerId),
        serverId: listFilter.serverId == null ? null : String(listFilter.serverId),
        search: listFilter.search ?? null,
        isOnline: listFilter.isOnline ?? null,
      }),
      deviceIds ? { id: { in: ids ?? [] } } : {},
    ],
  };
}

function checkOptions(kind: DeviceActionKind, options: BulkOptions) {
  const path = (field: string) => ["input", "options", field];
  const name = (field: "storageVaultName" | "protectedItemName") => {
    const value = options[field]?.trim();
    if (!value) throw InvalidInputError.field(path(field), `is required for ${kind}`);
    return value;
  };
  if (kind === "UNINSTALL_SOFTWARE" && options.removeConfiguration == null) {
    throw InvalidInputError.field(path("removeConfiguration"), "is required for UNINSTALL_SOFTWARE");
  }
  return {
    removeConfiguration: options.removeConfiguration === true,
    vaultName: ["RUN_BACKUP", "APPLY_RETENTION", "REINDEX_VAULT"].includes(kind) ? name("storageVaultName") : "",
    itemName: kind === "RUN_BACKUP" ? name("protectedItemName") : "",
  };
}

type Checked = ReturnType<typeof checkOptions>;

async function resolveParams(
  ctx: Context,
  viewer: Viewer,
  kind: DeviceActionKind,
  options: Checked,
  devices: PlanDevice[],
): Promise<PlannedAction[]> {
  const named = (name: string) => ({ description: { equals: name, mode: "insensitive" as const } });
  const vaults = options.vaultName
    ? await ctx.prisma.storageVault.findMany({
        where: {
          accountId: { in: [...new Set(devices.map((d) => d.accountId))] },
          ...named(options.vaultName),
          ...scopeWhere(viewer),
        },
        select: { accountId: true, cometDestinationId: true, description: true },
      })
    : [];
  const items = options.itemName
    ? await ctx.prisma.protectedItem.findMany({
        where: { deviceId: { in: devices.map((d) => d.id) }, ...named(options.itemName), ...scopeWhere(viewer) },
        select: { deviceId: true, cometSourceId: true, description: true },
      })
    : [];
  const vaultsOf = groupBy(vaults, (v) => v.accountId);
  const itemsOf = groupBy(items, (i) => i.deviceId ?? "");
  const one = <T>(rows: T[] | undefined, what: string, name: string, where: string) =>
    rows?.length === 1
      ? { row: rows[0]!, failure: null }
      : {
          row: null,
          failure: rows?.length
            ? `${rows.length} ${what}s ${where} are named "${name}"`
            : `no ${what} named "${name}" ${where}`,
        };
  return devices.map((device): PlannedAction => {
    switch (kind) {
      case "UPDATE_SOFTWARE":
        return { device, params: {}, summary: "Update the Comet client (bulk)", failure: null };
      case "UNINSTALL_SOFTWARE":
        return {
          device,
          params: { removeConfig: options.removeConfiguration },
          summary: options.removeConfiguration
            ? "Uninstall the Comet client and remove its configuration (bulk)"
            : "Uninstall the Comet client, keeping its configuration (bulk)",
          failure: null,
        };
      default: {
        const vault = one(
          vaultsOf.get(device.accountId),
          "storage vault",
          options.vaultName,
          "in the device's account",
        );
        const item =
          kind === "RUN_BACKUP"
            ? one(itemsOf.get(device.id), "protected item", options.itemName, "on this device")
            : { row: null, failure: null };
        const failure = item.failure ?? vault.failure;
        const v = vault.row;
        const params = v ? { destinationId: v.cometDestinationId, destinationName: v.description } : {};
        if (kind === "RUN_BACKUP") {
          const i = item.row;
          return {
            device,
            params: i ? { ...params, sourceId: i.cometSourceId, sourceName: i.description } : params,
            summary: `Back up ${i?.description ?? options.itemName} to ${v?.description ?? options.vaultName} (bulk)`,
            failure,
          };
        }
        const verb = kind === "APPLY_RETENTION" ? "Apply retention rules to" : "Reindex";
        return { device, params, summary: `${verb} ${v?.description ?? options.vaultName} (bulk)`, failure };
      }
    }
  });
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
