import type { Client } from "@urql/core";
import { createEffect, on } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { DeviceJobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import type { JobEventItem } from "../jobs/LiveJobEvents.js";
import { applyJobEvent, insertJob } from "../jobs/live-merge.js";

export const jobsPageSize = 20;

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

export interface DeviceHistory {
  deviceId: string | null;
  rows: DeviceJobRowFragment[];
  total: number;
  hasMore: boolean;
  cursor: string | null;
  loadingMore: boolean;
}

/** The first page of jobs, as the device page's query reads it. */
interface FirstPage {
  id: string;
  jobs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: { node: DeviceJobRowFragment }[];
  };
}

/**
 * The device page's job history, kept live: the page query's first page, later pages from "load
 * more", and the device's job events. A started job appears at the top, a running one's row is
 * refetched as it reports (events carry no percent, at most every 1.5 s), and an ended one
 * refreshes its row and tells the page (`onJobEnded`: the items' last results changed).
 */
export function createDeviceHistory(opts: {
  client: Client;
  /** The route's device id, for the next pages. */
  id: () => string;
  /** The page query's state: its first page is taken each time a result settles. */
  page: { fetching: boolean; stale: boolean; operation?: unknown };
  device: () => FirstPage | null;
  onJobEnded: () => void;
}) {
  const [history, setHistory] = createStore<DeviceHistory>({
    deviceId: null,
    rows: [],
    total: 0,
    hasMore: false,
    cursor: null,
    loadingMore: false,
  });

  createEffect(
    // urql reconciles `data` in place (same proxy), so watch each settled result instead.
    on(
      () => [opts.page.fetching, opts.page.stale, opts.page.operation] as const,
      ([fetching]) => {
        const d = opts.device();
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
    const result = await opts.client.query(DeviceLiveJob, { id }, { requestPolicy: "network-only" }).toPromise();
    const job = result.data?.job;
    if (!job || job.deviceId !== history.deviceId) return;
    const listed = history.rows.some((r) => r.id === job.id);
    setHistory("rows", reconcile(insertJob(history.rows, job, history.hasMore), { key: "id" }));
    setHistory({
      total: history.total + (listed ? 0 : 1),
    });
  };

  const onEvent = (event: JobEventItem) => {
    if (!history.deviceId) return;
    const result = applyJobEvent(history.rows, event, { deviceId: history.deviceId }, history.hasMore);
    if (result.action === "updated") setHistory("rows", reconcile(result.rows, { key: "id" }));
    if (result.action === "fetch") void fetchJob(result.jobId, true);
    else if (result.action === "updated" && event.jobId) void fetchJob(event.jobId, event.kind !== "PROGRESS");
    if (event.kind === "ENDED") opts.onJobEnded();
  };

  const loadMore = async () => {
    if (!history.cursor || history.loadingMore) return;
    setHistory("loadingMore", true);
    const result = await opts.client
      .query(
        DeviceJobsMore,
        { id: opts.id(), first: jobsPageSize, after: history.cursor },
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

  return { history, onEvent, loadMore };
}
