import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds without an exports map: Node loads the
  // CJS one for dependencies (Pothos, Yoga) while Vite would pick the ESM one for our sources,
  // and two graphql instances reject each other's types. Make Vite use the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    pool: "forks",
    // Two cores: more workers than that only adds PGlite start-up contention.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    // A test that runs no expect() passes whatever the code does: fail it instead.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", "data/**", "web/**", "scratch/**"],
          // The server tests mock nothing and share no module state (every one builds its own stack,
          // database and simulators and stops them): a worker keeps its modules between files, so the
          // schema, Prisma's client and PGlite's compiled (and warmed-up) WebAssembly load once per
          // worker instead of once per file.
          isolate: false,
        },
      },
      {
        // The web client's logic and components, in a DOM, compiled the way Vite builds them.
        plugins: [solid()],
        resolve: { conditions: ["development", "browser"] },
        test: {
          name: "web",
          root: "web",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          expect: { requireAssertions: true },
        },
      },
    ],
  },
});
