import type { Client } from "@urql/core";
import type { JSX } from "solid-js";
import { SessionProvider } from "../auth/session.js";
import type { Viewer } from "../auth/viewer.js";
import { ApiProvider } from "../lib/api.js";
import type { LiveSubscribe } from "../lib/live.js";
import { type Notify, NotifyProvider, notify } from "../lib/toast.js";
import { quietLive } from "./live.js";
import { fixedSession } from "./session.js";

/**
 * What the app provides above its pages, for a component under test: a client with scripted
 * answers, a signed-in viewer, a live source (quiet unless given) and a toast sink (the real
 * toaster unless given).
 */
export function TestProviders(props: {
  client: Client;
  viewer?: Partial<Viewer>;
  live?: LiveSubscribe;
  notify?: Notify;
  children: JSX.Element;
}) {
  return (
    <SessionProvider value={fixedSession(props.viewer ?? {})}>
      <NotifyProvider value={props.notify ?? notify}>
        <ApiProvider client={props.client} live={props.live ?? quietLive}>
          {props.children}
        </ApiProvider>
      </NotifyProvider>
    </SessionProvider>
  );
}
