import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { buildLogger } from "../log.js";
import type { TransportJobEventsSubscription } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { source } from "../test/operations.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";
import { type Api, buildApi } from "./index.js";

/**
 * The transport around GraphQL: subscriptions over plain HTTP (SSE, what `curl` speaks), request
 * ids on subscription errors, CORS for listed browser origins, and the Host allow-list.
 */

const JobEvents = graphql(`
  subscription TransportJobEvents {
    jobEvents { kind cursor cometJobId outcome }
  }
`);
const JobEventsOfMsp = graphql(`
  subscription TransportJobEventsOfMsp($mspId: ID) {
    jobEvents(mspId: $mspId) { kind }
  }
`);
const JobEventsBrief = graphql(`
  subscription TransportJobEventsBrief {
    jobEvents { kind cometJobId }
  }
`);
const Typename = graphql(`
  query TransportTypename {
    __typename
  }
`);

let stack: Stack;
const w = world().msp("msp", "Test MSP").server("own", { sim: "own" }).login("admin", { role: "MSP_ADMIN" });
let mspId = "";
let token = "";
/** A second API on the same parts with ALLOWED_ORIGINS and ALLOWED_HOSTS set. */
let guarded: { api: Api; url: string; port: number };
const clients: Client[] = [];

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      own: { fleet: { organizations: [{ id: "", name: "Top", customers: [{ slug: "acme", accounts: 1 }] }] } },
    },
    config: { SUBSCRIPTION_HEARTBEAT_SECONDS: 1 },
    seed: w.seed,
  });
  mspId = w.msps.msp.id;
  token = await stack.login(w.logins.admin);
  const api = buildApi({
    db: stack.db,
    live: stack.live,
    config: {
      ...stack.config,
      ALLOWED_ORIGINS: ["https://app.example"],
      ALLOWED_HOSTS: ["partner.example", "127.0.0.1"],
    },
    logger: buildLogger("silent", "test"),
  });
  const { url } = await api.start();
  guarded = { api, url, port: Number(new URL(url).port) };
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await guarded?.api.stop();
  await stack?.stop();
});

