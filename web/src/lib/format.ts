/**
 * Formatting shared by the fleet pages. Byte counts arrive as strings (the `BigInt` scalar), so
 * they are parsed here rather than trusted to `Number` everywhere; sizes are binary (KiB = 1024)
 * like Comet's own console, with the short "KB" spelling people read there.
 */

const byteUnits = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

/** `1536` -> "1.5 KB"; null/empty/invalid -> "—". */
export function formatBytes(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n) || n < 0) return "—";
  if (n < 1024) return `${Math.round(n)} B`;
  let unit = 0;
  let scaled = n;
  while (scaled >= 1024 && unit < byteUnits.length - 1) {
    scaled /= 1024;
    unit += 1;
  }
  const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
  return `${Number(scaled.toFixed(digits))} ${byteUnits[unit]}`;
}

/** Whole-number counts with thousands separators; BigInt strings keep every digit. */
export function formatCount(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  try {
    return BigInt(value).toLocaleString("en-US");
  } catch {
    return "—";
  }
}

/** Seconds -> "45 s", "3 min 05 s", "2 h 07 min", "3 d 4 h". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)} min ${pad(s % 60)} s`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

/** Seconds between two ISO instants (the end defaults to `now`), never negative. */
export function secondsBetween(startIso: string, endIso: string | null | undefined, now: number = Date.now()): number {
  const start = Date.parse(startIso);
  const end = endIso ? Date.parse(endIso) : now;
  if (Number.isNaN(start) || Number.isNaN(end)) return 0;
  return Math.max(0, Math.floor((end - start) / 1000));
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** ISO instant -> "just now", "5 minutes ago", "in 2 hours", "3 days ago"; null -> "never". */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return "never";
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return "—";
  const diff = Math.round((at - now) / 1000);
  const abs = Math.abs(diff);
  if (abs < 45) return "just now";
  if (abs < 3600) return relative.format(Math.round(diff / 60), "minute");
  if (abs < 86_400) return relative.format(Math.round(diff / 3600), "hour");
  if (abs < 30 * 86_400) return relative.format(Math.round(diff / 86_400), "day");
  if (abs < 365 * 86_400) return relative.format(Math.round(diff / (30 * 86_400)), "month");
  return relative.format(Math.round(diff / (365 * 86_400)), "year");
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "short",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** ISO instant -> "21 Nov 2026, 14:05" in the browser's time zone; null -> "—". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const at = Date.parse(iso);
  return Number.isNaN(at) ? "—" : dateTime.format(at);
}

/** Percentage of `used` in `quota` (0-100, clamped); null when there is no meaningful quota. */
export function usagePercent(used: string | number, quota: string | number): number | null {
  const u = Number(used);
  const q = Number(quota);
  if (!Number.isFinite(u) || !Number.isFinite(q) || q <= 0) return null;
  return Math.min(100, Math.max(0, (u / q) * 100));
}
