import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_STATUS } from "../../comet/client/constants.js";
import { screenshot } from "./browser.js";
import { type BrowserStack, rowNames, screenshotFailures, startBrowserStack, waitForFleet } from "./stack.js";

/**
 * The web client end to end: the built client served by a real API over a real simulator, driven
 * by Chromium (web/e2e/stack.ts). Two MSPs share one simulated Comet server; MSP A has two customers.
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

describe("web client in Chromium", () => {
  it("signs an MSP admin in to a dashboard populated from the simulator", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.adminA);
    await waitForFleet(page, world.devicesA.length);
    expect((await rowNames(page)).sort()).toEqual(world.devicesA.map((d) => d.friendlyName).sort());

    const res = await world.stack.execute<{ dashboard: { devices: { online: number; offline: number } } }>(
      "{ dashboard { devices { online offline } } }",
      {},
      { as: world.logins.adminA },
    );
    const { online, offline } = res.data!.dashboard.devices;
    const figures = page.locator("section[aria-labelledby=uc-devices] .usage-figures");
    await page.locator(".device-list__rows .day-dot").first().waitFor();
    await expect.poll(() => figures.innerText()).toMatch(new RegExp(`${online}\\s*online`));
    expect(await figures.innerText()).toMatch(new RegExp(`${offline}\\s*offline`));
    await screenshot(page, "dashboard-msp-admin");
  });

  it("shows a job start and finish live, without reloading", { timeout: 90_000 }, async () => {
    const { page } = world.browser;
    const sim = world.stack.sims.shared!;
    const accounts = sim.control.listAccounts();
    const target = world.devicesA[0]!;
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
    await expect.poll(() => world.stack.live.pubsub.subscriberCount("live", world.mspAId), { timeout: 10_000 }).toBe(3);
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
    const { page } = world.browser;
    await waitForFleet(page, world.devicesA.length);
    const search = page.getByPlaceholder("Search name, account…");

    // Search: only bravo's accounts.
    await search.fill("bravo-");
    const bravo = world.devicesA.filter((d) => d.accountUsername.startsWith("bravo-")).map((d) => d.friendlyName);
    await expect.poll(async () => (await rowNames(page)).sort()).toEqual(bravo.sort());

    // A job that fails on one device (live, as in the test above) gives the Error chip one device.
    const failing = world.devicesA.find((d) => d.accountUsername.startsWith("bravo-"))!;
    const sim = world.stack.sims.shared!;
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
    await waitForFleet(page, world.devicesA.length);
  });

  it("opens a device page from its row", async () => {
    const { page } = world.browser;
    const target = world.devicesA[0]!;
    await page.getByRole("link", { name: target.friendlyName, exact: true }).click();
    await page.waitForURL(`**/devices/${encodeURIComponent(target.id)}`);
    await page.getByRole("heading", { name: target.friendlyName, exact: true }).waitFor();
    await page.getByText(target.accountUsername, { exact: true }).first().waitFor();
    await screenshot(page, "device-page");
  });

  it("shows a customer user only that customer's devices, without staff navigation", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.alphaViewer);
    const alpha = world.devicesA.filter((d) => d.accountUsername.startsWith("alpha-"));
    await waitForFleet(page, alpha.length);
    // The rows' 24 h and 13-day details load once visible.
    await page.locator(".device-list__rows .day-dot").first().waitFor();
    const names = await rowNames(page);
    expect(names.sort()).toEqual(alpha.map((d) => d.friendlyName).sort());
    const body = await page.locator("body").innerText();
    for (const other of [...world.devicesA.filter((d) => !d.accountUsername.startsWith("alpha-")), ...world.devicesB]) {
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
