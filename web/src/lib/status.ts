import type { JobOutcome, JobStatus } from "../gql/graphql.js";

/**
 * The one place the web client turns job outcomes into words and colours (STYLE rule 14: shared,
 * not per page). Colours are the seeds' Tailwind shades; chips, dots, charts and tables all read
 * them from here (and from the matching CSS variables in styles.css). The schema's enums
 * (`JobOutcome`, `JobStatus`) come from codegen; a new value there fails the maps below in tsc.
 */

/** The issue chips of the dashboard, in the seeds' order: the outcomes a chip is named after. */
export type Chip = Extract<
  JobOutcome,
  "ERROR" | "MISSED" | "WARNING" | "TIMEOUT" | "CANCELLED" | "RUNNING" | "SKIPPED" | "SUCCESS"
>;

export const chipOrder: Chip[] = [
  "ERROR",
  "MISSED",
  "WARNING",
  "TIMEOUT",
  "CANCELLED",
  "RUNNING",
  "SKIPPED",
  "SUCCESS",
];

export const chipLabels: Record<Chip, string> = {
  ERROR: "Error",
  MISSED: "Missed",
  WARNING: "Warning",
  TIMEOUT: "Timeout",
  CANCELLED: "Cancelled",
  RUNNING: "Running",
  SKIPPED: "Skipped",
  SUCCESS: "Success",
};

/** Chips that count as issues for the "Issues only" toggle. */
export const issueChips = new Set<Chip>(["ERROR", "MISSED", "WARNING", "TIMEOUT", "CANCELLED", "SKIPPED"]);

const chipByOutcome: Record<JobOutcome, Chip> = {
  PENDING: "RUNNING",
  RUNNING: "RUNNING",
  // Revived jobs are running again (seeds: revived -> running).
  REVIVED: "RUNNING",
  SUCCESS: "SUCCESS",
  WARNING: "WARNING",
  ERROR: "ERROR",
  TIMEOUT: "TIMEOUT",
  QUOTA_EXCEEDED: "ERROR",
  MISSED: "MISSED",
  CANCELLED: "CANCELLED",
  SKIPPED: "SKIPPED",
  ABANDONED: "ERROR",
  UNKNOWN: "ERROR",
};

export function chipOf(outcome: JobOutcome): Chip {
  return chipByOutcome[outcome];
}

/** Whether a string is a `JobOutcome` (live events carry it untyped); the map above lists every one. */
export function isJobOutcome(value: string | null | undefined): value is JobOutcome {
  return !!value && Object.hasOwn(chipByOutcome, value);
}

/** Seeds' palette: success green-400, warning amber-500, error red-500, running sky-500, skipped purple-500, missed gray-400. */
export const statusColours = {
  success: "#4ade80",
  warning: "#f59e0b",
  error: "#ef4444",
  running: "#0ea5e9",
  skipped: "#a855f7",
  missed: "#9ca3af",
} as const;

export type StatusTone = keyof typeof statusColours;

const toneByChip: Record<Chip, StatusTone> = {
  ERROR: "error",
  TIMEOUT: "error",
  CANCELLED: "error",
  MISSED: "missed",
  WARNING: "warning",
  RUNNING: "running",
  SKIPPED: "skipped",
  SUCCESS: "success",
};

export function toneOf(chip: Chip): StatusTone {
  return toneByChip[chip];
}

/** Worst first: how the device list sorts by "worst status". */
const severity: Record<Chip, number> = {
  ERROR: 0,
  TIMEOUT: 1,
  CANCELLED: 2,
  MISSED: 3,
  WARNING: 4,
  SKIPPED: 5,
  RUNNING: 6,
  SUCCESS: 7,
};

export function compareSeverity(a: Chip | null, b: Chip | null): number {
  return (a === null ? 8 : severity[a]) - (b === null ? 8 : severity[b]);
}

/** Counts devices per chip from each device's latest outcome of the last 24 h (null: no job). */
export function countChips(outcomes: Iterable<JobOutcome | null>): Record<Chip, number> {
  const counts = Object.fromEntries(chipOrder.map((c) => [c, 0])) as Record<Chip, number>;
  for (const outcome of outcomes) if (outcome) counts[chipOf(outcome)] += 1;
  return counts;
}

/** Whether a device with this latest outcome passes the chip filter (chips OR-ed; none selected = all). */
export function matchesChips(outcome: JobOutcome | null, selected: ReadonlySet<Chip>, issuesOnly: boolean): boolean {
  const chip = outcome ? chipOf(outcome) : null;
  if (issuesOnly && (chip === null || !issueChips.has(chip))) return false;
  if (selected.size === 0) return true;
  return chip !== null && selected.has(chip);
}

/** Normalised statuses (`JobStatus`) as the doughnut and the 13-day dots colour them. */
const toneByStatus: Record<JobStatus, StatusTone> = {
  SUCCESS: "success",
  ERROR: "error",
  WARNING: "warning",
  MISSED: "missed",
  RUNNING: "running",
};

export function statusTone(status: JobStatus): StatusTone {
  return toneByStatus[status];
}

/** Chip counts per search: the API's `deviceStatus24h` rows (outcome -> chip; the no-job row is dropped). */
export function chipCountsFromApi(rows: Iterable<{ outcome: JobOutcome | null; count: number }>): Record<Chip, number> {
  const counts = countChips([]);
  for (const row of rows) if (row.outcome) counts[chipOf(row.outcome)] += row.count;
  return counts;
}
