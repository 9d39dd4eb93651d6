import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import { createTestDb } from "../test/db.js";
import type { ServerDeviceTotalQuery } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { execute, source } from "../test/operations.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";
import { type Api, buildApi } from "./index.js";

/** The HTTP/WS surface: health, credentials, the built web client, GraphiQL and graphql-ws. */

const DeviceTotal = graphql(`
  query ServerDeviceTotal {
    devices(first: 1) { totalCount }
  }
`);

let stack: Stack;
const w = world().msp("msp", "Test MSP").server("own", { sim: "own" }).login("admin", { role: "MSP_ADMIN" });

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      own: { fleet: { organizations: [{ id: "", name: "Top", customers: [{ slug: "acme", accounts: 2 }] }] } },
    },
    seed: w.seed,
  });
}, 120_000);

afterAll(() => stack?.stop());

type Health = {
  status: string;
  database: { ok: boolean; kind: string };
  pubsub: { ok: boolean; kind: string };
  streams: { server: string; state: string; lastEventAt: string | null; reconnects: number }[];
};

describe("/healthz", () => {
  it("reports the database, the pub/sub and each Comet stream's state", async () => {
    const res = await fetch(`${stack.url}healthz`);
    const body = (await res.json()) as Health;
    expect(res.status).toBe(200);
    expect(body.database).toEqual({ ok: true, kind: stack.db.kind });
    expect(body.pubsub).toEqual({ ok: true, kind: stack.live.kind });
    expect(body.streams).toEqual([
      expect.objectContaining({ server: w.servers.own.profileName, state: "CONNECTED", reconnects: 0 }),
    ]);
    expect(body.status).toBe("ok");
  });

  it("is degraded while a registered server's stream is not connected", async () => {
    const row = await stack.db.prisma.cometServer.update({
      where: { profileName: w.servers.own.profileName },
      data: { streamState: "BACKOFF" },
    });
    try {
      const body = (await (await fetch(`${stack.url}healthz`)).json()) as Health;
      expect(body.status).toBe("degraded");
      expect(body.streams[0]?.state).toBe("BACKOFF");
    } finally {
      await stack.db.prisma.cometServer.update({ where: { id: row.id }, data: { streamState: "CONNECTED" } });
    }
  });

  it("answers 503 when the database is unreachable", async () => {
    // A real token, so the API must reach the (closed) database to check it.
    const adminToken = await stack.login(w.logins.admin);
    const db = await createTestDb();
    const live = buildPubSub({});
    const api = buildApi({ db, live, config: { HOST: "127.0.0.1", PORT: 0 }, logger: buildLogger("silent", "test") });
    const { url } = await api.start();
    await db.destroy();
    try {
      const res = await fetch(`${url}healthz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as Health).database.ok).toBe(false);
      // The driver's error (host, database name) is logged, never sent.
      const gql = await fetch(`${url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ query: source(DeviceTotal) }),
      });
      expect(((await gql.json()) as { errors: { message: string }[] }).errors).toEqual([
        expect.objectContaining({ message: "Unexpected error." }),
      ]);
    } finally {
      await api.stop();
      await live.close();
    }
  });
});

describe("credentials", () => {
  it("accepts a session token from the right email and password", async () => {
    const res = await execute(stack, DeviceTotal, {}, w.logins.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.devices.totalCount).toBeGreaterThan(0);
  });

  it("answers UNAUTHENTICATED 'invalid credentials' alike for a wrong password, an unknown email or none", async () => {
    const { admin } = w.logins;
    const attempts = [
      { as: { email: admin.email, password: "wrong" } },
      { as: { email: "nobody@test.example", password: admin.password } },
      { authorization: "Bearer something" },
      { authorization: `Basic ${Buffer.from(`${admin.email}:${admin.password}`).toString("base64")}` },
      {},
    ];
    for (const opts of attempts) {
      const res = await stack.execute<ServerDeviceTotalQuery>(source(DeviceTotal), {}, opts);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        expect.objectContaining({ message: "invalid credentials", extensions: { code: "UNAUTHENTICATED" } }),
      ]);
    }
  });
});

