import { Dialog } from "@kobalte/core/dialog";
import type { JSX } from "solid-js";
import "./modal.css";

/** A titled modal dialog (Kobalte: focus trapped, Escape and the close button dismiss it); every form dialog of the web client. */
export default function Modal(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: JSX.Element;
}) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} modal>
      <Dialog.Portal>
        <Dialog.Overlay class="modal__overlay" />
        <div class="modal__positioner">
          <Dialog.Content class="modal">
            <div class="modal__head">
              <Dialog.Title class="modal__title">{props.title}</Dialog.Title>
              <Dialog.CloseButton class="modal__close" aria-label="Close">
                ×
              </Dialog.CloseButton>
            </div>
            {props.description ? <Dialog.Description class="muted">{props.description}</Dialog.Description> : null}
            {props.children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog>
  );
}

/** A yes/no question before an action that changes what others see (archive, unlink, remove). */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title={props.title} description={props.description}>
      {props.error && (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div class="modal-form__actions">
        <button type="button" class="button button--ghost" onClick={() => props.onOpenChange(false)}>
          Cancel
        </button>
        <button type="button" class="button button--primary" disabled={props.busy} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
