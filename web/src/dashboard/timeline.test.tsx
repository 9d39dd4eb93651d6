import { render } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { Timeline } from "./DeviceRow.js";
import type { FleetDevice } from "./fleet.js";
import { dayMs, minSliverPercent, sliverOf } from "./timeline.js";

const now = Date.UTC(2026, 10, 21, 24);
const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();

describe("timeline sliver geometry", () => {
  it("places a job by start and end over the last 24 h", () => {
    const s = sliverOf(at(12), at(6), now);
    expect(s?.left).toBeCloseTo(50);
    expect(s?.width).toBeCloseTo(25);
    expect(s?.running).toBe(false);
  });

  it("a running job reaches now and is marked running", () => {
    const s = sliverOf(at(3), null, now);
    expect(s?.left).toBeCloseTo(87.5);
    expect(s?.width).toBeCloseTo(12.5);
    expect(s?.running).toBe(true);
  });

  it("clips jobs started before the window and drops jobs wholly outside", () => {
    const s = sliverOf(at(30), at(18), now);
    expect(s?.left).toBe(0);
    expect(s?.width).toBeCloseTo(25);
    expect(sliverOf(at(30), at(25), now)).toBeNull();
  });

  it("keeps short jobs visible and inside the track", () => {
    const s = sliverOf(new Date(now - 1000).toISOString(), null, now);
    expect(s?.width).toBe(minSliverPercent);
    expect((s?.left ?? 0) + (s?.width ?? 0)).toBeLessThanOrEqual(100);
    expect(dayMs).toBe(86_400_000);
  });

  it("renders slivers with left/width percentages and a pulse for running jobs", () => {
    const device: FleetDevice = {
      id: "d",
      friendlyName: "d",
      cometDeviceId: "c",
      accountUsername: "a",
      customerName: null,
      isOnline: true,
      latest: null,
      history: [],
      detailsLoaded: true,
      timeline: [
        { id: "1", startedAt: at(12), endedAt: at(6), outcome: "ERROR", outcomeLabel: "Error" },
        { id: "2", startedAt: at(3), endedAt: null, outcome: "RUNNING", outcomeLabel: "Running" },
      ],
    };
    const { container } = render(() => <Timeline device={device} now={now} />);
    const slivers = container.querySelectorAll<HTMLElement>(".sliver");
    expect(slivers).toHaveLength(2);
    expect(slivers[0]?.style.left).toBe("50%");
    expect(slivers[0]?.style.width).toBe("25%");
    expect(slivers[0]?.classList.contains("tone-error")).toBe(true);
    expect(slivers[0]?.classList.contains("sliver--running")).toBe(false);
    expect(slivers[1]?.classList.contains("sliver--running")).toBe(true);
    expect(slivers[1]?.classList.contains("tone-running")).toBe(true);
  });
});

describe("a job that started after the track's last tick", () => {
  it("is drawn at the right edge at once instead of waiting for the next tick", () => {
    const now = Date.parse("2026-11-21T12:00:00Z");
    const sliver = sliverOf("2026-11-21T12:00:20Z", null, now);
    expect(sliver).not.toBeNull();
    expect(sliver!.running).toBe(true);
    expect(sliver!.left + sliver!.width).toBeCloseTo(100, 5);
  });
});
