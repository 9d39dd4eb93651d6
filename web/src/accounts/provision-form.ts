import type { CreateCometAccountInput, ProvisionChoicesQuery } from "../gql/graphql.js";
import type { FormErrors } from "../lib/form-errors.js";
import { gbToBytes, parseLimit } from "./access.js";

/**
 * What the provisioning form holds and checks before it sends `createCometAccount` (pure, so the
 * form's parts only wire it). Field names are the input's, so the API's field errors land beside
 * the same fields.
 */

export const provisionFields = [
  "serverId",
  "customerId",
  "username",
  "password",
  "email",
  "policyGroupId",
  "storageProviderId",
  "quotaBytes",
  "maxDevices",
  "protectedItemQuotaBytes",
] as const;
export type ProvisionField = (typeof provisionFields)[number];
export type ProvisionErrors = FormErrors<ProvisionField> | null;

export interface ProvisionValues {
  /** The chosen target (`targetKey`): a server, for one MSP it serves. */
  targetId: string;
  customerId: string;
  username: string;
  /** Let Partner Hub generate the password (shown once after). */
  generate: boolean;
  password: string;
  email: string;
  policyGroupId: string;
  /** The storage template of the initial vault; "" for none. */
  providerId: string;
  vaultGb: string;
  maxDevices: string;
  itemsGb: string;
}

export const emptyProvisionValues = (): ProvisionValues => ({
  targetId: "",
  customerId: "",
  username: "",
  generate: true,
  password: "",
  email: "",
  policyGroupId: "",
  providerId: "",
  vaultGb: "0",
  maxDevices: "0",
  itemsGb: "0",
});

export const restrictedGroupName = "Restricted (Partner Hub)";

export type ProvisionTarget = ProvisionChoicesQuery["provisioningTargets"][number];
export type ProvisionCustomer = ProvisionChoicesQuery["customers"]["edges"][number]["node"];

/** A server is a target once per MSP it serves (several only for the platform operator). */
export const targetKey = (t: { server: { id: string }; mspId: string }) => `${t.server.id} ${t.mspId}`;

/** Customers an account may be provisioned for: archived ones take no new accounts. */
export const openCustomers = (data: ProvisionChoicesQuery | undefined): ProvisionCustomer[] =>
  data?.customers.edges.map((e) => e.node).filter((c) => c.status !== "ARCHIVED") ?? [];

/** The operator's targets span MSPs: only the chosen customer's MSP's servers (and organizations) fit. */
export function targetsFor(data: ProvisionChoicesQuery | undefined, customerId: string): ProvisionTarget[] {
  const mspId = openCustomers(data).find((c) => c.id === customerId)?.mspId;
  return (data?.provisioningTargets ?? []).filter((t) => !mspId || t.mspId === mspId);
}

/** Whether targets of several MSPs are offered (then each is named with its MSP). */
export const spansMsps = (data: ProvisionChoicesQuery | undefined) =>
  new Set(data?.provisioningTargets.map((t) => t.mspId)).size > 1;

/** The mutation's input, or the fields to fix first. */
export function provisionRequest(
  values: ProvisionValues,
  serverId: string,
  idempotencyKey: string,
): { problems: Partial<Record<ProvisionField, string>> } | { input: CreateCometAccountInput } {
  const problems: Partial<Record<ProvisionField, string>> = {};
  if (serverId === "") problems.serverId = "Choose a Comet server.";
  const devices = parseLimit(values.maxDevices);
  if (devices === null) problems.maxDevices = "Enter 0 (unlimited) or a whole number.";
  const itemsBytes = gbToBytes(values.itemsGb);
  if (itemsBytes === null) problems.protectedItemQuotaBytes = "Enter 0 (no quota) or a number of GB.";
  const vaultBytes = gbToBytes(values.vaultGb);
  if (values.providerId !== "" && vaultBytes === null) problems.quotaBytes = "Enter 0 (no quota) or a number of GB.";
  if (!values.generate && values.password === "")
    problems.password = "Type a password, or let Partner Hub generate one.";
  if (Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      serverId,
      customerId: values.customerId || null,
      username: values.username.trim(),
      password: values.generate ? null : values.password,
      email: values.email.trim(),
      policyGroupId: values.policyGroupId || null,
      initialVault:
        values.providerId === ""
          ? null
          : { storageProviderId: values.providerId, quotaBytes: (vaultBytes ?? 0n).toString() },
      maxDevices: devices,
      protectedItemQuotaBytes: (itemsBytes ?? 0n).toString(),
      idempotencyKey,
    },
  };
}

/** The message beside a field, and its aria-invalid. */
export const errorOf = (errors: ProvisionErrors, field: ProvisionField) => errors?.fields[field];
export const invalidOf = (errors: ProvisionErrors, field: ProvisionField) =>
  errors?.fields[field] ? ("true" as const) : undefined;
