import { A } from "@solidjs/router";
import { createQuery, useClient } from "@urql/solid";
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import { accountHref } from "../accounts/access.js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { DeviceJobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import LiveJobEvents, { type JobEventItem } from "../jobs/LiveJobEvents.js";
import { applyJobEvent, insertJob } from "../jobs/live-merge.js";
import DetailItem from "../lib/DetailItem.js";
import { formatDateTime, formatRelative } from "../lib/format.js";
import { useRouteId } from "../lib/route-id.js";
import DeviceJobHistory from "./DeviceJobHistory.js";
import { canOperate } from "./manage/access.js";
import ManageButton from "./manage/ManageButton.js";
import ManageSlideOver from "./manage/ManageSlideOver.js";
import ProtectedItemsTable from "./ProtectedItemsTable.js";
import { RestoreWizardLauncher } from "./restore/open-restore.js";
import StorageVaultsList from "./StorageVaultsList.js";
import "./device.css";

const jobsPageSize = 20;

const DevicePageQuery = graphql(`
  query DevicePage($id: ID!, $jobsFirst: Int!) {
    node(id: $id) {
      __typename
      ... on Device {
        id
        friendlyName
        os
        osVersion
        distribution
        arch
        clientVersion
        timezone
        accountId
        accountUsername
        customerId
        customerName
        serverName
        isOnline
        ipAddress
        lastSeenAt
        connectedAt
        registeredAt
        revokedAt
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

const DeviceJobsMore = graphql(`
  query DeviceJobsMore($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Device {
        jobs(first: $first, after: $after) {
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

const DeviceLiveJob = graphql(`
  query DeviceLiveJob($id: ID!) {
    job(id: $id) {
      ...DeviceJobRow
    }
  }
`);

interface History {
  deviceId: string | null;
  rows: DeviceJobRowFragment[];
  total: number;
  hasMore: boolean;
  cursor: string | null;
  loadingMore: boolean;
}

/**
 * One device: details, protected items, vaults and job history. The device's job events keep
 * the history live: a started job appears at the top, a running one's progress is refetched as
 * it reports (events carry no percent), and an ended job refreshes the items' last results.
 */
export default function DevicePage() {
  const client = useClient();
  const viewer = useSession().viewer;
  const id = useRouteId();
  const [page, refetchPage] = createQuery({
    query: DevicePageQuery,
    variables: () => ({ id: id(), jobsFirst: jobsPageSize }),
  });
  const device = createMemo(() => {
    const node = page.data?.node;
    return node?.__typename === "Device" ? node : null;
  });

  const [history, setHistory] = createStore<History>({
    deviceId: null,
    rows: [],
    total: 0,
    hasMore: false,
    cursor: null,
    loadingMore: false,
  });
  const [now, setNow] = createSignal(Date.now());
  const [restoreOpen, setRestoreOpen] = createSignal(false);
  const [managing, setManaging] = createSignal<string | null>(null);
  const tick = setInterval(() => setNow(Date.now()), 5_000);
  onCleanup(() => clearInterval(tick));

  createEffect(
    // urql reconciles `data` in place (same proxy), so watch each settled result instead.
    on(
      () => [page.fetching, page.stale, page.operation] as const,
      ([fetching]) => {
        const d = device();
        if (fetching || !d) return;
        // A plain copy: urql's own store keeps reconciling what it handed out.
        const first = structuredClone(unwrap(d.jobs.edges).map((e) => e.node));
        if (history.deviceId !== d.id) {
          setHistory({
            deviceId: d.id,
            rows: first,
            total: d.jobs.totalCount,
            hasMore: d.jobs.pageInfo.hasNextPage,
            cursor: d.jobs.pageInfo.endCursor ?? null,
          });
          return;
        }
        // A refresh of the first page (after a job ended): merge, keeping pages loaded since.
        let rows = history.rows;
        for (const job of first) rows = insertJob(rows, job, history.hasMore);
        setHistory("rows", reconcile(rows, { key: "id" }));
        setHistory({ total: Math.max(history.total, d.jobs.totalCount) });
      },
    ),
  );

  const lastFetch = new Map<string, number>();
  const fetchJob = async (id: string, force: boolean) => {
    if (!force && Date.now() - (lastFetch.get(id) ?? 0) < 1500) return;
    lastFetch.set(id, Date.now());
    const result = await client.query(DeviceLiveJob, { id }, { requestPolicy: "network-only" }).toPromise();
    const job = result.data?.job;
    if (!job || job.deviceId !== history.deviceId) return;
    const listed = history.rows.some((r) => r.id === job.id);
    setHistory("rows", reconcile(insertJob(history.rows, job, history.hasMore), { key: "id" }));
    setHistory({
      total: history.total + (listed ? 0 : 1),
    });
  };

  let pageRefresh: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(pageRefresh));
  const refreshItemsSoon = () => {
    clearTimeout(pageRefresh);
    pageRefresh = setTimeout(() => refetchPage({ requestPolicy: "network-only" }), 1000);
  };

  const onEvent = (event: JobEventItem) => {
    if (!history.deviceId) return;
    const result = applyJobEvent(history.rows, event, { deviceId: history.deviceId }, history.hasMore);
    if (result.action === "updated") setHistory("rows", reconcile(result.rows, { key: "id" }));
    if (result.action === "fetch") void fetchJob(result.jobId, true);
    else if (result.action === "updated" && event.jobId) void fetchJob(event.jobId, event.kind !== "PROGRESS");
    if (event.kind === "ENDED") refreshItemsSoon();
  };

  const loadMore = async () => {
    if (!history.cursor || history.loadingMore) return;
    setHistory("loadingMore", true);
    const result = await client
      .query(
        DeviceJobsMore,
        { id: id(), first: jobsPageSize, after: history.cursor },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    const node = result.data?.node;
    if (node?.__typename !== "Device") {
      setHistory("loadingMore", false);
      return;
    }
    const known = new Set(history.rows.map((r) => r.id));
    setHistory(
      "rows",
      reconcile([...history.rows, ...node.jobs.edges.map((e) => e.node).filter((j) => !known.has(j.id))], {
        key: "id",
      }),
    );
    setHistory({
      hasMore: node.jobs.pageInfo.hasNextPage,
      cursor: node.jobs.pageInfo.endCursor ?? null,
      loadingMore: false,
    });
  };

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
              <section class="card">
                <header class="device-head">
                  <h2>{d().friendlyName || "(unnamed device)"}</h2>
                  <span class="online-state" classList={{ "online-state--online": d().isOnline }}>
                    {d().isOnline ? "Online" : d().revokedAt ? "Removed" : "Offline"}
                  </span>
                  <Show when={d().allowedActions.includes("RESTORE")}>
                    <button
                      type="button"
                      class="button button--ghost"
                      style={{ "margin-left": "auto" }}
                      onClick={() => setRestoreOpen(true)}
                    >
                      Restore…
                    </button>
                    <RestoreWizardLauncher deviceId={d().id} open={restoreOpen()} onOpenChange={setRestoreOpen} />
                  </Show>
                  <Show when={canOperate(viewer()) && d().allowedActions.length > 0}>
                    <ManageButton
                      withLabel
                      deviceId={d().id}
                      deviceName={d().friendlyName || d().cometDeviceId}
                      onClick={() => setManaging(d().id)}
                    />
                  </Show>
                </header>
                <dl class="detail-grid">
                  <DetailItem term="Operating system">
                    {[d().distribution || d().os, d().osVersion].filter(Boolean).join(" ")} ({d().arch || "?"})
                  </DetailItem>
                  <DetailItem term="Client version">{d().clientVersion || "—"}</DetailItem>
                  <DetailItem term="Account">
                    <Show when={isMspStaff(viewer())} fallback={d().accountUsername}>
                      <A href={accountHref(d().accountId)}>{d().accountUsername}</A>
                    </Show>
                  </DetailItem>
                  <DetailItem term="Customer">{d().customerName ?? "Unassigned"}</DetailItem>
                  <DetailItem term="Comet server">{d().serverName}</DetailItem>
                  <DetailItem term="Last seen">
                    <Show when={d().isOnline} fallback={formatRelative(d().lastSeenAt, now())}>
                      Now (connected {formatRelative(d().connectedAt, now())})
                    </Show>
                  </DetailItem>
                  <DetailItem term="Registered">{formatDateTime(d().registeredAt)}</DetailItem>
                  <DetailItem term="Time zone">{d().timezone || "—"}</DetailItem>
                </dl>
              </section>
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
                  <div class="load-more">
                    <Show when={history.hasMore}>
                      <button
                        class="button"
                        type="button"
                        disabled={history.loadingMore}
                        onClick={() => void loadMore()}
                      >
                        {history.loadingMore ? "Loading…" : "Load more"}
                      </button>
                    </Show>
                    <span class="muted">
                      Showing {history.rows.length} of {history.total}
                    </span>
                  </div>
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
