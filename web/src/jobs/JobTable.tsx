import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import type { JobTableRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatBytes, formatDateTime, formatDuration, formatRelative, secondsBetween } from "../lib/format.js";
import StatusBadge from "../lib/StatusBadge.js";
import ProgressBar from "./ProgressBar.js";
import "./jobs.css";

graphql(`
  fragment JobTableRow on Job {
    id
    statusLabel
    outcome
    outcomeLabel
    classificationLabel
    protectedItemName
    isRunning
    startedAt
    durationSeconds
    uploadBytes
    progress {
      percent
      bytesDone
    }
  }
`);

/** A column between what the job is and when it started (the device, its account, a vault...). */
export interface JobColumn<Job> {
  heading: string;
  /** Hidden on narrow screens. */
  hideNarrow?: boolean;
  cell: (job: Job) => JSX.Element;
}

/**
 * Jobs, newest first, as every list of jobs shows them: the status (a link to the job), what ran,
 * the caller's columns, then when it started, how long it took and what it uploaded; a running job
 * shows its live progress instead of a size. Cells carry `data-label` and element classes so a
 * page may restyle its table (the device page stacks rows into cards on a phone: devices/device.css).
 */
export default function JobTable<Job extends JobTableRowFragment>(props: {
  jobs: Job[];
  now: number;
  /** The second column's heading: what kind of job it was. */
  kindHeading: string;
  columns: JobColumn<Job>[];
  /** The status link's title. */
  statusTitle: (job: Job) => string;
  /** Jobs just added by a live event: highlighted once. */
  fresh?: ReadonlySet<string>;
  /** Another class for the table, to style one page's instance. */
  class?: string;
  /** Shown after a running job's progress (its Cancel and Abandon). */
  whileRunning?: (job: Job) => JSX.Element;
}) {
  return (
    <div class="table-scroll">
      <table class={props.class ? `table jobs-table ${props.class}` : "table jobs-table"}>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">{props.kindHeading}</th>
            <For each={props.columns}>
              {(column) => (
                <th scope="col" class={column.hideNarrow ? "hide-narrow" : undefined}>
                  {column.heading}
                </th>
              )}
            </For>
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
              <tr classList={{ "is-new": props.fresh?.has(job.id) ?? false, "jobs-table__running": job.isRunning }}>
                <td class="jobs-table__status">
                  <A class="status-link" href={`/jobs/${encodeURIComponent(job.id)}`} title={props.statusTitle(job)}>
                    <StatusBadge outcome={job.outcome} label={job.outcomeLabel} />
                  </A>
                </td>
                <td class="jobs-table__job">
                  {job.classificationLabel}
                  <Show when={job.protectedItemName}>
                    <div class="muted">{job.protectedItemName}</div>
                  </Show>
                </td>
                <For each={props.columns}>
                  {(column) => <td class={column.hideNarrow ? "hide-narrow" : undefined}>{column.cell(job)}</td>}
                </For>
                {/* data-label: the column's name above the value where a page stacks a row. */}
                <td data-label="Started" title={formatDateTime(job.startedAt)}>
                  {formatRelative(job.startedAt, props.now)}
                </td>
                <td data-label="Duration" class="num">
                  {formatDuration(job.isRunning ? secondsBetween(job.startedAt, null, props.now) : job.durationSeconds)}
                </td>
                <td data-label="Uploaded" class="num jobs-table__uploaded">
                  <Show when={job.isRunning} fallback={formatBytes(job.uploadBytes)}>
                    <ProgressBar percent={job.progress.percent} bytesDone={job.progress.bytesDone} />
                    {props.whileRunning?.(job)}
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
