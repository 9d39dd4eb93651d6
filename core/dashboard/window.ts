import { Prisma } from "../../prisma/generated/prisma/client.js";
import { type Slice, sliceSql } from "./slice.js";

/**
 * "The jobs of the last 24 hours" as one SQL set, shared by the dashboard buckets and the incident
 * list so they always agree: jobs started since `since`, plus jobs still running that started
 * earlier (a multi-day first backup is running now and must not look like "no job").
 *
 * Shaped for the indexes: a whole MSP (unassigned accounts included) is one range scan of
 * Job(mspId, startedAt DESC, id DESC) bounded by the window; one customer is one range scan of
 * Job(mspId, customerId, startedAt). The platform-wide view runs that per MSP (or per customer)
 * through a LATERAL subquery; `OFFSET 0` keeps each a parameterised index scan instead of letting
 * the planner flatten it into a hash join over the whole table. The running jobs come from the
 * small Job(isRunning, lastProgressAt) prefix.
 */
export const windowColumns = Prisma.raw(
  `j.id, j."deviceId", j."protectedItemId", j.outcome, j.classification, j."startedAt", j."endedAt", j."isRunning"`,
);

export function windowJobsSql(slice: Slice, since: Date): Prisma.Sql {
  return windowSql(slice, since, windowColumns);
}

/** The same set reduced to its outcomes: read from the indexes alone (see Job's indexes). */
export function windowOutcomesSql(slice: Slice, since: Date): Prisma.Sql {
  return windowSql(slice, since, Prisma.raw("j.outcome"));
}

function windowSql(slice: Slice, since: Date, columns: Prisma.Sql): Prisma.Sql {
  if (slice.empty) return Prisma.sql`SELECT ${columns} FROM "Job" j WHERE FALSE`;
  const from = Prisma.sql`${since.toISOString()}::timestamptz`;
  let started: Prisma.Sql;
  if (slice.customerId !== null) {
    const customers = [Prisma.sql`t.id = ${slice.customerId}`];
    if (slice.mspId !== null) customers.push(Prisma.sql`t."mspId" = ${slice.mspId}`);
    started = Prisma.sql`
    SELECT j.* FROM "Customer" t CROSS JOIN LATERAL (
      SELECT ${columns} FROM "Job" j WHERE j."mspId" = t."mspId" AND j."customerId" = t.id AND j."startedAt" >= ${from}
      OFFSET 0
    ) j
    WHERE ${Prisma.join(customers, " AND ")}`;
  } else {
    started = Prisma.sql`
    SELECT j.* FROM "Msp" m CROSS JOIN LATERAL (
      SELECT ${columns} FROM "Job" j WHERE j."mspId" = m.id AND j."startedAt" >= ${from}
      OFFSET 0
    ) j
    WHERE ${slice.mspId !== null ? Prisma.sql`m.id = ${slice.mspId}` : Prisma.sql`TRUE`}`;
  }
  return Prisma.sql`${started}
    UNION ALL
    SELECT ${columns} FROM "Job" j
    WHERE j."isRunning" AND j."startedAt" < ${from} AND ${sliceSql(slice, "j")}`;
}
