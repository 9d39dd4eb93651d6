import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_STATUS } from "../../comet/client/constants.js";
import { launchBrowser, screenshot } from "./browser.js";
import { type BrowserStack, screenshotFailures, startBrowserStack, waitForFleet } from "./stack.js";

/**
 * The web client's pages beyond the dashboard, as an MSP admin (and the platform operator for
 * the shared Comet server), in Chromium over the real stack of web/e2e/stack.ts: jobs, customers
 * with an invitation accepted in a second browser, API keys, Comet servers, a phone-width
 * dashboard and signing out. The tests run in order on one page.
 */

let world: BrowserStack;

beforeAll(async () => {
  world = await startBrowserStack();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

screenshotFailures(() => world?.browser.page);

describe("web client pages in Chromium", () => {
  it("filters jobs by status in the URL and opens a job", async () => {
    const { page } = world.browser;
    const { stack, url } = world;
    await world.signIn(page, world.logins.adminA);

    // One job that fails, so the Error filter has a row we know.
    const failing = world.devicesA.find((d) => d.accountUsername.startsWith("alpha-"))!;
    const sim = stack.sims.shared!;
    const simDevice = sim.control
      .listAccounts()
      .find((a) => a.username === failing.accountUsername)!
      .devices.find((d) => d.friendlyName === failing.friendlyName)!;
    sim.control.finishJob(
      sim.control.startJob({ username: failing.accountUsername, deviceId: simDevice.deviceId }),
      JOB_STATUS.FAILED_ERROR,
    );

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
    await page.waitForURL(`${url}jobs`);
    await page.getByRole("heading", { name: "Jobs" }).waitFor();
    const rows = page.locator(".jobs-table tbody tr");
    // Unfiltered, the last 24 h hold successes too.
    await rows.filter({ hasText: "Success" }).first().waitFor();

    const errorToggle = page.getByRole("group", { name: "Status" }).getByRole("button", { name: "Error" });
    await errorToggle.click();
    await page.waitForURL(/[?&]status=ERROR(&|$)/);
    expect(await errorToggle.getAttribute("aria-pressed")).toBe("true");
    const failedRow = rows.filter({ hasText: failing.friendlyName }).filter({ hasText: "Error" }).first();
    await failedRow.waitFor();
    // Every row left is a failure: none reads Success.
    await expect
      .poll(async () => {
        const statuses = await rows.locator("td:first-child").allInnerTexts();
        return statuses.length > 0 && statuses.every((s) => !s.includes("Success"));
      })
      .toBe(true);

    // The filter lives in the URL: a reload keeps it.
    await page.reload();
    await failedRow.waitFor();
    expect(await errorToggle.getAttribute("aria-pressed")).toBe("true");
    await screenshot(page, "jobs-filtered-error");

    // The status badge is the row's link to its job.
    await failedRow.getByRole("link", { name: "Error" }).click();
    await page.waitForURL(/\/jobs\/[^/?]+$/);
    const facts = page.locator(".detail-grid");
    await facts.getByText(failing.accountUsername, { exact: true }).waitFor();
    await facts.getByRole("link", { name: failing.friendlyName }).waitFor();
    expect(await facts.innerText()).toMatch(/Error/);
    await screenshot(page, "job-detail");
  });

  it("creates a customer after a per-field error, edits it and invites someone who then signs in", async () => {
    const { page } = world.browser;
    const { stack, url } = world;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
    const table = page.locator(".customers__table");
    await table.getByRole("link", { name: "Alpha Co" }).waitFor();
    await table.getByRole("link", { name: "Bravo Co" }).waitFor();
    // MSP B's customer is not listed.
    expect(await table.innerText()).not.toContain("Charlie Co");
    await screenshot(page, "customers-list");

    // An empty name: the API's message shows under the Name field and the dialog stays open.
    await page.getByRole("button", { name: "New customer" }).click();
    const dialog = page.getByRole("dialog", { name: "New customer" });
    await dialog.getByLabel("External reference").fill("delta");
    await dialog.getByRole("button", { name: "Create customer" }).click();
    await dialog.getByText("must not be empty").waitFor();
    const nameField = dialog.getByLabel("Name");
    expect(await nameField.getAttribute("aria-invalid")).toBe("true");
    // The message belongs to the Name field: it is what a screen reader reads with it.
    const description = await nameField.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    expect(description).toContain("must not be empty");
    await screenshot(page, "customer-form-field-error");

    await dialog.getByLabel("Name").fill("Delta Co");
    await dialog.getByRole("button", { name: "Create customer" }).click();
    await page.waitForURL(/\/customers\/[^/]+$/);
    await page.getByRole("heading", { name: "Delta Co" }).waitFor();

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const edit = page.getByRole("dialog", { name: "Edit Delta Co" });
    await edit.getByLabel("Name").fill("Delta Company");
    await edit.getByLabel("Notes").fill("Signed in November.");
    await edit.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: "Delta Company" }).waitFor();
    await page.getByText("Signed in November.").waitFor();

    const email = `dana-${Date.now()}@delta.example`;
    await page.getByRole("button", { name: "Invite someone" }).click();
    const invite = page.getByRole("dialog", { name: "Invite someone to Delta Company" });
    await invite.getByLabel("Email").fill(email);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Invitation sent to ${email}.` })
      .waitFor();
    await screenshot(page, "customer-detail-invited");

    // Without SMTP_URL the email (link included) goes to the log and stays in the outbox.
    const mail = await stack.db.prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    const token = /accept-invitation\?token=(\S+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();

    const guest = await launchBrowser();
    try {
      await guest.page.goto(`${url}accept-invitation?token=${token}`);
      await guest.page.getByRole("heading", { name: "Accept your invitation" }).waitFor();
      await guest.page.getByLabel("Your name").fill("Dana Delta");
      await guest.page.getByLabel("Choose a password").fill("a long enough password");
      await guest.page.getByRole("button", { name: "Accept and sign in" }).click();
      // Signed in on the dashboard of the new customer, which has no devices yet.
      await guest.page.locator("#devices-title").waitFor();
      expect(new URL(guest.page.url()).pathname).toBe("/");
      await guest.page.getByText(email).waitFor();
      await guest.page.getByText("No devices yet").waitFor();
      await screenshot(guest.page, "invitation-accepted-dashboard");
    } finally {
      await guest.close();
    }

    // The admin sees the new person as an active viewer of the customer.
    await page.reload();
    const person = page.locator("section[aria-labelledby=cust-people-title] tbody tr").filter({ hasText: email });
    await person.getByText("Dana Delta").waitFor();
    await person.getByText("Active").waitFor();
  });

  it("creates an API key shown once, which works until it is revoked", async () => {
    const { page } = world.browser;
    const { stack } = world;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" }).click();
    await page.getByRole("heading", { name: "API keys" }).waitFor();
    await page.getByText("No API keys yet.").waitFor();

    await page.getByRole("button", { name: "Create API key" }).click();
    const create = page.getByRole("dialog", { name: "Create an API key" });
    await create.getByLabel("Name").fill("PSA sync");
    await create.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByRole("dialog", { name: 'API key "PSA sync" created' });
    const key = await shown.getByLabel("Key").inputValue();
    expect(key).toMatch(/^phk_/);
    await shown.getByText("It will not be shown again").waitFor();
    await screenshot(page, "api-key-shown-once");
    const query = "{ customers(first: 10) { totalCount } }";
    const before = await stack.execute(query, {}, { authorization: `Bearer ${key}` });
    expect(before.errors).toBeUndefined();
    expect(before.data?.customers).toBeTruthy();

    await shown.getByRole("button", { name: "Done" }).click();
    await shown.waitFor({ state: "detached" });
    const row = page.locator(".api-keys__table tbody tr").filter({ hasText: "PSA sync" });
    await row.getByText("Active").waitFor();
    // Gone from the page for good: neither text nor any field holds the secret.
    expect(await page.content()).not.toContain(key);
    expect(
      await page.locator("input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).not.toContain(key);

    await row.getByRole("button", { name: "Revoke PSA sync" }).click();
    await page.getByRole("dialog", { name: 'Revoke "PSA sync"?' }).getByRole("button", { name: "Revoke key" }).click();
    await row.getByText(/^Revoked/).waitFor();
    await screenshot(page, "api-key-revoked");
    const after = await stack.execute(query, {}, { authorization: `Bearer ${key}` });
    expect(after.errors?.length).toBeGreaterThan(0);
    expect(after.data?.customers ?? null).toBeNull();
  });

  it("shows the platform operator the shared Comet server with its ingestion health", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.operator);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Servers" }).click();
    await page.getByRole("heading", { name: "Comet servers" }).waitFor();
    const row = page.locator(".servers__table tbody tr").filter({ hasText: "Simulated Comet" });
    await row.locator("[data-label=Stream]").getByText("Connected").waitFor();
    await row.getByText("Shared").waitFor();
    // The first reconcile ran and says what it found.
    expect(await row.locator("[data-label='Last reconcile']").innerText()).toMatch(/\d+ devices/);
    await screenshot(page, "servers");
  });

  it("fits the dashboard into a 360 px phone: a menu icon, no 13-day dots", async () => {
    const { page } = world.browser;
    await world.signIn(page, world.logins.adminA);
    await page.setViewportSize({ width: 360, height: 780 });
    try {
      await waitForFleet(page, world.devicesA.length);
      await page.locator(".device-list__rows .sliver").first().waitFor({ state: "attached" });
      const menu = page.getByRole("button", { name: "Menu" });
      await menu.waitFor();
      // An icon only (its name is for screen readers); the links stay behind it until it is opened.
      expect(await menu.locator("svg").count()).toBe(1);
      expect((await menu.boundingBox())!.width).toBeLessThanOrEqual(48);
      const nav = page.getByRole("navigation", { name: "Main" });
      expect(await nav.getByRole("link", { name: "Jobs" }).isVisible()).toBe(false);
      // The dots arrive with the visible rows' history (a second query): wait for them, then check they are hidden.
      await page.locator(".device-list__rows .day-dot").first().waitFor({ state: "attached" });
      expect(await page.locator(".device-list__rows .day-dot").first().isVisible()).toBe(false);
      await page.locator(".device-list__rows .device-row__name").first().waitFor();
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, "dashboard-360px");

      await menu.click();
      await nav.getByRole("link", { name: "Jobs" }).waitFor();
      await screenshot(page, "dashboard-360px-menu-open");
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("signs out to the sign-in page, and protected pages then ask to sign in", async () => {
    const { page } = world.browser;
    const { url } = world;
    await page.goto(`${url}jobs`);
    await page.getByRole("heading", { name: "Jobs" }).waitFor();
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await screenshot(page, "signed-out");

    for (const path of ["jobs", "customers", "api-keys", ""]) {
      await page.goto(`${url}${path}`);
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
      expect(await page.locator("#devices-title").count()).toBe(0);
    }
    // The session ended on the server too: the old cookie, put back, signs nobody in.
    await page.context().addCookies(cookies);
    await page.goto(url);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await page.locator("#devices-title").count()).toBe(0);
  });
});
