import { lazy, Show, Suspense } from "solid-js";
import Field from "../../lib/Field.js";

const FolderBrowser = lazy(() => import("./FolderBrowser.js"));

/** Where the restore writes: a folder typed, or picked in the device's own folders (it must be online). */
export default function DestinationField(props: {
  deviceId: string;
  value: string;
  /** Whether the device's folders are shown (kept by the step: it outlives a switch to Simulate). */
  browsing: boolean;
  onBrowsingChange: (browsing: boolean) => void;
  offline: boolean;
  error: string | undefined;
  onChange: (destinationPath: string) => void;
  onOffline: () => void;
}) {
  return (
    <>
      <Field
        label="Destination folder on the device"
        hint="The folder the restore writes into, e.g. C:\Restore or /home/user/restore."
        error={props.error}
      >
        {(id, describedBy) => (
          <div class="restore-destination">
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={props.error ? "true" : undefined}
              value={props.value}
              onInput={(e) => props.onChange(e.currentTarget.value)}
              autocomplete="off"
              spellcheck={false}
            />
            <button
              type="button"
              class="button button--ghost"
              aria-expanded={props.browsing}
              onClick={() => props.onBrowsingChange(!props.browsing)}
            >
              {props.browsing ? "Hide folders" : "Browse…"}
            </button>
          </div>
        )}
      </Field>
      <Show when={props.browsing}>
        <Show
          when={!props.offline}
          fallback={
            <p class="alert alert--warning">
              The device is offline; browsing needs a live connection. Type the folder.
            </p>
          }
        >
          <Suspense fallback={<p class="muted">Loading…</p>}>
            <FolderBrowser
              deviceId={props.deviceId}
              value={props.value}
              onPick={(destinationPath) => props.onChange(destinationPath)}
              onOffline={props.onOffline}
            />
          </Suspense>
        </Show>
      </Show>
    </>
  );
}
