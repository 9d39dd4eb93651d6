import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { idempotencyKeyDescription } from "../actions/define.js";
import { builder } from "../builder.js";
import { clientOf, comet, findManagedAccount, provisioningScopes } from "./access.js";
import {
  generatedLength,
  generatePassword,
  passwordDigest,
  passwordModel,
  reSignAdvice,
  sealPassword,
  unsealPassword,
} from "./passwords.js";

/**
 * Resetting (or changing) a Comet account's password through AdminResetUserPassword, which needs
 * the account's password-recovery code (accounts created here always keep one). The new password
 * is shown once; with an idempotency key a retry shows the same one again, sealed in the record.
 */

interface Reset {
  accountId: string;
  password: string;
  isGenerated: boolean;
}

const ResetAccountPasswordPayload = builder.objectRef<Reset>("ResetAccountPasswordPayload").implement({
  description: "A Comet account after a password reset, with the new password (shown this once).",
  fields: (t) => ({
    account: t.prismaField({
      type: "CometAccount",
      description: "The account whose password was reset.",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id: r.accountId } }),
    }),
    password: t.exposeString("password", {
      description: "The new password. It is not stored in Partner Hub: copy it now.",
    }),
    isGenerated: t.exposeBoolean("isGenerated", {
      description: "Whether Partner Hub generated the password (no `newPassword` was given).",
    }),
    advice: t.string({
      description: "What to do next about devices signed in with the old password.",
      resolve: () => reSignAdvice,
    }),
  }),
});

const ResetAccountPasswordInput = builder.inputType("ResetAccountPasswordInput", {
  description: "Which account, and optionally the new password.",
  fields: (t) => ({
    accountId: t.id({ required: true, description: "Global ID of the Comet account." }),
    newPassword: t.string({
      description: `The new password (8-128 printable characters). Omitted: a strong ${generatedLength}-character one is generated.`,
      validate: passwordModel,
    }),
    idempotencyKey: t.string({
      description: `${idempotencyKeyDescription} A replay returns the same password.`,
    }),
  }),
});

builder.mutationField("resetAccountPassword", (t) =>
  t.withAuth(provisioningScopes).field({
    type: ResetAccountPasswordPayload,
    errors: {
      types: [
        InvalidInputError,
        NotFoundError,
        ForbiddenError,
        ConflictError,
        IdempotencyConflictError,
        CometServerError,
      ],
    },
    description:
      "Resets a Comet account's password: generated (strong, random) or the one given, which also makes this " +
      "the provisioning module's change-password. The new password is returned once. Devices signed in with the " +
      "old password must be re-signed. MSP staff with OPERATE only.",
    args: { input: t.arg({ type: ResetAccountPasswordInput, required: true, description: "What to reset." }) },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const account = await findManagedAccount(ctx, viewer, input.accountId);
      const given = input.newPassword ?? null;
      return idempotent(
        ctx,
        {
          key: input.idempotencyKey,
          operation: "resetAccountPassword",
          input: { accountId: account.id, newPassword: passwordDigest(given, input.idempotencyKey) },
        },
        {
          save: (r: Reset) => ({
            accountId: r.accountId,
            isGenerated: r.isGenerated,
            sealed: sealPassword(ctx, r.password),
          }),
          load: async (saved) => {
            const s = saved as { accountId: string; isGenerated: boolean; sealed: string };
            return { accountId: s.accountId, isGenerated: s.isGenerated, password: unsealPassword(ctx, s.sealed) };
          },
        },
        async () => {
          const password = given ?? generatePassword();
          await comet(() => clientOf(ctx, account.server).resetUserPassword(account.username, password));
          await audit(ctx, {
            action: "account.resetPassword",
            targetType: "CometAccount",
            targetId: account.id,
            mspId: account.mspId,
            customerId: account.customerId,
            details: { username: account.username, isGenerated: given === null },
          });
          return { accountId: account.id, password, isGenerated: given === null };
        },
      );
    },
  }),
);
