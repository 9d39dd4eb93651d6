import { createQuery, useClient } from "@urql/solid";
import { createMemo, createSignal, For, onCleanup, onMount, Show, untrack } from "solid-js";
import { useSession } from "../auth/session.js";
import { BulkActionButton, canBulkOperate } from "../devices/bulk/BulkActionButton.js";
import { canOperate } from "../devices/manage/access.js";
import ManageSlideOver from "../devices/manage/ManageSlideOver.js";
import { RestoreWizardLauncher } from "../devices/restore/open-restore.js";
import { graphql } from "../gql/index.js";
import { useLive } from "../lib/api.js";
import { type Chip, chipCountsFromApi, countChips } from "../lib/status.js";
import { DeviceList } from "./DeviceList.js";
import { filterDevices, matchesSearch, type SortKey, sortDevices, sortLabels } from "./fleet.js";
import { createFleet } from "./fleet-store.js";
import { IncidentsPanel } from "./IncidentsPanel.js";
import { IssuesStrip } from "./IssuesStrip.js";
import { UsageCards } from "./UsageCards.js";
import "./dashboard.css";

/**
 * The dashboard: usage cards and incidents from one query, the device list from the fleet store
 * (every device, loaded 100 at a time), all kept current by job, device and incident events.
 */

const DashboardQuery = graphql(`
  query Dashboard($customerId: ID) {
    dashboard(customerId: $customerId) {
      ...UsageCards
      deviceStatus24h {
        outcome
        count
      }
    }
    incidents(first: 20, customerId: $customerId) {
      ...IncidentsPanel
    }
  }
`);

const JobEventsSub = graphql(`
  subscription DashboardJobEvents($after: String, $mspId: ID) {
    jobEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      deviceId
      jobId
      outcome
      startedAt
      endedAt
    }
  }
`);

const DeviceEventsSub = graphql(`
  subscription DashboardDeviceEvents($after: String, $mspId: ID) {
    deviceEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      deviceId
      customerId
      isOnline
      friendlyName
    }
  }
`);

const IncidentEventsSub = graphql(`
  subscription DashboardIncidentEvents($after: String, $mspId: ID) {
    incidentEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      isSnoozed
    }
  }
`);

