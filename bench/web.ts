import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import { loadConfig } from "../config.js";
import { buildDb } from "../prisma/db.js";
import { createLogin } from "../test/seed.js";
import { prepareFleet } from "./api-seed.js";
import { percentile, print, startServerChild } from "./http-load.js";
import { measureLiveSliver } from "./web-live.js";

/**
 * `npm run bench:web` (issue 4): the web client's production bundle size (gzip) of the entry, of
 * what a first visit to the dashboard loads (the entry, its static imports and the dashboard's
 * chunks) and of each lazy chunk, and the time to the first dashboard render with 10,000 devices
 * in headless Chromium. Goal: that first-load JS under 120 KB gzip, dashboard rendered within
 * 1.5 s on localhost.
 *
 * The client is built with Vite's JS API into a temp dir, which the API (bench/server.ts, as
 * bench/api.ts starts it, BENCH_WEB_DIR) serves on the bench fleet database of bench/api.ts
 * (`partnerhub_bench_api`, seeded by bench/api-seed.ts when missing). Chromium (Debian's, via
 * playwright-core) signs in through the UI as an MSP admin, then each run opens a fresh page at `/`
 * and measures, in the page's own clock from navigation start, until the dashboard shows device
 * rows and the usage cards' figures; then until the whole list (pages of 100) has loaded. That is
 * the warm figure (assets in the browser's cache, as for someone who opened the dashboard
 * before); the cold one opens each run in a new browser context (an empty cache, the session
 * cookie copied over), as on a first visit.
 *
 * Last, the live figure (bench/web-live.ts): from a job starting on a simulated Comet server to
 * its running sliver on the device's dashboard row, over BENCH_LIVE_JOBS jobs. Goal: 2 s.
 *
 * Env: DATABASE_URL (server to use), BENCH_RUNS (default 5), BENCH_LIVE_JOBS (default 10),
 * CHROMIUM (default /usr/bin/chromium).
 */

const DB_NAME = "partnerhub_bench_api";
const ENTRY_LIMIT_KB = 120;
const RENDER_LIMIT_MS = 1500;
const LIVE_LIMIT_MS = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIVE_JOBS = Number(process.env.BENCH_LIVE_JOBS ?? 10);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const kb = (n: number) => (n / 1024).toFixed(1);

