import DataLoader from "dataloader";
import { scopeWhere } from "../../core/tenancy.js";
import type { Context, ViewerContext } from "../builder.js";

/**
 * Device counts per MSP or per customer for a page of rows: one grouped query per page, however
 * many rows it holds. Device has no relation to Msp or Customer (only the denormalised columns),
 * so plugin-prisma's `relationCount` cannot select these. Counts stay within the viewer's scope
 * and leave out devices removed from Comet, exactly like the `devices` list.
 */

type Column = "mspId" | "customerId";

const loaders = new WeakMap<Context, Map<Column, DataLoader<string, number>>>();

export function deviceCount(ctx: ViewerContext, column: Column, id: string): Promise<number> {
  let byColumn = loaders.get(ctx);
  if (!byColumn) {
    byColumn = new Map();
    loaders.set(ctx, byColumn);
  }
  let loader = byColumn.get(column);
  if (!loader) {
    loader = new DataLoader<string, number>(async (ids) => {
      const rows = await ctx.prisma.device.groupBy({
        by: [column],
        where: { AND: [scopeWhere(ctx.viewer), { [column]: { in: [...ids] } }], revokedAt: null },
        _count: { _all: true },
      });
      const counts = new Map(rows.map((row) => [row[column] as string, row._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    byColumn.set(column, loader);
  }
  return loader.load(id);
}
