import { useSearchParams } from "@solidjs/router";
import { createQuery, useClient } from "@urql/solid";
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { JobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import LoadMore from "../lib/LoadMore.js";
import JobsFilters from "./JobsFilters.js";
import JobsTable from "./JobsTable.js";
import { createJobFetcher } from "./job-fetcher.js";
import { defaultFilters, filtersToQuery, filtersToVariables, type JobFilters, parseFilters } from "./job-filters.js";
import LiveJobEvents, { type JobEventItem } from "./LiveJobEvents.js";
import { applyJobEvent, insertJob, jobMatches } from "./live-merge.js";
import "./jobs.css";

const JobsPageQuery = graphql(`
  query JobsPage(
    $first: Int!
    $after: String
    $statuses: [JobStatus!]
    $classifications: [JobClassification!]
    $customerId: ID
    $isRunning: Boolean
    $startedAfter: DateTime
    $startedBefore: DateTime
    $withCustomers: Boolean!
  ) {
    jobs(
      first: $first
      after: $after
      statuses: $statuses
      classifications: $classifications
      customerId: $customerId
      isRunning: $isRunning
      startedAfter: $startedAfter
      startedBefore: $startedBefore
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...JobRow
        }
      }
    }
    customers(first: 100) @include(if: $withCustomers) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const pageSize = 50;

interface ListState {
  rows: JobRowFragment[];
  total: number;
  hasMore: boolean;
  cursor: string | null;
  loadingMore: boolean;
  moreError: string | null;
}

/**
 * Jobs across the fleet, live: filters live in the URL; the first page comes from the query,
 * later pages from "load more", and `jobEvents` patch listed jobs in place and add new matching
 * ones at the top (their full rows fetched in batches).
 */
export default function JobsPage() {
  const client = useClient();
  const viewer = useSession().viewer;
  const [query, setQuery] = useSearchParams();
  const filters = createMemo(() => parseFilters(query), defaultFilters, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  // The preset window is fixed when the filters change, not slid on every render.
  const variables = createMemo(() => filtersToVariables(filters(), Date.now()));
  const [page] = createQuery({
    query: JobsPageQuery,
    variables: () => ({ first: pageSize, ...variables(), withCustomers: isMspStaff(viewer()) }),
  });

  const [list, setList] = createStore<ListState>({
    rows: [],
    total: 0,
    hasMore: false,
    cursor: null,
    loadingMore: false,
    moreError: null,
  });
  const [fresh, setFresh] = createSignal<ReadonlySet<string>>(new Set());
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 10_000);
  onCleanup(() => clearInterval(tick));

  createEffect(
    // urql reconciles `data` in place (same proxy), so watch each settled result instead.
    on(
      () => [page.fetching, page.stale, page.operation] as const,
      ([fetching]) => {
        const data = page.data;
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

  const fetcher = createJobFetcher(client, (jobs) => {
    let rows = list.rows;
    let added = 0;
    for (const job of jobs) {
      const listed = rows.some((r) => r.id === job.id);
      if (!jobMatches(job, variables())) {
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
    if (!page.data) return;
    const result = applyJobEvent(list.rows, event, variables(), list.hasMore);
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
    const result = await client
      .query(
        JobsPageQuery,
        { first: pageSize, after: list.cursor, ...variables(), withCustomers: false },
        { requestPolicy: "network-only" },
      )
      .toPromise();
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

  const change = (next: JobFilters) => setQuery(filtersToQuery(next), { replace: true });
  const customers = () =>
    isMspStaff(viewer()) ? (page.data?.customers?.edges.map((e) => e.node) ?? (page.fetching ? [] : null)) : null;

  return (
    <section class="card">
      <header class="section-head">
        <h2>Jobs</h2>
        <Show when={page.data}>
          <span class="muted" aria-live="polite">
            {list.total.toLocaleString("en-US")} jobs{page.fetching ? " · updating…" : ""}
          </span>
        </Show>
      </header>
      <LiveJobEvents customerId={filters().customerId} onEvent={onEvent} />
      <JobsFilters filters={filters()} customers={customers()} onChange={change} />
      <Show when={page.error}>
        <p class="form-error" role="alert">
          Jobs could not be loaded: {page.error?.message}
        </p>
      </Show>
      <Show when={page.data} fallback={<Show when={!page.error}>{<p class="page-loading">Loading jobs…</p>}</Show>}>
        <Show
          when={list.rows.length > 0}
          fallback={<p class="muted">No jobs match these filters. Try a wider time range or fewer filters.</p>}
        >
          <JobsTable jobs={list.rows} fresh={fresh()} now={now()} />
        </Show>
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onMore={() => void loadMore()}
          error={list.moreError}
        >
          Showing {list.rows.length.toLocaleString("en-US")} of {list.total.toLocaleString("en-US")}
        </LoadMore>
      </Show>
    </section>
  );
}
