import type { Client, OperationResult } from "@urql/core";
import { batch, createMemo, createSignal, onCleanup } from "solid-js";
import { createStore, produce, unwrap } from "solid-js/store";
import type {
  DashboardDeviceDetailsQuery,
  DashboardDevicesPageQuery,
  DeviceRowDetailsFragment,
  DeviceRowFragment,
  JobOutcome,
} from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { chipLabels, chipOf } from "../lib/status.js";
import { type FleetDevice, mergeTimeline, type TimelineEntry } from "./fleet.js";

/**
 * The dashboard's devices, keyed by id: loaded in pages of 100 (name order) until all are in,
 * then patched in place by job and device events. Search, chips and sort run on this list in the
 * browser, so filtering 10,000 devices costs no round trip and the chip counts follow the search.
 */

const DevicesPageQuery = graphql(`
  query DashboardDevicesPage($first: Int!, $after: String, $customerId: ID) {
    devices(first: $first, after: $after, customerId: $customerId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DeviceRow
        }
      }
    }
  }
`);

const DetailsQuery = graphql(`
  query DashboardDeviceDetails($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Device {
        ...DeviceRowDetails
      }
    }
  }
`);

/** A device that joined while the page is open: one row, the same fields the pages load. */
const AddedDeviceQuery = graphql(`
  query DashboardAddedDevice($id: ID!) {
    node(id: $id) {
      ... on Device {
        ...DeviceRow
      }
    }
  }
`);

export const pageSize = 100;

function toFleetDevice(n: DeviceRowFragment): FleetDevice {
  const latest = n.latestJob24h
    ? {
        id: n.latestJob24h.id,
        startedAt: n.latestJob24h.startedAt,
        endedAt: n.latestJob24h.endedAt ?? null,
        outcome: n.latestJob24h.outcome,
        outcomeLabel: n.latestJob24h.outcomeLabel,
      }
    : null;
  return {
    id: n.id,
    friendlyName: n.friendlyName,
    cometDeviceId: n.cometDeviceId,
    accountUsername: n.accountUsername,
    customerName: n.customerName ?? null,
    isOnline: n.isOnline,
    latest,
    timeline: latest ? [{ ...latest }] : [],
    history: [],
    detailsLoaded: false,
  };
}

function detailsOf(n: DeviceRowDetailsFragment) {
  return {
    timeline: n.timeline24h.map((j) => ({ ...j, endedAt: j.endedAt ?? null })),
    history: n.history13d.map((d) => ({ day: d.day, status: d.status ?? null, jobCount: d.jobCount })),
  };
}

export interface FleetState {
  byId: Record<string, FleetDevice>;
  ids: string[];
  total: number | null;
  done: boolean;
  error: string | null;
}

/** A job event as the dashboard reads it (`outcome` carries the Comet status family). */
export interface JobEventLike {
  kind: string;
  deviceId?: string | null;
  jobId?: string | null;
  outcome?: string | null;
  startedAt?: string | null;
  endedAt?: string | null;
}

export interface DeviceEventLike {
  kind: string;
  deviceId?: string | null;
  customerId?: string | null;
  isOnline?: boolean | null;
  friendlyName?: string | null;
}

const labelOf = (outcome: JobOutcome) => chipLabels[chipOf(outcome)];

/** Applies one job event to a device row (pure on the draft; exported for tests). */
export function applyJobEvent(d: FleetDevice, e: JobEventLike): void {
  if (!e.jobId || !e.startedAt) return;
  const outcome = (e.outcome ?? "RUNNING") as JobOutcome;
  const ended = e.kind === "ENDED";
  let entry = d.timeline.find((j) => j.id === e.jobId);
  if (!entry) {
    entry = { id: e.jobId, startedAt: e.startedAt, endedAt: null, outcome: "RUNNING", outcomeLabel: "Running" };
    d.timeline.push(entry);
    entry = d.timeline[d.timeline.length - 1] as TimelineEntry;
  }
  // A late STARTED/PROGRESS (replayed, or raced by a page load) never reopens an ended job.
  if (entry.endedAt && !ended) return;
  entry.outcome = ended ? outcome : "RUNNING";
  entry.outcomeLabel = labelOf(entry.outcome);
  entry.endedAt = ended ? (e.endedAt ?? new Date().toISOString()) : null;
  if (!d.latest || d.latest.id === e.jobId || Date.parse(e.startedAt) >= Date.parse(d.latest.startedAt)) {
    d.latest = { ...entry };
  }
}

