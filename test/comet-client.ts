import { type Simulator, startSimulator } from "../comet/simulator/index.js";

/** Shared by the comet/client tests only: one small simulator, quiet unless a test drives it. */

export const ADMIN = { username: "admin", password: "s3cret-Admin-pw" };

export function startTestSimulator(opts: { failureMode?: "http200" | "http4xx" } = {}): Promise<Simulator> {
  return startSimulator({
    seed: 7,
    admin: ADMIN,
    autoRun: false,
    failureMode: opts.failureMode ?? "http200",
    fleet: {
      organizations: [{ id: "", name: "Top", customers: [{ slug: "acme", accounts: 3 }] }],
      devicesPerAccount: [1, 2],
    },
  });
}

/** Polls until `check` returns a truthy value; fails the test with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
