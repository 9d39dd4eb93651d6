import type { JobOutcome } from "../gql/graphql.js";
import { chipOf, toneOf } from "../lib/status.js";
import "./jobs.css";

/** A job outcome as a coloured dot and the API's label; the colour comes from lib/status.ts. */
export default function StatusBadge(props: { outcome: JobOutcome | null | undefined; label: string }) {
  const tone = () => (props.outcome ? toneOf(chipOf(props.outcome)) : "missed");
  return (
    <span
      class={`status-badge status-badge--${tone()}`}
      classList={{ "status-badge--live": props.outcome === "RUNNING" }}
    >
      <span class="status-badge__dot" aria-hidden="true" />
      {props.label}
    </span>
  );
}
