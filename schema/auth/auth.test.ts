import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { buildAuth } from "../../api/viewer.js";
import { buildYoga } from "../../api/yoga.js";
import { buildLogger } from "../../log.js";
import type { PrismaClient } from "../../prisma/db.js";
import type { AuthMeQuery, CreateApiKeyInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, narrow, source } from "../../test/operations.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/** Sign-in, sessions and API keys over real HTTP and WebSocket, against a real database. */

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("bravo", "Bravo Co")
  .msp("b", "MSP B")
  .server("own", { sim: "own", msp: "a" })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
  .login("adminB", { msp: "b", role: "MSP_ADMIN" });
const { logins, msps, customers } = w;

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      own: {
        fleet: {
          organizations: [
            {
              id: "",
              name: "Top",
              customers: [
                { slug: "alpha", accounts: 2 },
                { slug: "bravo", accounts: 2 },
              ],
            },
          ],
        },
      },
    },
    linkAccounts: true,
    seed: w.seed,
  });
}, 120_000);

afterAll(() => stack?.stop());

const Login = graphql(`
  mutation AuthLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token expiresAt viewer { kind email } }
  }
`);
const Logout = graphql(`
  mutation AuthLogout {
    logout
  }
`);
const Me = graphql(`
  query AuthMe {
    me { kind email mspId customerId capabilities apiKeyName }
  }
`);
const Devices = graphql(`
  query AuthDevices {
    devices(first: 100) { totalCount edges { node { accountUsername } } }
  }
`);
const Servers = graphql(`
  query AuthServers {
    cometServers { profileName }
  }
`);
const CreateKey = graphql(`
  mutation AuthCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload { key apiKey { id prefix name capabilities } }
      ... on UserError { message }
    }
  }
`);
const CreateKeyErrors = graphql(`
  mutation AuthCreateKeyErrors($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { __typename ... on InvalidInputError { fieldErrors { path message } } }
  }
`);
const ApiKeys = graphql(`
  query AuthApiKeys {
    apiKeys(first: 10) { edges { node { id name prefix lastUsedAt revokedAt } } }
  }
`);
const RevokeKey = graphql(`
  mutation AuthRevokeKey($id: ID!) {
    revokeApiKey(id: $id) { __typename ... on ApiKey { id revokedAt } ... on NotFoundError { message } }
  }
`);

type GqlError = { message: string; extensions?: { code?: string; retryAfterSeconds?: number } };

/** A request over plain HTTP, for the headers (cookies) a test reads besides the typed body. */
async function post<R, V>(
  document: TypedDocumentNode<R, V>,
  variables: NoInfer<V>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${stack.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: source(document), variables }),
  });
  const json = (await res.json()) as { data?: R | null; errors?: GqlError[] };
  return { res, ...json };
}

const invalidCredentials = [
  expect.objectContaining({ message: "invalid credentials", extensions: { code: "UNAUTHENTICATED" } }),
];

async function createKey(as: TestLogin, input: CreateApiKeyInput) {
  return execute(stack, CreateKey, { input }, as);
}
/** The key of a createApiKey answer (the test fails unless it is a CreateApiKeyPayload). */
async function newKey(as: TestLogin, input: CreateApiKeyInput) {
  return narrow((await createKey(as, input)).data!.createApiKey, "CreateApiKeyPayload");
}

