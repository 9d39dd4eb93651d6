import { createRequire } from "node:module";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { type Client, createClient } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { subscribeLive } from "./live.js";

// The web project resolves packages with the "browser" condition (Node's require too, in its
// workers), which gives ws's stub that throws: load the Node entry by its file.
const nodeRequire = createRequire(import.meta.url);
const { WebSocket, WebSocketServer } = nodeRequire(
  nodeRequire.resolve("ws/package.json").replace(/package\.json$/, "index.js"),
) as typeof import("ws");
// The server side must use the graphql instance graphql-ws's server loads (Node's CJS build).
const { buildSchema } = nodeRequire("graphql") as typeof import("graphql");

/**
 * subscribeLive against a real graphql-ws server (in this process, port 0) whose stream
 * replays after a cursor like the API's: the socket is killed mid-stream and the items must
 * arrive exactly once, in order.
 */

type Tick = { ticks: { kind: "EVENT" | "HEARTBEAT"; cursor: string; n: number | null } };
type TickVars = { after?: string | null; label: string };

const TicksDocument = parse(`
  subscription Ticks($after: String, $label: String!) {
    ticks(after: $after, label: $label) { kind cursor n }
  }
`) as unknown as TypedDocumentNode<Tick, TickVars>;

const schema = buildSchema(`
  type Tick { kind: String!, cursor: String!, n: Int }
  type Query { ok: Boolean }
  type Subscription { ticks(after: String, label: String!): Tick! }
`);

/** An event log that grows on a timer; subscribers replay after a cursor, then follow live. */
function tickServer(total: number, killAt: number) {
  const log: number[] = [];
  const waiters = new Set<() => void>();
  const afters: (string | null)[] = [];
  const labels: string[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const wss = new WebSocketServer({ port: 0 });

  function produce() {
    if (timer) return;
    timer = setInterval(() => {
      log.push(log.length + 1);
      for (const wake of waiters) wake();
      waiters.clear();
      // The network drops: every client socket dies without a close frame.
      if (log.length === killAt) for (const socket of wss.clients) socket.terminate();
      if (log.length === total) clearInterval(timer);
    }, 5);
  }

  async function* ticks(args: { after?: string | null; label: string }): AsyncGenerator<Tick> {
    afters.push(args.after ?? null);
    labels.push(args.label);
    let next = args.after ? Number(args.after) + 1 : log.length + 1;
    produce();
    for (;;) {
      while (next <= log.length) {
        yield { ticks: { kind: "EVENT", cursor: String(next), n: next } };
        if (next % 4 === 0) yield { ticks: { kind: "HEARTBEAT", cursor: String(next), n: null } };
        next++;
      }
      if (log.length === total) return;
      await new Promise<void>((resolve) => waiters.add(resolve));
    }
  }

  const server = useServer({ schema, roots: { subscription: { ticks } } }, wss);
  const port = (wss.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    afters,
    labels,
    async close() {
      clearInterval(timer);
      await server.dispose();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function client(url: string): Client {
  const ws = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 30)),
  });
  cleanups.push(() => ws.dispose());
  return ws;
}

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("subscribeLive", () => {
  it("resumes after a dropped socket from the last cursor: every event once, in order", async () => {
    const server = tickServer(60, 20);
    cleanups.push(() => server.close());
    const ws = client(server.url);
    let connects = 0;
    ws.on("connected", () => connects++);
    const events: number[] = [];
    let heartbeats = 0;
    const dispose = subscribeLive(
      ws,
      TicksDocument,
      () => ({ label: "all" }),
      (data) => {
        if (data.ticks.kind === "HEARTBEAT") heartbeats++;
        else events.push(data.ticks.n ?? -1);
      },
      (data) => data.ticks.cursor,
    );
    cleanups.push(dispose);

    await until(() => events.length >= 60);
    expect(events).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(heartbeats).toBeGreaterThan(0);
    expect(connects).toBeGreaterThanOrEqual(2);
    // First live from now, then resumed after a real cursor (never the original variables again).
    expect(server.afters[0]).toBeNull();
    expect(server.afters.slice(1).every((a) => a !== null && Number(a) >= 1)).toBe(true);
    expect(server.afters.length).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it("stops with its Solid owner and restarts live when its variables change", async () => {
    const server = tickServer(1_000, -1);
    cleanups.push(() => server.close());
    const ws = client(server.url);
    const seen: number[] = [];
    const { createSignal } = await import("solid-js");
    const [label, setLabel] = createSignal("a");
    const disposeRoot = createRoot((dispose) => {
      subscribeLive(
        ws,
        TicksDocument,
        () => ({ label: label() }),
        (data) => {
          if (data.ticks.n) seen.push(data.ticks.n);
        },
        (data) => data.ticks.cursor,
      );
      return dispose;
    });
    await until(() => seen.length >= 3);
    setLabel("b");
    await until(() => server.labels.includes("b"));
    disposeRoot();
    const count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.length).toBe(count);
    expect(server.labels).toEqual(["a", "b"]);
    // A new filter is a new stream: it starts live, not from the old filter's cursor.
    expect(server.afters).toEqual([null, null]);
    // No item was repeated across the switch.
    expect(new Set(seen).size).toBe(seen.length);
  }, 20_000);
});
