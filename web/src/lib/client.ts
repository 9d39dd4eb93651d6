import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";
import { createSignal } from "solid-js";

/**
 * The tab's one GraphQL client. Queries and mutations go over HTTP with the session cookie
 * (same origin; the CSRF-prevention header is added for yoga); subscriptions share ONE graphql-ws
 * connection that never gives up: it retries with capped, jittered backoff, and the page shows a
 * quiet "reconnecting" indicator meanwhile. Subscriptions resume from their last cursor
 * themselves (see live/), so a dropped socket loses nothing.
 */

export type ConnectionState = "connecting" | "connected" | "reconnecting";

const [connection, setConnection] = createSignal<ConnectionState>("connecting");

/** The live socket's state, for the shell's indicator. */
export { connection };

const maxBackoffMs = 15_000;

function wsUrl(): string {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

export const ws = createWsClient({
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
    connected: () => setConnection("connected"),
    closed: () => setConnection((s) => (s === "connecting" ? s : "reconnecting")),
    connecting: () => setConnection((s) => (s === "connected" ? "reconnecting" : s)),
  },
});

export const client = new Client({
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
