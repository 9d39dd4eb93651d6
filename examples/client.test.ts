import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, buildApi } from "../api/index.js";
import { buildLogger } from "../log.js";
import { createLogin, createMsp } from "../test/seed.js";
import { type Stack, startStack } from "../test/stack.js";
import { createClient, PartnerHubError } from "./client.js";

/**
 * The scripts' client against a real API: it waits out a spent cost budget once, and turns
 * GraphQL errors into one readable error with the code and the request id.
 */

const Me = parse("query Me { me { kind apiKeyName } }") as TypedDocumentNode<
  { me: { kind: string; apiKeyName: string | null } },
  Record<string, never>
>;

let stack: Stack;
let key = "";
/** A second API process on the same database whose keys may spend only 300 cost a minute. */
let frugal: Api;
let frugalUrl = "";

beforeAll(async () => {
  stack = await startStack();
  const msp = await createMsp(stack.db.prisma);
  const admin = await createLogin(stack.db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
  const created = await stack.execute<{ createApiKey: { key: string } }>(
    `mutation { createApiKey(input: { name: "client test", capabilities: [READ] }) {
      ... on CreateApiKeyPayload { key } } }`,
    {},
    { as: admin },
  );
  key = created.data!.createApiKey.key;
  frugal = buildApi({
    db: stack.db,
    live: stack.live,
    config: { HOST: "127.0.0.1", PORT: 0, API_KEY_COST_PER_MINUTE: 300 },
    logger: buildLogger("silent", "test"),
  });
  frugalUrl = `${(await frugal.start()).url}graphql`;
}, 60_000);

afterAll(async () => {
  await frugal?.stop();
  await stack?.stop();
});

describe("examples/client.ts", () => {
  it("answers with typed data for an API key", async () => {
    const client = createClient({ url: `${stack.url}graphql`, apiKey: key });
    expect(await client.request(Me)).toEqual({ me: { kind: "API_KEY", apiKeyName: "client test" } });
  });

  it("waits retryAfterSeconds once when the key's cost budget is spent, then gets the answer", async () => {
    // Spend the budget with plain requests until the server refuses one.
    let refused = false;
    for (let i = 0; i < 200 && !refused; i++) {
      const res = await fetch(frugalUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: "query Me { me { kind apiKeyName } }" }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      refused = body.errors?.[0]?.extensions?.code === "COST_BUDGET_EXCEEDED";
    }
    expect(refused).toBe(true);

    const waits: [number, string][] = [];
    const client = createClient({ url: frugalUrl, apiKey: key, onWait: (s, code) => waits.push([s, code]) });
    const started = Date.now();
    expect((await client.request(Me)).me.kind).toBe("API_KEY");
    expect(waits).toEqual([[expect.any(Number), "COST_BUDGET_EXCEEDED"]]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(waits[0]![0] * 1000 - 50);
  });

  it("throws one readable error with the code and the request id the server logged", async () => {
    // A wrong checksum character (never the same one: a key may already end in "x").
    const wrong = `${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}`;
    const client = createClient({ url: `${stack.url}graphql`, apiKey: wrong });
    const error = await client.request(Me).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(PartnerHubError);
    const e = error as PartnerHubError;
    expect(e.code).toBe("UNAUTHENTICATED");
    expect(e.requestId).toMatch(/^[\w-]{8,}$/);
    expect(e.message).toBe(`UNAUTHENTICATED: invalid credentials (at me; request id ${e.requestId})`);
  });

  it("reports a limit breach without retrying", async () => {
    const deep = parse(`query Deep { me { kind ${"a: kind ".repeat(20)} } }`) as typeof Me;
    const client = createClient({ url: `${stack.url}graphql`, apiKey: key, onWait: () => expect.fail("waited") });
    const error = (await client.request(deep).catch((err: unknown) => err)) as PartnerHubError;
    expect(error.code).toBe("QUERY_TOO_COMPLEX");
    expect(error.status).toBe(400);
  });
});
