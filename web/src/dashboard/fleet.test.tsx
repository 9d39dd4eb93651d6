import { fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import { type Chip, countChips } from "../lib/status.js";
import { type FleetDevice, filterDevices, mergeTimeline, sortDevices } from "./fleet.js";
import { applyJobEvent } from "./fleet-store.js";
import { IssuesStrip } from "./IssuesStrip.js";

const t = (h: number) => new Date(Date.UTC(2026, 10, 21, h)).toISOString();

function device(
  name: string,
  outcome: FleetDevice["latest"] extends infer L ? (L extends { outcome: infer O } ? O | null : never) : never,
  startedHour = 10,
): FleetDevice {
  return {
    id: `id-${name}`,
    friendlyName: name,
    cometDeviceId: `cd-${name}`,
    accountUsername: `acct-${name}`,
    customerName: null,
    isOnline: true,
    latest: outcome
      ? { id: `job-${name}`, startedAt: t(startedHour), endedAt: t(startedHour + 1), outcome, outcomeLabel: outcome }
      : null,
    timeline: [],
    history: [],
    detailsLoaded: true,
  };
}

const fleet: FleetDevice[] = [
  device("alpha", "SUCCESS", 12),
  device("bravo", "ERROR", 8),
  device("charlie", "TIMEOUT", 9),
  device("delta", "CANCELLED", 11),
  device("echo", "REVIVED", 13),
  device("foxtrot", null),
  device("golf", "QUOTA_EXCEEDED", 5),
  device("hotel", "WARNING", 7),
];

const names = (list: FleetDevice[]) => list.map((d) => d.friendlyName);

describe("chip counts and filtering from the device list", () => {
  it("counts each device once under its latest outcome's chip", () => {
    const counts = countChips(fleet.map((d) => d.latest?.outcome ?? null));
    expect(counts).toEqual({
      ERROR: 2,
      MISSED: 0,
      WARNING: 1,
      TIMEOUT: 1,
      CANCELLED: 1,
      RUNNING: 1,
      SKIPPED: 0,
      SUCCESS: 1,
    });
  });

  it("counts follow the search (name, account or Comet device id)", () => {
    const counts = countChips(filterDevices(fleet, "acct-b", new Set(), false).map((d) => d.latest?.outcome ?? null));
    expect(counts.ERROR).toBe(1);
    expect(counts.SUCCESS).toBe(0);
  });

  it("ORs chips on the outcome level (Timeout and Cancelled apart from Error)", () => {
    expect(names(filterDevices(fleet, "", new Set<Chip>(["TIMEOUT", "CANCELLED"]), false))).toEqual([
      "charlie",
      "delta",
    ]);
    expect(names(filterDevices(fleet, "", new Set<Chip>(["ERROR"]), false))).toEqual(["bravo", "golf"]);
    expect(names(filterDevices(fleet, "", new Set<Chip>(["RUNNING"]), false))).toEqual(["echo"]);
  });

  it("'issues only' drops successes, running devices and devices without a job", () => {
    expect(names(filterDevices(fleet, "", new Set(), true))).toEqual(["bravo", "charlie", "delta", "golf", "hotel"]);
  });
});

describe("sort orders", () => {
  it("by name", () => {
    expect(names(sortDevices([fleet[2], fleet[0], fleet[1]] as FleetDevice[], "name"))).toEqual([
      "alpha",
      "bravo",
      "charlie",
    ]);
  });
  it("worst status first, no job last, ties by name", () => {
    expect(names(sortDevices(fleet, "worst"))).toEqual([
      "bravo",
      "golf",
      "charlie",
      "delta",
      "hotel",
      "echo",
      "alpha",
      "foxtrot",
    ]);
  });
  it("most overdue: never backed up first, then the oldest last backup", () => {
    expect(names(sortDevices(fleet, "overdue")).slice(0, 4)).toEqual(["foxtrot", "golf", "hotel", "bravo"]);
  });
  it("last backup: newest first, never last", () => {
    const sorted = names(sortDevices(fleet, "lastBackup"));
    expect(sorted[0]).toBe("echo");
    expect(sorted.at(-1)).toBe("foxtrot");
  });
  it("uses the 13-day history when no job ran in 24 h", () => {
    const old = {
      ...device("india", null),
      history: [{ day: t(0).replace("21T", "15T"), status: "SUCCESS" as const, jobCount: 2 }],
    };
    expect(names(sortDevices([device("foxtrot", null), old], "overdue"))).toEqual(["foxtrot", "india"]);
  });
});

describe("live job events", () => {
  it("STARTED adds a running sliver and makes the device RUNNING; ENDED sets the final outcome", () => {
    const d = device("juliet", "SUCCESS", 3);
    applyJobEvent(d, { kind: "STARTED", deviceId: d.id, jobId: "j2", outcome: "RUNNING", startedAt: t(14) });
    expect(d.timeline).toHaveLength(1);
    expect(d.timeline[0]).toMatchObject({ id: "j2", endedAt: null, outcome: "RUNNING" });
    expect(d.latest?.outcome).toBe("RUNNING");
    applyJobEvent(d, { kind: "PROGRESS", deviceId: d.id, jobId: "j2", outcome: "RUNNING", startedAt: t(14) });
    expect(d.timeline).toHaveLength(1);
    applyJobEvent(d, {
      kind: "ENDED",
      deviceId: d.id,
      jobId: "j2",
      outcome: "TIMEOUT",
      startedAt: t(14),
      endedAt: t(15),
    });
    expect(d.timeline[0]).toMatchObject({ outcome: "TIMEOUT", endedAt: t(15) });
    expect(d.latest).toMatchObject({ id: "j2", outcome: "TIMEOUT" });
  });

  it("a late STARTED or PROGRESS never reopens an ended job", () => {
    const d = device("lima", null);
    applyJobEvent(d, { kind: "ENDED", deviceId: d.id, jobId: "j", outcome: "SUCCESS", startedAt: t(4), endedAt: t(5) });
    applyJobEvent(d, { kind: "STARTED", deviceId: d.id, jobId: "j", outcome: "RUNNING", startedAt: t(4) });
    expect(d.timeline[0]).toMatchObject({ outcome: "SUCCESS", endedAt: t(5) });
    expect(d.latest?.outcome).toBe("SUCCESS");
  });

  it("an older job ending does not replace a newer latest job", () => {
    const d = device("kilo", "SUCCESS", 12);
    applyJobEvent(d, { kind: "ENDED", deviceId: d.id, jobId: "old", outcome: "ERROR", startedAt: t(2), endedAt: t(3) });
    expect(d.latest?.outcome).toBe("SUCCESS");
  });
});

describe("loading a row's details after live events", () => {
  it("keeps jobs only events know, and an end an event saw before the server did", () => {
    const running = { id: "a", startedAt: t(1), endedAt: null, outcome: "RUNNING" as const, outcomeLabel: "Running" };
    const local = [
      { ...running, endedAt: t(2), outcome: "ERROR" as const, outcomeLabel: "Error" },
      { id: "live", startedAt: t(5), endedAt: null, outcome: "RUNNING" as const, outcomeLabel: "Running" },
    ];
    const loaded = [
      running,
      { id: "b", startedAt: t(3), endedAt: t(4), outcome: "SUCCESS" as const, outcomeLabel: "Success" },
    ];
    const merged = mergeTimeline(local, loaded);
    expect(merged.map((j) => [j.id, j.outcome])).toEqual([
      ["a", "ERROR"],
      ["b", "SUCCESS"],
      ["live", "RUNNING"],
    ]);
  });
});

describe("IssuesStrip", () => {
  it("shows counts, mutes zero chips, toggles chips (OR) and clears", async () => {
    const [selected, setSelected] = createSignal<ReadonlySet<Chip>>(new Set());
    const [issuesOnly, setIssuesOnly] = createSignal(false);
    const counts = countChips(fleet.map((d) => d.latest?.outcome ?? null));
    render(() => (
      <IssuesStrip
        counts={counts}
        selected={selected()}
        issuesOnly={issuesOnly()}
        searching={false}
        onToggle={(c) =>
          setSelected((s) => {
            const n = new Set(s);
            if (!n.delete(c)) n.add(c);
            return n;
          })
        }
        onIssuesOnly={setIssuesOnly}
        onClear={() => {
          setSelected(new Set<Chip>());
          setIssuesOnly(false);
        }}
      />
    ));
    const error = screen.getByRole("button", { name: /Error\s*2/ });
    const missed = screen.getByRole("button", { name: /Missed\s*0/ });
    expect(missed.classList.contains("chip--zero")).toBe(true);
    expect(error.classList.contains("chip--zero")).toBe(false);
    fireEvent.click(error);
    fireEvent.click(screen.getByRole("button", { name: /Timeout\s*1/ }));
    expect([...selected()]).toEqual(["ERROR", "TIMEOUT"]);
    expect(error.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByLabelText("Issues only"));
    expect(issuesOnly()).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(selected().size).toBe(0);
    expect(issuesOnly()).toBe(false);
  });
});
