import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { type BrowserStack, screenshotFailures, startBrowserStack, waitForFleet } from "./stack.js";

/**
 * Device actions in the browser: an MSP admin opens a device's Manage panel from its dashboard
 * row, runs a backup, and watches the job it started appear live (row timeline, device page),
 * then cancels it from the device page's job history. No page reload anywhere.
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

async function onlineDevice() {
  const res = await world.stack.execute<{
    devices: { edges: { node: { id: string; friendlyName: string; isOnline: boolean } }[] };
  }>("{ devices(first: 100) { edges { node { id friendlyName isOnline } } } }", {}, { as: world.logins.adminA });
  const online = res.data!.devices.edges.map((e) => e.node).filter((d) => d.isOnline && d.friendlyName);
  expect(online.length).toBeGreaterThan(0);
  return online[0]!;
}

describe("device actions in Chromium", () => {
  it("runs a backup from the Manage panel and shows the running job live", { timeout: 120_000 }, async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.adminA);
    await waitForFleet(page, world.devicesA.length);
    const target = await onlineDevice();
    await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });
    // The dashboard's job, device and incident streams are open: the job's start cannot be missed.
    await expect.poll(() => world.stack.live.pubsub.subscriberCount("live", world.mspAId), { timeout: 10_000 }).toBe(3);

    const row = page
      .locator(".device-list__rows li")
      .filter({ has: page.getByRole("link", { name: target.friendlyName, exact: true }) });
    await row.getByRole("button", { name: `Manage ${target.friendlyName}` }).click();
    const panel = page.getByRole("dialog", { name: `Manage ${target.friendlyName}` });
    const run = panel.getByRole("button", { name: "Run backup", exact: true });
    await run.waitFor();
    await expect.poll(() => panel.getByRole("tab").allTextContents()).toEqual(["Device", "Storage vaults"]);

    await run.click();
    await page.getByText(`Backup started on ${target.friendlyName}`).waitFor({ timeout: 10_000 });
    // The panel's recent actions follow the action live (sent, then running with its job).
    const recent = panel.locator(".manage-recent__item").first();
    await expect.poll(() => recent.locator(".manage-recent__status").innerText(), { timeout: 15_000 }).toBe("Running");
    await screenshot(page, "manage-panel");

    // Narrow screens: the panel takes the full width.
    await page.setViewportSize({ width: 360, height: 780 });
    await expect.poll(() => panel.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(360);
    await screenshot(page, "manage-panel-360");
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    // Keyboard users land back on the gear that opened the panel.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe(`Manage ${target.friendlyName}`);
    await row.locator(".sliver--running").waitFor({ state: "attached", timeout: 10_000 });
    expect(await row.locator(".dot").first().getAttribute("title")).toBe("Running");

    // The device page (client-side navigation) lists the running backup, which can be cancelled there.
    await row.getByRole("link", { name: target.friendlyName, exact: true }).click();
    await page.getByRole("heading", { name: target.friendlyName, exact: true }).waitFor();
    const runningRow = page.locator(".jobs-table tbody tr").filter({ hasText: "Running" }).first();
    await runningRow.waitFor({ timeout: 10_000 });
    await runningRow.getByRole("button", { name: "Cancel", exact: true }).waitFor();
    await screenshot(page, "device-page-job-running");
    // A phone: the history, Cancel and Abandon included, fits 360 px (no sideways page scroll);
    // the buttons are icons there, still named for screen readers, and cancelling works as is.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY))
      .toBeLessThanOrEqual(360);
    await screenshot(page, "device-page-job-running-360");
    await runningRow.getByRole("button", { name: "Cancel", exact: true }).click();
    await page.getByText(`Cancel sent to ${target.friendlyName}`).waitFor({ timeout: 10_000 });
    await page.locator(".jobs-table tbody tr").first().filter({ hasText: "Cancelled" }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await screenshot(page, "device-page-job-cancelled-360");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("opens the restore wizard from a dashboard row's Manage panel, loading its code only then", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.adminA);
    await waitForFleet(page, world.devicesA.length);
    const target = await onlineDevice();
    const wizardChunks: string[] = [];
    const onRequest = (req: { url(): string }) => {
      if (/\/assets\/RestoreWizard-[\w-]+\.js$/.test(req.url())) wizardChunks.push(req.url());
    };
    page.on("request", onRequest);
    try {
      const row = page
        .locator(".device-list__rows li")
        .filter({ has: page.getByRole("link", { name: target.friendlyName, exact: true }) });
      await row.getByRole("button", { name: `Manage ${target.friendlyName}` }).click();
      const panel = page.getByRole("dialog", { name: `Manage ${target.friendlyName}` });
      const restore = panel.getByRole("button", { name: "Restore…" });
      await restore.waitFor();
      expect(wizardChunks).toEqual([]);

      await restore.click();
      await panel.waitFor({ state: "detached" });
      const wizard = page.getByRole("dialog", { name: "Restore" });
      await wizard.getByRole("radio").first().waitFor({ timeout: 10_000 });
      expect(wizardChunks).toHaveLength(1);
      await screenshot(page, "dashboard-restore-wizard");
      await page.keyboard.press("Escape");
      await wizard.waitFor({ state: "detached" });
    } finally {
      page.off("request", onRequest);
    }
  });

  it("shows customer viewers no Manage button", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.alphaViewer);
    const alpha = world.devicesA.filter((d) => d.accountUsername.startsWith("alpha-"));
    await waitForFleet(page, alpha.length);
    await page.locator(".device-list__rows .device-row__name").first().waitFor();
    expect(await page.locator(".device-list__rows .manage-button").count()).toBe(0);
  });
});
