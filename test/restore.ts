import { randomUUID } from "node:crypto";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { ENGINE } from "../comet/client/constants.js";
import { zeroBackupRule, zeroSource } from "../comet/simulator/wire-zero.js";
import type { Device, ProtectedItem, StorageVault } from "../prisma/generated/prisma/client.js";
import type { ActionKit, Role } from "./actions.js";

/**
 * Helpers for the restore wizard tests: the wizard's GraphQL documents, a device whose live
 * connection allows filename viewing (Comet refuses listings otherwise), and raw calls to the
 * simulated Comet server to compare the API's answers with what the device reports.
 */

export const ops = {
  snapshots: `query Snapshots($deviceId: ID!, $vault: ID!, $item: ID!) {
    restoreSnapshots(deviceId: $deviceId, storageVaultId: $vault, protectedItemId: $item) {
      __typename
      ... on VaultSnapshotList { snapshots { id createdAt } }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }`,
  objects: `query Objects($deviceId: ID!, $vault: ID!, $snapshot: String!, $tree: String) {
    snapshotObjects(deviceId: $deviceId, storageVaultId: $vault, snapshotId: $snapshot, treeId: $tree) {
      __typename
      ... on DirectoryListing { path entries { name path type isDirectory size modifiedAt subtree } }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }`,
  filesystem: `query Filesystem($deviceId: ID!, $path: String) {
    deviceFilesystem(deviceId: $deviceId, path: $path) {
      __typename
      ... on DirectoryListing { path entries { name path type isDirectory size modifiedAt subtree } }
      ... on UserError { message }
    }
  }`,
  restore: `mutation RunRestore($input: RunRestoreInput!) {
    runRestore(input: $input) {
      __typename
      ... on DeviceAction { id kind status summary }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }`,
};

export interface Entry {
  name: string;
  path: string;
  type: string;
  isDirectory: boolean;
  size: string;
  modifiedAt: string | null;
  subtree: string | null;
}

interface Result {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
}
export type Listing = Result & { path?: string; entries?: Entry[] };
type Snapshots = Result & { snapshots?: { id: string; createdAt: string }[] };
type Action = Result & { id?: string; kind?: string; status?: string; summary?: string };

type KitDevice = Device & { account: { username: string } };

export interface Picked {
  device: KitDevice;
  files: ProtectedItem;
  diskImage: ProtectedItem;
  /** The vault the items back up to (it holds their snapshots). */
  vault: StorageVault;
  /** Another device of the same customer, for the offline cases. */
  other: { device: KitDevice; item: ProtectedItem; vault: StorageVault };
}

export function restoreWizardKit(kit: ActionKit) {
  const sim = kit.stack.sims.shared!;
  const dataOf = async <T>(role: Role, query: string, vars: Record<string, unknown>, field: string) => {
    const res = await kit.run<Record<string, T>>(role, query, vars);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data![field]!;
  };
  const w = {
    /** A raw admin API call to the simulated Comet server. */
    async simApi<T>(path: string, params: Record<string, string> = {}): Promise<T> {
      const body = new URLSearchParams({ Username: "admin", AuthType: "Password", Password: "admin", ...params });
      const res = await fetch(`${sim.url}api/v1/${path}`, { method: "POST", body });
      return (await res.json()) as T;
    },
    targetOf: (d: KitDevice) => sim.control.targetIdOf(d.account.username, d.cometDeviceId),
    localId: (globalId: string) => decodeGlobalID(globalId).id,
    snapshotVars: (deviceId: string, vaultId: string, itemId: string) => ({
      deviceId: kit.gid("Device", deviceId),
      vault: kit.gid("StorageVault", vaultId),
      item: kit.gid("ProtectedItem", itemId),
    }),
    snapshots: (role: Role, deviceId: string, vaultId: string, itemId: string) =>
      dataOf<Snapshots>(role, ops.snapshots, w.snapshotVars(deviceId, vaultId, itemId), "restoreSnapshots"),
    objects: (deviceId: string, vaultId: string, snapshot: string, tree?: string, role: Role = "operatorA") =>
      dataOf<Listing>(
        role,
        ops.objects,
        { deviceId: kit.gid("Device", deviceId), vault: kit.gid("StorageVault", vaultId), snapshot, tree },
        "snapshotObjects",
      ),
    filesystem: (deviceId: string, path?: string, role: Role = "operatorA") =>
      dataOf<Listing>(role, ops.filesystem, { deviceId: kit.gid("Device", deviceId), path }, "deviceFilesystem"),
    restore: (role: Role, input: Record<string, unknown>) => dataOf<Action>(role, ops.restore, { input }, "runRestore"),
    /** Switches the device in the simulator and waits until the mirror agrees. */
    async setOnline(d: KitDevice, online: boolean) {
      sim.control.setDeviceOnline(d.account.username, d.cometDeviceId, online);
      await kit.waitFor(async () => {
        const row = await kit.stack.db.prisma.device.findUniqueOrThrow({ where: { id: d.id } });
        return row.isOnline === online;
      });
    },
  };
  return w;
}

