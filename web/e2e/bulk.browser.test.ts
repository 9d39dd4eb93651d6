import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { type BrowserStack, screenshotFailures, startBrowserStack, waitForFleet } from "./stack.js";

/**
 * Bulk device actions in the browser: an MSP admin updates the client software of one customer's
 * devices from the dashboard (preview, start, per-device results), and the simulated Comet server
 * receives exactly one update per online device; the offline one fails, nothing sent.
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

type AlphaDevice = {
  id: string;
  friendlyName: string;
  isOnline: boolean;
  cometDeviceId: string;
  accountUsername: string;
};

async function alphaDevices(): Promise<AlphaDevice[]> {
  const res = await world.stack.execute<{
    devices: { edges: { node: AlphaDevice & { customerName: string | null } }[] };
  }>(
    "{ devices(first: 100) { edges { node { id friendlyName isOnline cometDeviceId accountUsername customerName } } } }",
    {},
    { as: world.logins.adminA },
  );
  return res.data!.devices.edges.map((e) => e.node).filter((d) => d.customerName === "Alpha Co");
}

describe("bulk device actions in Chromium", () => {
  it("updates one customer's client software: preview, start, per-device results", { timeout: 120_000 }, async () => {
    const sim = world.stack.sims.shared!;
    // One Alpha device goes offline, so both outcomes show: sent (online) and failed (offline).
    const before = await alphaDevices();
    expect(before.length).toBeGreaterThan(1);
    const unplugged = before[0]!;
    sim.control.setDeviceOnline(unplugged.accountUsername, unplugged.cometDeviceId, false);
    await expect
      .poll(async () => (await alphaDevices()).find((d) => d.id === unplugged.id)?.isOnline, { timeout: 15_000 })
      .toBe(false);
    const devices = await alphaDevices();
    const online = devices.filter((d) => d.isOnline);
    expect(online.length).toBeGreaterThan(0);

    const { page } = world.browser;
    await world.signIn(page, world.logins.adminA);
    await waitForFleet(page, world.devicesA.length);
    await page.getByRole("button", { name: "Bulk action…" }).click();
    const dialog = page.getByRole("dialog", { name: "Bulk action" });
    await dialog.getByRole("radio", { name: "Update client software" }).check();
    await dialog.getByLabel("Customer").selectOption({ label: "Alpha Co" });
    await dialog.getByRole("button", { name: "Preview" }).click();
    const preview = dialog.getByRole("region", { name: "Preview" });
    await preview.waitFor();
    expect(await preview.locator(".bulk-preview__count").innerText()).toBe(
      `${devices.length} devices: ${online.length} online, ${devices.length - online.length} offline`,
    );
    await screenshot(page, "bulk-preview");

    await dialog.getByRole("button", { name: "Start" }).click();
    const results = dialog.getByRole("list", { name: "Results per device" }).locator(".bulk-result");
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(devices.length);
    await expect
      .poll(() => dialog.locator(".bulk-progress__head").innerText(), { timeout: 15_000 })
      .toContain("every device has its action");
    await page.getByText("Update client software started").waitFor();
    await screenshot(page, "bulk-progress");

    for (const device of devices) {
      const row = results.filter({ has: page.getByText(device.friendlyName, { exact: true }) });
      const status = await row.getAttribute("data-status");
      if (device.isOnline) {
        expect(["DISPATCHED", "RUNNING", "SUCCEEDED"]).toContain(status);
      } else {
        expect(status).toBe("FAILED");
        expect(await row.locator(".bulk-result__error").innerText()).toContain("offline");
      }
    }
    expect(sim.control.calls({ pathPrefix: "admin/dispatcher/update-software" })).toHaveLength(online.length);
  });

  it("offers no bulk action to a customer's viewer", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.alphaViewer);
    await page.locator(".device-list__rows .device-row__name").first().waitFor();
    expect(await page.getByRole("button", { name: "Bulk action…" }).count()).toBe(0);
  });
});
