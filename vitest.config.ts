import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds without an exports map: Node loads the
  // CJS one for dependencies (Pothos, Yoga) while Vite would pick the ESM one for our sources,
  // and two graphql instances reject each other's types. Make Vite use the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "data/**", "web/**", "scratch/**"],
    pool: "forks",
    // Two cores: more workers than that only adds PGlite start-up contention.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
  },
});
