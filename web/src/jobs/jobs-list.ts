import type { Client, OperationResult } from "@urql/core";
import { createEffect, createSignal, on } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { JobRowFragment, JobsPageQuery } from "../gql/graphql.js";
import { createJobFetcher } from "./job-fetcher.js";
import type { JobsVariables } from "./job-filters.js";
import type { JobEventItem } from "./LiveJobEvents.js";
import { applyJobEvent, insertJob, jobMatches } from "./live-merge.js";

export interface JobsList {
  rows: JobRowFragment[];
  total: number;
  hasMore: boolean;
  cursor: string | null;
  loadingMore: boolean;
  moreError: string | null;
}

/**
 * The jobs page's list, kept live: the page query's first page (each time a result settles),
 * later pages from "load more" (`morePage`), and `jobEvents`, which patch listed jobs in place and
 * add new matching ones at the top (their full rows fetched in batches, highlighted for a moment:
 * `fresh`).
 */
export function createJobsList(opts: {
  client: Client;
  page: { data?: JobsPageQuery; fetching: boolean; stale: boolean; operation?: unknown };
  variables: () => JobsVariables;
  /** The page of jobs after `cursor`, with the page's filters. */
  morePage: (cursor: string) => Promise<OperationResult<JobsPageQuery>>;
}) {
  const [list, setList] = createStore<JobsList>({
    rows: [],
    total: 0,
    hasMore: false,
    cursor: null,
    loadingMore: false,
    moreError: null,
  });
  const [fresh, setFresh] = createSignal<ReadonlySet<string>>(new Set());

  createEffect(
    // urql reconciles `data` in place (same proxy), so watch each settled result instead.
    on(
      () => [opts.page.fetching, opts.page.stale, opts.page.operation] as const,
      ([fetching]) => {
        const data = opts.page.data;
        if (fetching || !data) return;
        setList(
          "rows",
          reconcile(
            // A plain copy: urql's own store keeps reconciling what it handed out.
            structuredClone(unwrap(data.jobs.edges).map((e) => e.node)),
            { key: "id" },
          ),
        );
        setList({
          total: data.jobs.totalCount,
          hasMore: data.jobs.pageInfo.hasNextPage,
          cursor: data.jobs.pageInfo.endCursor ?? null,
          moreError: null,
        });
        setFresh(new Set<string>());
      },
    ),
  );

  const markFresh = (id: string) => {
    setFresh((s) => new Set([...s, id]));
    setTimeout(() => setFresh((s) => new Set([...s].filter((x) => x !== id))), 1500);
  };

  const fetcher = createJobFetcher(opts.client, (jobs) => {
    let rows = list.rows;
    let added = 0;
    for (const job of jobs) {
      const listed = rows.some((r) => r.id === job.id);
      if (!jobMatches(job, opts.variables())) {
        if (listed) {
          rows = rows.filter((r) => r.id !== job.id);
          added -= 1;
        }
        continue;
      }
      const next = insertJob(rows, job, list.hasMore);
      if (!listed && next.length > rows.length) {
        added += 1;
        markFresh(job.id);
      }
      rows = next;
    }
    setList("rows", reconcile(rows, { key: "id" }));
    setList({ total: list.total + added });
  });

  const onEvent = (event: JobEventItem) => {
    if (!opts.page.data) return;
    const result = applyJobEvent(list.rows, event, opts.variables(), list.hasMore);
    if (result.action === "updated" || result.action === "removed") {
      setList("rows", reconcile(result.rows, { key: "id" }));
      if (result.action === "removed") setList("total", list.total - 1);
    }
    if (result.action === "fetch") fetcher.request(result.jobId, true);
    else if (result.action === "updated" && event.jobId) fetcher.request(event.jobId, event.kind === "ENDED");
  };

  const loadMore = async () => {
    if (!list.cursor || list.loadingMore) return;
    setList({ loadingMore: true, moreError: null });
    const result = await opts.morePage(list.cursor);
    if (!result.data) {
      setList({ loadingMore: false, moreError: result.error?.message ?? "Could not load more jobs." });
      return;
    }
    const known = new Set(list.rows.map((r) => r.id));
    const more = result.data.jobs.edges.map((e) => e.node).filter((j) => !known.has(j.id));
    setList("rows", reconcile([...list.rows, ...more], { key: "id" }));
    setList({
      hasMore: result.data.jobs.pageInfo.hasNextPage,
      cursor: result.data.jobs.pageInfo.endCursor ?? null,
      loadingMore: false,
    });
  };

  return { list, fresh, onEvent, loadMore };
}
