import { dispatchQueued } from "./dispatch.js";
import { type ActionDeps, transition } from "./lifecycle.js";

/**
 * Sends a bulk operation's actions. `startBulkDeviceAction` writes every action first (QUEUED, or
 * FAILED for devices that cannot get it) in one transaction, then this runs in the background, a
 * few devices at a time, through the same lease-guarded `dispatchQueued` as the workers. Nothing
 * is lost if the process dies: the QUEUED rows stay, the device-actions worker sends them to
 * connected devices, and `resumeBulkOperations` finishes (and completes) operations left RUNNING.
 * Running an operation twice at once is harmless: each action is claimed by one sender only.
 */

export const bulkConcurrency = 4;

/** Without `queueOffline`, a device that is not connected when its turn comes gets this. */
export const offlineMessage =
  "device offline: it was not connected when the bulk operation reached it; nothing was sent";

export async function runBulkOperation(deps: ActionDeps, bulkOperationId: string, concurrency = bulkConcurrency) {
  const op = await deps.prisma.bulkOperation.findUnique({ where: { id: bulkOperationId } });
  if (!op || op.status === "COMPLETED") return;
  const pending = await deps.prisma.deviceAction.findMany({
    where: { bulkOperationId, status: "QUEUED" },
    select: { id: true, device: { select: { isOnline: true } } },
    orderBy: { id: "asc" },
  });
  const failOffline = (id: string) =>
    transition(deps, id, ["QUEUED"], "FAILED", { errorMessage: offlineMessage, finishedAt: new Date() }, true);
  await eachLimited(pending, concurrency, async (action) => {
    // Queued for an offline device: the device-actions worker sends it when the device connects.
    if (!action.device.isOnline) {
      if (!op.queueOffline) await failOffline(action.id);
      return;
    }
    try {
      const sent = await dispatchQueued(deps, action.id);
      // Null: not connected after all (or another sender holds it: the unclaimed guard skips that one).
      if (!sent && !op.queueOffline) await failOffline(action.id);
    } catch (error) {
      await transition(deps, action.id, ["QUEUED"], "FAILED", {
        errorMessage: `could not be sent: ${error instanceof Error ? error.message : String(error)}`,
        finishedAt: new Date(),
      });
    }
  });
  await deps.prisma.bulkOperation.updateMany({
    where: { id: bulkOperationId, status: "RUNNING" },
    data: { status: "COMPLETED", finishedAt: new Date() },
  });
}

/**
 * Finishes operations a dead process left RUNNING (for a scheduled worker job). `staleAfterMs`
 * leaves alone the ones a live process is likely still sending.
 */
export async function resumeBulkOperations(deps: ActionDeps, staleAfterMs = 5 * 60_000): Promise<number> {
  const stale = await deps.prisma.bulkOperation.findMany({
    where: { status: "RUNNING", createdAt: { lt: new Date(Date.now() - staleAfterMs) } },
    select: { id: true },
    take: 20,
  });
  for (const { id } of stale) await runBulkOperation(deps, id);
  return stale.length;
}

async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