/** `client`: the page's urql client (`useClient()`), so the store follows the session's scope. */
export function createFleet(client: Client, customerId: () => string | null) {
  const [state, setState] = createStore<FleetState>({ byId: {}, ids: [], total: null, done: false, error: null });
  // The whole-list views (search, chips, sort, counts) read plain objects and re-run when this
  // bumps, instead of tracking 10,000 rows prop by prop; rows themselves read the store and
  // update fine-grained. Live events bump it at most every 250 ms.
  const [version, setVersion] = createSignal(0);
  const bump = () => setVersion((v) => v + 1);
  let bumpTimer: ReturnType<typeof setTimeout> | undefined;
  const bumpSoon = () => {
    bumpTimer ??= setTimeout(() => {
      bumpTimer = undefined;
      bump();
    }, 250);
  };
  onCleanup(() => clearTimeout(bumpTimer));

  /** Every device as a plain object, in load (name) order. */
  const devices = createMemo(() => {
    version();
    const raw = unwrap(state);
    const out: FleetDevice[] = [];
    for (const id of raw.ids) {
      const d = raw.byId[id];
      if (d) out.push(d);
    }
    return out;
  });

  /** The store's (reactive) row for a plain device from `devices()`. */
  const live = (d: FleetDevice): FleetDevice => state.byId[d.id] ?? d;
  let generation = 0;

  async function loadAll() {
    const mine = ++generation;
    wanted.clear();
    asked.clear();
    early.length = 0;
    setState({ byId: {}, ids: [], total: null, done: false, error: null });
    bump();
    let after: string | null = null;
    for (;;) {
      const result: OperationResult<DashboardDevicesPageQuery> = await client
        .query(
          DevicesPageQuery,
          { first: pageSize, after, customerId: customerId() },
          { requestPolicy: "network-only" },
        )
        .toPromise();
      if (mine !== generation) return;
      const page = result.data?.devices;
      if (!page) {
        setState("error", result.error?.message ?? "Devices could not be loaded.");
        return;
      }
      const rows = page.edges.map((e) => toFleetDevice(e.node));
      batch(() => {
        setState(
          produce((s) => {
            for (const r of rows) {
              if (!s.byId[r.id]) s.ids.push(r.id);
              s.byId[r.id] = r;
            }
            s.total = page.totalCount;
          }),
        );
        // The first page shows at once; later ones re-sort the list at most every 250 ms.
        if (after === null) bump();
        else bumpSoon();
      });
      if (early.length > 0) replayEarly(new Set(rows.map((r) => r.id)));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    setState("done", true);
    early.length = 0;
    bump();
  }

  // Details for rows in view: queued, then fetched 100 at a time after the scrolling settles.
  const wanted = new Set<string>();
  const asked = new Set<string>();
  let detailsTimer: ReturnType<typeof setTimeout> | undefined;

  function wantDetails(ids: readonly string[]) {
    for (const id of ids) if (!asked.has(id) && !state.byId[id]?.detailsLoaded) wanted.add(id);
    if (wanted.size === 0) return;
    clearTimeout(detailsTimer);
    detailsTimer = setTimeout(() => void fetchDetails(), 120);
  }

  async function fetchDetails() {
    const batchIds = [...wanted].slice(0, pageSize);
    for (const id of batchIds) {
      wanted.delete(id);
      asked.add(id);
    }
    if (batchIds.length === 0) return;
    const mine = generation;
    const result: OperationResult<DashboardDeviceDetailsQuery> = await client
      .query(DetailsQuery, { ids: batchIds }, { requestPolicy: "network-only" })
      .toPromise();
    if (mine !== generation) return;
    if (!result.data) {
      // Let the next scroll ask again.
      for (const id of batchIds) asked.delete(id);
      return;
    }
    setState(
      "byId",
      produce((byId) => {
        for (const node of result.data?.nodes ?? []) {
          // `nodes` types every non-device as `{}`; ours are all devices.
          const n = node as Partial<DeviceRowDetailsFragment> | null;
          if (!n?.id || !n.timeline24h || !n.history13d) continue;
          const d = byId[n.id];
          if (!d) continue;
          const loaded = detailsOf(n as DeviceRowDetailsFragment);
          d.timeline = mergeTimeline(d.timeline, loaded.timeline);
          d.history = loaded.history;
          d.detailsLoaded = true;
        }
      }),
    );
    // History feeds the "most overdue" order.
    bumpSoon();
    if (wanted.size > 0) void fetchDetails();
  }

  const early: JobEventLike[] = [];

  function replayEarly(ids: ReadonlySet<string>) {
    for (let i = 0; i < early.length; ) {
      const e = early[i] as JobEventLike;
      if (e.deviceId && ids.has(e.deviceId)) {
        early.splice(i, 1);
        onJobEvent(e);
      } else i += 1;
    }
  }

  function onJobEvent(e: JobEventLike) {
    if (e.kind === "HEARTBEAT" || !e.deviceId) return;
    if (!state.byId[e.deviceId]) {
      // Its page may be on the way with data from before this event: replay it on arrival.
      if (!state.done && early.length < 5_000) early.push(e);
      return;
    }
    const before = state.byId[e.deviceId]?.latest;
    setState(
      "byId",
      e.deviceId,
      produce((d) => applyJobEvent(d, e)),
    );
    const after = state.byId[e.deviceId]?.latest;
    // Only a new status moves the device between chips or in the order.
    if (after?.id !== before?.id || after?.outcome !== before?.outcome || after?.endedAt !== before?.endedAt)
      bumpSoon();
  }

  function onDeviceEvent(e: DeviceEventLike) {
    const id = e.deviceId;
    if (!id) return;
    if (e.kind === "ADDED") {
      const only = customerId();
      if (!state.byId[id] && (!only || e.customerId === only)) void addDevice(id);
      return;
    }
    if (!state.byId[id]) return;
    if ((e.kind === "ONLINE" || e.kind === "OFFLINE") && e.isOnline != null)
      setState("byId", id, "isOnline", e.isOnline);
    else if (e.kind === "RENAMED" && e.friendlyName != null) {
      setState("byId", id, "friendlyName", e.friendlyName);
      bumpSoon();
    } else if (e.kind === "REMOVED") {
      setState(
        produce((s) => {
          s.ids = s.ids.filter((x) => x !== id);
          delete s.byId[id];
          if (s.total !== null) s.total = Math.max(0, s.total - 1);
        }),
      );
      bump();
    }
  }

  /** Loads an added (or returning) device's row; a page still loading may bring it too. */
  async function addDevice(id: string) {
    const mine = generation;
    const result = await client.query(AddedDeviceQuery, { id }, { requestPolicy: "network-only" }).toPromise();
    // `node` types every non-device as `{}`; a device outside the viewer's scope comes back null.
    const n = result.data?.node as DeviceRowFragment | null | undefined;
    if (mine !== generation || !n?.id || state.byId[n.id]) return;
    const row = toFleetDevice(n);
    setState(
      produce((s) => {
        s.ids.push(row.id);
        s.byId[row.id] = row;
        if (s.total !== null) s.total += 1;
      }),
    );
    bump();
  }

  return { state, devices, live, loadAll, wantDetails, onJobEvent, onDeviceEvent };
}
