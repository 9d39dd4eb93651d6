import { Dialog } from "@kobalte/core/dialog";
import type { JSX } from "solid-js";
import "./modal.css";

/** A titled modal dialog (Kobalte: focus trapped, Escape and the close button dismiss it). */
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
