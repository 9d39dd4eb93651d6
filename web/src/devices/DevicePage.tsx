import { A } from "@solidjs/router";
import { createQuery, useClient } from "@urql/solid";
import { createMemo, createSignal, onCleanup, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import LiveJobEvents from "../jobs/LiveJobEvents.js";
import LoadMore from "../lib/LoadMore.js";
import { useRouteId } from "../lib/route-id.js";
import DeviceJobHistory from "./DeviceJobHistory.js";
import DeviceSummaryCard from "./DeviceSummary.js";
import { createDeviceHistory, jobsPageSize } from "./device-history.js";
import ManageSlideOver from "./manage/ManageSlideOver.js";
import ProtectedItemsTable from "./ProtectedItemsTable.js";
import StorageVaultsList from "./StorageVaultsList.js";
import "./device.css";

const DevicePageQuery = graphql(`
  query DevicePage($id: ID!, $jobsFirst: Int!) {
    node(id: $id) {
      __typename
      ... on Device {
        ...DeviceSummary
        id
        friendlyName
        customerId
        ipAddress
        allowedActions
        cometDeviceId
        protectedItems {
          ...ProtectedItemRow
        }
        storageVaults {
          ...StorageVaultRow
        }
        jobs(first: $jobsFirst) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...DeviceJobRow
            }
          }
        }
      }
    }
  }
`);

/**
 * One device: details, protected items, vaults and job history. The device's job events keep
 * the history live: a started job appears at the top, a running one's progress is refetched as
 * it reports (events carry no percent), and an ended job refreshes the items' last results.
 */
export default function DevicePage() {
  const client = useClient();
  const id = useRouteId();
  const [page, refetchPage] = createQuery({
    query: DevicePageQuery,
    variables: () => ({ id: id(), jobsFirst: jobsPageSize }),
  });
  const device = createMemo(() => {
    const node = page.data?.node;
    return node?.__typename === "Device" ? node : null;
  });

  const [now, setNow] = createSignal(Date.now());
  const [restoreOpen, setRestoreOpen] = createSignal(false);
  const [managing, setManaging] = createSignal<string | null>(null);
  const tick = setInterval(() => setNow(Date.now()), 5_000);
  onCleanup(() => clearInterval(tick));

  let pageRefresh: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(pageRefresh));
  const refreshItemsSoon = () => {
    clearTimeout(pageRefresh);
    pageRefresh = setTimeout(() => refetchPage({ requestPolicy: "network-only" }), 1000);
  };
  const { history, onEvent, loadMore } = createDeviceHistory({
    client,
    id,
    page,
    device,
    onJobEnded: refreshItemsSoon,
  });

  return (
    <>
      <A href="/" class="back-link">
        ← Dashboard
      </A>
      {/* A malformed id errors with `data: { node: null }`: that is "not found", shown below. */}
      <Show when={page.error && !page.data}>
        <p class="form-error" role="alert">
          The device could not be loaded: {page.error?.message}
        </p>
      </Show>
      <Show when={page.data} fallback={<Show when={!page.error}>{<p class="page-loading">Loading device…</p>}</Show>}>
        <Show
          when={device()}
          fallback={
            <section class="card" role="status">
              <h2>Device not found</h2>
              <p class="muted">It does not exist, was removed, or is not visible to you.</p>
              <A href="/">Back to the dashboard</A>
            </section>
          }
        >
          {(d) => (
            <>
              <LiveJobEvents deviceId={d().id} onEvent={onEvent} />
              <DeviceSummaryCard
                device={d()}
                now={now()}
                restoreOpen={restoreOpen()}
                onRestoreOpenChange={setRestoreOpen}
                onManage={() => setManaging(d().id)}
              />
              <div class="device-sections">
                <section class="card">
                  <h3>Protected items</h3>
                  <ProtectedItemsTable items={d().protectedItems} now={now()} />
                </section>
                <section class="card">
                  <h3>Storage Vaults</h3>
                  <StorageVaultsList vaults={d().storageVaults} />
                </section>
                <section class="card">
                  <h3>Job history</h3>
                  <DeviceJobHistory
                    jobs={history.rows}
                    now={now()}
                    allowedActions={d().allowedActions}
                    deviceName={d().friendlyName || d().cometDeviceId}
                  />
                  <LoadMore hasMore={history.hasMore} loading={history.loadingMore} onMore={() => void loadMore()}>
                    Showing {history.rows.length} of {history.total}
                  </LoadMore>
                </section>
              </div>
              <ManageSlideOver
                deviceId={managing()}
                onRestore={() => {
                  setManaging(null);
                  setRestoreOpen(true);
                }}
                onClose={() => {
                  setManaging(null);
                  // Revoked, updated or uninstalled meanwhile: show the device as it is now.
                  refreshItemsSoon();
                }}
              />
            </>
          )}
        </Show>
      </Show>
    </>
  );
}
