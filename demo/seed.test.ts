import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLogger } from "../log.js";
import { type Stack, startStack } from "../test/stack.js";
import { buildJobContext } from "../workers/job-context.js";
import { demoSimulatorOptions } from "./fleet.js";
import { backfillDemoMonth, backfillRollups, seedDemo } from "./seed.js";
import { demoPassword } from "./tenants.js";

// The demo world of `npm start` with one account per customer instead of the full fleet.
let stack: Stack;
let backfill: () => ReturnType<typeof backfillRollups>;

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      cometbackup: demoSimulatorOptions("cometbackup", { accountsPerCustomer: 1 }),
      obc: demoSimulatorOptions("obc", { accountsPerCustomer: 1 }),
    },
    seed: ({ db, sims, secrets }) => {
      const access = (name: "cometbackup" | "obc") => ({
        baseUrl: sims[name]!.url,
        adminUsername: "admin",
        adminPassword: "admin",
      });
      return seedDemo({
        prisma: db.prisma,
        secrets,
        servers: { cometbackup: access("cometbackup"), obc: access("obc") },
      });
    },
    linkAccounts: true,
  });
  const jobCtx = buildJobContext(
    { ...stack, logger: buildLogger(stack.config.LOG_LEVEL, "test") },
    { print: () => {} },
  );
  backfill = () => backfillRollups(jobCtx, 30);
  await backfillDemoMonth(jobCtx);
}, 60_000);

afterAll(() => stack?.stop());

const admin = { email: "admin@northwind.example", password: demoPassword };
const operator = { email: "ops@partnerhub.example", password: demoPassword };

interface Day {
  day: string;
  devicesRegistered: number;
  devicesOnline: number;
  storageBytes: string;
}

describe("demo seed", () => {
  it("fills 30 days of rollups whose device and storage figures change from day to day", async () => {
    const r = await stack.execute<{ dashboard: { series30d: Day[] } }>(
      "{ dashboard { series30d { day devicesRegistered devicesOnline storageBytes } } }",
      {},
      { as: admin },
    );
    const series = r.data!.dashboard.series30d;
    const rolledUp = await stack.db.prisma.dailyRollup.findMany({
      where: { scope: "MSP" },
      distinct: ["day"],
      select: { day: true },
    });
    expect(rolledUp).toHaveLength(30);
    expect(series).toHaveLength(30);
    expect(series.every((d) => d.devicesRegistered > 0 && BigInt(d.storageBytes) > 0n)).toBe(true);
    expect(new Set(series.map((d) => d.storageBytes)).size).toBeGreaterThan(10);
    expect(new Set(series.map((d) => d.devicesOnline)).size).toBeGreaterThan(1);
    // Storage only grows in the past: the days are derived from the backups uploaded since.
    const bytes = series.map((d) => BigInt(d.storageBytes));
    expect(bytes.every((b, i) => i === 0 || b >= bytes[i - 1]!)).toBe(true);
  });

  it("gives most devices jobs on at least 10 of the last 13 days", async () => {
    const r = await stack.execute<{
      devices: { edges: { node: { registeredAt: string | null; history13d: { jobCount: number }[] } }[] };
    }>("{ devices(first: 100) { edges { node { registeredAt history13d { jobCount } } } } }", {}, { as: operator });
    const devices = r.data!.devices.edges.map((e) => e.node);
    const cutoff = Date.now() - 13 * 86_400_000;
    const older = devices.filter((d) => d.registeredAt && Date.parse(d.registeredAt) < cutoff);
    const busy = older.filter((d) => d.history13d.filter((h) => h.jobCount > 0).length >= 10);
    expect(older.length).toBeGreaterThan(5);
    expect(busy.length / older.length).toBeGreaterThan(0.7);
  });

  it("recomputes only today on the next start: past days keep their rows", async () => {
    const before = await stack.db.prisma.dailyRollup.count();
    expect(await backfill()).toEqual({ filled: 1 });
    expect(await stack.db.prisma.dailyRollup.count()).toBe(before);
  });
});
