import { describe, expect, it } from "vitest";
import { chipOf, compareSeverity, countChips, isJobOutcome, matchesChips } from "./status.js";

describe("status derivation", () => {
  it("counts revived and pending jobs as running, and quota/abandoned as errors", () => {
    expect(chipOf("REVIVED")).toBe("RUNNING");
    expect(chipOf("PENDING")).toBe("RUNNING");
    expect(chipOf("QUOTA_EXCEEDED")).toBe("ERROR");
    expect(chipOf("ABANDONED")).toBe("ERROR");
    expect(chipOf("TIMEOUT")).toBe("TIMEOUT");
  });

  it("tells a live event's outcome from other strings", () => {
    expect(["REVIVED", "UNKNOWN", "QUOTA_EXCEEDED"].every(isJobOutcome)).toBe(true);
    expect([null, undefined, "", "running", "toString", "HEARTBEAT"].some(isJobOutcome)).toBe(false);
  });

  it("counts each device once under its latest outcome and ignores devices without a job", () => {
    const counts = countChips(["SUCCESS", "SUCCESS", "ERROR", "REVIVED", null, "TIMEOUT"]);
    expect(counts).toMatchObject({ SUCCESS: 2, ERROR: 1, RUNNING: 1, TIMEOUT: 1, MISSED: 0 });
  });

  it("ORs selected chips, and 'issues only' drops successes, running and devices without a job", () => {
    const selected = new Set(["ERROR", "MISSED"] as const);
    expect(matchesChips("ERROR", selected, false)).toBe(true);
    expect(matchesChips("MISSED", selected, false)).toBe(true);
    expect(matchesChips("WARNING", selected, false)).toBe(false);
    expect(matchesChips("SUCCESS", new Set(), true)).toBe(false);
    expect(matchesChips(null, new Set(), true)).toBe(false);
    expect(matchesChips("WARNING", new Set(), true)).toBe(true);
    expect(matchesChips(null, new Set(), false)).toBe(true);
  });

  it("sorts the worst status first and devices without a job last", () => {
    const sorted = (["SUCCESS", null, "ERROR", "WARNING"] as const).slice().sort(compareSeverity);
    expect(sorted).toEqual(["ERROR", "WARNING", "SUCCESS", null]);
  });
});