/** The params of the one run-restore-custom call since the log was last cleared. */
export function firstRestore(kit: ActionKit): Record<string, string | undefined> {
  const calls = kit.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher/run-restore-custom" });
  if (calls.length !== 1) throw new Error(`expected one run-restore-custom call, got ${calls.length}`);
  return calls[0]!.params;
}

/**
 * An online device of customer alpha with a Files and Folders item whose connection allows filename
 * viewing, plus a Disk Image item added to its account's profile (as an admin would in Comet).
 */
export async function pickWizardDevice(kit: ActionKit, w: ReturnType<typeof restoreWizardKit>): Promise<Picked> {
  const prisma = kit.stack.db.prisma;
  const control = kit.stack.sims.shared!.control;
  const devices = await prisma.device.findMany({
    where: { customerId: kit.customers.alpha.id, revokedAt: null },
    include: { account: true, protectedItems: { orderBy: { cometSourceId: "asc" } } },
    orderBy: { cometDeviceId: "asc" },
  });
  let device: (typeof devices)[number] | undefined;
  for (const d of devices.filter((x) => x.protectedItems.some((i) => i.engine === ENGINE.FILE))) {
    await w.setOnline(d, true);
    const active = await w.simApi<Record<string, { DeviceID: string; AllowsFilenames: boolean }>>(
      "admin/dispatcher/list-active",
      { UserNameFilter: d.account.username },
    );
    if (Object.values(active).some((c) => c.DeviceID === d.cometDeviceId && c.AllowsFilenames)) {
      device = d;
      break;
    }
  }
  if (!device) throw new Error("no alpha device allows filename viewing");
  const files = device.protectedItems.find((i) => i.engine === ENGINE.FILE)!;
  const vault = await vaultOfItem(kit, device.account.username, files);

  const profile = control.getProfile(device.account.username);
  const sourceId = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  control.editProfile(device.account.username, {
    Sources: {
      ...profile.Sources,
      [sourceId]: zeroSource(ENGINE.WINDISK, "Disk Image (restore test)", device.cometDeviceId, now),
    },
    BackupRules: {
      ...profile.BackupRules,
      [randomUUID()]: zeroBackupRule("Disk Image nightly", sourceId, vault.cometDestinationId, now),
    },
  });
  const diskImage = await kit.waitFor(() =>
    prisma.protectedItem.findFirst({ where: { cometSourceId: sourceId, deviceId: device.id } }),
  );

  const otherDevice = devices.find((d) => d.id !== device.id && d.protectedItems.length > 0);
  if (!otherDevice) throw new Error("alpha needs a second device with an item");
  const otherItem = otherDevice.protectedItems[0]!;
  return {
    device,
    files,
    diskImage,
    vault,
    other: {
      device: otherDevice,
      item: otherItem,
      vault: await vaultOfItem(kit, otherDevice.account.username, otherItem),
    },
  };
}

/** The vault an item's backup rule writes to (where its snapshots are). */
async function vaultOfItem(kit: ActionKit, username: string, item: ProtectedItem): Promise<StorageVault> {
  const profile = kit.stack.sims.shared!.control.getProfile(username);
  const rule = Object.values(profile.BackupRules).find((r) => r.Source === item.cometSourceId);
  if (!rule) throw new Error(`no backup rule for ${item.description}`);
  return kit.stack.db.prisma.storageVault.findFirstOrThrow({
    where: { accountId: item.accountId, cometDestinationId: rule.Destination },
  });
}
