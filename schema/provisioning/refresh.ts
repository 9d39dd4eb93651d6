import { audit } from "../../core/audit.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { builder } from "../builder.js";
import { clientOf, comet, findManagedAccount, provisioningScopes } from "./access.js";
import { mirrorProfile } from "./mirror.js";

/**
 * Before editing a package the quotas card reloads the account from Comet: the mirror's values
 * (and its `profileHash`, which a full reconcile cannot supply) may lag behind the server.
 */

const RefreshAccountProfileInput = builder.inputType("RefreshAccountProfileInput", {
  description: "Which account to reload from its Comet server.",
  fields: (t) => ({ accountId: t.id({ required: true, description: "Global ID of the Comet account." }) }),
});

builder.mutationField("refreshAccountProfile", (t) =>
  t.withAuth(provisioningScopes).prismaField({
    type: "CometAccount",
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError, ConflictError, CometServerError] },
    description:
      "Reads the account's profile and hash from its Comet server now and updates the mirror, so `quotas` and " +
      "`profileHash` are current before an edit. Changes nothing in Comet. MSP staff with OPERATE only.",
    args: { input: t.arg({ type: RefreshAccountProfileInput, required: true, description: "Which account." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const account = await findManagedAccount(ctx, viewer, input.accountId);
      const fresh = await comet(() => clientOf(ctx, account.server).getUserProfileAndHash(account.username));
      await mirrorProfile(ctx, account.id, fresh.profile, fresh.profileHash);
      await audit(ctx, {
        action: "account.refreshProfile",
        targetType: "CometAccount",
        targetId: account.id,
        mspId: account.mspId,
        customerId: account.customerId,
        details: { username: account.username },
      });
      return ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id: account.id } });
    },
  }),
);
