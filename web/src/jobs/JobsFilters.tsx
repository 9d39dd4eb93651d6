import { For, Show } from "solid-js";
import type { JobClassification, JobStatus } from "../gql/graphql.js";
import { type Chip, chipLabels, toneOf } from "../lib/status.js";
import { type JobFilters, jobClassifications, jobStatuses, type RangePreset, rangePresets } from "./job-filters.js";
import "./jobs.css";

/** Classification names as the API labels them (`Job.classificationLabel`), for the select. */
const classificationNames: Record<JobClassification, string> = {
  BACKUP: "Backup",
  RESTORE: "Restore",
  RETENTION: "Cleanup",
  DEEPVERIFY: "Verify",
  REINDEX: "Reindex",
  REMEASURE: "Measure",
  DELETE_CUSTOM: "Delete",
  IMPORT: "Import",
  UNLOCK: "Unlock",
  UPDATE: "Update",
  UNINSTALL: "Uninstall",
  UNKNOWN: "Unknown",
};

/** The jobs page's filter bar; every change goes to the URL through `onChange`. */
export default function JobsFilters(props: {
  filters: JobFilters;
  customers: { id: string; name: string }[] | null;
  onChange: (next: JobFilters) => void;
}) {
  const set = (patch: Partial<JobFilters>) => props.onChange({ ...props.filters, ...patch });
  const toggleStatus = (s: JobStatus) => {
    const on = props.filters.statuses.includes(s);
    set({ statuses: on ? props.filters.statuses.filter((x) => x !== s) : [...props.filters.statuses, s] });
  };

  return (
    <div class="jobs-filters">
      <fieldset>
        <legend>Status</legend>
        <For each={jobStatuses}>
          {(s) => (
            <button
              type="button"
              class={`toggle-chip status-badge--${toneOf(s as Chip)}`}
              aria-pressed={props.filters.statuses.includes(s)}
              onClick={() => toggleStatus(s)}
            >
              <span class="status-badge__dot" aria-hidden="true" />
              {chipLabels[s as Chip]}
            </button>
          )}
        </For>
      </fieldset>
      <label class="field--inline">
        Type
        <select
          value={props.filters.classification ?? ""}
          onChange={(e) => set({ classification: (e.currentTarget.value || null) as JobFilters["classification"] })}
        >
          <option value="">All types</option>
          <For each={jobClassifications}>{(c) => <option value={c}>{classificationNames[c]}</option>}</For>
        </select>
      </label>
      <label class="field--inline">
        Started
        <select value={props.filters.range} onChange={(e) => set({ range: e.currentTarget.value as RangePreset })}>
          <For each={rangePresets}>{(p) => <option value={p.value}>{p.label}</option>}</For>
        </select>
      </label>
      <Show when={props.filters.range === "custom"}>
        <label class="field--inline">
          From
          <input
            type="date"
            value={props.filters.from ?? ""}
            max={props.filters.to ?? undefined}
            onChange={(e) => set({ from: e.currentTarget.value || null })}
          />
        </label>
        <label class="field--inline">
          To
          <input
            type="date"
            value={props.filters.to ?? ""}
            min={props.filters.from ?? undefined}
            onChange={(e) => set({ to: e.currentTarget.value || null })}
          />
        </label>
      </Show>
      <Show when={props.customers}>
        {(customers) => (
          <label class="field--inline">
            Customer
            <select
              value={props.filters.customerId ?? ""}
              onChange={(e) => set({ customerId: e.currentTarget.value || null })}
            >
              <option value="">All customers</option>
              <For each={customers()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
            </select>
          </label>
        )}
      </Show>
      <label class="check">
        <input
          type="checkbox"
          checked={props.filters.runningOnly}
          onChange={(e) => set({ runningOnly: e.currentTarget.checked })}
        />
        Running only
      </label>
    </div>
  );
}
