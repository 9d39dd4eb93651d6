/** Geometry of the 24-hour timeline: each job a sliver placed by its start and end in the window. */

export const dayMs = 24 * 60 * 60 * 1000;

/** The narrowest sliver, so a one-minute job stays visible (percent of the track). */
export const minSliverPercent = 0.35;

export interface Sliver {
  /** Percent of the track from the left edge (the window's start). */
  left: number;
  /** Percent of the track. */
  width: number;
  running: boolean;
}

/**
 * Where a job sits on the track of the 24 h ending at `now`: a running job (no end) reaches
 * `now`; jobs started before the window are clipped at its start. Null when it lies wholly outside.
 */
export function sliverOf(startedAt: string, endedAt: string | null | undefined, now: number): Sliver | null {
  const windowStart = now - dayMs;
  // `now` ticks every 30 s: a job that started since the last tick (or on a server whose clock
  // runs ahead) is drawn at the right edge, not hidden until the next tick.
  const start = Math.min(Date.parse(startedAt), now);
  const end = endedAt ? Math.min(Date.parse(endedAt), now) : now;
  if (Number.isNaN(start) || end < windowStart) return null;
  const from = Math.max(start, windowStart);
  const to = Math.min(Math.max(end, from), now);
  const left = ((from - windowStart) / dayMs) * 100;
  const width = Math.max(((to - from) / dayMs) * 100, minSliverPercent);
  // Keep a sliver that ends at `now` inside the track.
  return { left: Math.min(left, 100 - width), width, running: !endedAt };
}
