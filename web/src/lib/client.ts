import { Client, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";
import { createSignal } from "solid-js";

/**
 * The tab's one GraphQL client. Queries and mutations go over HTTP with the session cookie
 * (same origin; the CSRF-prevention header is added for yoga); subscriptions share ONE graphql-ws
 * connection that never gives up: it retries with capped, jittered backoff, and the page shows a
 * quiet "reconnecting" indicator meanwhile. Subscriptions resume from their last cursor
 * themselves (lib/live.ts), so a dropped socket loses nothing.
 */

/** `idle`: no subscription needs the socket (graphql-ws is lazy and closed it normally). */
export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting";

const [connection, setConnection] = createSignal<ConnectionState>("idle");

/** The live socket's state, for the shell's indicator. */
export { connection };

const maxBackoffMs = 15_000;
const normalClosure = 1000;

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
    connecting: (isRetry) => setConnection((s) => (isRetry || s === "reconnecting" ? "reconnecting" : "connecting")),
    connected: () => setConnection("connected"),
    closed: (event) => {
      const code = (event as { code?: number } | undefined)?.code;
      // A lazy close (last subscription gone) is not an outage; anything else while live is.
      if (code === normalClosure) setConnection("idle");
      else setConnection((s) => (s === "connected" ? "reconnecting" : s));
    },
  },
});

function createUrqlClient(): Client {
  return new Client({
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
}

/**
 * The current client. Replaced (with an empty cache) when the viewer's scope changes, so no
 * page shows another scope's cached data; `import { client }` is a live binding, and the app
 * remounts its pages under the new one (see `clientEpoch`).
 */
export let client = createUrqlClient();

const [clientEpoch, setClientEpoch] = createSignal(0);

/** Changes whenever `client` is replaced; the app keys its pages on it. */
export { clientEpoch };

/** Drops every cached result (after sign-in, sign-out or a viewer switch). */
export function resetClient(): void {
  client = createUrqlClient();
  setClientEpoch((n) => n + 1);
}
