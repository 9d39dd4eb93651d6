import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, buildApi } from "../../api/index.js";
import { JOB_STATUS } from "../../comet/client/constants.js";
import { buildLogger } from "../../log.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";
import { type Browser, launchBrowser, screenshot } from "./browser.js";

/**
 * The web client end to end: the built client served by a real API over a real simulator, driven
 * by Chromium. Two MSPs share one simulated Comet server; MSP A has two customers.
 */

const webRoot = path.resolve(import.meta.dirname, "..");

type Device = { id: string; friendlyName: string; accountUsername: string; customerName: string | null };

let stack: Stack;
let api: Api;
let url: string;
let browser: Browser;
let webDir: string;
let mspAId = "";
const logins: Record<"adminA" | "alphaViewer", TestLogin> = {} as never;
let devicesA: Device[] = [];
let devicesB: Device[] = [];

async function buildClient(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), "partner-hub-web-"));
  await build({
    configFile: path.join(webRoot, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

async function devicesOf(as: TestLogin): Promise<Device[]> {
  const res = await stack.execute<{ devices: { edges: { node: Device }[] } }>(
    "{ devices(first: 100) { edges { node { id friendlyName accountUsername customerName } } } }",
    {},
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.devices.edges.map((e) => e.node);
}

beforeAll(async () => {
  const built = buildClient();
  const adminB = { current: undefined as TestLogin | undefined };
  stack = await startStack({
    simulators: {
      shared: {
        historyHours: 6,
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 2 },
                { slug: "bravo", accounts: 2 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 2 }] },
          ],
          devicesPerAccount: [1, 2],
        },
      },
    },
    linkAccounts: true,
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      mspAId = mspA.id;
      const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
      await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.alphaViewer = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_VIEWER" });
      adminB.current = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
    },
  });
  webDir = await built;
  // startStack's API serves no client: a second API on the same parts serves this build.
  api = buildApi({
    db: stack.db,
    live: stack.live,
    config: stack.config,
    logger: buildLogger("silent", "test"),
    secrets: stack.secrets,
    workersHealth: () => stack.workers.health(),
    webDir,
  });
  url = (await api.start()).url;
  devicesA = await devicesOf(logins.adminA);
  devicesB = await devicesOf(adminB.current!);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await stack?.stop();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

