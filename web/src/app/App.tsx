import { Router } from "@solidjs/router";
import { Provider } from "@urql/solid";
import { Match, Switch } from "solid-js";
import SignIn from "../auth/SignIn.js";
import { viewer } from "../auth/session.js";
import { client } from "../lib/client.js";
import { routes } from "../routes.js";
import Shell from "./Shell.js";

/** Signed out: the sign-in page. Signed in: the routed pages inside the shell. */
export default function App() {
  return (
    <Provider value={client}>
      <Switch fallback={<p class="page-loading">Loading…</p>}>
        <Match when={viewer.state === "ready" && viewer() === null}>
          <SignIn />
        </Match>
        <Match when={viewer()}>
          <Router root={Shell}>{routes}</Router>
        </Match>
      </Switch>
    </Provider>
  );
}
