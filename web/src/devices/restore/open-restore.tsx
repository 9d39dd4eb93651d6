import { lazy, Show, Suspense } from "solid-js";

/**
 * The restore wizard's entry point for the device page and the Manage slide-over. The wizard's
 * code loads on first opening (its own chunk), and each opening mounts a new wizard: fresh
 * choices and a fresh idempotency key.
 */

const RestoreWizard = lazy(() => import("./RestoreWizard.js"));

export function RestoreWizardLauncher(props: {
  /** Global ID of the device to restore on. */
  deviceId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Show when={props.open}>
      {/* Its own boundary: loading the chunk must not suspend the page behind it. */}
      <Suspense>
        <RestoreWizard deviceId={props.deviceId} open={props.open} onOpenChange={props.onOpenChange} />
      </Suspense>
    </Show>
  );
}
