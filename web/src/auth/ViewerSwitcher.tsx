import { createSignal, For, lazy, Show } from "solid-js";
import { useSession } from "./session.js";
import { isOperator, membershipLabel } from "./viewer.js";
import "./auth.css";

// Only operators open it: the dialog (and its search query) stays out of everyone's first load.
const MspPicker = lazy(() => import("./MspPicker.js"));

/** The select's value while the operator acts within an MSP (no membership is active then). */
const actingValue = "acting";

/**
 * Which scope this session acts in, for people with several memberships (MSP staff who are also
 * a customer's member, the platform operator who also works for an MSP). A native select: keyboard
 * and screen-reader friendly and compact at 360 px. The platform operator also gets "View as MSP…":
 * a searchable list of every MSP, to act within one exactly as its admin; "Platform view" in the
 * select switches back (the operator cannot list MSPs while acting within one).
 */
export default function ViewerSwitcher() {
  const session = useSession();
  const viewer = session.viewer;
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [picking, setPicking] = createSignal(false);
  const memberships = () => viewer()?.memberships ?? [];
  const acting = () => viewer()?.actingAsMsp ?? null;
  const active = () => (acting() ? actingValue : (memberships().find((m) => m.isActive)?.id ?? ""));

  async function change(event: Event & { currentTarget: HTMLSelectElement }) {
    const select = event.currentTarget;
    const id = select.value;
    if (!id || id === active()) return;
    setBusy(true);
    setError(null);
    const failure = await session.switchViewer({ membershipId: id });
    setBusy(false);
    if (failure) {
      setError(failure);
      select.value = active();
    }
  }

  return (
    <div class="viewer-switch">
      <Show when={memberships().length > 1 || acting()}>
        <label class="visually-hidden" for="viewer-switch">
          Acting as
        </label>
        <select id="viewer-switch" value={active()} disabled={busy()} onChange={change} aria-busy={busy()}>
          <For each={memberships()}>{(m) => <option value={m.id}>{membershipLabel(m)}</option>}</For>
          <Show when={acting()}>{(msp) => <option value={actingValue}>{msp().name} · as operator</option>}</Show>
        </select>
      </Show>
      <Show when={isOperator(viewer()) && !acting()}>
        <button class="button button--ghost viewer-switch__pick" type="button" onClick={() => setPicking(true)}>
          View as MSP…
        </button>
        <Show when={picking()}>
          <MspPicker open={picking()} onOpenChange={setPicking} />
        </Show>
      </Show>
      <Show when={error()}>
        <span class="viewer-switch__error" role="alert">
          {error()}
        </span>
      </Show>
    </div>
  );
}

/**
 * Under the header while the platform operator acts within an MSP: whose view this is, and the
 * way back, so nobody mistakes one MSP's dashboard for the whole platform.
 */
export function ActingBanner() {
  const session = useSession();
  const viewer = session.viewer;
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const platform = () => viewer()?.memberships.find((m) => m.kind === "PLATFORM");

  async function back() {
    const membership = platform();
    if (!membership) return;
    setBusy(true);
    setError(null);
    setError(await session.switchViewer({ membershipId: membership.id }));
    setBusy(false);
  }

  return (
    <Show when={viewer()?.actingAsMsp}>
      {(msp) => (
        <div class="acting-banner" role="status">
          <span>
            Viewing as <strong>{msp().name}</strong> (its admins' view; you are the platform operator)
          </span>
          <button class="button button--ghost" type="button" disabled={busy()} onClick={() => void back()}>
            Platform view
          </button>
          <Show when={error()}>
            <span class="viewer-switch__error" role="alert">
              {error()}
            </span>
          </Show>
        </div>
      )}
    </Show>
  );
}
