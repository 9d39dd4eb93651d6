import type { AccountQuotasCardFragment } from "../gql/graphql.js";
import { bytesToGb, gbToBytes, parseLimit } from "./access.js";

/**
 * The quotas card's limits: how each reads, is entered and is checked before `changeAccountPackage`
 * (pure, so the card's view and form only show them). Comet's limits are whole numbers, 0 for
 * unlimited; the storage quota is entered in GB.
 */

export type Limits = Pick<
  AccountQuotasCardFragment["quotas"],
  "maxDevices" | "maxMicrosoft365Accounts" | "maxHyperVGuests" | "maxVMwareGuests" | "protectedItemQuotaBytes"
>;
export const limitFields = ["maxDevices", "maxMicrosoft365Accounts", "maxHyperVGuests", "maxVMwareGuests"] as const;
export type LimitField = (typeof limitFields)[number];
export const quotaFields = [...limitFields, "protectedItemQuotaBytes"] as const;
export type QuotaField = (typeof quotaFields)[number];

export type Quotas = AccountQuotasCardFragment["quotas"];
export const quotaRows: { field: LimitField; label: string; formLabel: string; usage: (q: Quotas) => number }[] = [
  { field: "maxDevices", label: "Devices", formLabel: "Max devices", usage: (q) => q.deviceCount },
  {
    field: "maxMicrosoft365Accounts",
    label: "Microsoft 365 accounts",
    formLabel: "Max Microsoft 365 accounts",
    usage: (q) => q.microsoft365AccountCount,
  },
  {
    field: "maxHyperVGuests",
    label: "Hyper-V guests",
    formLabel: "Max Hyper-V guests",
    usage: (q) => q.hyperVGuestCount,
  },
  {
    field: "maxVMwareGuests",
    label: "VMware guests",
    formLabel: "Max VMware guests",
    usage: (q) => q.vmwareGuestCount,
  },
];

/** The limits to send, or what to fix first. */
export function checkQuotas(
  v: Record<QuotaField, string>,
): { problems: Partial<Record<QuotaField, string>> } | { limits: Record<LimitField, number>; bytes: bigint } {
  const local: Partial<Record<QuotaField, string>> = {};
  const limits = {} as Record<LimitField, number>;
  for (const field of limitFields) {
    const n = parseLimit(v[field]);
    if (n === null) local[field] = "Enter 0 (unlimited) or a whole number.";
    else limits[field] = n;
  }
  const bytes = gbToBytes(v.protectedItemQuotaBytes);
  if (bytes === null) local.protectedItemQuotaBytes = "Enter 0 (no quota) or a number of GB.";
  if (Object.keys(local).length > 0 || bytes === null) return { problems: local };
  return { limits, bytes };
}

/** The form's text for each limit. */
export function formValues(limits: Limits): Record<QuotaField, string> {
  return {
    maxDevices: String(limits.maxDevices),
    maxMicrosoft365Accounts: String(limits.maxMicrosoft365Accounts),
    maxHyperVGuests: String(limits.maxHyperVGuests),
    maxVMwareGuests: String(limits.maxVMwareGuests),
    protectedItemQuotaBytes: bytesToGb(limits.protectedItemQuotaBytes),
  };
}
