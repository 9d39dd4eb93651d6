import type { Client } from "@urql/core";
import { Provider } from "@urql/solid";
import { type Accessor, createContext, type JSX, useContext } from "solid-js";
import type { ConnectionState } from "./client.js";
import type { LiveSubscribe } from "./live.js";

/**
 * What components reach the API through, provided once above the pages: the urql client (for
 * `createQuery`, `createMutation` and `useClient()` of @urql/solid) and the live subscriptions on
 * the tab's socket. The app provides its connection (lib/client.ts); a test provides a client
 * with scripted answers and a live source it plays events into, so no test replaces our modules.
 */

interface Api {
  live: LiveSubscribe;
  socketState: Accessor<ConnectionState>;
}

const ApiContext = createContext<Api>();

export function ApiProvider(props: {
  client: Client;
  live: LiveSubscribe;
  /** The socket's state for the shell's indicator; "idle" when not given. */
  socketState?: Accessor<ConnectionState>;
  children: JSX.Element;
}) {
  const api: Api = {
    get live() {
      return props.live;
    },
    socketState: () => props.socketState?.() ?? "idle",
  };
  return (
    <ApiContext.Provider value={api}>
      <Provider value={props.client}>{props.children}</Provider>
    </ApiContext.Provider>
  );
}

function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error("No <ApiProvider> above this component");
  return api;
}

/** Starts resumable live subscriptions (lib/live.ts), disposed with the calling component. */
export const useLive = (): LiveSubscribe => useApi().live;

/** The live socket's state. */
export const useSocketState = (): Accessor<ConnectionState> => useApi().socketState;
