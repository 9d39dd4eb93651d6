import { z } from "zod";
import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import type { MspStaffViewer } from "../../core/auth/viewer.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { idempotencyKeyDescription } from "../actions/define.js";
import { builder, type ViewerContext } from "../builder.js";
import { clientOf, findManagedAccount, provisioningScopes } from "./access.js";
import { applyLimits, changeProfile, ProfileConflictError, type QuotaLimits } from "./limits.js";
import { mirrorProfile } from "./mirror.js";

/**
 * Editing an account's package: the quotas card (updateAccountQuotas) and the provisioning
 * module's change-package (changeAccountPackage, which adds the protected-item storage quota).
 * Both are hash-checked against the profile the caller loaded; fields left out keep their value.
 */

export const limitModel = z
  .number()
  .int("must be a whole number")
  .min(0, "must be 0 (unlimited) or more")
  .max(1_000_000);
const maxQuotaBytes = BigInt(Number.MAX_SAFE_INTEGER);

/** Bytes as Comet can hold them (a JSON number): 0 (none) up to 2^53 - 1. */
export function checkQuotaBytes(value: bigint | null | undefined, path: string[]): bigint | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0n || value > maxQuotaBytes)
    throw InvalidInputError.field(path, `must be 0 (no quota) to ${maxQuotaBytes}`);
  return value;
}

export const quotaErrors = [
  InvalidInputError,
  NotFoundError,
  ForbiddenError,
  ProfileConflictError,
  ConflictError,
  IdempotencyConflictError,
  CometServerError,
];

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const quotaFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  accountId: t.id({ required: true, description: "Global ID of the Comet account." }),
  expectedProfileHash: t.string({
    required: true,
    description: "The account's `profileHash` as you loaded it; a change made since then is a ProfileConflictError.",
  }),
  maxDevices: t.int({ description: "Most devices; 0 = unlimited. Omitted: unchanged.", validate: limitModel }),
  maxMicrosoft365Accounts: t.int({
    description: "Most Microsoft 365 protected accounts; 0 = unlimited. Omitted: unchanged.",
    validate: limitModel,
  }),
  maxHyperVGuests: t.int({
    description: "Most Hyper-V guests; 0 = unlimited. Omitted: unchanged.",
    validate: limitModel,
  }),
  maxVMwareGuests: t.int({
    description: "Most VMware guests; 0 = unlimited. Omitted: unchanged.",
    validate: limitModel,
  }),
  idempotencyKey: t.string({ description: idempotencyKeyDescription }),
});

const UpdateAccountQuotasInput = builder.inputType("UpdateAccountQuotasInput", {
  description: "New quotas of a Comet account (0 = unlimited), checked against the profile hash you loaded.",
  fields: (t) => quotaFields(t),
});

const ChangeAccountPackageInput = builder.inputType("ChangeAccountPackageInput", {
  description: "A Comet account's new package: its quotas and its protected-item storage quota.",
  fields: (t) => ({
    ...quotaFields(t),
    protectedItemQuotaBytes: t.field({
      type: "BigInt",
      description: "Storage quota across all protected items, in bytes; 0 = no quota. Omitted: unchanged.",
    }),
  }),
});

type LimitInput = { [K in keyof QuotaLimits]?: QuotaLimits[K] | null } & {
  accountId: string | number;
  expectedProfileHash: string;
  idempotencyKey?: string | null;
};

const limitsOfRow = (a: {
  maximumDevices: number;
  quotaOffice365Accounts: number;
  quotaHyperVGuests: number;
  quotaVMwareGuests: number;
  allItemsQuotaEnabled: boolean;
  allItemsQuotaBytes: bigint;
}) => ({
  maxDevices: a.maximumDevices,
  maxMicrosoft365Accounts: a.quotaOffice365Accounts,
  maxHyperVGuests: a.quotaHyperVGuests,
  maxVMwareGuests: a.quotaVMwareGuests,
  protectedItemQuotaBytes: (a.allItemsQuotaEnabled ? a.allItemsQuotaBytes : 0n).toString(),
});

const orUndefined = <T>(v: T | null | undefined) => (v === null ? undefined : v);

async function changeLimits(ctx: ViewerContext<MspStaffViewer>, operation: string, input: LimitInput): Promise<string> {
  const { viewer } = ctx;
  const account = await findManagedAccount(ctx, viewer, input.accountId);
  const limits: Partial<QuotaLimits> = {
    maxDevices: orUndefined(input.maxDevices),
    maxMicrosoft365Accounts: orUndefined(input.maxMicrosoft365Accounts),
    maxHyperVGuests: orUndefined(input.maxHyperVGuests),
    maxVMwareGuests: orUndefined(input.maxVMwareGuests),
    protectedItemQuotaBytes: checkQuotaBytes(input.protectedItemQuotaBytes, ["input", "protectedItemQuotaBytes"]),
  };
  // JSON-safe (bytes as a string) for the idempotency hash and the audit row; undefined = unchanged.
  const requested = { ...limits, protectedItemQuotaBytes: limits.protectedItemQuotaBytes?.toString() };
  return idempotent(
    ctx,
    {
      key: input.idempotencyKey,
      operation,
      input: { accountId: account.id, expectedProfileHash: input.expectedProfileHash, ...requested },
    },
    { save: (id: string) => ({ accountId: id }), load: async (s) => (s as { accountId: string }).accountId },
    async () => {
      const client = clientOf(ctx, account.server);
      const written = await changeProfile(client, account.username, input.expectedProfileHash, (p) => {
        applyLimits(p, limits);
        return true;
      });
      await mirrorProfile(ctx, account.id, written.profile, written.profileHash);
      await audit(ctx, {
        action: `account.${operation}`,
        targetType: "CometAccount",
        targetId: account.id,
        mspId: account.mspId,
        customerId: account.customerId,
        details: { username: account.username, mirroredBefore: limitsOfRow(account), requested },
      });
      return account.id;
    },
  );
}

builder.mutationField("updateAccountQuotas", (t) =>
  t.withAuth(provisioningScopes).prismaField({
    type: "CometAccount",
    errors: { types: quotaErrors },
    description:
      "Sets a Comet account's quotas (devices, Microsoft 365 accounts, Hyper-V and VMware guests; 0 = unlimited) " +
      "with a hash-checked profile write: if the profile changed since `expectedProfileHash`, nothing is written " +
      "and a ProfileConflictError carries the current values. MSP staff with OPERATE only.",
    args: { input: t.arg({ type: UpdateAccountQuotasInput, required: true, description: "The new quotas." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const id = await changeLimits(ctx, "updateAccountQuotas", input);
      return ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField("changeAccountPackage", (t) =>
  t.withAuth(provisioningScopes).prismaField({
    type: "CometAccount",
    errors: { types: quotaErrors },
    description:
      "The provisioning module's change-package: quotas plus the storage quota across all protected items, in " +
      "one hash-checked profile write (a concurrent change is a ProfileConflictError with the current values). " +
      "MSP staff with OPERATE only.",
    args: { input: t.arg({ type: ChangeAccountPackageInput, required: true, description: "The new package." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const id = await changeLimits(ctx, "changeAccountPackage", input);
      return ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