describe("web client and GraphiQL", () => {
  let webDir = "";
  let web: Api;
  let webUrl = "";

  beforeAll(async () => {
    // A stand-in for `web/dist`: the entry page and one hashed bundle.
    webDir = await mkdtemp(path.join(tmpdir(), "partner-hub-web-"));
    await mkdir(path.join(webDir, "assets"));
    await writeFile(
      path.join(webDir, "index.html"),
      '<!doctype html><div id="root"></div><script src="/assets/index-abc123.js"></script>',
    );
    await writeFile(path.join(webDir, "assets", "index-abc123.js"), "console.log('app');");
    web = buildApi({
      db: stack.db,
      live: stack.live,
      config: { HOST: "127.0.0.1", PORT: 0 },
      logger: buildLogger("silent", "test"),
      webDir,
    });
    webUrl = (await web.start()).url;
  });

  afterAll(async () => {
    await web?.stop();
    await rm(webDir, { recursive: true, force: true });
  });

  it("serves the built index.html at / and at client-side routes, revalidated on every load", async () => {
    for (const route of ["", "devices/abc", "accept-invitation?token=t"]) {
      const res = await fetch(`${webUrl}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it("serves hashed assets with a year-long immutable cache, and 404 for a missing one", async () => {
    const res = await fetch(`${webUrl}assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toBe("console.log('app');");
    expect((await fetch(`${webUrl}assets/index-gone.js`)).status).toBe(404);
  });

  it("says how to build the client, linking GraphiQL and the health check, while the directory is missing", async () => {
    const missing = buildApi({
      db: stack.db,
      live: stack.live,
      config: { HOST: "127.0.0.1", PORT: 0 },
      logger: buildLogger("silent", "test"),
      webDir: path.join(webDir, "not-built"),
    });
    const { url } = await missing.start();
    try {
      for (const route of ["", "devices/abc"]) {
        const res = await fetch(`${url}${route}`);
        const html = await res.text();
        expect(res.status).toBe(503);
        expect(res.headers.get("content-type")).toMatch(/text\/html/);
        expect(html).toContain("npm run web:build");
        expect(html).toContain('href="/graphql"');
        expect(html).toContain('href="/healthz"');
      }
    } finally {
      await missing.stop();
    }
  });

  it("serves GraphiQL at /graphql to a browser", async () => {
    const res = await fetch(`${webUrl}graphql`, { headers: { accept: "text/html" } });
    expect(await res.text()).toContain("Partner Hub GraphiQL");
  });

  it("never serves files from outside the web directory", async () => {
    await writeFile(path.join(webDir, "..", `${path.basename(webDir)}-secret.txt`), "secret");
    try {
      for (const probe of [
        "..%2fpackage.json",
        `..%2f${path.basename(webDir)}-secret.txt`,
        "%2e%2e/%2e%2e/etc/passwd",
      ]) {
        const res = await fetch(`${webUrl}${probe}`);
        const body = await res.text();
        expect(body).not.toContain("secret");
        expect(body).not.toContain('"name": "partner-hub"');
      }
    } finally {
      await rm(path.join(webDir, "..", `${path.basename(webDir)}-secret.txt`), { force: true });
    }
  });
});

describe("graphql-ws", () => {
  it("executes operations for the viewer named in connection_init", async () => {
    const client = createClient({
      url: `${stack.url.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await stack.login(w.logins.admin)}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{ data?: ServerDeviceTotalQuery | null; errors?: unknown }>(
        (resolve, reject) => {
          client.subscribe({ query: source(DeviceTotal) }, { next: resolve, error: reject, complete: () => {} });
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ devices: { totalCount: expect.any(Number) } });
    } finally {
      await client.dispose();
    }
  });
});
