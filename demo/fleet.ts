import type { FleetSpec, SimulatorOptions } from "../comet/simulator/index.js";
import { type DemoServerName, demoMsps } from "./tenants.js";

/**
 * How the demo simulators fill in the past: every scheduled run of the last two hours (a lived-in
 * 24-hour timeline), and one job per device and day for a month before that (the 13-day status
 * dots and the 30-day charts). Every run of every rule for a month would be ~100x the jobs; as it
 * is, the first reconcile (14 days) reads about as many jobs as six dense hours did, and the rest
 * of the month is mirrored after the banner (backfillDemoMonth).
 */
export const demoHistory = { hours: 2, days: 30 } as const;

/** One simulated server's share of the demo tenants (usernames start with the customer slug). */
export function demoFleet(server: DemoServerName, opts: { accountsPerCustomer?: number } = {}): FleetSpec {
  return {
    organizations: demoMsps
      .filter((m) => m.server === server)
      .map((m) => ({
        id: m.organizationId,
        name: m.organizationName,
        customers: m.customers.map((c) => ({ slug: c.slug, accounts: opts.accountsPerCustomer ?? c.accounts })),
      })),
    devicesPerAccount: [1, 2],
  };
}

/** Simulator options for one demo server; `accountsPerCustomer` shrinks the fleet for tests. */
export function demoSimulatorOptions(
  server: DemoServerName,
  opts: { accountsPerCustomer?: number } = {},
): Pick<SimulatorOptions, "fleet" | "historyHours" | "historyDays"> {
  return { fleet: demoFleet(server, opts), historyHours: demoHistory.hours, historyDays: demoHistory.days };
}
