import { Tooltip } from "@kobalte/core/tooltip";
import { For, Show } from "solid-js";
import { type Chip, chipLabels, chipOrder, toneOf } from "../lib/status.js";

/**
 * The issue chips: one per status with its device count. Chips OR together; "Issues only"
 * narrows to the issue chips; Clear resets both. A chip with no device is muted and says why.
 */
export function IssuesStrip(props: {
  counts: Record<Chip, number>;
  selected: ReadonlySet<Chip>;
  issuesOnly: boolean;
  searching: boolean;
  onToggle: (chip: Chip) => void;
  onIssuesOnly: (on: boolean) => void;
  onClear: () => void;
}) {
  const chipButton = (chip: Chip) => (
    <button
      type="button"
      class={`chip tone-${toneOf(chip)}`}
      classList={{ "chip--on": props.selected.has(chip), "chip--zero": props.counts[chip] === 0 }}
      aria-pressed={props.selected.has(chip)}
      onClick={() => props.onToggle(chip)}
    >
      <span class="chip__dot" aria-hidden="true" />
      {chipLabels[chip]}
      <span class="chip__count">{props.counts[chip]}</span>
    </button>
  );
  return (
    <fieldset class="issues-strip">
      <legend class="visually-hidden">Filter devices by status of the last 24 hours</legend>
      <For each={chipOrder}>
        {(chip) => (
          <Show when={props.counts[chip] === 0} fallback={chipButton(chip)}>
            <Tooltip openDelay={200}>
              <Tooltip.Trigger
                as="button"
                type="button"
                class={`chip chip--zero tone-${toneOf(chip)}`}
                classList={{ "chip--on": props.selected.has(chip) }}
                aria-pressed={props.selected.has(chip)}
                onClick={() => props.onToggle(chip)}
              >
                <span class="chip__dot" aria-hidden="true" />
                {chipLabels[chip]}
                <span class="chip__count">0</span>
              </Tooltip.Trigger>
              <Tooltip.Portal>
                <Tooltip.Content class="tooltip">
                  No device {props.searching ? "matching the search " : ""}has "{chipLabels[chip]}" as its latest job of
                  the last 24 hours.
                </Tooltip.Content>
              </Tooltip.Portal>
            </Tooltip>
          </Show>
        )}
      </For>
      <label class="issues-toggle">
        <input
          type="checkbox"
          checked={props.issuesOnly}
          onChange={(e) => props.onIssuesOnly(e.currentTarget.checked)}
        />
        Issues only
      </label>
      <button
        type="button"
        class="button button--ghost button--small"
        disabled={props.selected.size === 0 && !props.issuesOnly}
        onClick={() => props.onClear()}
      >
        Clear
      </button>
    </fieldset>
  );
}
