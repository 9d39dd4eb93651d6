import { describe, expect, it } from "vitest";
import type { JobsVariables } from "./job-filters.js";
import {
  applyJobEvent,
  insertJob,
  jobMatches,
  type LiveJobEvent,
  type MergeableJob,
  statusOfOutcome,
} from "./live-merge.js";

const now = Date.parse("2026-11-21T12:00:00Z");

function job(id: string, startedAt: string, patch: Partial<MergeableJob> = {}): MergeableJob {
  return {
    id,
    status: "SUCCESS",
    statusLabel: "Success",
    outcome: "SUCCESS",
    outcomeLabel: "Success",
    classification: "BACKUP",
    isRunning: false,
    startedAt,
    endedAt: startedAt,
    durationSeconds: 0,
    uploadBytes: "0",
    customerId: "cust-1",
    deviceId: "dev-1",
    progress: { counter: 0 },
    ...patch,
  };
}

const running = job("j2", "2026-11-21T11:50:00Z", {
  status: "RUNNING",
  statusLabel: "Running",
  outcome: "RUNNING",
  outcomeLabel: "Running",
  isRunning: true,
  endedAt: null,
  progress: { counter: 3 },
});
const rows = [running, job("j1", "2026-11-21T11:00:00Z")];
const last24h: Partial<JobsVariables> = { startedAfter: "2026-11-20T12:00:00Z" };

function event(patch: Partial<LiveJobEvent>): LiveJobEvent {
  return {
    kind: "STARTED",
    jobId: "j9",
    deviceId: "dev-1",
    customerId: "cust-1",
    classification: "BACKUP",
    outcome: "RUNNING",
    startedAt: "2026-11-21T11:59:00Z",
    endedAt: null,
    uploadBytes: "0",
    progressCounter: 0,
    ...patch,
  };
}

describe("applying a live job event to a loaded list", () => {
  it("updates a listed job in place: progress, then its end", () => {
    const progressed = applyJobEvent(
      rows,
      event({ kind: "PROGRESS", jobId: "j2", startedAt: running.startedAt, uploadBytes: "2048", progressCounter: 7 }),
      last24h,
      false,
      now,
    );
    expect(progressed.action).toBe("updated");
    expect(progressed.rows.map((r) => r.id)).toEqual(["j2", "j1"]);
    expect(progressed.rows[0]).toMatchObject({ uploadBytes: "2048", isRunning: true, progress: { counter: 7 } });
    expect(progressed.rows[0]?.durationSeconds).toBe(600);
    expect(progressed.rows[1]).toBe(rows[1]);

    const ended = applyJobEvent(
      progressed.rows,
      event({
        kind: "ENDED",
        jobId: "j2",
        outcome: "TIMEOUT",
        endedAt: "2026-11-21T11:55:00Z",
        startedAt: running.startedAt,
      }),
      last24h,
      false,
      now,
    );
    expect(ended.action).toBe("updated");
    expect(ended.rows[0]).toMatchObject({
      isRunning: false,
      outcome: "TIMEOUT",
      outcomeLabel: "Timeout",
      status: "ERROR",
      statusLabel: "Error",
      endedAt: "2026-11-21T11:55:00Z",
      durationSeconds: 300,
    });
  });

  it("asks for a new matching STARTED job, which is then prepended", () => {
    const result = applyJobEvent(rows, event({}), last24h, true, now);
    expect(result).toEqual({ action: "fetch", rows, jobId: "j9" });
    const fetched = job("j9", "2026-11-21T11:59:00Z", { status: "RUNNING", isRunning: true });
    expect(insertJob(rows, fetched, true).map((r) => r.id)).toEqual(["j9", "j2", "j1"]);
  });

  it("ignores a STARTED job that does not match the filters", () => {
    expect(applyJobEvent(rows, event({}), { ...last24h, statuses: ["ERROR"] }, false, now).action).toBe("ignored");
    expect(applyJobEvent(rows, event({}), { ...last24h, customerId: "cust-2" }, false, now).action).toBe("ignored");
    expect(
      applyJobEvent(rows, event({ classification: "RESTORE" }), { classifications: ["BACKUP"] }, false, now).action,
    ).toBe("ignored");
    expect(applyJobEvent(rows, event({}), { deviceId: "dev-2" }, false, now).action).toBe("ignored");
    const before = { startedBefore: "2026-11-21T00:00:00Z" };
    expect(applyJobEvent(rows, event({}), before, false, now).action).toBe("ignored");
  });

  it("ignores heartbeats and jobs older than the loaded window", () => {
    expect(applyJobEvent(rows, { kind: "HEARTBEAT" }, last24h, false, now)).toEqual({ action: "ignored", rows });
    const old = event({ kind: "PROGRESS", jobId: "j0", startedAt: "2026-11-21T10:00:00Z" });
    expect(applyJobEvent(rows, old, last24h, true, now).action).toBe("ignored");
    // Every page is loaded: an older job still belongs in the list.
    expect(applyJobEvent(rows, old, last24h, false, now).action).toBe("fetch");
  });

  it("drops a listed job that stops matching (running only, after it ends)", () => {
    const result = applyJobEvent(
      rows,
      event({ kind: "ENDED", jobId: "j2", outcome: "SUCCESS", endedAt: "2026-11-21T11:58:00Z" }),
      { isRunning: true },
      false,
      now,
    );
    expect(result.action).toBe("removed");
    expect(result.rows.map((r) => r.id)).toEqual(["j1"]);
  });
});

describe("placing a fetched job", () => {
  it("replaces a job listed meanwhile instead of duplicating it", () => {
    const fresh = { ...running, uploadBytes: "99" };
    const placed = insertJob(rows, fresh, false);
    expect(placed.map((r) => r.id)).toEqual(["j2", "j1"]);
    expect(placed[0]?.uploadBytes).toBe("99");
  });

  it("inserts by start time, and leaves jobs older than every loaded row to load-more", () => {
    const middle = job("jm", "2026-11-21T11:30:00Z");
    expect(insertJob(rows, middle, true).map((r) => r.id)).toEqual(["j2", "jm", "j1"]);
    const older = job("jo", "2026-11-21T09:00:00Z");
    expect(insertJob(rows, older, true)).toBe(rows);
    expect(insertJob(rows, older, false).map((r) => r.id)).toEqual(["j2", "j1", "jo"]);
  });
});

describe("status buckets", () => {
  it("follow the API: revived runs, timeout/cancelled/skipped/abandoned are errors", () => {
    expect(statusOfOutcome("REVIVED")).toBe("RUNNING");
    expect(statusOfOutcome("PENDING")).toBe("RUNNING");
    expect(statusOfOutcome("TIMEOUT")).toBe("ERROR");
    expect(statusOfOutcome("CANCELLED")).toBe("ERROR");
    expect(statusOfOutcome("SKIPPED")).toBe("ERROR");
    expect(statusOfOutcome("ABANDONED")).toBe("ERROR");
    expect(statusOfOutcome("QUOTA_EXCEEDED")).toBe("ERROR");
    expect(statusOfOutcome("MISSED")).toBe("MISSED");
    expect(statusOfOutcome("WARNING")).toBe("WARNING");
  });

  it("a job matches when every filter agrees", () => {
    expect(jobMatches(rows[1] as MergeableJob, { statuses: ["SUCCESS", "ERROR"], customerId: "cust-1" })).toBe(true);
    expect(jobMatches(rows[1] as MergeableJob, { isRunning: true })).toBe(false);
  });
});
