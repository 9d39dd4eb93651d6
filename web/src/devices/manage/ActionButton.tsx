import { createSignal, Show } from "solid-js";

/**
 * An action's button: disabled while its request is out (a second click waits for the first);
 * on an offline device a queueable action says it will be queued.
 */
export default function ActionButton(props: {
  label: string;
  /** Words only screen readers hear after the label, where the label repeats (e.g. "to Cloud vault"). */
  context?: string;
  queued: boolean;
  primary?: boolean;
  disabled?: boolean;
  onClick: () => Promise<unknown> | undefined;
}) {
  const [busy, setBusy] = createSignal(false);
  const click = async () => {
    if (busy()) return;
    setBusy(true);
    try {
      await props.onClick();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class="button manage-action"
      classList={{ "button--primary": props.primary, "button--ghost": !props.primary }}
      disabled={busy() || props.disabled}
      aria-busy={busy()}
      // Spelled out: the visible text omits the context, and name computation drops the spans' spaces.
      aria-label={`${props.label}${props.context ? ` ${props.context}` : ""}${props.queued ? " · queue until online" : ""}`}
      onClick={() => void click()}
    >
      {props.label}
      <Show when={props.queued}>
        <span class="manage-action__queue"> · queue until online</span>
      </Show>
    </button>
  );
}
