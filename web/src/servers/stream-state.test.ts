import { describe, expect, it } from "vitest";
import { formatLag, formatReconcileStats, streamLabel, streamTone } from "./stream-state.js";

describe("stream state", () => {
  it("colours connected green, retrying amber, failed red", () => {
    expect(streamTone("CONNECTED")).toBe("success");
    expect(streamTone("CONNECTING")).toBe("warning");
    expect(streamTone("BACKOFF")).toBe("warning");
    expect(streamTone("AUTH_FAILED")).toBe("error");
    expect(streamTone("DISCONNECTED")).toBe("error");
  });

  it("labels every state in words", () => {
    expect(streamLabel("CONNECTED")).toBe("Connected");
    expect(streamLabel("AUTH_FAILED")).toBe("Sign-in failed");
  });
});

describe("formatLag", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");

  it("is now minus the last event", () => {
    expect(formatLag("2026-11-21T11:59:50Z", now)).toBe("10 s");
    expect(formatLag("2026-11-21T11:55:00Z", now)).toBe("5 min 00 s");
    expect(formatLag("2026-11-21T09:30:00Z", now)).toBe("2 h 30 min");
  });

  it("never goes negative and shows a dash without events", () => {
    expect(formatLag("2026-11-21T12:00:05Z", now)).toBe("0 s");
    expect(formatLag(null, now)).toBe("—");
    expect(formatLag("garbage", now)).toBe("—");
  });
});

describe("formatReconcileStats", () => {
  it("lists numeric counts", () => {
    expect(formatReconcileStats({ accounts: 3, devices: 1200, note: "x" })).toBe("3 accounts · 1,200 devices");
    expect(formatReconcileStats(null)).toBe("");
  });
});
