import { idempotent } from "../../core/actions/idempotency.js";
import { audit } from "../../core/audit.js";
import type { MspStaffViewer } from "../../core/auth/viewer.js";
import { idempotencyKeyDescription } from "../actions/define.js";
import { builder, type ViewerContext } from "../builder.js";
import { clientOf, findManagedAccount, provisioningScopes } from "./access.js";
import { changeProfile } from "./limits.js";
import { mirrorProfile } from "./mirror.js";
import { quotaErrors } from "./update-quotas.js";

/**
 * Suspending and unsuspending a Comet account (the provisioning module's suspend/unsuspend):
 * `IsSuspended` plus `LastSuspended` (Unix seconds when suspended, 0 otherwise) in one hash-checked
 * write. Asking for the state the account is already in writes nothing.
 */

const SuspensionInput = builder.inputType("AccountSuspensionInput", {
  description: "Which account to suspend or unsuspend.",
  fields: (t) => ({
    accountId: t.id({ required: true, description: "Global ID of the Comet account." }),
    expectedProfileHash: t.string({
      description:
        "The account's `profileHash` as you loaded it: a change made since is a ProfileConflictError. Omitted: the " +
        "change applies to the current profile (a concurrent edit is re-read and kept).",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

async function setSuspended(
  ctx: ViewerContext<MspStaffViewer>,
  input: { accountId: string | number; expectedProfileHash?: string | null; idempotencyKey?: string | null },
  suspended: boolean,
): Promise<string> {
  const { viewer } = ctx;
  const account = await findManagedAccount(ctx, viewer, input.accountId);
  const operation = suspended ? "suspendAccount" : "unsuspendAccount";
  return idempotent(
    ctx,
    {
      key: input.idempotencyKey,
      operation,
      input: { accountId: account.id, expected: input.expectedProfileHash ?? null },
    },
    { save: (id: string) => ({ accountId: id }), load: async (s) => (s as { accountId: string }).accountId },
    async () => {
      const client = clientOf(ctx, account.server);
      const nowSec = Math.floor(Date.now() / 1000);
      const written = await changeProfile(client, account.username, input.expectedProfileHash ?? null, (p) => {
        if (Boolean(p.IsSuspended) === suspended) return false;
        p.IsSuspended = suspended;
        p.LastSuspended = suspended ? nowSec : 0;
        return true;
      });
      await mirrorProfile(ctx, account.id, written.profile, written.profileHash);
      await audit(ctx, {
        action: `account.${operation}`,
        targetType: "CometAccount",
        targetId: account.id,
        mspId: account.mspId,
        customerId: account.customerId,
        details: { username: account.username, wasSuspended: account.isSuspended },
      });
      return account.id;
    },
  );
}

for (const [name, suspended] of [
  ["suspendAccount", true],
  ["unsuspendAccount", false],
] as const) {
  builder.mutationField(name, (t) =>
    t.withAuth(provisioningScopes).prismaField({
      type: "CometAccount",
      errors: { types: quotaErrors },
      description: suspended
        ? "Suspends a Comet account: its devices can no longer back up until it is unsuspended. Hash-checked; " +
          "suspending a suspended account changes nothing. MSP staff with OPERATE only."
        : "Lifts a Comet account's suspension. Hash-checked; unsuspending an active account changes nothing. " +
          "MSP staff with OPERATE only.",
      args: { input: t.arg({ type: SuspensionInput, required: true, description: "Which account." }) },
      resolve: async (query, _parent, { input }, ctx) => {
        const id = await setSuspended(ctx, input, suspended);
        return ctx.prisma.cometAccount.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  );
}
