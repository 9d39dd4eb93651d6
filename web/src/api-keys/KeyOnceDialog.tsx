import { createSignal, Show } from "solid-js";
import Modal from "../lib/Modal.js";

/** The new key's secret, once: copy it now or never. */
export default function KeyOnceDialog(props: { created: { key: string; name: string }; onClose: () => void }) {
  const [copied, setCopied] = createSignal<"yes" | "failed" | null>(null);
  let input: HTMLInputElement | undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.created.key);
      setCopied("yes");
    } catch {
      input?.select();
      setCopied("failed");
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`API key "${props.created.name}" created`}>
      <div class="modal-form">
        <p class="alert alert--warning" role="alert">
          Copy this key now. It will not be shown again: Partner Hub keeps only a hash of it.
        </p>
        <label class="field">
          Key
          <input
            ref={input}
            class="api-keys__secret"
            readOnly
            value={props.created.key}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <Show when={copied()}>
          <p class="muted" role="status">
            {copied() === "yes" ? "Copied to the clipboard." : "Copying failed: the key is selected, press Ctrl+C."}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--primary" type="button" onClick={copy}>
            Copy key
          </button>
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Done
          </button>
        </div>
      </div>
    </Modal>
  );
}
