import { createSignal, createUniqueId, Show } from "solid-js";
import { useNotify } from "../lib/toast.js";

/**
 * A password Partner Hub shows this once (it keeps no copy): read-only, selectable, with a Copy
 * button. The parent drops it from its state when the dialog closes, so it cannot be shown again.
 */
export default function PasswordOnce(props: { username: string; password: string; advice?: string }) {
  const notify = useNotify();
  const [copied, setCopied] = createSignal(false);
  const id = createUniqueId();
  let input: HTMLInputElement | undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.password);
      setCopied(true);
      notify("success", "Password copied", `The password of ${props.username} is on the clipboard.`);
    } catch {
      // No clipboard permission (or an insecure origin): select it so Ctrl+C works.
      input?.select();
      notify("info", "Copy it yourself", "The password is selected: press Ctrl+C (or ⌘C).");
    }
  };

  return (
    <div class="password-once" role="status">
      <label for={id}>
        New password of <strong>{props.username}</strong> (shown once: copy it now)
      </label>
      <div class="password-once__row">
        <input
          id={id}
          ref={input}
          class="password-once__value"
          readOnly
          value={props.password}
          spellcheck={false}
          autocomplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button button--primary" onClick={() => void copy()}>
          {copied() ? "Copied" : "Copy"}
        </button>
      </div>
      <Show when={props.advice}>
        <p class="password-once__advice">{props.advice}</p>
      </Show>
    </div>
  );
}
