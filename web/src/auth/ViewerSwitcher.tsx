import { createSignal, For, Show } from "solid-js";
import { membershipLabel, switchViewer, viewer } from "./session.js";
import "./auth.css";

/**
 * Which scope this session acts in, for people with several memberships (MSP staff who are also
 * a customer's member, the platform operator who also works for an MSP). A native select: keyboard
 * and screen-reader friendly and compact at 360 px. The platform operator's own role sees every
 * MSP at once; the API has no "view as one MSP" for it.
 */
export default function ViewerSwitcher() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const memberships = () => viewer()?.memberships ?? [];
  const active = () => memberships().find((m) => m.isActive)?.id ?? "";

  async function change(event: Event & { currentTarget: HTMLSelectElement }) {
    const select = event.currentTarget;
    const id = select.value;
    if (!id || id === active()) return;
    setBusy(true);
    setError(null);
    const failure = await switchViewer(id);
    setBusy(false);
    if (failure) {
      setError(failure);
      select.value = active();
    }
  }

  return (
    <Show when={memberships().length > 1}>
      <div class="viewer-switch">
        <label class="visually-hidden" for="viewer-switch">
          Acting as
        </label>
        <select id="viewer-switch" value={active()} disabled={busy()} onChange={change} aria-busy={busy()}>
          <For each={memberships()}>{(m) => <option value={m.id}>{membershipLabel(m)}</option>}</For>
        </select>
        <Show when={error()}>
          <span class="viewer-switch__error" role="alert">
            {error()}
          </span>
        </Show>
      </div>
    </Show>
  );
}
