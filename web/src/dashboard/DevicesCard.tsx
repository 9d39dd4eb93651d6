import { createMemo, createSignal, For, Show, untrack } from "solid-js";
import { BulkActionButton } from "../devices/bulk/BulkActionButton.js";
import type { JobOutcome } from "../gql/graphql.js";
import { type Chip, chipCountsFromApi, countChips } from "../lib/status.js";
import { DeviceList } from "./DeviceList.js";
import { filterDevices, matchesSearch, type SortKey, sortDevices, sortLabels } from "./fleet.js";
import type { createFleet } from "./fleet-store.js";
import { IssuesStrip } from "./IssuesStrip.js";

/**
 * The dashboard's device list: search, sort and the issue chips over the fleet store, its count,
 * and the virtualised rows. Counts follow the search: from the loaded list (every device once
 * loaded, kept live); the API's counts (`apiCounts`) stand in while the first pages load and no
 * search is typed.
 */
export default function DevicesCard(props: {
  fleet: ReturnType<typeof createFleet>;
  apiCounts: { outcome: JobOutcome | null; count: number }[] | undefined;
  now: number;
  /** The viewer may start bulk actions. */
  canBulk: boolean;
  /** Given when the viewer may act on devices: rows show the Manage gear. */
  onManage: ((deviceId: string) => void) | undefined;
}) {
  const [search, setSearch] = createSignal("");
  const [selected, setSelected] = createSignal<ReadonlySet<Chip>>(new Set());
  const [issuesOnly, setIssuesOnly] = createSignal(false);
  const [sort, setSort] = createSignal<SortKey>("worst");

  const all = () => props.fleet.devices();
  const needle = () => search().trim();
  const counts = createMemo(() => {
    const api = props.apiCounts;
    if (!props.fleet.state.done && !needle() && api) return chipCountsFromApi(api);
    return countChips(
      all()
        .filter((d) => matchesSearch(d, needle()))
        .map((d) => d.latest?.outcome ?? null),
    );
  });
  const rows = createMemo(() => {
    const list = sortDevices(filterDevices(all(), needle(), selected(), issuesOnly()), sort());
    // The rows render from the store, so each one updates by itself when events patch it.
    return untrack(() => list.map(props.fleet.live));
  });
  const toggle = (chip: Chip) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(chip)) next.add(chip);
      return next;
    });

  return (
    <section class="card devices-card" aria-labelledby="devices-title">
      <header class="section-head">
        <h2 id="devices-title">Devices</h2>
        <div class="devices-toolbar">
          <label class="field">
            <span class="visually-hidden">Search devices</span>
            <input
              type="search"
              placeholder="Search name, account…"
              value={search()}
              onInput={(e) => setSearch(e.currentTarget.value)}
            />
          </label>
          <label class="field field--inline">
            <span>Sort</span>
            <select value={sort()} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
              <For each={Object.keys(sortLabels) as SortKey[]}>
                {(key) => <option value={key}>{sortLabels[key]}</option>}
              </For>
            </select>
          </label>
          <Show when={props.canBulk}>
            <BulkActionButton search={search()} />
          </Show>
        </div>
      </header>
      <IssuesStrip
        counts={counts()}
        selected={selected()}
        issuesOnly={issuesOnly()}
        searching={needle() !== ""}
        onToggle={toggle}
        onIssuesOnly={setIssuesOnly}
        onClear={() => {
          setSelected(new Set<Chip>());
          setIssuesOnly(false);
        }}
      />
      <p class="muted devices-count" aria-live="polite">
        {rows().length} of {props.fleet.state.total ?? "…"} devices
        <Show when={!props.fleet.state.done && !props.fleet.state.error}> · loading {all().length}…</Show>
      </p>
      <Show when={props.fleet.state.error}>
        <p class="form-error" role="alert">
          Devices could not be loaded: {props.fleet.state.error}{" "}
          <button class="button button--ghost button--small" type="button" onClick={() => void props.fleet.loadAll()}>
            Retry
          </button>
        </p>
      </Show>
      <Show
        when={rows().length > 0 || !props.fleet.state.done}
        fallback={
          <p class="muted">
            {all().length === 0
              ? "No devices yet: they appear here once a Comet server reports them."
              : "No devices match. Clear the search or the chips."}
          </p>
        }
      >
        <DeviceList devices={rows()} now={props.now} onVisible={props.fleet.wantDetails} onManage={props.onManage} />
      </Show>
    </section>
  );
}
