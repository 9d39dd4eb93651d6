import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { JobRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatBytes, formatDateTime, formatDuration, formatRelative, secondsBetween } from "../lib/format.js";
import ProgressBar from "./ProgressBar.js";
import StatusBadge from "./StatusBadge.js";
import "./jobs.css";

export const JobRow = graphql(`
  fragment JobRow on Job {
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
    deviceId
    deviceName
    accountUsername
    customerId
    customerName
    protectedItemName
    progress {
      counter
      percent
      bytesDone
    }
  }
`);

/** The fleet's jobs, newest first; a running job shows its progress instead of a size. */
export default function JobsTable(props: { jobs: JobRowFragment[]; fresh: ReadonlySet<string>; now: number }) {
  return (
    <div class="table-scroll">
      <table class="table jobs-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Type</th>
            <th scope="col">Device</th>
            <th scope="col" class="hide-narrow">
              Account
            </th>
            <th scope="col" class="hide-narrow">
              Customer
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
              <tr classList={{ "is-new": props.fresh.has(job.id) }}>
                <td>
                  <A
                    class="status-link"
                    href={`/jobs/${encodeURIComponent(job.id)}`}
                    title={`${job.statusLabel}: open the job`}
                  >
                    <StatusBadge outcome={job.outcome} label={job.outcomeLabel} />
                  </A>
                </td>
                <td>
                  {job.classificationLabel}
                  <Show when={job.protectedItemName}>
                    <div class="muted">{job.protectedItemName}</div>
                  </Show>
                </td>
                <td>
                  <Show when={job.deviceId} fallback={job.deviceName ?? "Unknown device"}>
                    {(deviceId) => (
                      <A href={`/devices/${encodeURIComponent(deviceId())}`}>{job.deviceName || "(unnamed)"}</A>
                    )}
                  </Show>
                </td>
                <td class="hide-narrow">{job.accountUsername}</td>
                <td class="hide-narrow">{job.customerName ?? <span class="muted">Unassigned</span>}</td>
                <td title={formatDateTime(job.startedAt)}>{formatRelative(job.startedAt, props.now)}</td>
                <td class="num">
                  {formatDuration(job.isRunning ? secondsBetween(job.startedAt, null, props.now) : job.durationSeconds)}
                </td>
                <td class="num">
                  <Show when={job.isRunning} fallback={formatBytes(job.uploadBytes)}>
                    <ProgressBar percent={job.progress.percent} bytesDone={job.progress.bytesDone} />
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
