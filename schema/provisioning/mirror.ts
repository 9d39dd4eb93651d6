import type { UserProfileConfig } from "../../comet/client/index.js";
import { assignAccountToCustomer } from "../../core/accounts/assign.js";
import { inTransaction } from "../../core/actions/lifecycle.js";
import type { NewLiveEvent } from "../../core/live/pubsub.js";
import type { CometAccount } from "../../prisma/generated/prisma/client.js";
import type { Context } from "../builder.js";

/**
 * Writes a provisioning change into the mirror at once, so the next read shows it. The ingest
 * worker applies the same profile from Comet's event moments later; both write the same values,
 * so whichever lands second changes nothing (the raw `profile` column is left to the worker, which
 * strips its secrets).
 */

const int = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.trunc(v) : 0);

function columnsOf(p: UserProfileConfig, profileHash: string) {
  return {
    accountName: p.AccountName ?? "",
    emails: (p.Emails ?? []).filter((e): e is string => typeof e === "string"),
    organizationId: p.OrganizationID ?? "",
    policyId: p.PolicyID ?? "",
    isSuspended: Boolean(p.IsSuspended),
    maximumDevices: int(p.MaximumDevices),
    quotaOffice365Accounts: int(p.QuotaOffice365ProtectedAccounts),
    quotaHyperVGuests: int(p.QuotaHyperVGuests),
    quotaVMwareGuests: int(p.QuotaVMwareGuests),
    allItemsQuotaEnabled: Boolean(p.AllProtectedItemsQuotaEnabled),
    allItemsQuotaBytes: BigInt(int(p.AllProtectedItemsQuotaBytes)),
    profileHash,
    lastSyncedAt: new Date(),
  };
}

function accountEvent(a: CometAccount, missing: boolean): NewLiveEvent {
  return {
    mspId: a.mspId,
    customerId: a.customerId,
    topic: "account.updated",
    payload: { accountId: a.id, username: a.username, customerId: a.customerId, missing },
  };
}

/** After a profile write: the account row as Comet now has it. */
export function mirrorProfile(ctx: Context, accountId: string, profile: UserProfileConfig, profileHash: string) {
  return inTransaction(ctx, async (tx, emit) => {
    const row = await tx.cometAccount.update({ where: { id: accountId }, data: columnsOf(profile, profileHash) });
    emit(accountEvent(row, false));
    return row;
  });
}

/**
 * After creating an account: the row (the worker may have inserted it already from the
 * ACCOUNT_NEW event) and its customer.
 */
export async function mirrorNewAccount(
  ctx: Context,
  target: { serverId: string; mspId: string; customerId: string | null; username: string },
  profile: UserProfileConfig,
  profileHash: string,
): Promise<CometAccount> {
  const columns = columnsOf(profile, profileHash);
  const row = await inTransaction(ctx, async (tx, emit) => {
    const upserted = await tx.cometAccount.upsert({
      where: { serverId_username: { serverId: target.serverId, username: target.username } },
      create: { ...columns, serverId: target.serverId, username: target.username, mspId: target.mspId },
      update: { ...columns, missingSince: null },
    });
    emit(accountEvent(upserted, false));
    return upserted;
  });
  if (target.customerId && row.customerId !== target.customerId) {
    await assignAccountToCustomer(ctx.prisma, row.id, target.customerId);
  }
  return ctx.prisma.cometAccount.findUniqueOrThrow({ where: { id: row.id } });
}

/**
 * After deleting an account in Comet: flagged missing and its devices offline, exactly as the
 * worker treats SEVT_ACCOUNT_REMOVED and reconcile a vanished account (rows are never deleted, so
 * job history stays).
 */
export function mirrorTerminated(ctx: Context, accountId: string) {
  return inTransaction(ctx, async (tx, emit) => {
    const now = new Date();
    const row = await tx.cometAccount.update({ where: { id: accountId }, data: { missingSince: now } });
    const online = await tx.device.findMany({ where: { accountId, isOnline: true } });
    await tx.device.updateMany({
      where: { id: { in: online.map((d) => d.id) } },
      data: { isOnline: false, targetId: null, lastSeenAt: now },
    });
    emit(accountEvent(row, true));
    for (const d of online) {
      emit({
        mspId: d.mspId,
        customerId: d.customerId,
        topic: "device.offline",
        payload: {
          deviceId: d.id,
          cometDeviceId: d.cometDeviceId,
          accountId: d.accountId,
          customerId: d.customerId,
          friendlyName: d.friendlyName,
          isOnline: false,
        },
      });
    }
    return row;
  });
}
