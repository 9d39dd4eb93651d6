import { encodeGlobalID } from "@pothos/plugin-relay";
import { expect } from "vitest";
import type { Device } from "../prisma/generated/prisma/client.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "./seed.js";
import { type GraphQLResponse, type Stack, startStack } from "./stack.js";

/**
 * A stack for action tests: one simulated Comet server shared by MSP A (customers alpha and
 * bravo) and MSP B (charlie), the workers mirroring it, and a login of every role. Devices are
 * online or offline as the simulator's fleet says; `device({online})` picks one of A's.
 */

export type Role = "platform" | "adminA" | "operatorA" | "alphaOwner" | "alphaViewer" | "bravoOwner" | "adminB";

export interface ActionKit {
  stack: Stack;
  logins: Record<Role, TestLogin>;
  ids: { mspA: string; mspB: string; alpha: string; bravo: string; charlie: string };
  /** A device of customer `customer` (default alpha) in the given online state, with its account username. */
  device(opts?: { online?: boolean; customer?: "alpha" | "bravo" | "charlie" }): Promise<Device & { username: string }>;
  gid(type: string, id: string): string;
  run<T = Record<string, unknown>>(
    role: Role,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Polls `check` until it returns a truthy value (default 15 s). */
  waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs?: number): Promise<T>;
}

export async function startActionKit(): Promise<ActionKit> {
  const ids = { mspA: "", mspB: "", alpha: "", bravo: "", charlie: "" };
  const logins = {} as Record<Role, TestLogin>;
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
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
      const bravo = await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      const charlie = await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      Object.assign(ids, { mspA: mspA.id, mspB: mspB.id, alpha: alpha.id, bravo: bravo.id, charlie: charlie.id });
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      logins.platform = await createLogin(db.prisma, { platform: true });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.operatorA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_OPERATOR" });
      logins.alphaOwner = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_OWNER" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
      logins.bravoOwner = await createLogin(db.prisma, { customerId: bravo.id, role: "CUSTOMER_OWNER" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
    },
  });
  const sim = stack.sims.shared!;
  const kit: ActionKit = {
    stack,
    logins,
    ids,
    gid: (type, id) => encodeGlobalID(type, id),
    run: (role, query, variables) => stack.execute(query, variables, { as: logins[role] }),
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
      const customerId = ids[opts.customer ?? "alpha"];
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
  expect(await stack.db.prisma.device.count({ where: { mspId: ids.mspA } })).toBeGreaterThan(0);
  return kit;
}
