import type { JobOutcome } from "../gql/graphql.js";
import { type Chip, chipOf, compareSeverity, matchesChips } from "../lib/status.js";

/**
 * The dashboard's device rows as the page keeps them (keyed by device id), and the pure rules that
 * search, filter, count and sort them. Live events patch rows in place (fleet-store.ts).
 */

export interface TimelineEntry {
  id: string;
  startedAt: string;
  endedAt: string | null;
  outcome: JobOutcome;
  outcomeLabel: string;
}

export interface DayDot {
  day: string;
  status: "SUCCESS" | "ERROR" | "WARNING" | "MISSED" | "RUNNING" | null;
  jobCount: number;
}

export interface FleetDevice {
  id: string;
  friendlyName: string;
  cometDeviceId: string;
  accountUsername: string;
  customerName: string | null;
  isOnline: boolean;
  /** The latest job of the last 24 h (running included): the device's status. */
  latest: TimelineEntry | null;
  /** The 24 h timeline: just `latest` until the row's details load (rows in view only). */
  timeline: TimelineEntry[];
  /** The 13 days, oldest first; empty until the row's details load. */
  history: DayDot[];
  detailsLoaded: boolean;
}

/**
 * Merges a row's freshly loaded timeline with what live events added meanwhile: the server's
 * entries win unless an event already saw the job end; jobs only events know stay.
 */
export function mergeTimeline(local: readonly TimelineEntry[], loaded: readonly TimelineEntry[]): TimelineEntry[] {
  const byId = new Map(local.map((j) => [j.id, j]));
  const out = loaded.map((j) => {
    const mine = byId.get(j.id);
    byId.delete(j.id);
    return mine?.endedAt && !j.endedAt ? { ...mine } : { ...j };
  });
  for (const j of byId.values()) out.push({ ...j });
  return out.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

export type SortKey = "name" | "worst" | "overdue" | "lastBackup";

export const sortLabels: Record<SortKey, string> = {
  name: "Name",
  worst: "Worst status",
  overdue: "Most overdue",
  lastBackup: "Last backup",
};

export function chipOfDevice(d: FleetDevice): Chip | null {
  return d.latest ? chipOf(d.latest.outcome) : null;
}

/**
 * When the device last backed up, in ms (null: never in the 13 days we know): its latest job of
 * the last 24 h, else the last day of its 13-day history with a job (day precision; the history
 * is known for rows that were in view, so devices idle for a day sort by name until then).
 */
export function lastBackupMs(d: FleetDevice): number | null {
  if (d.latest) return Date.parse(d.latest.endedAt ?? d.latest.startedAt);
  for (let i = d.history.length - 1; i >= 0; i--) {
    const day = d.history[i];
    if (day && day.jobCount > 0) return Date.parse(day.day);
  }
  return null;
}

/** Matches the API's `devices(search:)`: name, account username or Comet device id, case-insensitive. */
export function matchesSearch(d: FleetDevice, needle: string): boolean {
  if (!needle) return true;
  const n = needle.toLowerCase();
  return (
    d.friendlyName.toLowerCase().includes(n) ||
    d.accountUsername.toLowerCase().includes(n) ||
    d.cometDeviceId.toLowerCase().includes(n)
  );
}

// One collator: `localeCompare` builds one per call, too slow for 10,000 rows.
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const byName = (a: FleetDevice, b: FleetDevice) =>
  collator.compare(a.friendlyName, b.friendlyName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted copy. Ties fall back to name so the order is stable while events arrive. */
export function sortDevices(devices: readonly FleetDevice[], key: SortKey): FleetDevice[] {
  const out = devices.slice();
  if (key === "name") return out.sort(byName);
  if (key === "worst") return out.sort((a, b) => compareSeverity(chipOfDevice(a), chipOfDevice(b)) || byName(a, b));
  const stamp = new Map(out.map((d) => [d.id, lastBackupMs(d)]));
  // Overdue: never backed up first, then oldest; last backup: newest first, never last.
  const oldest = (d: FleetDevice) => stamp.get(d.id) ?? Number.NEGATIVE_INFINITY;
  if (key === "overdue") return out.sort((a, b) => oldest(a) - oldest(b) || byName(a, b));
  return out.sort((a, b) => oldest(b) - oldest(a) || byName(a, b));
}

/** The rows to show: search, then chips (OR) and "issues only". */
export function filterDevices(
  devices: readonly FleetDevice[],
  search: string,
  selected: ReadonlySet<Chip>,
  issuesOnly: boolean,
): FleetDevice[] {
  return devices.filter(
    (d) => matchesSearch(d, search) && matchesChips(d.latest?.outcome ?? null, selected, issuesOnly),
  );
}
