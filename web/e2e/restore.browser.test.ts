import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE } from "../../comet/client/constants.js";
import { screenshot } from "./browser.js";
import { type BrowserStack, screenshotFailures, startBrowserStack } from "./stack.js";

/**
 * The restore wizard in Chromium over the real stack (web/e2e/stack.ts): an MSP admin restores two
 * entries of a snapshot, picked in the snapshot's tree, into a folder picked on the device, and the
 * simulated Comet server receives exactly that run-restore-custom. The device must be online with a
 * connection that allows filename viewing (Comet refuses listings otherwise).
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

/** A regular expression that finds `text` as it is. */
const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** A raw admin API call to the simulated Comet server. */
async function simApi<T>(path: string, params: Record<string, string>): Promise<T> {
  const body = new URLSearchParams({ Username: "admin", AuthType: "Password", Password: "admin", ...params });
  const res = await fetch(`${world.stack.sims.shared!.url}api/v1/${path}`, { method: "POST", body });
  return (await res.json()) as T;
}

/** An online device of MSP A with a Files and Folders item whose connection allows filenames, and that item's vault. */
async function pickDevice() {
  const prisma = world.stack.db.prisma;
  const control = world.stack.sims.shared!.control;
  const devices = await prisma.device.findMany({
    where: { mspId: world.mspAId, revokedAt: null },
    include: { account: true, protectedItems: { orderBy: { cometSourceId: "asc" } } },
    orderBy: { cometDeviceId: "asc" },
  });
  for (const d of devices.filter((x) => x.protectedItems.some((i) => i.engine === ENGINE.FILE))) {
    if (!d.isOnline) continue;
    const active = await simApi<Record<string, { DeviceID: string; AllowsFilenames: boolean }>>(
      "admin/dispatcher/list-active",
      { UserNameFilter: d.account.username },
    );
    if (!Object.values(active).some((c) => c.DeviceID === d.cometDeviceId && c.AllowsFilenames)) continue;
    const item = d.protectedItems.find((i) => i.engine === ENGINE.FILE)!;
    const rule = Object.values(control.getProfile(d.account.username).BackupRules).find(
      (r) => r.Source === item.cometSourceId,
    );
    if (!rule) continue;
    const vault = await prisma.storageVault.findFirstOrThrow({
      where: { accountId: d.accountId, cometDestinationId: rule.Destination },
    });
    return { device: d, item, vault };
  }
  throw new Error("no online device of MSP A allows filename viewing");
}

let picked: Awaited<ReturnType<typeof pickDevice>>;

