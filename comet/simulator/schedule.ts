/**
 * Next run time of a backup rule's schedules (simulated epoch ms, UTC). Only the frequencies the demo
 * fleet uses are modelled exactly; other types fall back to daily. Device time zones, RestrictDays and
 * random delays are ignored (the fleet only needs plausible, spread-out start times).
 */
import { SCHEDULE, type ScheduleConfig } from "./wire-types.js";

const HOUR = 3600e3;
const DAY = 24 * HOUR;

export function nextRun(schedules: ScheduleConfig[], after: number): number | undefined {
  let best: number | undefined;
  for (const s of schedules) {
    const at = nextOne(s, after);
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best;
}

function nextOne(s: ScheduleConfig, after: number): number | undefined {
  const secondsPast = Number(s.SecondsPast) || 0;
  if (s.FrequencyType === SCHEDULE.PERIODIC) {
    const period = Math.max(60, secondsPast) * 1000;
    const offset = (Number(s.Offset) || 0) * 1000;
    return Math.floor((after - offset) / period + 1) * period + offset;
  }
  const span = s.FrequencyType === SCHEDULE.HOURLY ? HOUR : s.FrequencyType === SCHEDULE.WEEKLY ? 7 * DAY : DAY;
  const base = Math.floor(after / span) * span + ((secondsPast * 1000) % span);
  return base > after ? base : base + span;
}
