import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { DeviceActionKind, DeviceJobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import ProgressBar from "../jobs/ProgressBar.js";
import StatusBadge from "../jobs/StatusBadge.js";
import { formatBytes, formatDateTime, formatDuration, formatRelative, secondsBetween } from "../lib/format.js";
import JobControls from "./manage/JobControls.js";
import "./device.css";

export const DeviceJobRow = graphql(`
  fragment DeviceJobRow on Job {
    id
    status
    statusLabel
    outcome
    outcomeLabel
    classification
    classificationLabel
    isRunning
    startedAt
    endedAt
    durationSeconds
    uploadBytes
    totalBytes
    customerId
    deviceId
    protectedItemName
    storageVaultName
    progress {
      counter
      percent
      bytesDone
    }
  }
`);

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
      <div class="table-scroll">
        <table class="table jobs-table device-jobs">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Job</th>
              <th scope="col" class="hide-narrow">
                Vault
              </th>
              <th scope="col">Started</th>
              <th scope="col" class="num">
                Duration
              </th>
              <th scope="col" class="num">
                Uploaded
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.jobs}>
              {(job) => (
                <tr classList={{ "device-jobs__running": job.isRunning }}>
                  <td class="device-jobs__status">
                    <A class="status-link" href={`/jobs/${encodeURIComponent(job.id)}`} title="Open the job">
                      <StatusBadge outcome={job.outcome} label={job.outcomeLabel} />
                    </A>
                  </td>
                  <td class="device-jobs__job">
                    {job.classificationLabel}
                    <Show when={job.protectedItemName}>
                      <div class="muted">{job.protectedItemName}</div>
                    </Show>
                  </td>
                  <td class="hide-narrow">{job.storageVaultName ?? "—"}</td>
                  {/* data-label: the column's name above the value where narrow screens stack a row. */}
                  <td data-label="Started" title={formatDateTime(job.startedAt)}>
                    {formatRelative(job.startedAt, props.now)}
                  </td>
                  <td data-label="Duration" class="num">
                    {formatDuration(
                      job.isRunning ? secondsBetween(job.startedAt, null, props.now) : job.durationSeconds,
                    )}
                  </td>
                  <td data-label="Uploaded" class="num device-jobs__uploaded">
                    <Show when={job.isRunning} fallback={formatBytes(job.uploadBytes)}>
                      <ProgressBar percent={job.progress.percent} bytesDone={job.progress.bytesDone} />
                      <Show when={jobActions().length > 0}>
                        <JobControls jobId={job.id} deviceName={props.deviceName ?? ""} allowed={jobActions()} />
                      </Show>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
