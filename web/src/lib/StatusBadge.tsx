import type { JobOutcome } from "../gql/graphql.js";
import { chipOf, type StatusTone, toneOf } from "./status.js";
import "./status-badge.css";

/**
 * A coloured dot and a label, in a tone of lib/status.ts; `live` pulses the dot while something
 * runs. Jobs, protected items and device actions all show their status with it.
 */
export function ToneBadge(props: { tone: StatusTone; label: string; live?: boolean; class?: string }) {
  return (
    <span
      class={`status-badge status-badge--${props.tone}${props.class ? ` ${props.class}` : ""}`}
      classList={{ "status-badge--live": props.live ?? false }}
    >
      <span class="status-badge__dot" aria-hidden="true" />
      {props.label}
    </span>
  );
}

/** A job outcome as a coloured dot and the API's label. */
export default function StatusBadge(props: { outcome: JobOutcome | null | undefined; label: string }) {
  return (
    <ToneBadge
      tone={props.outcome ? toneOf(chipOf(props.outcome)) : "missed"}
      label={props.label}
      live={props.outcome === "RUNNING"}
    />
  );
}
