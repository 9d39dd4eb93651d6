import type { PrismaClient } from "../../prisma/db.js";
import { InvalidInputError, NotFoundError } from "../errors.js";

/**
 * Moves an account (and every row denormalised from it) to a customer of the same MSP, or back
 * to unassigned with `null`. One transaction: a reader never sees an account in one customer and
 * its devices or jobs in another. Authorization is the caller's job; this only keeps the invariant.
 *
 * A move that would break it fails with a typed error (core/errors.ts) before anything is written:
 * NotFoundError for an account that does not exist, InvalidInputError for accounts of several MSPs
 * or a customer of another MSP. Every mutation that moves accounts declares both, so when a request
 * races its own checks the client gets that result, never a masked "Unexpected error".
 */
export function assignAccountToCustomer(prisma: PrismaClient, accountId: string, customerId: string | null) {
  return assignAccountsToCustomer(prisma, [accountId], customerId);
}

/** The same for several accounts of one MSP at once (bulk assignment; a constant number of queries). */
export async function assignAccountsToCustomer(
  prisma: PrismaClient,
  accountIds: string[],
  customerId: string | null,
): Promise<{ accounts: number; devices: number; items: number; vaults: number; jobs: number }> {
  return prisma.$transaction(async (tx) => {
    const accounts = await tx.cometAccount.findMany({ where: { id: { in: accountIds } }, select: { mspId: true } });
    const mspIds = new Set(accounts.map((a) => a.mspId));
    if (accounts.length !== new Set(accountIds).size) throw new NotFoundError("CometAccount");
    if (mspIds.size > 1) throw new InvalidInputError("accounts of different MSPs cannot move together");
    if (customerId) {
      const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { mspId: true } });
      // No id in the message: it reaches the client, and a missing customer reads like another MSP's.
      if (!customer || !mspIds.has(customer.mspId)) {
        throw new InvalidInputError("the customer does not belong to the accounts' MSP");
      }
    }
    const byAccount = { where: { accountId: { in: accountIds } }, data: { customerId } };
    const moved = await tx.cometAccount.updateMany({ where: { id: { in: accountIds } }, data: { customerId } });
    const devices = await tx.device.updateMany(byAccount);
    const items = await tx.protectedItem.updateMany(byAccount);
    const vaults = await tx.storageVault.updateMany(byAccount);
    const jobs = await tx.job.updateMany(byAccount);
    // Snoozes follow their device so a customer keeps seeing (only) its own silenced incidents.
    const deviceIds = await tx.device.findMany({ where: { accountId: { in: accountIds } }, select: { id: true } });
    await tx.incidentSnooze.updateMany({
      where: { deviceId: { in: deviceIds.map((d) => d.id) } },
      data: { customerId },
    });
    return {
      accounts: moved.count,
      devices: devices.count,
      items: items.count,
      vaults: vaults.count,
      jobs: jobs.count,
    };
  });
}
