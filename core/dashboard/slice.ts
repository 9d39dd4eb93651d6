import { Prisma } from "../../prisma/generated/prisma/client.js";
import type { Viewer } from "../auth/viewer.js";
import { localId } from "../global-id.js";
import { scopeWhere } from "../tenancy.js";

/**
 * The part of the fleet a dashboard figure covers: the viewer's tenant (scopeWhere), narrowed by
 * the `mspId` / `customerId` arguments. Narrowing can only shrink the scope: an argument outside
 * it, or an ID of the wrong type, leaves nothing (zeros), exactly like a missing object.
 * The aggregates are raw SQL, so the slice renders itself as a parameterised WHERE fragment
 * whose shape follows the indexes (mspId, customerId, ...): conditions are left out rather than
 * written as `$1 IS NULL OR ...`, which would defeat the index in a generic plan.
 */
export interface Slice {
  /** null: every MSP (the platform operator without `mspId`). */
  mspId: string | null;
  /** null: every customer of the MSP(s), unassigned accounts included. */
  customerId: string | null;
  /** True when the arguments point outside the viewer's scope: every figure is zero. */
  empty: boolean;
}

export function sliceOf(viewer: Viewer, args: { mspId?: string | null; customerId?: string | null }): Slice {
  const scope = scopeWhere(viewer);
  const slice: Slice = { mspId: scope.mspId ?? null, customerId: scope.customerId ?? null, empty: false };
  if (args.mspId != null) {
    const mspId = localId(args.mspId, "Msp");
    if (mspId === null || (slice.mspId !== null && slice.mspId !== mspId)) slice.empty = true;
    else slice.mspId = mspId;
  }
  if (args.customerId != null) {
    const customerId = localId(args.customerId, "Customer");
    if (customerId === null || (slice.customerId !== null && slice.customerId !== customerId)) slice.empty = true;
    else slice.customerId = customerId;
  }
  return slice;
}

/** `"alias"."column"` */
export const col = (alias: string, column: string) => Prisma.raw(`"${alias}"."${column}"`);

/** The slice as `AND`-able conditions on a table with `mspId` / `customerId` columns. */
export function sliceSql(slice: Slice, alias: string): Prisma.Sql {
  if (slice.empty) return Prisma.sql`FALSE`;
  const conditions: Prisma.Sql[] = [];
  if (slice.mspId !== null) conditions.push(Prisma.sql`${col(alias, "mspId")} = ${slice.mspId}`);
  if (slice.customerId !== null) conditions.push(Prisma.sql`${col(alias, "customerId")} = ${slice.customerId}`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
