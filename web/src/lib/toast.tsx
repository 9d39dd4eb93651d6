import { Toast, toaster } from "@kobalte/core/toast";
import { createContext, useContext } from "solid-js";
import { Portal } from "solid-js/web";
import "./toast.css";

/**
 * Toasts for the result of every action (Kobalte: announced to screen readers, swipe or Escape
 * dismisses, pauses while hovered). `<ToastRegion />` is mounted once by the shell; components
 * send toasts through `useNotify()`, so a test can provide a sink that records them instead.
 */

export type ToastTone = "success" | "error" | "info";

/** A button in the toast, e.g. "Queue until online"; clicking it also dismisses the toast. */
export interface ToastAction {
  label: string;
  onClick(): void;
}

export type Notify = (tone: ToastTone, title: string, description?: string, action?: ToastAction) => void;

/** Shows a toast in the shell's region. */
export const notify: Notify = (tone, title, description, action) => {
  // An action needs time to be read and reached (by keyboard too): such a toast stays longer.
  const duration = action ? 15_000 : tone === "error" ? 10_000 : 5_000;
  toaster.show((props) => (
    <Toast toastId={props.toastId} class={`toast toast--${tone}`} duration={duration}>
      <div class="toast__body">
        <Toast.Title class="toast__title">{title}</Toast.Title>
        {description ? <Toast.Description class="toast__description">{description}</Toast.Description> : null}
        {action ? (
          <button
            type="button"
            class="toast__action"
            onClick={() => {
              toaster.dismiss(props.toastId);
              action.onClick();
            }}
          >
            {action.label}
          </button>
        ) : null}
      </div>
      <Toast.CloseButton class="toast__close" aria-label="Dismiss">
        ×
      </Toast.CloseButton>
    </Toast>
  ));
};

// The shell's region unless a provider says otherwise: there is one toaster per tab.
const NotifyContext = createContext<Notify>(notify);

/** Where this subtree's toasts go (tests: a recording sink). */
export const NotifyProvider = NotifyContext.Provider;

/** The toast sink of the calling component. */
export const useNotify = (): Notify => useContext(NotifyContext);

export function ToastRegion() {
  return (
    <Portal>
      <Toast.Region class="toast-region" limit={4}>
        <Toast.List class="toast-list" />
      </Toast.Region>
    </Portal>
  );
}
