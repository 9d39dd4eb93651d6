import { describe, expect, it } from "vitest";
import { defaultFilters, filtersToQuery, filtersToVariables, type JobFilters, parseFilters } from "./job-filters.js";

describe("jobs filters in the URL", () => {
  it("reads an empty query string as the defaults (last 24 hours, nothing else)", () => {
    expect(parseFilters({})).toEqual(defaultFilters);
  });

  it("round-trips every filter through the query string", () => {
    const filters: JobFilters = {
      statuses: ["ERROR", "WARNING"],
      classification: "BACKUP",
      range: "custom",
      from: "2026-11-01",
      to: "2026-11-20",
      customerId: "Q3VzdG9tZXI6MQ==",
      runningOnly: true,
    };
    const query = filtersToQuery(filters);
    expect(query).toEqual({
      status: "ERROR,WARNING",
      kind: "BACKUP",
      range: "custom",
      from: "2026-11-01",
      to: "2026-11-20",
      customer: "Q3VzdG9tZXI6MQ==",
      running: "1",
    });
    expect(parseFilters(query)).toEqual(filters);
  });

  it("leaves defaults out of the URL but clears every key", () => {
    const query = filtersToQuery(defaultFilters);
    expect(Object.keys(query).sort()).toEqual(["customer", "from", "kind", "range", "running", "status", "to"]);
    expect(Object.values(query).every((v) => v === undefined)).toBe(true);
  });

  it("drops unknown statuses, kinds, ranges and malformed days instead of sending them", () => {
    const f = parseFilters({ status: "ERROR,BOGUS,success", kind: "NOPE", range: "1y", from: "yesterday" });
    expect(f.statuses).toEqual(["ERROR"]);
    expect(f.classification).toBeNull();
    expect(f.range).toBe("24h");
    expect(f.from).toBeNull();
  });

  it("keeps statuses in a stable order whatever the URL's order", () => {
    expect(parseFilters({ status: "SUCCESS,ERROR" }).statuses).toEqual(["ERROR", "SUCCESS"]);
    expect(filtersToQuery({ ...defaultFilters, statuses: ["SUCCESS", "ERROR"] }).status).toBe("ERROR,SUCCESS");
  });

  it("forgets custom days when a preset is chosen", () => {
    const query = filtersToQuery({ ...defaultFilters, range: "7d", from: "2026-11-01", to: "2026-11-02" });
    expect(query.range).toBe("7d");
    expect(query.from).toBeUndefined();
    expect(query.to).toBeUndefined();
  });
});

describe("jobs filters as query variables", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");

  it("turns presets into a start bound relative to now", () => {
    expect(filtersToVariables(defaultFilters, now)).toEqual({
      statuses: null,
      classifications: null,
      customerId: null,
      isRunning: null,
      startedAfter: "2026-11-20T12:00:00.000Z",
      startedBefore: null,
    });
    expect(filtersToVariables({ ...defaultFilters, range: "7d" }, now).startedAfter).toBe("2026-11-14T12:00:00.000Z");
    expect(filtersToVariables({ ...defaultFilters, range: "30d" }, now).startedAfter).toBe("2026-10-22T12:00:00.000Z");
  });

  it("makes a custom range cover whole local days, the last one included", () => {
    const v = filtersToVariables({ ...defaultFilters, range: "custom", from: "2026-11-01", to: "2026-11-20" }, now);
    expect(v.startedAfter).toBe(new Date(2026, 10, 1).toISOString());
    expect(v.startedBefore).toBe(new Date(2026, 10, 21).toISOString());
  });

  it("passes statuses, the kind, the customer and running-only through", () => {
    const v = filtersToVariables(
      { ...defaultFilters, statuses: ["RUNNING"], classification: "RESTORE", customerId: "c1", runningOnly: true },
      now,
    );
    expect(v).toMatchObject({ statuses: ["RUNNING"], classifications: ["RESTORE"], customerId: "c1", isRunning: true });
  });
});
