import type { Browser, Page } from "playwright-core";
import { buildApi } from "../api/index.js";
import { buildLogger } from "../log.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../test/seed.js";
import { startStack } from "../test/stack.js";

/**
 * The live figure of `npm run bench:web`: how long after a job starts on the Comet server its
 * running sliver shows on the device's dashboard row. The whole path is real: the simulator's
 * event stream, the ingest worker, the database, the pub/sub, the API's graphql-ws subscription
 * and the client's row update, in Chromium.
 *
 * The stack is the test kit's (test/stack.ts: a fresh database, PostgreSQL when DATABASE_URL is
 * set) with one simulated server of ~200 devices for one MSP; the API serves the built client.
 * The dashboard is sorted by name so a row does not move when its device starts a job. Each job
 * goes to a device whose row is on screen; the clock starts just before the simulator's
 * `startJob` and stops in the page at the first frame after the sliver is in the row (both ends
 * read the same wall clock: Date.now() in Node and in Chromium). The job then finishes and its
 * sliver leaves the row before the next one starts.
 */

const FLEET = {
  organizations: [
    {
      id: "org-live",
      name: "Live",
      customers: ["north", "south", "east", "west", "central"].map((slug) => ({ slug, accounts: 20 })),
    },
  ],
  devicesPerAccount: [1, 3] as [number, number],
};

export interface LiveResult {
  devices: number;
  latenciesMs: number[];
}

type Row = { name: string; account: string };

/** In the page: the device rows fully inside the list's visible area, top to bottom. */
const visibleRows = (): Row[] => {
  const scroller = document.querySelector(".device-list__scroller")?.getBoundingClientRect();
  if (!scroller) return [];
  const view = { top: Math.max(scroller.top, 0), bottom: Math.min(scroller.bottom, window.innerHeight) };
  return [...document.querySelectorAll<HTMLElement>(".device-list__rows .device-row")]
    .map((row) => ({ row, box: row.getBoundingClientRect() }))
    .filter(({ box }) => box.top >= view.top && box.bottom <= view.bottom)
    .sort((a, b) => a.box.top - b.box.top)
    .map(({ row }) => ({
      name: row.querySelector(".device-row__name")?.textContent ?? "",
      account: row.querySelector(".device-row__sub")?.textContent ?? "",
    }));
};

/**
 * In the page: from now on, `__sliverAt` is the wall-clock ms of the first frame with the row's
 * running sliver. (No named inner functions: tsx would wrap them in a helper the page lacks.)
 */
const armSliverProbe = (target: Row) => {
  const w = window as unknown as { __sliverAt: number | null };
  w.__sliverAt = null;
  const list = document.querySelector(".device-list__rows");
  if (!list) throw new Error("no device list on the page");
  const observer = new MutationObserver(() => {
    const shown = [...list.querySelectorAll(".device-row")].some(
      (row) =>
        row.querySelector(".device-row__name")?.textContent === target.name &&
        row.querySelector(".device-row__sub")?.textContent === target.account &&
        row.querySelector(".sliver--running") !== null,
    );
    if (!shown) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      w.__sliverAt = Date.now();
    });
  });
  observer.observe(list, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
};

async function signIn(page: Page, url: string, as: TestLogin) {
  await page.goto(url);
  await page.fill('input[name="email"]', as.email);
  await page.fill('input[name="password"]', as.password);
  await page.click('button[type="submit"]');
  await page.waitForSelector(".device-list__rows .device-row__name", { timeout: 30_000 });
}

export async function measureLiveSliver(o: { browser: Browser; webDir: string; jobs: number }): Promise<LiveResult> {
  let mspId = "";
  let admin: TestLogin | undefined;
  const stack = await startStack({
    simulators: { live: { historyHours: 6, fleet: FLEET } },
    linkAccounts: true,
    config: { LOG_LEVEL: "warn" },
    seed: async ({ db, sims, secrets }) => {
      const msp = await createMsp(db.prisma, "Live MSP");
      mspId = msp.id;
      for (const c of FLEET.organizations[0]!.customers) await createCustomer(db.prisma, msp.id, c.slug, c.slug);
      await registerServer(db.prisma, secrets, { baseUrl: sims.live!.url, links: { "org-live": msp.id } });
      admin = await createLogin(db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
    },
  });
  const api = buildApi({
    db: stack.db,
    live: stack.live,
    config: stack.config,
    logger: buildLogger("warn", "bench-web-live"),
    secrets: stack.secrets,
    workersHealth: () => stack.workers.health(),
    webDir: o.webDir,
  });
  const context = await o.browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const { url } = await api.start();
    const sim = stack.sims.live!;
    const accounts = sim.control.listAccounts();
    const devices = accounts.reduce((n, a) => n + a.devices.length, 0);
    const page = await context.newPage();
    await signIn(page, url, admin!);
    await page.waitForFunction(
      (n) => (document.querySelector(".devices-count")?.textContent ?? "").trim() === `${n} of ${n} devices`,
      devices,
      { timeout: 30_000 },
    );
    await page.selectOption(".devices-toolbar select", "name");
    // Jobs, devices and incidents: an event published before its subscription is open is not seen.
    const deadline = Date.now() + 10_000;
    while (stack.live.pubsub.subscriberCount("live", mspId) < 3) {
      if (Date.now() > deadline) throw new Error("the dashboard's live subscriptions did not open");
      await new Promise((r) => setTimeout(r, 50));
    }

    const latenciesMs: number[] = [];
    for (let i = 0; i < o.jobs; i++) {
      const rows = await page.evaluate(visibleRows);
      const target = rows[i % rows.length];
      if (!target) throw new Error("no device row on screen");
      const device = accounts
        .find((a) => a.username === target.account)
        ?.devices.find((d) => d.friendlyName === target.name);
      if (!device) throw new Error(`row ${target.name} (${target.account}) is not a simulated device`);
      await page.evaluate(armSliverProbe, target);
      const started = Date.now();
      const guid = sim.control.startJob({ username: target.account, deviceId: device.deviceId });
      const shown = await page.waitForFunction(() => (window as unknown as { __sliverAt: number | null }).__sliverAt, {
        timeout: 30_000,
      });
      latenciesMs.push(((await shown.jsonValue()) as number) - started);
      // Its sliver leaves the row before the next job starts.
      const running = await page.locator(".device-list__rows .sliver--running").count();
      sim.control.finishJob(guid);
      await page.waitForFunction(
        (n) => document.querySelectorAll(".device-list__rows .sliver--running").length < n,
        running,
        { timeout: 30_000 },
      );
    }
    return { devices, latenciesMs };
  } finally {
    await context.close();
    await api.stop();
    await stack.stop();
  }
}
