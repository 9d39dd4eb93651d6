import { For, type JSX, Show } from "solid-js";
import type { RestoreItemOptionFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import type { FieldProblems } from "./wizard-state.js";

graphql(`
  fragment RestoreItemOption on ProtectedItem {
    id
    description
    engineLabel
    restoreMethods
  }
`);

/**
 * Step 2: one of the device's protected items (engines Partner Hub cannot restore are shown but
 * disabled, with why), then one of its snapshots in the chosen vault (`snapshots`, rendered by the
 * wizard so the picker is keyed by vault and item).
 */
export default function ItemStep(props: {
  items: RestoreItemOptionFragment[];
  value: string | null;
  onChange: (id: string) => void;
  errors: FieldProblems;
  snapshots: JSX.Element;
}) {
  return (
    <div class="restore-step-body">
      <fieldset
        class="restore-choices"
        aria-describedby={props.errors.protectedItem ? "restore-item-error" : undefined}
      >
        <legend>Which protected item?</legend>
        <Show when={props.items.length > 0} fallback={<p class="muted">This device has no protected items.</p>}>
          <For each={props.items}>
            {(item) => {
              const disabled = () => item.restoreMethods.length === 0;
              return (
                <label class="restore-choice" classList={{ "restore-choice--disabled": disabled() }}>
                  <input
                    type="radio"
                    name="restore-item"
                    value={item.id}
                    disabled={disabled()}
                    checked={props.value === item.id}
                    onChange={() => props.onChange(item.id)}
                  />
                  <span class="restore-choice__text">
                    <strong>{item.description || "(unnamed item)"}</strong>
                    <span class="muted">
                      {item.engineLabel}
                      {disabled() ? " · cannot be restored from Partner Hub; use the Comet client" : ""}
                    </span>
                  </span>
                </label>
              );
            }}
          </For>
        </Show>
        <Show when={props.errors.protectedItem}>
          <span id="restore-item-error" class="field-error">
            {props.errors.protectedItem}
          </span>
        </Show>
      </fieldset>
      {props.snapshots}
    </div>
  );
}
