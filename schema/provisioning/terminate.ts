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
import { mirrorTerminated } from "./mirror.js";

/**
 * Terminating a Comet account (the provisioning module's terminate): AdminDeleteUser removes the
 * profile and all its job history in Comet, so the caller types the username back first. The
 * mirror keeps the row flagged `missingSince` (as the worker does for a removed account), so
 * Partner Hub's own history of it stays.
 */

const TerminateAccountInput = builder.inputType("TerminateAccountInput", {
  description: "The account to delete from its Comet server, confirmed by its username.",
  fields: (t) => ({
    accountId: t.id({ required: true, description: "Global ID of the Comet account." }),
    confirmUsername: t.string({
      required: true,
      description: "The account's Comet username, typed back to confirm; anything else deletes nothing.",
    }),
    uninstallDevices: t.boolean({
      description: "Also tell the account's connected devices to uninstall the Comet client (default false).",
    }),
    removeConfiguration: t.boolean({
      description: "With `uninstallDevices`: also remove the client's configuration file (default false).",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

builder.mutationField("terminateAccount", (t) =>
  t.withAuth(provisioningScopes).prismaField({
    type: "CometAccount",
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
      "Deletes a Comet account from its server: its profile, storage vault settings and all its job history in " +
      "Comet (storage buckets are not emptied). `confirmUsername` must be the account's username, else an " +
      "InvalidInputError and nothing is sent to Comet. The account stays in Partner Hub with `missingSince` set. " +
      "MSP staff with OPERATE only.",
    args: { input: t.arg({ type: TerminateAccountInput, required: true, description: "What to terminate." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const account = await findManagedAccount(ctx, viewer, input.accountId, { allowMissing: true });
      if (input.confirmUsername !== account.username) {
        throw InvalidInputError.field(["input", "confirmUsername"], "does not match the account's username");
      }
      const uninstall = input.uninstallDevices === true;
      const removeConfig = uninstall && input.removeConfiguration === true;
      const id = await idempotent(
        ctx,
        {
          key: input.idempotencyKey,
          operation: "terminateAccount",
          input: { accountId: account.id, uninstall, removeConfig },
        },
        { save: (accountId: string) => ({ accountId }), load: async (s) => (s as { accountId: string }).accountId },
        async () => {
          if (account.missingSince) throw new ConflictError(`${account.username} no longer exists on its Comet server`);
          const config = uninstall ? { UninstallFlag: true, RemoveConfigFile: removeConfig } : undefined;
          await comet(() => clientOf(ctx, account.server).deleteUser(account.username, config));
          await mirrorTerminated(ctx, account.id);
          await audit(ctx, {
            action: "account.terminate",
            targetType: "CometAccount",
            targetId: account.id,
            mspId: account.mspId,
            customerId: account.customerId,
            details: { username: account.username, server: account.server.profileName, uninstall, removeConfig },
          });
          return account.id;
        },
      );
      return ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
