import { type RouteDefinition, Router, type RouteSectionProps, useLocation } from "@solidjs/router";
import { lazy, Match, Switch } from "solid-js";
import SignIn from "../auth/SignIn.js";
import { useSession } from "../auth/session.js";
import { routes } from "../routes.js";
import AppProviders from "./AppProviders.js";
import Shell from "./Shell.js";

/** Pages reachable signed out, outside the shell. */
const publicRoutes: RouteDefinition[] = [
  { path: "/accept-invitation", component: lazy(() => import("../auth/AcceptInvitation.js")) },
];
const publicPaths = new Set(publicRoutes.map((r) => r.path));

/** Signed out: the sign-in page (or a public page). Signed in: the routed pages inside the shell. */
function Root(props: RouteSectionProps) {
  const location = useLocation();
  const session = useSession();
  return (
    <Switch fallback={<p class="page-loading">Loading…</p>}>
      <Match when={publicPaths.has(location.pathname)}>{props.children}</Match>
      <Match when={session.isSignedOut()}>
        <SignIn />
      </Match>
      <Match when={session.viewer()}>
        <Shell>{props.children}</Shell>
      </Match>
    </Switch>
  );
}

/** The router and every page, under the tab's connection and session (rebuilt when the scope changes). */
export default function App() {
  return (
    <AppProviders>
      <Router root={Root}>{[...publicRoutes, ...routes]}</Router>
    </AppProviders>
  );
}
