import { Client, fetchExchange } from "@urql/core";
import { vi } from "vitest";

/**
 * For component tests: a scripted /graphql at the network boundary. Each operation's answer is
 * picked by its name; every request is recorded with its variables.
 */
export type Answer = (variables: Record<string, unknown>, call: number) => unknown;

export function scriptApi(answers: Record<string, Answer>) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { operationName: string; variables: Record<string, unknown> };
      const answer = answers[body.operationName];
      if (!answer) throw new Error(`unscripted operation ${body.operationName}`);
      const call = calls.filter((c) => c.operationName === body.operationName).length;
      calls.push({ operationName: body.operationName, variables: body.variables });
      return Response.json({ data: answer(body.variables, call) });
    }),
  );
  // Queries too as POST (urql sends short ones as GET by default): every request has its body here.
  const client = new Client({ url: "http://localhost/graphql", exchanges: [fetchExchange], preferGetMethod: false });
  const inputsOf = (operationName: string) =>
    calls.filter((c) => c.operationName === operationName).map((c) => c.variables.input as Record<string, unknown>);
  return { client, calls, inputsOf };
}
