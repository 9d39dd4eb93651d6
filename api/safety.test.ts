import { getIntrospectionQuery } from "graphql";
import { createClient, type ExecutionResult } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { buildPubSub, type LivePubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { createTestDb, type TestDb } from "../test/db.js";
import { type Api, buildApi } from "./index.js";
import { isAllowedOrigin } from "./origins.js";
import { buildYoga } from "./yoga.js";

/**
 * Safety limits over real HTTP and a real graphql-ws socket. Limits are checked before anything
 * executes, so these operations need no viewer; the API runs with small limits to keep the
 * offending queries short (the rest of the suite runs with the defaults).
 */

const limits = {
  GRAPHQL_MAX_DEPTH: 3,
  GRAPHQL_MAX_ALIASES: 2,
  GRAPHQL_MAX_TOKENS: 300,
  GRAPHQL_MAX_COST: 100,
};
const logger = buildLogger("silent", "test");

let db: TestDb;
let live: LivePubSub;
let api: Api;
let url = "";

beforeAll(async () => {
  db = await createTestDb();
  live = buildPubSub({});
  api = buildApi({ db, live, config: { HOST: "127.0.0.1", PORT: 0, ...limits }, logger });
  url = (await api.start()).url;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await live?.close();
  await db?.destroy();
});

type Body = ExecutionResult<Record<string, unknown>, { cost?: { requested: number; limit: number } }>;

async function post(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  const res = await fetch(`${url}graphql`, {
    method: "POST",
    headers: { accept: "application/graphql-response+json, application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

function wsClient(headers?: Record<string, string>) {
  return createClient({
    url: `${url.replace("http", "ws")}graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
    lazy: true,
  });
}

/** One operation over graphql-ws: its result, or the GraphQL errors the server answered with. */
function overWs(client: ReturnType<typeof createClient>, query: string) {
  return new Promise<Body>((resolve, reject) => {
    let result: Body | undefined;
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as Body;
        },
        error: (err) => (Array.isArray(err) ? resolve({ errors: err }) : reject(err)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

const tooDeep = "{ devices(first: 1) { edges { node { friendlyName } } } }";
const tooManyAliases =
  "{ a: devices(first: 1) { totalCount } b: devices(first: 1) { totalCount } c: devices(first: 1) { totalCount } }";
const tooCostly = "{ devices(first: 100) { totalCount } }";
const tooLong = `{ ${"__typename ".repeat(400)}}`;

const rejections = [
  { what: "too deep", query: tooDeep, message: "Query depth limit of 3 exceeded" },
  { what: "with too many aliases", query: tooManyAliases, message: "Aliases limit of 2 exceeded" },
  { what: "too costly", query: tooCostly, message: "Query Cost limit of 100 exceeded, found 350" },
  { what: "too long", query: tooLong, message: "Token limit of 300 exceeded" },
];

describe("query limits", () => {
  for (const { what, query, message } of rejections) {
    it(`rejects a query ${what} over HTTP before executing it`, async () => {
      const { status, body } = await post({ query });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toContain(message);
    });

    it(`rejects a query ${what} over graphql-ws and keeps the socket for the next operation`, async () => {
      const client = wsClient();
      try {
        const rejected = await overWs(client, query);
        expect(rejected.data).toBeUndefined();
        expect(rejected.errors?.[0]?.message).toContain(message);
        expect(await overWs(client, "{ __typename }")).toMatchObject({ data: { __typename: "Query" } });
      } finally {
        await client.dispose();
      }
    });
  }

  it("reports every limit an operation breaks at once, with a code", async () => {
    const { body } = await post({ query: "{ a: devices(first: 90) { edges { node { id } } } b: __typename }" });
    expect(body.errors?.map((e) => e.message)).toEqual([
      expect.stringContaining("Query depth limit"),
      expect.stringContaining("Query Cost limit"),
    ]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
  });

  it("shows an operation's computed cost and the limit in extensions, over HTTP and graphql-ws", async () => {
    const query = "query Count { devices(first: 2) { totalCount } }";
    // No credentials: the field fails, but the operation was priced and executed.
    const { body } = await post({ query, operationName: "Count" });
    expect(body.extensions?.cost).toEqual({ requested: 7, limit: 100 });
    const client = wsClient();
    try {
      expect((await overWs(client, query)).extensions?.cost).toEqual({ requested: 7, limit: 100 });
    } finally {
      await client.dispose();
    }
  });

  it("prices a page size passed as a variable by its value, in fragments too, so variables cannot dodge the limit", async () => {
    // Only the cost limit is tight here (100): one device per page fits, a hundred do not.
    const yoga = buildYoga({ prisma: db.prisma, logger, safety: { GRAPHQL_MAX_COST: 100 } });
    const codes = async (query: string, variables?: Record<string, unknown>) => {
      const res = await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Body;
      return body.errors?.map((e) => e.extensions?.code) ?? [];
    };
    const page = "devices(first: $n) { totalCount }";
    const inFragment = `query($n: Int!) { ...Page } fragment Page on Query { ${page} }`;
    expect(await codes("query { devices(first: 1) { totalCount } }")).not.toContain("QUERY_TOO_COMPLEX");
    expect(await codes("query { devices(first: 100) { totalCount } }")).toContain("QUERY_TOO_COMPLEX");
    expect(await codes(`query($n: Int!) { ${page} }`, { n: 1 })).not.toContain("QUERY_TOO_COMPLEX");
    expect(await codes(`query($n: Int!) { ${page} }`, { n: 100 })).toContain("QUERY_TOO_COMPLEX");
    expect(await codes(`query($n: Int = 100) { ${page} }`)).toContain("QUERY_TOO_COMPLEX");
    expect(await codes(inFragment, { n: 1 })).not.toContain("QUERY_TOO_COMPLEX");
    expect(await codes(inFragment, { n: 100 })).toContain("QUERY_TOO_COMPLEX");
  });

  it("lets GraphiQL's introspection query through the default limits", async () => {
    const yoga = buildYoga({ prisma: db.prisma, logger });
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    const res = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as Body;
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema).toBeDefined();
  });
});

describe("request shape", () => {
  it("rejects a batch of operations", async () => {
    const { status, body } = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body.data).toBeUndefined();
  });

  it("rejects a simple-content-type POST without a CSRF header, as a cross-site form would send", async () => {
    const query = JSON.stringify({ query: "{ __typename }" });
    const blocked = await post(query, { "content-type": "text/plain" });
    expect(blocked.status).toBe(403);
    expect(blocked.body.errors?.[0]?.message).toBe("Required CSRF header(s) not present");
    const form = await post(`query=${encodeURIComponent("{ __typename }")}`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(403);
  });

  it("answers a GET only when it carries the CSRF header", async () => {
    const target = `${url}graphql?query=${encodeURIComponent("{ __typename }")}`;
    const accept = "application/graphql-response+json";
    expect((await fetch(target, { headers: { accept } })).status).toBe(403);
    const allowed = await fetch(target, { headers: { accept, "x-graphql-csrf": "1" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ data: { __typename: "Query" } });
  });
});

describe("WebSocket origin", () => {
  /** The HTTP status of the upgrade: 101 when the socket opened. */
  function upgrade(origin?: string) {
    return new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${url.replace("http", "ws")}graphql`, "graphql-transport-ws", {
        headers: origin ? { origin } : {},
      });
      socket.on("open", () => {
        socket.close();
        resolve(101);
      });
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.on("error", reject);
    });
  }

  it("refuses an upgrade from a foreign origin with 403", async () => {
    expect(await upgrade("https://evil.example")).toBe(403);
    expect(await upgrade("null")).toBe(403);
  });

  it("accepts the same origin, localhost variants and clients that send no origin", async () => {
    expect(await upgrade(new URL(url).origin)).toBe(101);
    expect(await upgrade("http://localhost:5173")).toBe(101);
    expect(await upgrade()).toBe(101);
  });

  it("accepts only the configured origins besides its own when ALLOWED_ORIGINS is set", () => {
    const list = ["https://app.example.com"];
    expect(isAllowedOrigin("https://app.example.com", "hub.example.com", list)).toBe(true);
    expect(isAllowedOrigin("https://hub.example.com", "hub.example.com", list)).toBe(true);
    expect(isAllowedOrigin("http://localhost:5173", "hub.example.com", list)).toBe(false);
    expect(isAllowedOrigin("https://app.example.com.evil.example", "hub.example.com", list)).toBe(false);
  });
});

describe("introspection and field suggestions", () => {
  async function ask(safety: Parameters<typeof buildYoga>[0]["safety"], query: string) {
    const yoga = buildYoga({ prisma: db.prisma, logger, safety });
    const res = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as Body;
  }
  const introspect = "{ __schema { queryType { name } } }";

  it("are off in production unless asked for", async () => {
    const production = await ask({ NODE_ENV: "production" }, introspect);
    expect(production.data).toBeUndefined();
    expect(production.errors?.[0]?.message).toMatch(/introspection/i);
    const suggestion = (await ask({ NODE_ENV: "production" }, "{ devics(first: 1) { totalCount } }")).errors;
    expect(suggestion?.[0]?.message).not.toContain("Did you mean");
    expect(await ask({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: true }, introspect)).toMatchObject({
      data: { __schema: { queryType: { name: "Query" } } },
    });
  });

  it("are on in development", async () => {
    expect(await ask({ NODE_ENV: "development" }, introspect)).toMatchObject({
      data: { __schema: { queryType: { name: "Query" } } },
    });
    const suggestion = (await ask({ NODE_ENV: "development" }, "{ devics(first: 1) { totalCount } }")).errors;
    expect(suggestion?.[0]?.message).toContain('Did you mean "devices"');
  });

  it("are off over graphql-ws too in production", async () => {
    const prodApi = buildApi({ db, live, config: { HOST: "127.0.0.1", PORT: 0, NODE_ENV: "production" }, logger });
    const prodUrl = (await prodApi.start()).url;
    const client = createClient({
      url: `${prodUrl.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await overWs(client, introspect);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await client.dispose();
      await prodApi.stop();
    }
  });
});
