import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatDateTime,
  formatDuration,
  formatRelative,
  secondsBetween,
  usagePercent,
} from "./format.js";

describe("formatBytes", () => {
  it("keeps small counts in bytes and scales by 1024", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes("1023")).toBe("1023 B");
    expect(formatBytes("1536")).toBe("1.5 KB");
    expect(formatBytes(10 * 1024 ** 3)).toBe("10 GB");
    expect(formatBytes("123456789012345")).toBe("112 TB");
  });

  it("accepts BigInt strings beyond 2^53", () => {
    expect(formatBytes("9007199254740993")).toBe("8 PB");
  });

  it("shows a dash for missing or invalid values", () => {
    expect(formatBytes(null)).toBe("—");
    expect(formatBytes("")).toBe("—");
    expect(formatBytes("abc")).toBe("—");
    expect(formatBytes(-1)).toBe("—");
  });
});

describe("formatCount", () => {
  it("groups thousands and keeps every digit of big counts", () => {
    expect(formatCount("1234567")).toBe("1,234,567");
    expect(formatCount("9007199254740993")).toBe("9,007,199,254,740,993");
    expect(formatCount(null)).toBe("—");
  });
});

describe("formatDuration", () => {
  it("picks the two largest units", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(59)).toBe("59 s");
    expect(formatDuration(185)).toBe("3 min 05 s");
    expect(formatDuration(7620)).toBe("2 h 07 min");
    expect(formatDuration(3 * 86_400 + 4 * 3600 + 5)).toBe("3 d 4 h");
  });

  it("shows a dash for missing or negative values", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(-5)).toBe("—");
  });
});

describe("secondsBetween", () => {
  it("measures to the end, or to now while running", () => {
    expect(secondsBetween("2026-11-21T10:00:00Z", "2026-11-21T10:01:30Z")).toBe(90);
    expect(secondsBetween("2026-11-21T10:00:00Z", null, Date.parse("2026-11-21T10:00:10Z"))).toBe(10);
    expect(secondsBetween("2026-11-21T10:00:10Z", "2026-11-21T10:00:00Z")).toBe(0);
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");

  it("says just now, minutes, hours and days", () => {
    expect(formatRelative("2026-11-21T11:59:40Z", now)).toBe("just now");
    expect(formatRelative("2026-11-21T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-11-21T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2026-11-20T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2026-11-14T12:00:00Z", now)).toBe("7 days ago");
    expect(formatRelative("2026-11-21T14:00:00Z", now)).toBe("in 2 hours");
  });

  it("says never without a time", () => {
    expect(formatRelative(null, now)).toBe("never");
  });
});

describe("formatDateTime", () => {
  it("formats an instant and dashes a missing one", () => {
    expect(formatDateTime("2026-11-21T14:05:00Z")).toMatch(/2026/);
    expect(formatDateTime(null)).toBe("—");
  });
});

describe("usagePercent", () => {
  it("is the clamped share of the quota, null without one", () => {
    expect(usagePercent("50", "200")).toBe(25);
    expect(usagePercent("300", "200")).toBe(100);
    expect(usagePercent("50", "0")).toBeNull();
  });
});
