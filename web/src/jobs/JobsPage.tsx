import { useSearchParams } from "@solidjs/router";
import { createQuery, useClient } from "@urql/solid";
import { createMemo, createSignal, onCleanup, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import { graphql } from "../gql/index.js";
import LoadMore from "../lib/LoadMore.js";
import JobsFilters from "./JobsFilters.js";
import JobsTable from "./JobsTable.js";
import { defaultFilters, filtersToQuery, filtersToVariables, type JobFilters, parseFilters } from "./job-filters.js";
import { createJobsList } from "./jobs-list.js";
import LiveJobEvents from "./LiveJobEvents.js";
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

  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 10_000);
  onCleanup(() => clearInterval(tick));
  const { list, fresh, onEvent, loadMore } = createJobsList({
    client,
    page,
    variables,
    morePage: (after) =>
      client
        .query(
          JobsPageQuery,
          { first: pageSize, after, ...variables(), withCustomers: false },
          { requestPolicy: "network-only" },
        )
        .toPromise(),
  });

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
