import { Show } from "solid-js";
import type { DeviceActionKind, DeviceJobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import JobTable, { type JobColumn } from "../jobs/JobTable.js";
import JobControls from "./manage/JobControls.js";
import "./device.css";

/** A job of the device's history: what the table shows, and what live merging reads besides. */
graphql(`
  fragment DeviceJobRow on Job {
    ...JobTableRow
    status
    classification
    endedAt
    totalBytes
    customerId
    deviceId
    storageVaultName
    progress {
      counter
    }
  }
`);

const columns: JobColumn<DeviceJobRowFragment>[] = [
  { heading: "Vault", hideNarrow: true, cell: (job) => job.storageVaultName ?? "—" },
];

/**
 * The device's jobs, newest first; a running one shows its live progress and, as far as
 * `allowedActions` lets the viewer, Cancel and Abandon. On a phone each row stacks into a small
 * card (device.css) and the buttons shrink to icons, so the page never scrolls sideways.
 */
export default function DeviceJobHistory(props: {
  jobs: DeviceJobRowFragment[];
  now: number;
  allowedActions?: readonly DeviceActionKind[];
  deviceName?: string;
}) {
  const jobActions = () => (props.allowedActions ?? []).filter((k) => k === "CANCEL_JOB" || k === "ABANDON_JOB");
  return (
    <Show when={props.jobs.length > 0} fallback={<p class="muted">No jobs yet.</p>}>
      <JobTable
        jobs={props.jobs}
        now={props.now}
        kindHeading="Job"
        columns={columns}
        statusTitle={() => "Open the job"}
        class="device-jobs"
        whileRunning={(job) => (
          <Show when={jobActions().length > 0}>
            <JobControls jobId={job.id} deviceName={props.deviceName ?? ""} allowed={jobActions()} />
          </Show>
        )}
      />
    </Show>
  );
}
