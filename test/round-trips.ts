import { buildYoga } from "../api/yoga.js";
import { buildLogger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";
import type { GraphQLResponse } from "./stack.js";

/**
 * Counts database round trips per GraphQL request, to prove a list page costs a bounded number
 * of queries whatever its size (STYLE rule 12). A yoga over the same database whose Prisma client
 * counts every operation; `execute` returns the response and the count for that request.
 * Sign in with `stack.login(...)` first so the session's sliding-expiry write is not due.
 */
export function roundTripCounter(prisma: PrismaClient) {
  let operations = 0;
  const counting = prisma.$extends({
    query: {
      // Top level: every model operation and every raw query ($queryRaw for aggregates) counts.
      $allOperations({ args, query }) {
        operations++;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const yoga = buildYoga({ prisma: counting, logger: buildLogger("silent", "test") });
  return {
    async execute<T = Record<string, unknown>>(
      token: string,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<{ body: GraphQLResponse<T>; roundTrips: number }> {
      operations = 0;
      const res = await yoga.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, "status">) };
      return { body, roundTrips: operations };
    },
  };
}
