import { createSignal, createUniqueId, type JSX } from "solid-js";
import Modal from "../../lib/Modal.js";

/**
 * Confirms a destructive action by having the device's name typed back (the API checks it too:
 * `confirmDeviceName`). The confirm button stays disabled until the name matches exactly.
 */
export default function ConfirmByName(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  deviceName: string;
  confirmLabel: string;
  /** Extra choices (e.g. "remove configuration"), shown above the name field. */
  children?: JSX.Element;
  onConfirm: (typedName: string) => Promise<unknown>;
}) {
  const [typed, setTyped] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const id = createUniqueId();
  const matches = () => typed().trim() === props.deviceName;
  const change = (open: boolean) => {
    if (!open) setTyped("");
    props.onOpenChange(open);
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!matches() || busy()) return;
    setBusy(true);
    try {
      await props.onConfirm(typed().trim());
      change(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={props.open} onOpenChange={change} title={props.title} description={props.description}>
      <form class="modal-form" onSubmit={(e) => void submit(e)}>
        {props.children}
        <label class="field" for={id}>
          <span>
            Type <strong class="manage-confirm__name">{props.deviceName}</strong> to confirm
          </span>
          <input
            id={id}
            autocomplete="off"
            spellcheck={false}
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
        <div class="modal-form__actions">
          <button type="button" class="button button--ghost" onClick={() => change(false)}>
            Cancel
          </button>
          <button type="submit" class="button button--danger" disabled={!matches() || busy()}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
