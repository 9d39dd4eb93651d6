import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { beforeEach, expect } from "vitest";
import { type Api, buildApi } from "../../api/index.js";
import { buildLogger } from "../../log.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";
import { type Browser, launchBrowser, screenshot } from "./browser.js";

/**
 * The world every browser test file starts once: the web client built by Vite, served by a real
 * API over a real stack, and one Chromium. Two MSPs share one simulated Comet server (the
 * platform's): MSP A has the customers Alpha Co and Bravo Co, MSP B has Charlie Co.
 */

const webRoot = path.resolve(import.meta.dirname, "..");

export type Device = { id: string; friendlyName: string; accountUsername: string; customerName: string | null };

export interface BrowserStack {
  stack: Stack;
  /** The API that serves this build of the client, with a trailing "/". */
  url: string;
  browser: Browser;
  mspAId: string;
  logins: { adminA: TestLogin; alphaViewer: TestLogin; adminB: TestLogin; operator: TestLogin };
  devicesA: Device[];
  devicesB: Device[];
  /** Signs in through the sign-in page (any earlier session dropped) and waits for the dashboard. */
  signIn(page: Page, as: TestLogin): Promise<void>;
  stop(): Promise<void>;
}

async function buildClient(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), "partner-hub-web-"));
  await build({
    configFile: path.join(webRoot, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export async function startBrowserStack(): Promise<BrowserStack> {
  const built = buildClient();
  const logins = {} as BrowserStack["logins"];
  let mspAId = "";
  const stack = await startStack({
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
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
      logins.operator = await createLogin(db.prisma, { platform: true });
    },
  });
  const webDir = await built;
  // startStack's API serves no client: a second API on the same parts serves this build.
  const api: Api = buildApi({
    db: stack.db,
    live: stack.live,
    config: stack.config,
    logger: buildLogger("silent", "test"),
    secrets: stack.secrets,
    workersHealth: () => stack.workers.health(),
    webDir,
  });
  const { url } = await api.start();

  const devicesOf = async (as: TestLogin): Promise<Device[]> => {
    const res = await stack.execute<{ devices: { edges: { node: Device }[] } }>(
      "{ devices(first: 100) { edges { node { id friendlyName accountUsername customerName } } } }",
      {},
      { as },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.devices.edges.map((e) => e.node);
  };
  const [devicesA, devicesB, browser] = await Promise.all([
    devicesOf(logins.adminA),
    devicesOf(logins.adminB),
    launchBrowser(),
  ]);

  return {
    stack,
    url,
    browser,
    mspAId,
    logins,
    devicesA,
    devicesB,
    async signIn(page, as) {
      await page.context().clearCookies();
      await page.goto(url);
      await page.getByLabel("Email").fill(as.email);
      await page.getByLabel("Password").fill(as.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.locator("#devices-title").waitFor();
    },
    async stop() {
      await browser.close();
      await api.stop();
      await stack.stop();
      await rm(webDir, { recursive: true, force: true });
    },
  };
}

/** The device names the dashboard's list has rendered (it is virtualised: rows near the view). */
export const rowNames = (page: Page) => page.locator(".device-list__rows .device-row__name").allTextContents();

/** Waits until every device of the viewer is loaded (the count reads "n of n devices"). */
export async function waitForFleet(page: Page, total: number) {
  await page
    .locator(".devices-count")
    .filter({ hasText: `${total} of ${total} devices` })
    .waitFor();
}

/** Keeps the page as it was when a test failed: `failed-<test name>.png` beside the other screenshots. */
export function screenshotFailures(page: () => Page | undefined) {
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      const current = page();
      const name = task.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, 80);
      if (current) await screenshot(current, `failed-${name}`).catch(() => undefined);
    });
  });
}