/** Any selection of the job events below (each test selects some of these fields). */
type JobEventData = { jobEvents?: Partial<TransportJobEventsSubscription["jobEvents"]> | null };
type Payload = {
  data?: JobEventData | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

/** Reads `event: next` payloads of a text/event-stream response until `done` says stop. */
async function readSse(res: Response, done: (payloads: Payload[]) => boolean, timeoutMs = 15_000) {
  const payloads: Payload[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!done(payloads)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split("\n");
        if (!lines.includes("event: next")) continue;
        const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim());
        payloads.push(JSON.parse(data.join("\n")) as Payload);
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return payloads;
}

/** What `curl -N` sends: a JSON POST that accepts an event stream. */
function sse(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return fetch(`${stack.url}graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
}

describe("subscriptions over SSE", () => {
  it("streams a job the simulator starts to a plain fetch with a bearer token", async () => {
    const res = await sse(source(JobEvents));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    let guid = "";
    const payloads = await readSse(res, (received) => {
      // The first heartbeat proves the subscription is live: start a job then.
      if (!guid && received.some((p) => p.data?.jobEvents?.kind === "HEARTBEAT")) {
        const [account] = stack.sims.own!.control.listAccounts();
        guid = stack.sims.own!.control.startJob({ username: account!.username });
      }
      return received.some((p) => guid && p.data?.jobEvents?.cometJobId === guid);
    });
    expect(payloads.find((p) => p.data?.jobEvents?.cometJobId === guid)?.data?.jobEvents).toMatchObject({
      kind: "STARTED",
      cometJobId: guid,
      outcome: "RUNNING",
    });
  });

  it("puts the request id on subscription errors", async () => {
    const res = await sse(
      source(JobEventsOfMsp),
      { mspId: encodeGlobalID("Msp", "someone-else") },
      { "x-request-id": "sse-test-1" },
    );
    const [payload] = await readSse(res, (p) => p.length > 0);
    expect(payload?.errors).toEqual([
      expect.objectContaining({
        message: "mspId is not your MSP",
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", requestId: "sse-test-1" }),
      }),
    ]);
  });
});

describe("subscription errors over graphql-ws", () => {
  function socket() {
    const client = createClient({
      url: `${stack.url.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  function firstResults(
    client: Client,
    query: string,
    n: number,
    onLive?: () => void,
    variables: Record<string, unknown> = {},
  ) {
    return new Promise<Payload[]>((resolve, reject) => {
      const results: Payload[] = [];
      let live = false;
      const stop = client.subscribe<JobEventData>(
        { query, variables },
        {
          next: (r) => {
            if (!live && r.data?.jobEvents?.kind === "HEARTBEAT") {
              live = true;
              onLive?.();
              return;
            }
            if (r.data?.jobEvents?.kind === "HEARTBEAT") return;
            results.push(r as Payload);
            if (results.length >= n) {
              stop();
              resolve(results);
            }
          },
          error: (err) => reject(Array.isArray(err) ? Object.assign(new Error("errors"), { errors: err }) : err),
          complete: () => resolve(results),
        },
      );
    });
  }

  it("answers a rejected subscription with a request id", async () => {
    const results = await firstResults(socket(), source(JobEventsOfMsp), 1, undefined, {
      mspId: encodeGlobalID("Msp", "nope"),
    });
    expect(results[0]?.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("masks an unexpected failure of one event with a request id and keeps the subscription", async () => {
    const publish = (payload: Record<string, unknown>, sequence: string) =>
      stack.live.pubsub.publish("live", mspId, {
        sequence,
        mspId,
        customerId: null,
        topic: "job.progress",
        payload,
        createdAt: new Date().toISOString(),
      });
    const valid = {
      jobId: "job-ok",
      cometJobId: "guid-ok",
      deviceId: null,
      accountId: "acct",
      customerId: null,
      classification: "BACKUP",
      outcome: "RUNNING",
      cometStatus: 6001,
      startedAt: null,
      endedAt: null,
      progressCounter: 1,
      uploadBytes: "0",
    };
    const results = await firstResults(socket(), source(JobEventsBrief), 2, () => {
      // A malformed message (no outbox row behind it) fails the event's resolver; the next one is fine.
      publish({ secret: "internal detail" }, "9000000000000000001");
      publish(valid, "9000000000000000002");
    });
    expect(results[1]?.data).toEqual({ jobEvents: { kind: "PROGRESS", cometJobId: "guid-ok" } });
    expect(results[0]?.errors).toEqual([
      {
        message: "Unexpected error.",
        path: ["jobEvents"],
        locations: expect.any(Array),
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      },
    ]);
    expect(JSON.stringify(results)).not.toContain("internal detail");
  });
});

/** A raw HTTP request, so the Host header can be anything. */
function raw(o: {
  method?: string;
  path?: string;
  headers: Record<string, string>;
}): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port: guarded.port,
      method: o.method ?? "GET",
      path: o.path ?? "/healthz",
      headers: o.headers,
    });
    req.on("response", (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    // An accepted WebSocket upgrade answers 101.
    req.on("upgrade", (res, sock) => {
      sock.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on("error", reject);
    req.end();
  });
}

const upgrade = (host: string) =>
  raw({
    path: "/graphql",
    headers: {
      host,
      connection: "Upgrade",
      upgrade: "websocket",
      "sec-websocket-version": "13",
      "sec-websocket-key": randomBytes(16).toString("base64"),
      "sec-websocket-protocol": "graphql-transport-ws",
    },
  });

describe("Host allow-list", () => {
  it("answers 421 to an unlisted Host before anything runs, HTTP and WebSocket alike", async () => {
    expect((await raw({ headers: { host: "rebound.attacker.example" } })).status).toBe(421);
    expect((await raw({ path: "/graphql", headers: { host: "rebound.attacker.example:80" } })).status).toBe(421);
    expect((await upgrade("rebound.attacker.example")).status).toBe(421);
  });

  it("serves listed hosts on any port", async () => {
    expect((await raw({ headers: { host: "partner.example" } })).status).toBe(200);
    expect((await raw({ headers: { host: `127.0.0.1:${guarded.port}` } })).status).toBe(200);
    expect((await upgrade(`partner.example:${guarded.port}`)).status).toBe(101);
  });

  it("answers any Host when ALLOWED_HOSTS is unset", async () => {
    const res = await fetch(`${stack.url}healthz`, { headers: {} });
    expect(res.status).toBe(200);
  });
});

describe("CORS", () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });

  it("lets a listed origin call with credentials and read the request id", async () => {
    const res = await preflight(guarded.url, "https://app.example");
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    const post = await fetch(`${guarded.url}graphql`, {
      method: "POST",
      headers: { origin: "https://app.example", "content-type": "application/json" },
      body: JSON.stringify({ query: source(Typename) }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(post.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("gives other origins no CORS headers, so their pages cannot read the answer", async () => {
    for (const origin of ["https://evil.example", "http://localhost:5173", "null"]) {
      const res = await preflight(guarded.url, origin);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("always allows the API's own origin", async () => {
    const res = await preflight(guarded.url, guarded.url.replace(/\/$/, ""));
    expect(res.headers.get("access-control-allow-origin")).toBe(guarded.url.replace(/\/$/, ""));
  });
});

describe("GraphiQL", () => {
  it("opens with the example tabs", async () => {
    const res = await fetch(`${stack.url}graphql`, { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(html).toContain("Partner Hub GraphiQL");
    expect(html).toContain("subscription JobEvents");
    expect(html).toContain("query Dashboard");
  });
});
