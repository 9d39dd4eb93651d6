import { Show } from "solid-js";
import { formatBytes } from "../lib/format.js";
import "./jobs.css";

/**
 * A running job's progress: a bar when Comet has counted the items (`percent`), an indeterminate
 * stripe while it has not, and the bytes processed so far.
 */
export default function ProgressBar(props: { percent: number | null | undefined; bytesDone: string; label?: string }) {
  const known = () => props.percent !== null && props.percent !== undefined;
  return (
    <div class="job-progress">
      <div
        class="job-progress__track"
        classList={{ "job-progress__track--unknown": !known() }}
        role="progressbar"
        aria-label={props.label ?? "Job progress"}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known() ? (props.percent ?? 0) : undefined}
        aria-valuetext={known() ? `${props.percent}%` : "In progress"}
      >
        <div class="job-progress__fill" style={{ width: `${known() ? props.percent : 100}%` }} />
      </div>
      <span class="job-progress__text">
        <Show when={known()}>{props.percent?.toFixed(1)}% · </Show>
        {formatBytes(props.bytesDone)}
      </span>
    </div>
  );
}