async function bundleSizes(outDir: string) {
  await build({
    configFile: path.resolve("web/vite.config.ts"),
    build: { outDir, emptyOutDir: true, manifest: true },
    logLevel: "silent",
  });
  const html = await readFile(path.join(outDir, "index.html"), "utf8");
  const entry = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(js|css)$/.test(f)).sort();
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const f of files) {
    const buf = await readFile(path.join(outDir, f));
    sizes.set(f, { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  if (!entry || !sizes.has(entry)) throw new Error(`entry script not found in index.html (${entry})`);
  const entrySize = sizes.get(entry)!;
  print("entry gzip KB", kb(entrySize.gzip), `(limit ${ENTRY_LIMIT_KB})`);
  print("entry raw KB", kb(entrySize.raw));
  // The entry script alone understates a first visit: its static imports (Solid, the router, the
  // GraphQL client) load with it, and `/` then loads the dashboard chunk and its own imports.
  const firstLoad = await firstLoadFiles(outDir, DASHBOARD_MODULE);
  const firstLoadGzip = firstLoad.reduce((a, f) => a + (sizes.get(f)?.gzip ?? 0), 0);
  print("first-load JS gzip KB", kb(firstLoadGzip), `(limit ${ENTRY_LIMIT_KB})`);
  print("first-load JS files", firstLoad.length);
  const css = [...sizes].filter(([f]) => f.endsWith(".css"));
  for (const [f, s] of css) print(`css ${path.basename(f).replace(/-[\w-]{8}\.css$/, "")} gzip KB`, kb(s.gzip));
  // Lazy chunks: every other JS asset, named by Vite after its module (DashboardPage-abc123.js).
  for (const [f, s] of sizes) {
    if (f === entry || !f.endsWith(".js")) continue;
    print(`chunk ${path.basename(f).replace(/-[\w-]{8}\.js$/, "")} gzip KB`, kb(s.gzip));
  }
  const total = [...sizes.values()].reduce((a, s) => a + s.gzip, 0);
  print("all assets gzip KB", kb(total));
}

/** The dashboard's page module, as Vite's manifest names it (relative to the web root). */
const DASHBOARD_MODULE = "src/dashboard/DashboardPage.tsx";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JS files a first visit to `/` loads: the entry and its static imports, then the dashboard
 * page chunk and its static imports (walked in Vite's build manifest; dynamic imports excluded).
 */
async function firstLoadFiles(outDir: string, page: string): Promise<string[]> {
  const manifest: Record<string, ManifestChunk> = JSON.parse(
    await readFile(path.join(outDir, ".vite/manifest.json"), "utf8"),
  );
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} not found in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  visit(page);
  return [...files];
}

/** In the page: ms since navigation start once device rows and the usage figures are on screen. */
const firstRenderProbe = () => {
  const row = document.querySelector(".device-list__rows .device-row__name");
  const figures = [...document.querySelectorAll(".usage-card .usage-figures strong")];
  const ready = row !== null && figures.length >= 2 && figures.every((el) => (el.textContent ?? "").trim() !== "");
  return ready ? performance.now() : false;
};

/** In the page: ms since navigation start once "N of N devices" shows with no "loading". */
const allLoadedProbe = () => {
  const text = document.querySelector(".devices-count")?.textContent ?? "";
  const m = /^(\d+) of (\d+) devices$/.exec(text.trim());
  return m && m[1] === m[2] ? performance.now() : false;
};

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), "partnerhub-web-"));
  const api0: { stop?: () => Promise<void> } = {};
  try {
    await bundleSizes(tmp);

    const baseUrl = loadConfig().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const seed = await prepareFleet(baseUrl, DB_NAME, (line) => console.error(`  seed: ${line}`));
    print("seed", seed.reused ? "reused" : "created");
    const db = await buildDb({ databaseUrl: seed.url, migrate: false, poolMax: 2 });
    const [c] = await db.prisma.$queryRawUnsafe<Array<{ devices: number }>>(
      `SELECT count(*)::int AS devices FROM "Device" WHERE "mspId" = $1`,
      seed.mspId,
    );
    const admin = await createLogin(db.prisma, { mspId: seed.mspId, role: "MSP_ADMIN" });
    await db.close();
    print("measured msp devices", c?.devices ?? 0);

    const api = await startServerChild("api", { DATABASE_URL: seed.url, LOG_LEVEL: "warn", BENCH_WEB_DIR: tmp });
    api0.stop = () => api.stop();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const signIn = await context.newPage();
      await signIn.goto(api.url);
      await signIn.fill('input[name="email"]', admin.email);
      await signIn.fill('input[name="password"]', admin.password);
      await signIn.click('button[type="submit"]');
      await signIn.waitForSelector(".device-list__rows .device-row__name", { timeout: 30_000 });
      await signIn.close();

      const first: number[] = [];
      const all: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await context.newPage();
        await page.goto(api.url, { waitUntil: "commit" });
        const t = await page.waitForFunction(firstRenderProbe, undefined, { polling: "raf", timeout: 30_000 });
        first.push((await t.jsonValue()) as number);
        const a = await page
          .waitForFunction(allLoadedProbe, undefined, { polling: 50, timeout: 60_000 })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => undefined);
        if (a !== undefined) all.push(a);
        await page.close();
      }
      // Cold: a new context per run has an empty HTTP cache; the session cookie is all it shares.
      const cookies = await context.cookies();
      const cold: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        await fresh.addCookies(cookies);
        const page = await fresh.newPage();
        await page.goto(api.url, { waitUntil: "commit" });
        const t = await page.waitForFunction(firstRenderProbe, undefined, { polling: "raf", timeout: 30_000 });
        cold.push((await t.jsonValue()) as number);
        await fresh.close();
      }
      const sorted = (xs: number[]) => Float64Array.from(xs).sort();
      print("dashboard runs", RUNS);
      print("dashboard first render ms run 1 (after sign-in)", Math.round(first[0]!));
      print("dashboard first render ms p50", Math.round(percentile(sorted(first), 50)), `(limit ${RENDER_LIMIT_MS})`);
      print("dashboard first render ms max", Math.round(Math.max(...first)));
      print(
        "dashboard first render cold cache ms p50",
        Math.round(percentile(sorted(cold), 50)),
        `(limit ${RENDER_LIMIT_MS})`,
      );
      print("dashboard first render cold cache ms max", Math.round(Math.max(...cold)));
      if (all.length > 0) {
        print(`dashboard all ${c?.devices ?? 0} devices loaded ms p50`, Math.round(percentile(sorted(all), 50)));
        print(`dashboard all ${c?.devices ?? 0} devices loaded ms max`, Math.round(Math.max(...all)));
      } else print("dashboard all devices loaded", "not reached within 60 s");

      // The bench fleet's API is done; the live figure runs on its own stack.
      await api.stop();
      // The test kit's stack takes its database from DATABASE_URL: PostgreSQL here, as above.
      process.env.DATABASE_URL ??= baseUrl;
      const live = await measureLiveSliver({ browser, webDir: tmp, jobs: LIVE_JOBS });
      const ms = sorted(live.latenciesMs);
      print("live fleet devices", live.devices);
      print("live jobs", ms.length);
      print("live sliver latency p50 ms", Math.round(percentile(ms, 50)), `(limit ${LIVE_LIMIT_MS})`);
      print("live sliver latency max ms", Math.round(Math.max(...ms)));
    } finally {
      await browser.close();
    }
  } finally {
    await api0.stop?.();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
