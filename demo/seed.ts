import { assignAccountsToCustomer } from "../core/accounts/assign.js";
import { hashPassword } from "../core/auth/credentials.js";
import { registerCometServer } from "../core/servers/register.js";
import type { PrismaClient } from "../prisma/db.js";
import type { CustomerRole, MspRole } from "../prisma/generated/prisma/enums.js";
import type { SecretBox } from "../secret-box.js";
import type { JobContext } from "../workers/jobs/job.js";
import { reconcile } from "../workers/jobs/reconcile.js";
import { rollups } from "../workers/jobs/rollups.js";
import { demoHistory } from "./fleet.js";
import { type DemoServerName, demoLogins, demoMsps, demoPassword, demoServers } from "./tenants.js";

export interface DemoServerAccess {
  baseUrl: string;
  adminUsername: string;
  adminPassword: string;
}

/**
 * Creates the demo world, idempotently: safe on every start. Rows are keyed on natural keys
 * (MSP slug, customer externalRef, email, server profile name), existing passwords are left
 * alone, and only the servers' connection details are rewritten, because the simulators pick
 * new ports (and new admin passwords) on every start.
 */
export async function seedDemo(deps: {
  prisma: PrismaClient;
  secrets: SecretBox;
  servers: Record<DemoServerName, DemoServerAccess>;
}): Promise<void> {
  const { prisma } = deps;
  const mspIds = new Map<string, string>();
  const customerIds = new Map<string, string>();
  for (const msp of demoMsps) {
    const row = await prisma.msp.upsert({
      where: { slug: msp.slug },
      create: { slug: msp.slug, name: msp.name },
      update: {},
    });
    mspIds.set(msp.slug, row.id);
    for (const c of msp.customers) {
      const customer = await prisma.customer.upsert({
        where: { mspId_externalRef: { mspId: row.id, externalRef: c.slug } },
        create: { mspId: row.id, externalRef: c.slug, name: c.name },
        update: {},
      });
      customerIds.set(c.slug, customer.id);
    }
  }

  for (const [profileName, meta] of Object.entries(demoServers) as [
    DemoServerName,
    (typeof demoServers)[DemoServerName],
  ][]) {
    const access = deps.servers[profileName];
    // A platform-shared server needs a link per organization; an owned one maps everything itself.
    const tenantLinks = meta.ownerSlug
      ? []
      : demoMsps
          .filter((m) => m.server === profileName)
          .map((m) => ({ organizationId: m.organizationId, mspSlug: m.slug }));
    // Not verified: the simulators were started a moment ago by the same process.
    await registerCometServer(
      prisma,
      deps.secrets,
      {
        profileName,
        name: meta.name,
        baseUrl: access.baseUrl,
        adminUsername: access.adminUsername,
        adminPassword: access.adminPassword,
        mspSlug: meta.ownerSlug ?? undefined,
        tenantLinks,
      },
      { verify: false },
    );
  }

  await Promise.all(
    demoLogins.map(async (login) => {
      const existing = await prisma.user.findUnique({ where: { email: login.email }, select: { id: true } });
      const user =
        existing ??
        (await prisma.user.create({
          data: { email: login.email, name: login.name, passwordHash: await hashPassword(demoPassword) },
          select: { id: true },
        }));
      if (login.role === "PLATFORM_OPERATOR") {
        await prisma.platformOperator.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
      } else if (login.role === "MSP_ADMIN" || login.role === "MSP_OPERATOR") {
        const mspId = mspIds.get(login.tenant!)!;
        const role: MspRole = login.role;
        await prisma.mspMembership.upsert({
          where: { userId_mspId: { userId: user.id, mspId } },
          create: { userId: user.id, mspId, role },
          update: { role },
        });
      } else {
        const customerId = customerIds.get(login.tenant!)!;
        const role: CustomerRole = login.role;
        await prisma.customerMembership.upsert({
          where: { userId_customerId: { userId: user.id, customerId } },
          create: { userId: user.id, customerId, role },
          update: { role },
        });
      }
    }),
  );
}

/**
 * Assigns unassigned accounts to customers by username prefix `${externalRef}-` within the
 * account's MSP (longest ref wins). A demo-only convention: the simulator names accounts that
 * way; real MSPs assign accounts in the UI. Run after the workers' first reconcile.
 */
export async function linkAccountsBySlug(prisma: PrismaClient): Promise<{ linked: number; unmatched: number }> {
  const [accounts, customers] = await Promise.all([
    prisma.cometAccount.findMany({ where: { customerId: null }, select: { id: true, username: true, mspId: true } }),
    prisma.customer.findMany({
      where: { externalRef: { not: null } },
      select: { id: true, mspId: true, externalRef: true },
    }),
  ]);
  customers.sort((a, b) => b.externalRef!.length - a.externalRef!.length);
  const byCustomer = new Map<string, string[]>();
  for (const account of accounts) {
    const customer = customers.find(
      (c) => c.mspId === account.mspId && account.username.startsWith(`${c.externalRef}-`),
    );
    if (customer) byCustomer.set(customer.id, [...(byCustomer.get(customer.id) ?? []), account.id]);
  }
  let linked = 0;
  for (const [customerId, accountIds] of byCustomer) {
    linked += (await assignAccountsToCustomer(prisma, accountIds, customerId)).accounts;
  }
  return { linked, unmatched: accounts.length - linked };
}

/**
 * Runs the rollups job for today and for every one of the `days` - 1 days before it that has no
 * rows yet, so the 30-day charts are filled on a fresh demo. Days already rolled up keep their
 * rows: they were computed while current, from more than the mirror remembers now. Run after
 * linkAccountsBySlug, or customers' series leave their accounts out.
 */
export async function backfillRollups(ctx: JobContext, days: number): Promise<{ filled: number }> {
  const today = Math.floor(Date.now() / 86_400_000) * 86_400_000; // UTC midnight
  const from = new Date(today - (days - 1) * 86_400_000);
  const done = await ctx.db.prisma.dailyRollup.findMany({
    where: { day: { gte: from }, scope: "MSP" },
    distinct: ["day"],
    select: { day: true },
  });
  const have = new Set(done.map((r) => r.day.toISOString().slice(0, 10)));
  let filled = 0;
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(today - i * 86_400_000).toISOString().slice(0, 10);
    if (i > 0 && have.has(day)) continue;
    await rollups.run(ctx, { day });
    filled++;
  }
  return { filled };
}

/**
 * The demo's month of history: reconcile reads every demo day (the usual window,
 * RECONCILE_JOB_DAYS, is shorter), then each day is rolled up. `npm start` runs this after the
 * first reconcile and linkAccountsBySlug, without holding up the banner.
 */
export async function backfillDemoMonth(ctx: JobContext): Promise<{ jobsInserted: number; filled: number }> {
  const days = Math.max(ctx.config.RECONCILE_JOB_DAYS, demoHistory.days + 1);
  const mirrored = await reconcile.run({ ...ctx, config: { ...ctx.config, RECONCILE_JOB_DAYS: days } }, {});
  const { filled } = await backfillRollups(ctx, demoHistory.days);
  return { jobsInserted: Number(mirrored.jobsInserted ?? 0), filled };
}
