import { For } from "solid-js";
import { queueChoices } from "./action-status.js";

/** Offline devices: how long a queued action waits for the device before it expires. */
export default function QueueSelect(props: { hours: number; onChange: (hours: number) => void }) {
  return (
    <div class="manage-queue" role="note">
      <p>
        <strong>The device is offline.</strong> Actions are queued and sent when it connects.
      </p>
      <label class="field field--inline">
        <span>Keep queued for</span>
        <select value={String(props.hours)} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
          <For each={queueChoices}>{(c) => <option value={String(c.hours)}>{c.label}</option>}</For>
        </select>
      </label>
    </div>
  );
}
