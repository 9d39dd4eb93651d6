import { Dialog } from "@kobalte/core/dialog";
import type { JSX } from "solid-js";

/** A modal dialog (Kobalte: focus trap, Escape, labelled by its title) used by every form here. */
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
        <Dialog.Overlay class="cust-dialog__overlay" />
        <div class="cust-dialog__positioner">
          <Dialog.Content class="cust-dialog">
            <header class="cust-dialog__head">
              <Dialog.Title class="cust-dialog__title">{props.title}</Dialog.Title>
              <Dialog.CloseButton class="button button--ghost cust-dialog__close" aria-label="Close">
                ×
              </Dialog.CloseButton>
            </header>
            {props.description && <Dialog.Description class="muted">{props.description}</Dialog.Description>}
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
      <div class="cust-dialog__actions">
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
