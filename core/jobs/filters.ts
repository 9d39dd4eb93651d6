import { localId } from "../global-id.js";

/**
 * Small pieces shared by the fleet lists (jobs, items, vaults, devices).
 * An ID argument of the wrong type (or another tenant's) narrows the list to nothing: in a
 * query, "no such object" and "not yours" are both just an empty result.
 */
export function idIn(globalId: string | number, typename: string): { in: string[] } {
  const id = localId(globalId, typename);
  return { in: id === null ? [] : [id] };
}

const dayMs = 24 * 60 * 60 * 1000;
const windowStart = new WeakMap<object, Date>();

/**
 * Start of "the last 24 hours", fixed once per request so a filter (`status24h`) and the field
 * that shows why a row matched (`latestJob24h`) agree even when the request straddles a second.
 */
export function last24hStart(ctx: object): Date {
  let since = windowStart.get(ctx);
  if (!since) {
    since = new Date(Date.now() - dayMs);
    windowStart.set(ctx, since);
  }
  return since;
}

/** Newest job first; ties (same start instant) broken by id so paging and "latest" are stable. */
export const newestJobFirst = [{ startedAt: "desc" as const }, { id: "desc" as const }];
