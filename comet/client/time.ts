/**
 * Comet timestamps are documented as Unix seconds (comet-api.md §9.2), but some fields have no documented
 * unit and third-party consumers have seen milliseconds, so anything past 1e12 (year 33658 in seconds,
 * 2001 in ms) is read as milliseconds. 0 is Comet's "never / still running" (e.g. EndTime of a running job).
 */
export function cometTime(v: number): Date | null {
  if (!Number.isFinite(v) || v <= 0) return null;
  return new Date(v > 1e12 ? v : v * 1000);
}
