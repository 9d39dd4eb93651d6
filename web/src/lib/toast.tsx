import { Toast, toaster } from "@kobalte/core/toast";
import { Portal } from "solid-js/web";
import "./toast.css";

/**
 * Toasts for the result of every action (Kobalte: announced to screen readers, swipe or Escape
 * dismisses, pauses while hovered). `<ToastRegion />` is mounted once by the shell; anything can
 * call `notify(...)`.
 */

export type ToastTone = "success" | "error" | "info";

export function notify(tone: ToastTone, title: string, description?: string) {
  return toaster.show((props) => (
    <Toast toastId={props.toastId} class={`toast toast--${tone}`} duration={tone === "error" ? 10_000 : 5_000}>
      <div class="toast__body">
        <Toast.Title class="toast__title">{title}</Toast.Title>
        {description ? <Toast.Description class="toast__description">{description}</Toast.Description> : null}
      </div>
      <Toast.CloseButton class="toast__close" aria-label="Dismiss">
        ×
      </Toast.CloseButton>
    </Toast>
  ));
}

export function ToastRegion() {
  return (
    <Portal>
      <Toast.Region class="toast-region" limit={4}>
        <Toast.List class="toast-list" />
      </Toast.Region>
    </Portal>
  );
}