describe("sessions", () => {
  it("sets an httpOnly SameSite=Lax session cookie at login, and the cookie signs later requests in", async () => {
    const { res, data } = await post(Login, logins.adminA);
    expect(data?.login.viewer).toEqual({ kind: "MSP_ADMIN", email: logins.adminA.email });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ph_session=phs_[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const me = await post(Me, {}, { cookie: cookie.split(";")[0]! });
    expect(me.data?.me).toMatchObject({ kind: "MSP_ADMIN", email: logins.adminA.email, customerId: null });
    expect(me.data?.me.capabilities).toEqual(["READ", "OPERATE", "ADMIN"]);
    const audit = await stack.db.prisma.auditLog.findFirst({
      where: { action: "auth.login", actorId: logins.adminA.userId },
    });
    expect(audit).not.toBeNull();
  });

  it("accepts the returned token as a bearer and stores only its hash", async () => {
    const { data } = await post(Login, logins.operatorA);
    const token = data?.login.token ?? "";
    expect(new Date(data?.login.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    const me = await post(Me, {}, { authorization: `Bearer ${token}` });
    expect(me.data?.me.kind).toBe("MSP_OPERATOR");
    expect(await stack.db.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("revokes the session at logout and clears the cookie", async () => {
    const token = await stack.login(logins.adminA);
    const out = await post(Logout, {}, { authorization: `Bearer ${token}` });
    expect(out.data?.logout).toBe(true);
    expect(out.res.headers.get("set-cookie")).toMatch(/^ph_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/);
    const after = await post(Me, {}, { authorization: `Bearer ${token}` });
    expect(after.errors).toEqual(invalidCredentials);
    expect(await stack.db.prisma.auditLog.count({ where: { action: "auth.logout" } })).toBe(1);
  });

  it("rejects an expired session like any wrong credential", async () => {
    const token = await stack.login(logins.adminA);
    await stack.db.prisma.session.updateMany({
      where: { userId: logins.adminA.userId, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await post(Me, {}, { authorization: `Bearer ${token}` });
    expect(res.errors).toEqual(invalidCredentials);
  });
});

describe("API keys", () => {
  it("shows the key once, lists it without the secret, and accepts it as a bearer for its MSP", async () => {
    const created = await createKey(logins.adminA, { name: "PSA sync", capabilities: ["READ"] });
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = narrow(created.data!.createApiKey, "CreateApiKeyPayload");
    expect(key).toMatch(/^phk_[a-z2-7]{8}_[a-z2-7]{52}_[a-z2-7]{6}$/);
    expect(key.startsWith(`phk_${apiKey.prefix}_`)).toBe(true);

    const me = await post(Me, {}, { authorization: `Bearer ${key}` });
    expect(me.data?.me).toEqual({
      kind: "API_KEY",
      email: null,
      mspId: encodeGlobalID("Msp", msps.a.id),
      customerId: null,
      capabilities: ["READ"],
      apiKeyName: "PSA sync",
    });
    const devices = await post(Devices, {}, { authorization: `Bearer ${key}` });
    const expected = await stack.db.prisma.device.count({ where: { mspId: msps.a.id, revokedAt: null } });
    expect(devices.data?.devices.totalCount).toBe(expected);

    const list = await execute(stack, ApiKeys, {}, logins.adminA);
    const listed = list.data!.apiKeys.edges.map((e) => e.node);
    expect(listed).toContainEqual(
      expect.objectContaining({ id: apiKey.id, name: "PSA sync", prefix: apiKey.prefix, revokedAt: null }),
    );
    expect(listed.find((n) => n.id === apiKey.id)?.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(list)).not.toContain(key.split("_")[2]);
    const row = await stack.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: apiKey.prefix } });
    expect(row.secretHash).not.toContain(key.split("_")[2]);
    expect(await stack.db.prisma.auditLog.count({ where: { action: "apiKey.create", targetId: row.id } })).toBe(1);
  });

  it("limits a customer-scoped key to that customer's devices", async () => {
    const { key } = await newKey(logins.adminA, {
      name: "Alpha portal",
      capabilities: ["READ"],
      customerId: encodeGlobalID("Customer", customers.alpha.id),
    });
    const devices = await post(Devices, {}, { authorization: `Bearer ${key}` });
    const names = devices.data?.devices.edges.map((e) => e.node.accountUsername) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith("alpha-"))).toBe(true);
    const servers = await post(Servers, {}, { authorization: `Bearer ${key}` });
    expect(servers.data?.cometServers).toEqual([]);
  });

  it("returns a typed InvalidInputError naming each bad field, and creates nothing", async () => {
    const res = await createKey(logins.adminA, { name: "   ", capabilities: [] });
    expect(res.data?.createApiKey).toMatchObject({
      __typename: "InvalidInputError",
      message: expect.stringContaining("input.name"),
    });
    const detailed = await execute(
      stack,
      CreateKeyErrors,
      { input: { name: "x".repeat(101), capabilities: ["READ"] } },
      logins.adminA,
    );
    expect(narrow(detailed.data?.createApiKey, "InvalidInputError").fieldErrors).toEqual([
      { path: ["input", "name"], message: "must be at most 100 characters" },
    ]);
    expect(await stack.db.prisma.apiKey.count({ where: { OR: [{ name: "" }, { name: { startsWith: "xxx" } }] } })).toBe(
      0,
    );
  });

  it("lets only MSP admins create keys", async () => {
    const res = await createKey(logins.operatorA, { name: "nope", capabilities: ["READ"] });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await stack.db.prisma.apiKey.count({ where: { name: "nope" } })).toBe(0);
  });

  it("answers another MSP's admin 'not found' on revoke, and a revoked key stops working", async () => {
    const { key, apiKey } = await newKey(logins.adminA, { name: "to revoke", capabilities: ["READ"] });
    const foreign = await execute(stack, RevokeKey, { id: apiKey.id }, logins.adminB);
    expect(foreign.data?.revokeApiKey).toEqual({ __typename: "NotFoundError", message: "ApiKey not found" });
    expect((await post(Me, {}, { authorization: `Bearer ${key}` })).data?.me.kind).toBe("API_KEY");

    const own = await execute(stack, RevokeKey, { id: apiKey.id }, logins.adminA);
    expect(narrow(own.data?.revokeApiKey, "ApiKey").revokedAt).toEqual(expect.any(String));
    expect((await post(Me, {}, { authorization: `Bearer ${key}` })).errors).toEqual(invalidCredentials);
    expect(await stack.db.prisma.auditLog.count({ where: { action: "apiKey.revoke" } })).toBe(1);
  });

  it("refuses a key with a tampered checksum before any database lookup", async () => {
    const { key } = await newKey(logins.adminA, { name: "typo", capabilities: ["READ"] });
    const last = key.at(-1) === "a" ? "b" : "a";
    const tampered = `${key.slice(0, -1)}${last}`;
    let operations = 0;
    const counting = stack.db.prisma.$extends({
      query: {
        $allModels: {
          $allOperations({ args, query }) {
            operations++;
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const yoga = buildYoga({ prisma: counting, logger: buildLogger("silent", "test") });
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tampered}` },
      body: JSON.stringify({ query: source(Me) }),
    });
    expect(((await res.json()) as { errors: unknown }).errors).toEqual(invalidCredentials);
    expect(operations).toBe(0);
  });
});

describe("rate limiting", () => {
  it("refuses logins after repeated failures, still saying only 'invalid credentials'", async () => {
    const prisma = stack.db.prisma;
    const auth = buildAuth({ prisma, settings: { failuresPerMinute: 3 } });
    const yoga = buildYoga({ prisma, logger: buildLogger("silent", "test"), auth });
    const login = async (password: string) => {
      const res = await yoga.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: source(Login), variables: { email: logins.adminB.email, password } }),
      });
      return { res, body: (await res.json()) as { data?: unknown; errors?: GqlError[] } };
    };
    for (let i = 0; i < 3; i++) expect((await login("wrong")).body.errors).toEqual(invalidCredentials);
    const limited = await login(logins.adminB.password);
    expect(limited.body.errors?.[0]).toMatchObject({
      message: "invalid credentials",
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) },
    });
    expect(limited.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("graphql-ws", () => {
  const wsUrl = () => `${stack.url.replace("http", "ws")}graphql`;
  async function me(client: ReturnType<typeof createClient>) {
    try {
      return await new Promise<{ data?: AuthMeQuery | null; errors?: unknown }>((resolve, reject) => {
        client.subscribe({ query: source(Me) }, { next: resolve, error: reject, complete: () => {} });
      });
    } finally {
      await client.dispose();
    }
  }

  it("resolves the viewer from a bearer in connection_init", async () => {
    const { key } = await newKey(logins.adminA, { name: "socket", capabilities: ["READ"] });
    const client = createClient({
      url: wsUrl(),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${key}` },
      retryAttempts: 0,
    });
    expect((await me(client)).data?.me).toMatchObject({ kind: "API_KEY", apiKeyName: "socket" });
  });

  it("resolves the viewer from the session cookie of the upgrade request", async () => {
    const token = await stack.login(logins.operatorA);
    class CookieWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: `ph_session=${token}` } });
      }
    }
    const client = createClient({ url: wsUrl(), webSocketImpl: CookieWebSocket, retryAttempts: 0 });
    expect((await me(client)).data?.me).toMatchObject({ kind: "MSP_OPERATOR", email: logins.operatorA.email });
  });
});
