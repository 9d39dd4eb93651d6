import { engineCategory } from "../../comet/client/engine-category.js";
import { ENGINE } from "../../comet/client/index.js";
import { builder } from "../builder.js";
import { UserErrorRef } from "../error-types.js";
import { ProfileConflictError, type QuotaLimits } from "./limits.js";

/**
 * GraphQL side of an account's package: its limits, what it uses of them (from the mirror), and
 * the conflict a hash-checked write can end in.
 */

const engines = (category: ReturnType<typeof engineCategory>) =>
  Object.values(ENGINE).filter((e) => engineCategory(e) === category);
const hyperVEngines = engines("HYPER_V");
const vmwareEngines = engines("VMWARE");
const m365Engines = engines("MICROSOFT_365");

export const AccountQuotaLimitsRef = builder.objectRef<QuotaLimits>("AccountQuotaLimits").implement({
  description: "The limits of a Comet account's package, as set in Comet. 0 means unlimited (or no quota).",
  fields: (t) => ({
    maxDevices: t.exposeInt("maxDevices", { description: "Most devices the account may register; 0 = unlimited." }),
    maxMicrosoft365Accounts: t.exposeInt("maxMicrosoft365Accounts", {
      description: "Most Microsoft 365 accounts it may protect; 0 = unlimited.",
    }),
    maxHyperVGuests: t.exposeInt("maxHyperVGuests", {
      description: "Most Hyper-V guests it may protect; 0 = unlimited.",
    }),
    maxVMwareGuests: t.exposeInt("maxVMwareGuests", {
      description: "Most VMware guests it may protect; 0 = unlimited.",
    }),
    protectedItemQuotaBytes: t.expose("protectedItemQuotaBytes", {
      type: "BigInt",
      description: "Storage quota across all its protected items, in bytes; 0 = no quota.",
    }),
  }),
});

interface Quotas extends QuotaLimits {
  deviceCount: number;
  microsoft365AccountCount: number;
  hyperVGuestCount: number;
  vmwareGuestCount: number;
}

const AccountQuotasRef = builder.objectRef<Quotas>("AccountQuotas").implement({
  description:
    "A Comet account's limits (0 = unlimited) beside what it uses now. Usage comes from the mirror: devices " +
    "registered, and guests and Microsoft 365 accounts counted by the protected items' last backups.",
  fields: (t) => ({
    maxDevices: t.exposeInt("maxDevices", { description: "Most devices the account may register; 0 = unlimited." }),
    maxMicrosoft365Accounts: t.exposeInt("maxMicrosoft365Accounts", {
      description: "Most Microsoft 365 accounts it may protect; 0 = unlimited.",
    }),
    maxHyperVGuests: t.exposeInt("maxHyperVGuests", {
      description: "Most Hyper-V guests it may protect; 0 = unlimited.",
    }),
    maxVMwareGuests: t.exposeInt("maxVMwareGuests", {
      description: "Most VMware guests it may protect; 0 = unlimited.",
    }),
    protectedItemQuotaBytes: t.expose("protectedItemQuotaBytes", {
      type: "BigInt",
      description: "Storage quota across all its protected items, in bytes; 0 = no quota.",
    }),
    deviceCount: t.exposeInt("deviceCount", { description: "Devices registered now (revoked ones not counted)." }),
    microsoft365AccountCount: t.exposeInt("microsoft365AccountCount", {
      description: "Microsoft 365 accounts protected by its Microsoft 365 items.",
    }),
    hyperVGuestCount: t.exposeInt("hyperVGuestCount", {
      description: "Virtual machines protected by its Hyper-V items.",
    }),
    vmwareGuestCount: t.exposeInt("vmwareGuestCount", {
      description: "Virtual machines protected by its VMware items.",
    }),
  }),
});

builder.prismaObjectFields("CometAccount", (t) => ({
  profileHash: t.exposeString("profileHash", {
    nullable: true,
    // Only for those who may edit the account; customers have no use for it.
    authScopes: { mspStaff: true },
    description:
      "MSP staff only. The Comet profile hash the mirror last saw. Send it back as `expectedProfileHash` so a change made " +
      "meanwhile elsewhere is a ProfileConflictError instead of being overwritten.",
  }),
  quotas: t.field({
    type: AccountQuotasRef,
    description: "The account's package limits and its current usage of them.",
    select: {
      maximumDevices: true,
      quotaOffice365Accounts: true,
      quotaHyperVGuests: true,
      quotaVMwareGuests: true,
      allItemsQuotaEnabled: true,
      allItemsQuotaBytes: true,
      _count: { select: { devices: { where: { revokedAt: null } } } },
      protectedItems: {
        where: { engine: { in: [...hyperVEngines, ...vmwareEngines, ...m365Engines] } },
        select: { engine: true, vmCount: true, m365AccountCount: true },
      },
    },
    resolve: (a) => {
      const sum = (list: string[], pick: (i: { vmCount: number; m365AccountCount: number }) => number) =>
        a.protectedItems.filter((i) => list.includes(i.engine)).reduce((n, i) => n + pick(i), 0);
      return {
        maxDevices: a.maximumDevices,
        maxMicrosoft365Accounts: a.quotaOffice365Accounts,
        maxHyperVGuests: a.quotaHyperVGuests,
        maxVMwareGuests: a.quotaVMwareGuests,
        protectedItemQuotaBytes: a.allItemsQuotaEnabled ? a.allItemsQuotaBytes : 0n,
        deviceCount: a._count.devices,
        microsoft365AccountCount: sum(m365Engines, (i) => i.m365AccountCount),
        hyperVGuestCount: sum(hyperVEngines, (i) => i.vmCount),
        vmwareGuestCount: sum(vmwareEngines, (i) => i.vmCount),
      };
    },
  }),
}));

builder.objectType(ProfileConflictError, {
  name: "ProfileConflictError",
  description:
    "The account's Comet profile changed since you loaded it (or while saving). Nothing was written: review " +
    "`current`, then retry with `profileHash` as the new `expectedProfileHash`.",
  interfaces: [UserErrorRef],
  fields: (t) => ({
    current: t.field({
      type: AccountQuotaLimitsRef,
      description: "The package limits now on the Comet server.",
      resolve: (e) => e.fresh.limits,
    }),
    isSuspended: t.boolean({
      description: "Whether the account is suspended now.",
      resolve: (e) => e.fresh.isSuspended,
    }),
    profileHash: t.string({
      description: "The profile's current hash: send it as `expectedProfileHash` to retry.",
      resolve: (e) => e.fresh.profileHash,
    }),
  }),
});
