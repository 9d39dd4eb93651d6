import { createQuery, useClient } from "@urql/solid";
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { canBulkOperate } from "../devices/bulk/BulkActionButton.js";
import { canOperate } from "../devices/manage/access.js";
import ManageSlideOver from "../devices/manage/ManageSlideOver.js";
import { RestoreWizardLauncher } from "../devices/restore/open-restore.js";
import { graphql } from "../gql/index.js";
import { useLive } from "../lib/api.js";
import DevicesCard from "./DevicesCard.js";
import { followDashboard } from "./dashboard-live.js";
import { createFleet } from "./fleet-store.js";
import { IncidentsPanel } from "./IncidentsPanel.js";
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

export default function DashboardPage() {
  const session = useSession();
  const customerId = () => null;
  const [summary, refetchSummary] = createQuery({
    query: DashboardQuery,
    variables: () => ({ customerId: customerId() }),
  });
  const fleet = createFleet(useClient(), customerId);

  const [now, setNow] = createSignal(Date.now());
  // One Manage panel for the page: the list is virtualised, rows come and go.
  const [managing, setManaging] = createSignal<string | null>(null);
  // The device restoring, from its Manage slide-over: the wizard's code loads on first opening.
  const [restoring, setRestoring] = createSignal<string | null>(null);

  // Running slivers grow and the 24 h window slides: 30 s is under a pixel on a wide track.
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  onMount(() => void fleet.loadAll());

  const { refetchSoon } = followDashboard({
    live: useLive(),
    mspId: () => session.viewer()?.mspId ?? null,
    fleet,
    refetch: () => refetchSummary({ requestPolicy: "network-only" }),
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
        <DevicesCard
          fleet={fleet}
          apiCounts={summary.data?.dashboard.deviceStatus24h}
          now={now()}
          canBulk={canBulkOperate(session.viewer())}
          onManage={canOperate(session.viewer()) ? setManaging : undefined}
        />
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
