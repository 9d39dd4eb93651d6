import type { JobClassification, JobStatus } from "../gql/graphql.js";

/**
 * The jobs page's filters and their place in the URL query string, so a filtered view can be
 * bookmarked and shared: `?status=ERROR,WARNING&kind=BACKUP&range=7d&customer=<id>&running=1`,
 * and `range=custom&from=2026-11-01&to=2026-11-20` (whole local days, both inclusive).
 * Defaults are left out of the URL.
 */

export const jobStatuses: JobStatus[] = ["ERROR", "MISSED", "WARNING", "RUNNING", "SUCCESS"];

export const jobClassifications: JobClassification[] = [
  "BACKUP",
  "RESTORE",
  "RETENTION",
  "DEEPVERIFY",
  "REINDEX",
  "REMEASURE",
  "DELETE_CUSTOM",
  "IMPORT",
  "UNLOCK",
  "UPDATE",
  "UNINSTALL",
  "UNKNOWN",
];

export type RangePreset = "24h" | "7d" | "30d" | "custom";

export const rangePresets: { value: RangePreset; label: string }[] = [
  { value: "24h", label: "Last 24 h" },
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "custom", label: "Custom" },
];

export interface JobFilters {
  statuses: JobStatus[];
  classification: JobClassification | null;
  range: RangePreset;
  /** Custom range, `YYYY-MM-DD` local days; only read when `range` is "custom". */
  from: string | null;
  to: string | null;
  customerId: string | null;
  runningOnly: boolean;
}

export const defaultFilters: JobFilters = {
  statuses: [],
  classification: null,
  range: "24h",
  from: null,
  to: null,
  customerId: null,
  runningOnly: false,
};

type Query = Partial<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Reads filters from the query string; unknown values are dropped, never sent to the API. */
export function parseFilters(query: Query): JobFilters {
  const statuses = (first(query.status) ?? "")
    .split(",")
    .filter((s): s is JobStatus => (jobStatuses as string[]).includes(s));
  const kind = first(query.kind);
  const range = first(query.range);
  const from = first(query.from);
  const to = first(query.to);
  return {
    statuses: jobStatuses.filter((s) => statuses.includes(s)),
    classification: kind && (jobClassifications as string[]).includes(kind) ? (kind as JobClassification) : null,
    range: rangePresets.some((p) => p.value === range) ? (range as RangePreset) : "24h",
    from: isDay(from) ? from : null,
    to: isDay(to) ? to : null,
    customerId: first(query.customer) || null,
    runningOnly: first(query.running) === "1",
  };
}

/**
 * The query-string patch for `setSearchParams`: every key is present so stale ones are cleared
 * (undefined removes a key), defaults are omitted.
 */
export function filtersToQuery(f: JobFilters): Record<string, string | undefined> {
  const custom = f.range === "custom";
  return {
    status: f.statuses.length > 0 ? jobStatuses.filter((s) => f.statuses.includes(s)).join(",") : undefined,
    kind: f.classification ?? undefined,
    range: f.range === "24h" ? undefined : f.range,
    from: custom && f.from ? f.from : undefined,
    to: custom && f.to ? f.to : undefined,
    customer: f.customerId ?? undefined,
    running: f.runningOnly ? "1" : undefined,
  };
}

/** The filters as `jobs(...)` variables (and as the live-merge matcher uses them). */
export interface JobsVariables {
  statuses: JobStatus[] | null;
  classifications: JobClassification[] | null;
  customerId: string | null;
  deviceId?: string | null;
  isRunning: boolean | null;
  startedAfter: string | null;
  startedBefore: string | null;
}

const presetHours: Record<Exclude<RangePreset, "custom">, number> = { "24h": 24, "7d": 24 * 7, "30d": 24 * 30 };

/** Local midnight of a `YYYY-MM-DD` day, plus `addDays`, as an ISO instant. */
function localDay(day: string, addDays = 0): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** `now` is fixed when the filters change, so a preset window does not slide on every render. */
export function filtersToVariables(f: JobFilters, now: number): JobsVariables {
  let startedAfter: string | null = null;
  let startedBefore: string | null = null;
  if (f.range === "custom") {
    startedAfter = f.from ? localDay(f.from) : null;
    // `to` is inclusive: the API's `startedBefore` is exclusive, so the next local midnight.
    startedBefore = f.to ? localDay(f.to, 1) : null;
  } else {
    startedAfter = new Date(now - presetHours[f.range] * 3_600_000).toISOString();
  }
  return {
    statuses: f.statuses.length > 0 ? f.statuses : null,
    classifications: f.classification ? [f.classification] : null,
    customerId: f.customerId,
    isRunning: f.runningOnly ? true : null,
    startedAfter,
    startedBefore,
  };
}