export default function DashboardPage() {
  const session = useSession();
  const live = useLive();
  const customerId = () => null;
  const [summary, refetchSummary] = createQuery({
    query: DashboardQuery,
    variables: () => ({ customerId: customerId() }),
  });
  const fleet = createFleet(useClient(), customerId);

  const [search, setSearch] = createSignal("");
  const [selected, setSelected] = createSignal<ReadonlySet<Chip>>(new Set());
  const [issuesOnly, setIssuesOnly] = createSignal(false);
  const [sort, setSort] = createSignal<SortKey>("worst");
  const [now, setNow] = createSignal(Date.now());
  // One Manage panel for the page: the list is virtualised, rows come and go.
  const [managing, setManaging] = createSignal<string | null>(null);
  // The device restoring, from its Manage slide-over: the wizard's code loads on first opening.
  const [restoring, setRestoring] = createSignal<string | null>(null);

  // Running slivers grow and the 24 h window slides: 30 s is under a pixel on a wide track.
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  onMount(() => void fleet.loadAll());

  const all = fleet.devices;
  const needle = () => search().trim();
  // Counts follow the search: from the loaded list (every device once loaded, kept live);
  // the API's counts stand in while the first pages load and no search is typed.
  const counts = createMemo(() => {
    const api = summary.data?.dashboard.deviceStatus24h;
    if (!fleet.state.done && !needle() && api) return chipCountsFromApi(api);
    return countChips(
      all()
        .filter((d) => matchesSearch(d, needle()))
        .map((d) => d.latest?.outcome ?? null),
    );
  });
  const rows = createMemo(() => {
    const list = sortDevices(filterDevices(all(), needle(), selected(), issuesOnly()), sort());
    // The rows render from the store, so each one updates by itself when events patch it.
    return untrack(() => list.map(fleet.live));
  });

  const mspId = () => ({ mspId: session.viewer()?.mspId ?? null });
  // The cards' 24 h figures follow finished jobs, refreshed at most every 15 s.
  let cardsTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshCardsSoon = () => {
    cardsTimer ??= setTimeout(() => {
      cardsTimer = undefined;
      refetchSummary({ requestPolicy: "network-only" });
    }, 15_000);
  };
  onCleanup(() => clearTimeout(cardsTimer));
  live(
    JobEventsSub,
    mspId,
    (d) => {
      fleet.onJobEvent(d.jobEvents);
      if (d.jobEvents.kind === "ENDED") refreshCardsSoon();
    },
    (d) => d.jobEvents.cursor,
  );
  live(
    DeviceEventsSub,
    mspId,
    (d) => fleet.onDeviceEvent(d.deviceEvents),
    (d) => d.deviceEvents.cursor,
  );
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  // Bursts of failures refetch once: the panel is a page of 20, cheaper to ask again than to merge.
  const refetchSoon = () => {
    clearTimeout(refetchTimer);
    refetchTimer = setTimeout(() => refetchSummary({ requestPolicy: "network-only" }), 1_000);
  };
  onCleanup(() => clearTimeout(refetchTimer));
  live(
    IncidentEventsSub,
    mspId,
    (d) => {
      if (d.incidentEvents.kind === "OPENED" && !d.incidentEvents.isSnoozed) refetchSoon();
    },
    (d) => d.incidentEvents.cursor,
  );

  const toggle = (chip: Chip) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(chip)) next.add(chip);
      return next;
    });

  return (
    <div class="dashboard">
      <Show when={summary.error && !summary.data}>
        <p class="form-error card" role="alert">
          The dashboard could not be loaded: {summary.error?.message}
        </p>
      </Show>
      <Show
        when={summary.data}
        fallback={
          <Show when={!summary.error}>
            <div class="usage-cards" aria-busy="true">
              <For each={[1, 2, 3, 4]}>{() => <div class="card usage-card usage-card--loading" />}</For>
            </div>
          </Show>
        }
      >
        {(data) => <UsageCards dashboard={data().dashboard} />}
      </Show>

      <div class="dashboard__main">
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
              <Show when={canBulkOperate(session.viewer())}>
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
            {rows().length} of {fleet.state.total ?? "…"} devices
            <Show when={!fleet.state.done && !fleet.state.error}> · loading {all().length}…</Show>
          </p>
          <Show when={fleet.state.error}>
            <p class="form-error" role="alert">
              Devices could not be loaded: {fleet.state.error}{" "}
              <button class="button button--ghost button--small" type="button" onClick={() => void fleet.loadAll()}>
                Retry
              </button>
            </p>
          </Show>
          <Show
            when={rows().length > 0 || !fleet.state.done}
            fallback={
              <p class="muted">
                {all().length === 0
                  ? "No devices yet: they appear here once a Comet server reports them."
                  : "No devices match. Clear the search or the chips."}
              </p>
            }
          >
            <DeviceList
              devices={rows()}
              now={now()}
              onVisible={fleet.wantDetails}
              onManage={canOperate(session.viewer()) ? setManaging : undefined}
            />
          </Show>
        </section>
        <Show when={summary.data}>
          {(data) => <IncidentsPanel incidents={data().incidents} onSnoozed={refetchSoon} />}
        </Show>
      </div>
      <ManageSlideOver
        deviceId={managing()}
        onRestore={(deviceId) => {
          setManaging(null);
          setRestoring(deviceId);
        }}
        onClose={() => setManaging(null)}
      />
      <Show when={restoring()}>
        {(deviceId) => (
          <RestoreWizardLauncher
            deviceId={deviceId()}
            open
            onOpenChange={(open) => {
              if (!open) setRestoring(null);
            }}
          />
        )}
      </Show>
    </div>
  );
}
