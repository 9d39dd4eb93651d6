import { type CometClient, CometError, CometProfileHashConflictError } from "../../comet/client/index.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { CometServerError, ConflictError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { cometClientFactory } from "../../core/servers/comet-client.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Context } from "../builder.js";
import { requireSecrets } from "../servers/context.js";

/**
 * Who manages Comet accounts, and how an account is found. Provisioning changes what a customer
 * pays for and can do, so it is for MSP staff (and MSP-wide keys) with OPERATE, never customers.
 */

/**
 * Field-level scopes of every provisioning field. Behind them (`t.withAuth`) the viewer is an
 * `MspStaffViewer`: never a customer member or a customer-scoped key.
 */
export const provisioningScopes = { $all: { mspStaff: true, capability: "OPERATE" } } as const;

/** An account the viewer may see, with its server; NotFoundError otherwise, ConflictError once it left Comet. */
export async function findManagedAccount(
  ctx: Context,
  viewer: Viewer,
  globalId: string | number,
  opts: { allowMissing?: boolean } = {},
) {
  const id = requireLocalId(globalId, "CometAccount", ["input", "accountId"]);
  const account = await ctx.prisma.cometAccount.findFirst({
    where: { id, ...scopeWhere(viewer) },
    include: { server: true },
  });
  if (!account) throw new NotFoundError("CometAccount");
  if (account.missingSince && !opts.allowMissing)
    throw new ConflictError(`${account.username} no longer exists on its Comet server`);
  return account;
}

export type ManagedAccount = Awaited<ReturnType<typeof findManagedAccount>>;

export function clientOf(ctx: Context, server: ManagedAccount["server"]): CometClient {
  return cometClientFactory(requireSecrets(ctx))(server);
}

/**
 * Runs one Comet call; a refusal or an unreachable server becomes a CometServerError with Comet's
 * own message. Hash conflicts pass through: each caller turns them into its typed conflict.
 */
export async function comet<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CometProfileHashConflictError || !(error instanceof CometError)) throw error;
    throw new CometServerError(`the Comet server refused: ${error.message}`);
  }
}