describe("restore wizard in Chromium", () => {
  it("restores two entries picked in the snapshot tree into a folder picked on the device", async () => {
    const { page } = world.browser;
    picked = await pickDevice();
    const { device, item, vault } = picked;
    await world.signIn(page, world.logins.adminA);
    await page.goto(`${world.url}devices/${encodeURIComponent(encodeGlobalID("Device", device.id))}`);
    await page.getByRole("button", { name: "Restore…" }).click();
    const wizard = page.getByRole("dialog", { name: "Restore" });
    const next = wizard.getByRole("button", { name: "Next" });

    // 1: the vault.
    await wizard.getByRole("radio", { name: literal(vault.description) }).check();
    await screenshot(page, "restore-step-1");
    await next.click();

    // 2: the item and its snapshot ("Latest" by default; pick the newest explicitly).
    await wizard.getByRole("heading", { name: /^Step 2 of 4/ }).waitFor();
    await wizard.getByRole("radio", { name: literal(item.description) }).check();
    await wizard.getByText(/snapshots?, newest first/).waitFor();
    const snapshot = wizard.getByLabel("Snapshot");
    const newest = await snapshot.locator("option").nth(1).getAttribute("value");
    expect(newest).toBeTruthy();
    await snapshot.selectOption(newest!);
    await screenshot(page, "restore-step-2");
    await next.click();

    // 3: restore files into a folder picked in the device's filesystem.
    await wizard.getByRole("heading", { name: /^Step 3 of 4/ }).waitFor();
    expect(await wizard.getByRole("radio", { name: /Restore files/ }).isChecked()).toBe(true);
    await wizard.getByRole("button", { name: "Browse…" }).click();
    const folders = wizard.getByRole("region", { name: "Folders on the device" });
    await folders.locator(".restore-tree__folder").first().click();
    const sub = folders.locator(".restore-tree__level .restore-tree__level .restore-tree__folder").first();
    await sub.waitFor();
    const destinationPath = await sub.getAttribute("title");
    await sub.click();
    const destination = wizard.getByLabel("Destination folder on the device");
    expect(await destination.inputValue()).toBe(destinationPath);
    await wizard.getByRole("radio", { name: "If newer" }).check();
    await screenshot(page, "restore-step-3");
    await next.click();

    // 4: two entries of the snapshot: the first entry inside the first folder and the root's last entry.
    await wizard.getByRole("heading", { name: /^Step 4 of 4/ }).waitFor();
    await wizard.getByRole("radio", { name: "Selected files and folders" }).check();
    const tree = wizard.getByRole("group", { name: "Files and folders in the snapshot" });
    const root = tree.locator(":scope > .restore-tree__level > li");
    await root.first().waitFor();
    await root.first().locator(".restore-tree__toggle").click();
    const inner = root.first().locator(".restore-tree__level input[type=checkbox]").first();
    await inner.waitFor();
    await inner.check();
    await root.last().locator(":scope > .restore-tree__row input[type=checkbox]").check();
    const paths = [await inner.getAttribute("value"), await root.last().locator("input").first().getAttribute("value")];
    await expect.poll(() => wizard.getByRole("region", { name: "Summary" }).innerText()).toMatch(/2 selected/);
    await screenshot(page, "restore-step-4");

    world.stack.sims.shared!.control.clearCalls();
    await wizard.getByRole("button", { name: "Start restore" }).click();
    await page.locator(".toast").filter({ hasText: "Restore started" }).waitFor();
    await wizard.waitFor({ state: "detached" });
    // The restore job then arrives live in the device's history, like any other job.
    const history = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Job history" }) });
    await history
      .locator("tbody td:nth-child(2)")
      .filter({ hasText: /^\s*Restore/ })
      .first()
      .waitFor();
    await screenshot(page, "restore-started");

    const calls = world.stack.sims.shared!.control.calls({ pathPrefix: "admin/dispatcher/run-restore" });
    expect(calls.map((c) => c.path)).toEqual(["admin/dispatcher/run-restore-custom"]);
    const params = calls[0]!.params;
    expect(params).toMatchObject({
      Source: item.cometSourceId,
      Destination: vault.cometDestinationId,
      Snapshot: newest,
    });
    expect(JSON.parse(params.Paths!)).toEqual(paths);
    expect(JSON.parse(params.Options!)).toMatchObject({
      Type: 0,
      DestPath: destinationPath,
      OverwriteExistingFiles: true,
      OverwriteIfNewer: true,
    });
  });

  it("is walked by keyboard at 360 px wide, focus following the steps", async () => {
    const { page } = world.browser;
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.getByRole("button", { name: "Restore…" }).click();
      const wizard = page.getByRole("dialog", { name: "Restore" });
      const vault = wizard.getByRole("radio", { name: literal(picked.vault.description) });
      await vault.focus();
      await page.keyboard.press("Space");
      expect(await vault.isChecked()).toBe(true);
      // Tab through to Next (Cancel comes first) and press it.
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "Next") break;
      }
      await page.keyboard.press("Enter");
      const step2 = wizard.getByRole("heading", { name: /^Step 2 of 4/ });
      await step2.waitFor();
      expect(await step2.evaluate((el) => el === document.activeElement)).toBe(true);
      await wizard.getByRole("radio", { name: literal(picked.item.description) }).check();
      await wizard.getByText(/snapshots?, newest first/).waitFor();
      // Nothing sticks out sideways on a phone.
      const box = await wizard.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await wizard.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await screenshot(page, "restore-360");
      await page.keyboard.press("Escape");
      await wizard.waitFor({ state: "detached" });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
