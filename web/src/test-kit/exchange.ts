import { type Exchange, makeResult, type Operation } from "@urql/core";
import { filter, map, pipe } from "wonka";

/** An operation a component sent, by name, with its variables. */
export interface AskedOperation {
  name: string;
  variables: Record<string, unknown>;
}

/**
 * For component tests: an urql exchange that answers each operation from `answers` by its name
 * (null data when unscripted) and records it in `asked`, without any network.
 */
export function answeringExchange(
  answers: Record<string, (variables: Record<string, unknown>) => unknown>,
  asked: AskedOperation[],
): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        const variables = op.variables as Record<string, unknown>;
        asked.push({ name, variables });
        return makeResult(op, { data: answers[name]?.(variables) ?? null });
      }),
    );
}
