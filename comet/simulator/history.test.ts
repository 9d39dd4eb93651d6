import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { post } from "../../test/simulator.js";
import { type Simulator, startSimulator } from "./index.js";

const DAY = 86_400;
let sim: Simulator;
let startSec: number;

beforeAll(async () => {
  startSec = Math.floor(Date.now() / 1000);
  // The scheduler ticks on setInterval: fake intervals let a test run its ticks without waiting them out.
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  sim = await startSimulator({ seed: 3, autoRun: true, historyHours: 1, historyDays: 10 });
});
afterAll(async () => {
  await sim?.stop();
  vi.useRealTimers();
});

type JobRow = { DeviceID: string; StartTime: number; EndTime: number };
const jobsBetween = async (from: number, to: number) =>
  (await post(sim, "admin/get-jobs-for-date-range", { Start: String(from), End: String(to) })).body as JobRow[];

describe("seeded history", () => {
  it("runs most devices once a day before the dense hours, never before they registered", async () => {
    const users = (await post(sim, "admin/list-users-full")).body as Record<
      string,
      { Devices: Record<string, { RegistrationTime: number }> }
    >;
    const registered = new Map(
      Object.values(users).flatMap((u) => Object.entries(u.Devices).map(([id, d]) => [id, d.RegistrationTime])),
    );
    const older = await jobsBetween(startSec - 10 * DAY, startSec - 2 * 3600);
    expect(older.every((j) => j.StartTime >= (registered.get(j.DeviceID) ?? 0))).toBe(true);
    const daysPerDevice = new Map<string, Set<number>>();
    for (const j of older) {
      const days = daysPerDevice.get(j.DeviceID) ?? new Set<number>();
      days.add(Math.floor(j.StartTime / DAY));
      daysPerDevice.set(j.DeviceID, days);
    }
    const busy = [...daysPerDevice.values()].filter((d) => d.size >= 7).length;
    expect(busy / registered.size).toBeGreaterThan(0.6);
    // One job per device and day: no more jobs than device-days.
    expect(older.length).toBe([...daysPerDevice.values()].reduce((n, d) => n + d.size, 0));
  });

  it("keeps the seeded days when the running scheduler forgets old jobs of its own", async () => {
    const before = await jobsBetween(startSec - 10 * DAY, startSec - 4 * DAY);
    expect(before.length).toBeGreaterThan(0);
    // The scheduler prunes every 50 ticks of 200 ms: run a few prunes' worth of ticks.
    vi.advanceTimersByTime(3 * 50 * 200);
    expect(await jobsBetween(startSec - 10 * DAY, startSec - 4 * DAY)).toHaveLength(before.length);
  });
});
