import { createSignal, For, Show } from "solid-js";
import type { OverwritePolicy, RestoreArchiveFormat, RestoreMethod } from "../../gql/graphql.js";
import Field from "../../lib/Field.js";
import DestinationField from "./DestinationField.js";
import {
  archiveFormatLabels,
  type Choices,
  type FieldProblems,
  methodHints,
  methodLabels,
  needsDestination,
  overwriteLabels,
} from "./wizard-state.js";

const overwritePolicies = Object.keys(overwriteLabels) as OverwritePolicy[];
const archiveFormats = Object.keys(archiveFormatLabels) as RestoreArchiveFormat[];

/**
 * Step 3: how to restore (only the methods the item's engine allows), where to (typed, or picked
 * in the device's folders), and what to do with existing files or which archive format.
 */
export default function MethodStep(props: {
  deviceId: string;
  methods: readonly RestoreMethod[];
  choices: Choices;
  offline: boolean;
  onChange: (patch: Partial<Choices>) => void;
  onOffline: () => void;
  errors: FieldProblems;
}) {
  const [browsing, setBrowsing] = createSignal(false);
  return (
    <div class="restore-step-body">
      <fieldset class="restore-choices" aria-describedby={props.errors.method ? "restore-method-error" : undefined}>
        <legend>How should it be restored?</legend>
        <For each={props.methods}>
          {(method) => (
            <label class="restore-choice">
              <input
                type="radio"
                name="restore-method"
                value={method}
                checked={props.choices.method === method}
                onChange={() => props.onChange({ method })}
              />
              <span class="restore-choice__text">
                <strong>{methodLabels[method]}</strong>
                <span class="muted">{methodHints[method]}</span>
              </span>
            </label>
          )}
        </For>
        <Show when={props.errors.method}>
          <span id="restore-method-error" class="field-error">
            {props.errors.method}
          </span>
        </Show>
      </fieldset>

      <Show when={needsDestination(props.choices.method)}>
        <DestinationField
          deviceId={props.deviceId}
          value={props.choices.destinationPath}
          browsing={browsing()}
          onBrowsingChange={setBrowsing}
          offline={props.offline}
          error={props.errors.destinationPath}
          onChange={(destinationPath) => props.onChange({ destinationPath })}
          onOffline={props.onOffline}
        />
      </Show>

      <Show when={props.choices.method === "RESTORE_FILES"}>
        <fieldset class="restore-choices restore-choices--inline">
          <legend>Overwrite existing files</legend>
          <For each={overwritePolicies}>
            {(policy) => (
              <label class="restore-choice">
                <input
                  type="radio"
                  name="restore-overwrite"
                  value={policy}
                  checked={props.choices.overwrite === policy}
                  onChange={() => props.onChange({ overwrite: policy })}
                />
                {overwriteLabels[policy]}
              </label>
            )}
          </For>
          <Show when={props.errors.overwrite}>
            <span class="field-error">{props.errors.overwrite}</span>
          </Show>
        </fieldset>
      </Show>

      <Show when={props.choices.method === "COMPRESSED_ARCHIVE"}>
        <Field label="Archive format" error={props.errors.archiveFormat}>
          {(id, describedBy) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={props.choices.archiveFormat}
              onChange={(e) => props.onChange({ archiveFormat: e.currentTarget.value as RestoreArchiveFormat })}
            >
              <For each={archiveFormats}>
                {(format) => <option value={format}>{archiveFormatLabels[format]}</option>}
              </For>
            </select>
          )}
        </Field>
      </Show>
    </div>
  );
}
