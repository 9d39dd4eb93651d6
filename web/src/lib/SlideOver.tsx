import { Dialog } from "@kobalte/core/dialog";
import type { JSX } from "solid-js";
import "./slide-over.css";

/**
 * A panel that slides in from the right over the page (Kobalte dialog: focus trapped, Escape and
 * the close button dismiss it). Full width on narrow screens. Used by the device Manage panel.
 */
export default function SlideOver(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  subtitle?: string;
  children: JSX.Element;
}) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} modal>
      <Dialog.Portal>
        <Dialog.Overlay class="slide-over__overlay" />
        <Dialog.Content class="slide-over">
          <div class="slide-over__head">
            <div>
              <Dialog.Title class="slide-over__title">{props.title}</Dialog.Title>
              {props.subtitle ? <Dialog.Description class="muted">{props.subtitle}</Dialog.Description> : null}
            </div>
            <Dialog.CloseButton class="modal__close" aria-label="Close">
              ×
            </Dialog.CloseButton>
          </div>
          <div class="slide-over__body">{props.children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog>
  );
}
