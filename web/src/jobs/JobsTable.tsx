import { A } from "@solidjs/router";
import { Show } from "solid-js";
import type { JobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import JobTable, { type JobColumn } from "./JobTable.js";

/** A job of the fleet's list: what the table shows, and what live merging and the filters read besides. */
graphql(`
  fragment JobRow on Job {
    ...JobTableRow
    status
    classification
    endedAt
    totalBytes
    deviceId
    deviceName
    accountUsername
    customerId
    customerName
    progress {
      counter
    }
  }
`);

const columns: JobColumn<JobRowFragment>[] = [
  {
    heading: "Device",
    cell: (job) => (
      <Show when={job.deviceId} fallback={job.deviceName ?? "Unknown device"}>
        {(deviceId) => <A href={`/devices/${encodeURIComponent(deviceId())}`}>{job.deviceName || "(unnamed)"}</A>}
      </Show>
    ),
  },
  { heading: "Account", hideNarrow: true, cell: (job) => job.accountUsername },
  {
    heading: "Customer",
    hideNarrow: true,
    cell: (job) => job.customerName ?? <span class="muted">Unassigned</span>,
  },
];

/** The fleet's jobs, newest first, with the device, account and customer of each. */
export default function JobsTable(props: { jobs: JobRowFragment[]; fresh: ReadonlySet<string>; now: number }) {
  return (
    <JobTable
      jobs={props.jobs}
      now={props.now}
      kindHeading="Type"
      columns={columns}
      statusTitle={(job) => `${job.statusLabel}: open the job`}
      fresh={props.fresh}
    />
  );
}
