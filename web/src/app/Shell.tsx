import { A } from "@solidjs/router";
import { type ParentProps, Show } from "solid-js";
import { isMspStaff, signOut, viewer } from "../auth/session.js";
import { connection } from "../lib/client.js";

/** Navigation, the signed-in person, and the quiet live-connection indicator around every page. */
export default function Shell(props: ParentProps) {
  return (
    <div class="shell">
      <header class="nav">
        <A href="/" class="brand" end>
          Partner <span>Hub</span>
        </A>
        <nav aria-label="Main">
          <A href="/" end>
            Dashboard
          </A>
          <Show when={isMspStaff()}>
            <span class="nav__muted">Customers</span>
          </Show>
        </nav>
        <div class="nav__end">
          <Show when={connection() === "reconnecting"}>
            <span class="live-indicator" role="status">
              Reconnecting…
            </span>
          </Show>
          <span class="nav__who">{viewer()?.email ?? viewer()?.apiKeyName}</span>
          <button class="button button--ghost" type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main class="page">{props.children}</main>
    </div>
  );
}
