import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { expect } from "vitest";
import type { Device } from "../prisma/generated/prisma/client.js";
import { source } from "./operations.js";
import { type GraphQLResponse, type Stack, startStack } from "./stack.js";
import { world } from "./world.js";

/**
 * A stack for action tests: the actions world (one simulated Comet server shared by MSP A, with
 * customers alpha and bravo, and MSP B, with charlie; a login of every role), the workers
 * mirroring it. Devices are
 * online or offline as the simulator's fleet says; `device({online})` picks one of A's.
 */

/** The actions world: built into each action test's own stack. */
export const actionWorld = () =>
  world()
    .msp("a", "MSP A")
    .customer("alpha", "Alpha Co")
    .customer("bravo", "Bravo Co")
    .msp("b", "MSP B")
    .customer("charlie", "Charlie Co")
    .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
    .login("platform", { platform: true })
    .login("adminA", { msp: "a", role: "MSP_ADMIN" })
    .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
    .login("alphaOwner", { customer: "alpha", role: "CUSTOMER_OWNER" })
    .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" })
    .login("bravoOwner", { customer: "bravo", role: "CUSTOMER_OWNER" })
    .login("adminB", { msp: "b", role: "MSP_ADMIN" });
export type ActionWorld = ReturnType<typeof actionWorld>;
export type Role = keyof ActionWorld["logins"];

export interface ActionKit {
  stack: Stack;
  /** The world, to grow in a test (`kit.world.apiKey(...).build()`). */
  world: ActionWorld;
  logins: ActionWorld["logins"];
  msps: ActionWorld["msps"];
  customers: ActionWorld["customers"];
  /** A device of customer `customer` (default alpha) in the given online state, with its account username. */
  device(opts?: {
    online?: boolean;
    customer?: keyof ActionWorld["customers"];
  }): Promise<Device & { username: string }>;
  gid(type: string, id: string): string;
  run<R, V>(role: Role, document: TypedDocumentNode<R, V>, variables: NoInfer<V>): Promise<GraphQLResponse<R>>;
  run<T = Record<string, unknown>>(
    role: Role,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Polls `check` until it returns a truthy value (default 15 s). */
  waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs?: number): Promise<T>;
}

export async function startActionKit(): Promise<ActionKit> {
  const w = actionWorld();
  const stack = await startStack({
    simulators: {
      shared: {
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 2 },
                { slug: "bravo", accounts: 1 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 1 }] },
          ],
          devicesPerAccount: [2, 2],
        },
      },
    },
    linkAccounts: true,
    seed: w.seed,
  });
  const sim = stack.sims.shared!;
  const kit: ActionKit = {
    stack,
    world: w,
    logins: w.logins,
    msps: w.msps,
    customers: w.customers,
    gid: (type, id) => encodeGlobalID(type, id),
    run: (role: Role, query: string | TypedDocumentNode, variables?: Record<string, unknown>) =>
      stack.execute(typeof query === "string" ? query : source(query), variables, { as: w.logins[role] }),
    async waitFor(check, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await check();
        if (value) return value;
        if (Date.now() > deadline) throw new Error("waitFor: timed out");
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async device(opts = {}) {
      const customerId = w.customers[opts.customer ?? "alpha"].id;
      const online = opts.online ?? true;
      const rows = await stack.db.prisma.device.findMany({
        where: { customerId, revokedAt: null },
        include: { account: true },
        orderBy: { cometDeviceId: "asc" },
      });
      // Take a device whose state matches, or switch one in the simulator and wait for the mirror.
      const match = rows.find((d) => d.isOnline === online);
      const chosen = match ?? rows[0];
      if (!chosen) throw new Error(`no devices for ${opts.customer ?? "alpha"}`);
      if (!match) {
        await sim.control.setDeviceOnline(chosen.account.username, chosen.cometDeviceId, online);
        await kit.waitFor(async () => {
          const d = await stack.db.prisma.device.findUniqueOrThrow({ where: { id: chosen.id } });
          return d.isOnline === online;
        });
      }
      const fresh = await stack.db.prisma.device.findUniqueOrThrow({ where: { id: chosen.id } });
      return { ...fresh, username: chosen.account.username };
    },
  };
  expect(await stack.db.prisma.device.count({ where: { mspId: w.msps.a.id } })).toBeGreaterThan(0);
  return kit;
}
