import { For, type JSX, lazy, Show, Suspense } from "solid-js";
import {
  archiveFormatLabels,
  type Choices,
  type FieldProblems,
  methodLabels,
  needsDestination,
  overwriteLabels,
  type Scope,
} from "./wizard-state.js";

const SnapshotTree = lazy(() => import("./SnapshotTree.js"));

/** What the summary names: the choices of the earlier steps in words. */
export interface ChoiceNames {
  vault: string;
  item: string;
  snapshot: string;
}

/**
 * Step 4: everything, or the files and folders picked in the snapshot's tree; then a summary of
 * every choice before the restore starts. Offline, only everything can be restored, queued.
 */
export default function ScopeStep(props: {
  deviceId: string;
  choices: Choices;
  names: ChoiceNames;
  /** The snapshot to browse (the picked one or the latest); null when none is known. */
  browseSnapshotId: string | null;
  offline: boolean;
  onChange: (patch: Partial<Choices>) => void;
  onOffline: () => void;
  errors: FieldProblems;
}) {
  const setScope = (scope: Scope) => props.onChange({ scope });
  return (
    <div class="restore-step-body">
      <fieldset class="restore-choices">
        <legend>What should be restored?</legend>
        <label class="restore-choice">
          <input
            type="radio"
            name="restore-scope"
            checked={props.choices.scope === "ALL"}
            onChange={() => setScope("ALL")}
          />
          All items
        </label>
        <label class="restore-choice" classList={{ "restore-choice--disabled": props.offline }}>
          <input
            type="radio"
            name="restore-scope"
            checked={props.choices.scope === "SELECTED"}
            disabled={props.offline || !props.browseSnapshotId}
            onChange={() => setScope("SELECTED")}
          />
          Selected files and folders
        </label>
      </fieldset>

      <Show when={props.choices.scope === "SELECTED" && props.browseSnapshotId && !props.offline}>
        <Suspense fallback={<p class="muted">Loading…</p>}>
          <SnapshotTree
            deviceId={props.deviceId}
            vaultId={props.choices.vaultId ?? ""}
            snapshotId={props.browseSnapshotId ?? ""}
            selected={props.choices.paths}
            onSelect={(paths) => props.onChange({ paths })}
            onOffline={props.onOffline}
          />
        </Suspense>
      </Show>
      <Show when={props.errors.paths}>
        <span class="field-error" role="alert">
          {props.errors.paths}
        </span>
      </Show>

      <Show when={props.offline}>
        <div class="alert alert--warning">
          <p>The device is offline; browsing needs a live connection. You can still queue a restore of all items.</p>
          <label class="restore-choice">
            <input
              type="checkbox"
              checked={props.choices.queue}
              onChange={(e) => props.onChange({ queue: e.currentTarget.checked })}
            />
            Queue until the device connects (expires after 24 hours)
          </label>
          <Show when={props.errors.queue}>
            <span class="field-error">{props.errors.queue}</span>
          </Show>
        </div>
      </Show>

      <section class="restore-summary" aria-label="Summary">
        <h3>Summary</h3>
        <dl>
          <Row term="Storage Vault">{props.names.vault}</Row>
          <Row term="Protected item">{props.names.item}</Row>
          <Row term="Snapshot">{props.names.snapshot}</Row>
          <Row term="Method">{props.choices.method ? methodLabels[props.choices.method] : "—"}</Row>
          <Show when={needsDestination(props.choices.method)}>
            <Row term="Destination">{props.choices.destinationPath}</Row>
          </Show>
          <Show when={props.choices.method === "RESTORE_FILES"}>
            <Row term="Overwrite">{overwriteLabels[props.choices.overwrite]}</Row>
          </Show>
          <Show when={props.choices.method === "COMPRESSED_ARCHIVE"}>
            <Row term="Archive format">{archiveFormatLabels[props.choices.archiveFormat]}</Row>
          </Show>
          <Row term="Scope">
            <Show when={props.choices.scope === "SELECTED"} fallback="All items">
              {props.choices.paths.length} selected
              <ul class="restore-summary__paths">
                <For each={props.choices.paths}>{(path) => <li>{path}</li>}</For>
              </ul>
            </Show>
          </Row>
        </dl>
      </section>
    </div>
  );
}

function Row(props: { term: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
