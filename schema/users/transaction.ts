import type { PrismaClient } from "../../prisma/db.js";
import type { Context } from "../builder.js";

/**
 * Runs `fn` in one interactive transaction with a context whose `prisma` is the transaction, so
 * helpers that take the context (audit, the mail outbox) write inside it: a failed check after
 * the first write rolls everything back, and a committed change always has its audit row.
 */
export function inTransaction<T>(ctx: Context, fn: (tx: Context) => Promise<T>): Promise<T> {
  // The transaction client lacks only $connect/$transaction & co., which nothing inside uses.
  return ctx.prisma.$transaction((client) => fn({ ...ctx, prisma: client as unknown as PrismaClient }));
}
