import { type RouteDefinition, Router, type RouteSectionProps, useLocation } from "@solidjs/router";
import { Provider } from "@urql/solid";
import { lazy, Match, Show, Switch } from "solid-js";
import SignIn from "../auth/SignIn.js";
import { viewer } from "../auth/session.js";
import { client, clientEpoch } from "../lib/client.js";
import { routes } from "../routes.js";
import Shell from "./Shell.js";

/** Pages reachable signed out, outside the shell. */
const publicRoutes: RouteDefinition[] = [
  { path: "/accept-invitation", component: lazy(() => import("../auth/AcceptInvitation.js")) },
];
const publicPaths = new Set(publicRoutes.map((r) => r.path));

/** Signed out: the sign-in page (or a public page). Signed in: the routed pages inside the shell. */
function Root(props: RouteSectionProps) {
  const location = useLocation();
  return (
    <Switch fallback={<p class="page-loading">Loading…</p>}>
      <Match when={publicPaths.has(location.pathname)}>{props.children}</Match>
      <Match when={viewer.state === "ready" && viewer() === null}>
        <SignIn />
      </Match>
      <Match when={viewer()}>
        <Shell>{props.children}</Shell>
      </Match>
    </Switch>
  );
}

/**
 * The router and every page are rebuilt under a new urql client whenever the session or its
 * scope changes (`clientEpoch`), so queries, caches and live streams all start in the new scope.
 */
export default function App() {
  return (
    <Show when={clientEpoch() + 1} keyed>
      <Provider value={client}>
        <Router root={Root}>{[...publicRoutes, ...routes]}</Router>
      </Provider>
    </Show>
  );
}
