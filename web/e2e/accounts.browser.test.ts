import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { type BrowserStack, screenshotFailures, startBrowserStack } from "./stack.js";

/**
 * Account management in Chromium over the real stack (web/e2e/stack.ts): an MSP admin opens a
 * Comet account from its customer's page, resets its password (the simulated Comet server then
 * holds exactly the password shown), edits its quotas, and provisions a new account.
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

const customerUrl = (id: string) => `${world.url}customers/${encodeURIComponent(encodeGlobalID("Customer", id))}`;

async function alphaAccount() {
  const prisma = world.stack.db.prisma;
  const customer = await prisma.customer.findFirstOrThrow({ where: { mspId: world.mspAId, name: "Alpha Co" } });
  const account = await prisma.cometAccount.findFirstOrThrow({
    where: { customerId: customer.id, missingSince: null, devices: { some: {} } },
    include: { devices: { where: { revokedAt: null }, orderBy: { friendlyName: "asc" } } },
    orderBy: { username: "asc" },
  });
  return { customer, account };
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, exact: true, level: 2 });

describe("Comet accounts in Chromium", () => {
  it("opens an account from its customer, resets its password, and edits its quotas without overwriting a change made meanwhile", async () => {
    const { page } = world.browser;
    const control = world.stack.sims.shared!.control;
    const { customer, account } = await alphaAccount();
    await world.signIn(page, world.logins.adminA);

    await page.goto(customerUrl(customer.id));
    await page
      .getByRole("table")
      .getByRole("link", { name: new RegExp(`^${account.username}`) })
      .click();
    await heading(page, account.username).waitFor();
    const devices = page.getByRole("region", { name: "Devices" });
    const firstDevice = account.devices[0]!;
    await devices.getByRole("link", { name: firstDevice.friendlyName || firstDevice.cometDeviceId }).waitFor();
    await page.getByRole("region", { name: "Quotas" }).getByText("Devices").waitFor();

    // Reset (generated): the password is shown once and is the one Comet now has.
    await page.getByRole("button", { name: "Reset password" }).click();
    const dialog = page.getByRole("dialog", { name: `Reset the password of ${account.username}` });
    await dialog.getByRole("button", { name: "Reset password" }).click();
    const shown = dialog.getByLabel(/New password of/);
    await shown.waitFor();
    const password = await shown.inputValue();
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(control.passwordOf(account.username)).toBe(password);
    await dialog.getByText(/sign/i).first().waitFor();
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByText(password).count()).toBe(0);

    // Quotas: edit after a reload from Comet. A change made in Comet meanwhile is not overwritten:
    // the form shows it instead; saving again writes the new limits to Comet and the card.
    const card = page.getByRole("region", { name: "Quotas" });
    await card.getByRole("button", { name: "Edit quotas" }).click();
    await card.getByLabel("Max devices").fill("5");
    control.editProfile(account.username, { MaximumDevices: 11 });
    await card.getByRole("button", { name: "Save quotas" }).click();
    await card.getByRole("alert").filter({ hasText: "Someone changed this account meanwhile" }).waitFor();
    expect(await card.getByLabel("Max devices").inputValue()).toBe("11");
    expect(control.getProfile(account.username).MaximumDevices).toBe(11);
    await screenshot(page, "account-quotas-conflict");
    await card.getByLabel("Max devices").fill("7");
    await card.getByLabel("Max Hyper-V guests").fill("3");
    await card.getByLabel("Max VMware guests").fill("0");
    await card.getByRole("button", { name: "Save quotas" }).click();
    await card.getByRole("button", { name: "Edit quotas" }).waitFor();
    await card.getByText(/of 7$/).waitFor();
    const profile = control.getProfile(account.username);
    expect(profile.MaximumDevices).toBe(7);
    expect(profile.QuotaHyperVGuests).toBe(3);
    const row = await world.stack.db.prisma.cometAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect([row.maximumDevices, row.quotaHyperVGuests, row.quotaVMwareGuests]).toEqual([7, 3, 0]);
    await screenshot(page, "account-page");

    // The device page links back to the account.
    await devices.getByRole("link", { name: firstDevice.friendlyName || firstDevice.cometDeviceId }).click();
    await page.getByRole("link", { name: account.username, exact: true }).click();
    await heading(page, account.username).waitFor();
  });

  it("provisions a new account from the customer page with a generated password", async () => {
    const { page } = world.browser;
    const control = world.stack.sims.shared!.control;
    const { customer } = await alphaAccount();
    await world.signIn(page, world.logins.adminA);
    await page.goto(customerUrl(customer.id));
    await page.getByRole("button", { name: "Provision account" }).click();
    const form = page.getByRole("dialog", { name: "Provision a Comet account" });
    const server = form.getByLabel("Comet server");
    await expect.poll(() => server.inputValue()).not.toBe("");
    expect(await form.getByLabel("Customer").inputValue()).toBe(encodeGlobalID("Customer", customer.id));
    await form.getByLabel("Username").fill("alpha-provisioned");
    await form.getByLabel("Email").fill("it@alpha.example");
    await form.getByRole("button", { name: "Create restricted default group" }).click();
    await expect.poll(() => form.getByLabel("Policy group").inputValue()).not.toBe("");
    const vault = form.getByLabel("Initial storage vault");
    await expect.poll(() => vault.locator("option").count()).toBeGreaterThan(1);
    await vault.selectOption({ index: 1 });
    await form.getByLabel("Vault quota (GB)").fill("10");
    await form.getByLabel("Max devices").fill("3");
    await form.getByLabel("Protected-item quota (GB)").fill("5");
    await screenshot(page, "account-provision-form");

    await form.getByRole("button", { name: "Create account" }).click();
    const shown = form.getByLabel(/New password of/);
    await shown.waitFor();
    const password = await shown.inputValue();
    expect(control.passwordOf("alpha-provisioned")).toBe(password);
    await form.getByRole("button", { name: "Open the account" }).click();
    await heading(page, "alpha-provisioned").waitFor();
    await page.getByRole("region", { name: "Quotas" }).getByText(/of 3$/).waitFor();

    const profile = control.getProfile("alpha-provisioned");
    expect(profile.MaximumDevices).toBe(3);
    expect([profile.AllProtectedItemsQuotaEnabled, profile.AllProtectedItemsQuotaBytes]).toEqual([true, 5 * 1024 ** 3]);
    expect(profile.Emails).toEqual(["it@alpha.example"]);
    expect(Object.keys(profile.Destinations)).toHaveLength(1);
    expect(profile.PolicyID).not.toBe("");

    await page.goto(customerUrl(customer.id));
    await page
      .getByRole("table")
      .getByRole("link", { name: /^alpha-provisioned/ })
      .waitFor();
  });
});
