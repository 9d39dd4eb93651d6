import type { StreamState } from "../gql/graphql.js";
import { formatDuration } from "../lib/format.js";
import type { StatusTone } from "../lib/status.js";

/**
 * How a Comet server's event stream reads on the servers page. The colours are the shared status
 * tones of lib/status.ts (CSS `var(--status-<tone>)`): healthy green, retrying amber, needs a
 * person (or a worker) red.
 */
const streamTones: Record<StreamState, StatusTone> = {
  CONNECTED: "success",
  CONNECTING: "warning",
  BACKOFF: "warning",
  AUTH_FAILED: "error",
  DISCONNECTED: "error",
};

const streamLabels: Record<StreamState, string> = {
  CONNECTED: "Connected",
  CONNECTING: "Connecting",
  BACKOFF: "Retrying (backoff)",
  AUTH_FAILED: "Sign-in failed",
  DISCONNECTED: "Disconnected",
};

export function streamTone(state: StreamState): StatusTone {
  return streamTones[state];
}

export function streamLabel(state: StreamState): string {
  return streamLabels[state];
}

/** Ingestion lag: now minus the last event ("—" when no event arrived yet; never negative). */
export function formatLag(lastEventAt: string | null | undefined, now: number = Date.now()): string {
  if (!lastEventAt) return "—";
  const at = Date.parse(lastEventAt);
  if (Number.isNaN(at)) return "—";
  return formatDuration(Math.max(0, Math.floor((now - at) / 1000)));
}

/** `lastReconcileStats` (JSON counts) -> "12 accounts · 30 devices"; non-numbers are skipped. */
export function formatReconcileStats(stats: unknown): string {
  if (!stats || typeof stats !== "object" || Array.isArray(stats)) return "";
  return Object.entries(stats as Record<string, unknown>)
    .filter(([, v]) => typeof v === "number")
    .map(([k, v]) => `${(v as number).toLocaleString("en-US")} ${k}`)
    .join(" · ");
}
