import { type JSX, Show } from "solid-js";
import { createSession, SessionProvider } from "../auth/session.js";
import { ApiProvider } from "../lib/api.js";
import { createConnection } from "../lib/client.js";

/**
 * The tab's one connection and session, provided to everything below. The subtree is rebuilt
 * under a new urql client whenever the session or its scope changes (`resetClient`), so queries,
 * caches and live streams all start in the new scope; the session itself stays.
 */
export default function AppProviders(props: { children: JSX.Element }) {
  const connection = createConnection();
  const session = createSession(connection);
  return (
    <SessionProvider value={session}>
      <Show when={connection.client()} keyed>
        {(client) => (
          <ApiProvider client={client} live={connection.live} socketState={connection.state}>
            {props.children}
          </ApiProvider>
        )}
      </Show>
    </SessionProvider>
  );
}