async function signIn(page: Page, as: TestLogin) {
  await browser.context.clearCookies();
  await page.goto(url);
  await page.getByLabel("Email").fill(as.email);
  await page.getByLabel("Password").fill(as.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#devices-title").waitFor();
}

const rowNames = (page: Page) => page.locator(".device-list__rows .device-row__name").allTextContents();

/** Waits until every device of the viewer is loaded (the count reads "n of n devices"). */
async function waitForFleet(page: Page, total: number) {
  await page
    .locator(".devices-count")
    .filter({ hasText: `${total} of ${total} devices` })
    .waitFor();
}

describe("web client in Chromium", () => {
  it("signs an MSP admin in to a dashboard populated from the simulator", async () => {
    const { page } = browser;
    await signIn(page, logins.adminA);
    await waitForFleet(page, devicesA.length);
    expect((await rowNames(page)).sort()).toEqual(devicesA.map((d) => d.friendlyName).sort());

    const res = await stack.execute<{ dashboard: { devices: { online: number; offline: number } } }>(
      "{ dashboard { devices { online offline } } }",
      {},
      { as: logins.adminA },
    );
    const { online, offline } = res.data!.dashboard.devices;
    const figures = page.locator("section[aria-labelledby=uc-devices] .usage-figures");
    await page.locator(".device-list__rows .day-dot").first().waitFor();
    await expect.poll(() => figures.innerText()).toMatch(new RegExp(`${online}\\s*online`));
    expect(await figures.innerText()).toMatch(new RegExp(`${offline}\\s*offline`));
    await screenshot(page, "dashboard-msp-admin");
  });

  it("shows a job start and finish live, without reloading", { timeout: 90_000 }, async () => {
    const { page } = browser;
    const sim = stack.sims.shared!;
    const accounts = sim.control.listAccounts();
    const target = devicesA[0]!;
    const account = accounts.find((a) => a.username === target.accountUsername)!;
    const device = account.devices.find((d) => d.friendlyName === target.friendlyName)!;
    // A marker that only survives if the page is never reloaded.
    await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });
    const row = page
      .locator(".device-list__rows li")
      .filter({ has: page.getByRole("link", { name: target.friendlyName, exact: true }) });

    // The dashboard's three live subscriptions (jobs, devices, incidents) are open on the API:
    // an event published before them would be missed (a fresh subscription starts from now).
    await expect.poll(() => stack.live.pubsub.subscriberCount("live", mspAId), { timeout: 10_000 }).toBe(3);
    const guid = sim.control.startJob({ username: account.username, deviceId: device.deviceId });
    await expect.poll(() => row.locator(".dot").first().getAttribute("title"), { timeout: 5_000 }).toBe("Running");
    const runningChip = page.locator(".issues-strip button.chip").filter({ hasText: "Running" });
    await expect.poll(() => runningChip.locator(".chip__count").innerText(), { timeout: 5_000 }).toBe("1");
    // The running sliver on the 24 h track appears at once, even between the track's 30 s ticks.
    await row.locator(".sliver--running").waitFor({ state: "attached", timeout: 10_000 });
    await screenshot(page, "dashboard-job-running");

    sim.control.finishJob(guid);
    await row.locator(".sliver--running").waitFor({ state: "detached", timeout: 5_000 });
    await expect.poll(() => row.locator(".dot").first().getAttribute("title"), { timeout: 5_000 }).toBe("Success");
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await screenshot(page, "dashboard-job-finished");
  });

  it("filters the device rows with a chip and the search box", async () => {
    const { page } = browser;
    await waitForFleet(page, devicesA.length);
    const search = page.getByPlaceholder("Search name, account…");

    // Search: only bravo's accounts.
    await search.fill("bravo-");
    const bravo = devicesA.filter((d) => d.accountUsername.startsWith("bravo-")).map((d) => d.friendlyName);
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual(bravo.sort());

    // A job that fails on one device (live, as in the test above) gives the Error chip one device.
    const failing = devicesA.find((d) => d.accountUsername.startsWith("bravo-"))!;
    const sim = stack.sims.shared!;
    const simDevice = sim.control
      .listAccounts()
      .find((a) => a.username === failing.accountUsername)!
      .devices.find((d) => d.friendlyName === failing.friendlyName)!;
    const guid = sim.control.startJob({ username: failing.accountUsername, deviceId: simDevice.deviceId });
    sim.control.finishJob(guid, JOB_STATUS.FAILED_ERROR);
    const errorChip = page.locator(".issues-strip button.chip").filter({ hasText: "Error" });
    await expect.poll(() => errorChip.locator(".chip__count").innerText(), { timeout: 10_000 }).toBe("1");
    await errorChip.click();
    expect(await errorChip.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => rowNames(page)).toEqual([failing.friendlyName]);
    const titles = await page
      .locator(".device-list__rows .device-row__main > .dot")
      .evaluateAll((els) => els.map((e) => e.getAttribute("title")));
    expect(titles).toEqual(["Error"]);
    await screenshot(page, "dashboard-filtered-chip");

    // Chip and search together: the chip's one device is not an alpha device.
    await search.fill("alpha-");
    await page.getByText("No devices match").waitFor();
    await search.fill("");
    await page.getByRole("button", { name: "Clear" }).click();
    await waitForFleet(page, devicesA.length);
  });

  it("opens a device page from its row", async () => {
    const { page } = browser;
    const target = devicesA[0]!;
    await page.getByRole("link", { name: target.friendlyName, exact: true }).click();
    await page.waitForURL(`**/devices/${encodeURIComponent(target.id)}`);
    await page.getByRole("heading", { name: target.friendlyName, exact: true }).waitFor();
    await page.getByText(target.accountUsername, { exact: true }).first().waitFor();
    await screenshot(page, "device-page");
  });

  it("shows a customer user only that customer's devices, without staff navigation", async () => {
    const { page } = browser;
    await signIn(page, logins.alphaViewer);
    const alpha = devicesA.filter((d) => d.accountUsername.startsWith("alpha-"));
    await waitForFleet(page, alpha.length);
    // The rows' 24 h and 13-day details load once visible.
    await page.locator(".device-list__rows .day-dot").first().waitFor();
    const names = await rowNames(page);
    expect(names.sort()).toEqual(alpha.map((d) => d.friendlyName).sort());
    const body = await page.locator("body").innerText();
    for (const other of [...devicesA.filter((d) => !d.accountUsername.startsWith("alpha-")), ...devicesB]) {
      expect(body).not.toContain(other.accountUsername);
      if (!names.includes(other.friendlyName)) expect(body).not.toContain(other.friendlyName);
    }
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Dashboard" }).count()).resolves.toBe(1);
    for (const staff of ["Customers", "API keys", "Servers"]) {
      await expect(nav.getByRole("link", { name: staff }).count()).resolves.toBe(0);
    }
    await screenshot(page, "dashboard-customer-viewer");
  });
});
