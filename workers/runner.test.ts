import { Cron } from "croner";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.js";
import { buildPubSub } from "../core/live/pubsub.js";
import { buildSecretBox } from "../secret-box.js";
import { createTestDb, type TestDb } from "../test/db.js";
import { testConfig, testLogger } from "../test/workers.js";
import { buildJobContext } from "./job-context.js";
import { buildRunner, scheduleItems, workerJobs } from "./runner.js";

describe("the schedule", () => {
  it("names only known jobs, with valid cron expressions, at the documented times", () => {
    const items = scheduleItems({ STALLED_RECHECK_SECONDS: 300 });
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    for (const item of items) {
      expect(workerJobs[item.job], item.id).toBeDefined();
      expect(() => new Cron(item.cron, { paused: true })).not.toThrow();
      expect(workerJobs[item.job]!.payload.safeParse(item.payload(new Date())).success, item.id).toBe(true);
    }
    expect(byId["stalled-monitor"]!.cron).toBe("*/5 * * * *");
    expect(byId["reconcile-nightly"]!.cron).toBe("15 3 * * *");
    expect(byId["rollups-today"]!.cron).toBe("5 * * * *");
    expect(byId["rollups-final"]!.cron).toBe("10 0 * * *");
    expect(byId["retention-nightly"]!.cron).toBe("0 4 * * *");
  });

  it("finalises yesterday's rollups at 00:10 UTC", () => {
    const item = scheduleItems({ STALLED_RECHECK_SECONDS: 300 }).find((i) => i.id === "rollups-final")!;
    expect(item.payload(new Date("2026-03-01T00:10:00Z"))).toEqual({ day: "2026-02-28" });
  });

  it("follows STALLED_RECHECK_SECONDS for the stalled-job monitor", () => {
    const item = scheduleItems({ STALLED_RECHECK_SECONDS: 120 }).find((i) => i.id === "stalled-monitor")!;
    expect(item.cron).toBe("*/2 * * * *");
  });
});

describe("schedule runners", () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  async function runnerFor(mode: "embedded" | "graphile", logger = testLogger()) {
    db = await createTestDb();
    const config = testConfig({ STALLED_RECHECK_SECONDS: 300 });
    const live = buildPubSub({});
    const jobCtx = buildJobContext({ db, live, logger, config, secrets: buildSecretBox(Buffer.alloc(32)) });
    return buildRunner({ mode, db, config, logger, jobCtx });
  }

  it("runs the jobs due at each minute while started, and none once stopped (embedded, in-process)", async () => {
    // Each run of a job logs "job finished" with its name: the schedule's observable output.
    const finished: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void finished.push(JSON.parse(line).job) });
    const runner = await runnerFor("embedded", logger);
    const ran = () => finished.filter(Boolean).sort();
    // Half a second before the next hh:05 UTC, when four items are due: every minute, every five
    // minutes (two of them) and hourly at :05. Within the hour of the real clock, because PGlite's
    // own timers compare the two.
    const at = new Date();
    at.setUTCMinutes(5, 0, 0);
    if (at.getTime() <= Date.now()) at.setUTCHours(at.getUTCHours() + 1);
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: at.getTime() - 500 });
    try {
      await runner.start();
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(() => expect(ran()).toHaveLength(4));
      expect(ran()).toEqual(["device-actions", "mail-outbox", "rollups", "stalled-monitor"]);
      await runner.stop();
      // Ten more minutes would fire device-actions ten times and the five-minute items twice.
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(ran()).toHaveLength(4);
    } finally {
      await runner.stop();
      vi.useRealTimers();
    }
  });

  // graphile-worker needs real PostgreSQL; CI runs this suite a second time with DATABASE_URL set.
  it.runIf(loadConfig().DATABASE_URL)("registers every schedule with graphile-worker on PostgreSQL", async () => {
    const runner = await runnerFor("graphile");
    await runner.start();
    try {
      // graphile-worker's cron registers its known items after `run()` resolves: on a loaded
      // machine the first read can come before it, so wait for the rows (never for fewer).
      const expected = scheduleItems({ STALLED_RECHECK_SECONDS: 300 })
        .map((i) => i.id)
        .sort();
      await vi.waitFor(
        async () => {
          const rows = await db!.prisma.$queryRawUnsafe<{ identifier: string }[]>(
            "SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier",
          );
          expect(rows.map((r) => r.identifier)).toEqual(expected);
        },
        { timeout: 10_000, interval: 100 },
      );
    } finally {
      await runner.stop();
    }
  });
});
