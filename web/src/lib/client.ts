import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";
import { type Accessor, createSignal } from "solid-js";
import { type LiveSubscribe, subscribeLive } from "./live.js";

/**
 * The tab's connection to the API, made once by the app. Queries and mutations go over HTTP with
 * the session cookie (same origin; the CSRF-prevention header is added for yoga); subscriptions
 * share ONE graphql-ws connection that never gives up: it retries with capped, jittered backoff,
 * and the page shows a quiet "reconnecting" indicator meanwhile. Subscriptions resume from their
 * last cursor themselves (lib/live.ts), so a dropped socket loses nothing. Pages reach all of it
 * through `<ApiProvider>` (lib/api.tsx), never by importing this module.
 */

/** `idle`: no subscription needs the socket (graphql-ws is lazy and closed it normally). */
export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting";

export interface Connection {
  /**
   * The current urql client. Replaced (with an empty cache) by `resetClient`, so no page shows
   * another scope's cached data; the app remounts its pages under the new one.
   */
  client: Accessor<Client>;
  /** The live socket's state, for the shell's indicator. */
  state: Accessor<ConnectionState>;
  /** Resumable subscriptions on the one socket. */
  live: LiveSubscribe;
  /** Drops the socket: the server resolves a connection's viewer once, so a new scope needs a new one. */
  restartSocket(): void;
  /** Drops every cached result (after sign-in, sign-out or a viewer switch). */
  resetClient(): void;
}

const maxBackoffMs = 15_000;
const normalClosure = 1000;

function wsUrl(): string {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

export function createConnection(): Connection {
  const [state, setState] = createSignal<ConnectionState>("idle");
  const ws = createWsClient({
    url: wsUrl,
    // The cookie authenticates the upgrade; the server resolves the viewer once per connection.
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const ceiling = Math.min(maxBackoffMs, 500 * 2 ** retries);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    },
    on: {
      connecting: (isRetry) => setState((s) => (isRetry || s === "reconnecting" ? "reconnecting" : "connecting")),
      connected: () => setState("connected"),
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        // A lazy close (last subscription gone) is not an outage; anything else while live is.
        if (code === normalClosure) setState("idle");
        else setState((s) => (s === "connected" ? "reconnecting" : s));
      },
    },
  });

  const createUrqlClient = () =>
    new Client({
      url: "/graphql",
      exchanges: [
        cacheExchange,
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => {
            const input = { ...request, query: request.query ?? "" };
            return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
          },
        }),
      ],
      fetchOptions: () => ({
        credentials: "same-origin",
        headers: { "x-graphql-yoga-csrf": "1" },
      }),
      requestPolicy: "cache-and-network",
    });
  const [client, setClient] = createSignal(createUrqlClient());

  return {
    client,
    state,
    live: (document, variables, onData, cursorOf) => subscribeLive(ws, document, variables, onData, cursorOf),
    restartSocket: () => ws.terminate(),
    resetClient: () => setClient(() => createUrqlClient()),
  };
}
