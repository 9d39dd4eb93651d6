import { For } from "solid-js";
import type { TenantStatus } from "../gql/graphql.js";
import { tenantStatusLabels } from "./tenant-status.js";

/** The customer list's search (name or external reference) and state filter. */
export default function CustomerFilters(props: {
  search: string;
  status: TenantStatus | "";
  onSearch: (search: string) => void;
  onStatus: (status: TenantStatus | "") => void;
}) {
  return (
    <search class="customers__filters">
      <label class="field">
        <span>Search</span>
        <input
          type="search"
          placeholder="Name or external reference"
          value={props.search}
          onInput={(e) => props.onSearch(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>Status</span>
        <select value={props.status} onChange={(e) => props.onStatus(e.currentTarget.value as TenantStatus | "")}>
          <option value="">Any</option>
          <For each={Object.entries(tenantStatusLabels)}>
            {([value, label]) => <option value={value}>{label}</option>}
          </For>
        </select>
      </label>
    </search>
  );
}
