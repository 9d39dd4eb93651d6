/**
 * Simulated time: `startTime + realElapsed * speed + manualOffset`. `speed` lets a demo show a day of
 * activity in minutes; `advance(ms)` lets tests jump ahead without waiting. The clock never runs
 * backwards, so job StartTime <= EndTime always holds.
 */

export class SimClock {
  private readonly realStart = performance.now();
  private offsetMs = 0;

  constructor(
    readonly startTime: number,
    readonly speed: number,
  ) {}

  /** Simulated now, epoch milliseconds. */
  now(): number {
    return Math.floor(this.startTime + (performance.now() - this.realStart) * this.speed + this.offsetMs);
  }

  /** Simulated now, Unix seconds (the unit of nearly every Comet timestamp). */
  nowSec(): number {
    return Math.floor(this.now() / 1000);
  }

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }

  /** Real milliseconds until the simulated time `at` is reached (for timers). */
  realDelayUntil(at: number): number {
    return Math.max(0, (at - this.now()) / this.speed);
  }
}
