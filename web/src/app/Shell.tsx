import { A, useLocation } from "@solidjs/router";
import { createEffect, createSignal, For, on, onCleanup, type ParentProps, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import ViewerSwitcher, { ActingBanner } from "../auth/ViewerSwitcher.js";
import { isMspStaff } from "../auth/viewer.js";
import { useSocketState } from "../lib/api.js";
import { ToastRegion } from "../lib/toast.js";
import { routes } from "../routes.js";
import { NavIcon } from "./nav-icons.js";

type NavItem = { href: string; label: string; icon: Parameters<typeof NavIcon>[0]["name"]; staffOnly?: boolean };

/** The nav in order; an item shows only once its page is in routes.ts (pages land separately). */
const navItems: NavItem[] = [
  { href: "/", label: "Dashboard", icon: "dashboard" },
  { href: "/jobs", label: "Jobs", icon: "jobs" },
  { href: "/customers", label: "Customers", icon: "customers", staffOnly: true },
  { href: "/api-keys", label: "API keys", icon: "keys", staffOnly: true },
  { href: "/servers", label: "Servers", icon: "servers", staffOnly: true },
];
const routedPaths = new Set(routes.map((r) => r.path));

/** How long the socket may be down before the indicator appears: brief blips stay silent. */
const quietMs = 1_500;

/** Navigation, the signed-in person and scope, and the quiet live-connection indicator around every page. */
export default function Shell(props: ParentProps) {
  const location = useLocation();
  const session = useSession();
  const socketState = useSocketState();
  const [menuOpen, setMenuOpen] = createSignal(false);
  const [showReconnecting, setShowReconnecting] = createSignal(false);
  const items = () => navItems.filter((i) => routedPaths.has(i.href) && (!i.staffOnly || isMspStaff(session.viewer())));
  let main: HTMLElement | undefined;

  createEffect(
    on(socketState, (state) => {
      if (state !== "reconnecting") return setShowReconnecting(false);
      const timer = setTimeout(() => setShowReconnecting(true), quietMs);
      onCleanup(() => clearTimeout(timer));
    }),
  );
  // The narrow-screen menu closes once a link took you somewhere.
  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );

  function skipToContent(event: MouseEvent) {
    // A plain #main link would be taken as a route change by the router.
    event.preventDefault();
    main?.focus();
  }

  return (
    <div class="shell">
      {/* biome-ignore lint/a11y/useValidAnchor: a real link for assistive tech; the click moves focus itself. */}
      <a class="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header class="nav">
        <button
          class="nav__menu-button"
          type="button"
          aria-expanded={menuOpen()}
          aria-controls="nav-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <NavIcon name="menu" />
          <span class="visually-hidden">Menu</span>
        </button>
        <A href="/" class="brand" end>
          Partner <span>Hub</span>
        </A>
        <Show when={showReconnecting()}>
          <span class="live-indicator" role="status">
            Reconnecting…
          </span>
        </Show>
        <div id="nav-menu" class="nav__menu" data-open={menuOpen() ? "" : undefined}>
          <nav aria-label="Main">
            <For each={items()}>
              {(item) => (
                <A href={item.href} end={item.href === "/"} title={item.label}>
                  <NavIcon name={item.icon} />
                  <span class="nav__label">{item.label}</span>
                </A>
              )}
            </For>
          </nav>
          <div class="nav__end">
            <ViewerSwitcher />
            <span class="nav__who">{session.viewer()?.email ?? session.viewer()?.apiKeyName}</span>
            <button class="button button--ghost" type="button" onClick={() => void session.signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <ActingBanner />
      <main id="main" class="page" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <ToastRegion />
    </div>
  );
}
