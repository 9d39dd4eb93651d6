import type { Client } from "@urql/core";
import { onCleanup } from "solid-js";
import type { JobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";

const JobsLiveRows = graphql(`
  query JobsLiveRows($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...JobRow
    }
  }
`);

const batchMs = 250;
const maxBatch = 100;
/** A running job's row is refreshed at most this often, however fast it reports progress. */
const minRefreshMs = 3000;

/**
 * Fetches the full rows of jobs named by live events, batched: a Comet server reconnecting
 * sends a burst of events, and one `nodes(ids)` round trip per 250 ms serves them all.
 * `client`: the page's (`useClient()`). `force` skips the per-job throttle (a job that just started or ended must show its labels).
 */
export function createJobFetcher(client: Client, onJobs: (jobs: JobRowFragment[]) => void) {
  const pending = new Set<string>();
  const lastAsked = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    timer = undefined;
    const ids = [...pending].slice(0, maxBatch);
    for (const id of ids) pending.delete(id);
    if (pending.size > 0) timer = setTimeout(flush, batchMs);
    const result = await client.query(JobsLiveRows, { ids }, { requestPolicy: "network-only" }).toPromise();
    const jobs = (result.data?.nodes ?? []).filter(
      (n): n is JobRowFragment & { __typename: "Job" } => n?.__typename === "Job",
    );
    if (jobs.length > 0) onJobs(jobs);
  };

  const request = (id: string, force = false) => {
    const now = Date.now();
    if (!force && now - (lastAsked.get(id) ?? 0) < minRefreshMs) return;
    lastAsked.set(id, now);
    pending.add(id);
    timer ??= setTimeout(flush, batchMs);
  };

  onCleanup(() => clearTimeout(timer));
  return { request };
}
