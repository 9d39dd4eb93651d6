import { Prisma } from "../../prisma/generated/prisma/client.js";
import { type Slice, sliceSql } from "./slice.js";

/**
 * "The jobs of the last 24 hours" as one SQL set, shared by the dashboard buckets and the incident
 * list so they always agree: jobs started since `since`, plus jobs still running that started
 * earlier (a multi-day first backup is running now and must not look like "no job").
 *
 * Shaped for the index Job(mspId, customerId, startedAt): an MSP-wide `mspId = $1 AND startedAt
 * >= $2` would walk the MSP's whole job history in that index (customerId sits between the two
 * columns), so instead the set is read per (MSP, customer) pair, each a tight range scan bounded by
 * the window, plus one (MSP, unassigned) pair per MSP. `OFFSET 0` keeps each lateral subquery a
 * parameterised index scan instead of letting the planner flatten it into a hash join over the
 * whole table. The running jobs come from the small Job(isRunning, lastProgressAt) prefix.
 */
export const windowColumns = Prisma.raw(
  `j.id, j."deviceId", j."protectedItemId", j.outcome, j.classification, j."startedAt", j."endedAt", j."isRunning"`,
);

export function windowJobsSql(slice: Slice, since: Date): Prisma.Sql {
  if (slice.empty) return Prisma.sql`SELECT ${windowColumns} FROM "Job" j WHERE FALSE`;
  const from = Prisma.sql`${since.toISOString()}::timestamptz`;
  const customers: Prisma.Sql[] = [];
  if (slice.mspId !== null) customers.push(Prisma.sql`t."mspId" = ${slice.mspId}`);
  if (slice.customerId !== null) customers.push(Prisma.sql`t.id = ${slice.customerId}`);
  const assigned = Prisma.sql`
    SELECT ${windowColumns} FROM "Customer" t CROSS JOIN LATERAL (
      SELECT * FROM "Job" j WHERE j."mspId" = t."mspId" AND j."customerId" = t.id AND j."startedAt" >= ${from}
      OFFSET 0
    ) j
    WHERE ${customers.length ? Prisma.join(customers, " AND ") : Prisma.sql`TRUE`}`;
  // Accounts not yet assigned to a customer are only part of an MSP-wide (or platform-wide) view.
  const unassigned =
    slice.customerId !== null
      ? Prisma.empty
      : Prisma.sql`
    UNION ALL
    SELECT ${windowColumns} FROM "Msp" m CROSS JOIN LATERAL (
      SELECT * FROM "Job" j WHERE j."mspId" = m.id AND j."customerId" IS NULL AND j."startedAt" >= ${from}
      OFFSET 0
    ) j
    WHERE ${slice.mspId !== null ? Prisma.sql`m.id = ${slice.mspId}` : Prisma.sql`TRUE`}`;
  return Prisma.sql`${assigned} ${unassigned}
    UNION ALL
    SELECT ${windowColumns} FROM "Job" j
    WHERE j."isRunning" AND j."startedAt" < ${from} AND ${sliceSql(slice, "j")}`;
}
