import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The browser tests (`npm run test:browser`): the real stack and the built web client driven by
 * Debian's Chromium through playwright-core. Kept out of `npm test`, which needs no browser.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  // As in vitest.config.ts: one graphql instance for Node and Vite.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    name: "browser",
    environment: "node",
    include: ["web/e2e/**/*.browser.test.ts"],
    globalSetup: ["web/e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
  },
});
