import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startSimulator } from "../comet/simulator/index.js";
import { loadConfig } from "../config.js";
import { buildDb } from "../prisma/db.js";
import { buildSecretBox } from "../secret-box.js";
import { createTestDataDir, createTestDb } from "../test/db.js";
import { smallFleet } from "../test/workers.js";
import { parseWorkerArgs, UsageError, usage } from "./main.js";

describe("worker command line", () => {
  it("runs the worker process when given no arguments", () => {
    expect(parseWorkerArgs([])).toEqual({ mode: "worker" });
  });

  it("parses a one-off job with its flags", () => {
    expect(parseWorkerArgs(["heartbeat", "--server=obc", "--dry-run", "--verbose"])).toEqual({
      mode: "job",
      job: "heartbeat",
      payload: { server: "obc" },
      dryRun: true,
      verbose: true,
    });
    expect(parseWorkerArgs(["rollups", "--day", "2026-01-31"])).toMatchObject({ payload: { day: "2026-01-31" } });
  });

  it("lists every job and flag in --help", () => {
    expect(parseWorkerArgs(["reconcile", "--help"])).toEqual({ mode: "help" });
    for (const word of ["heartbeat", "reconcile", "stalled-monitor", "rollups", "retention", "--server", "--dry-run"]) {
      expect(usage()).toContain(word);
    }
  });

  it("rejects unknown jobs, unknown flags, missing values and stray flags with a clear message", () => {
    expect(() => parseWorkerArgs(["nope"])).toThrow(/unknown job "nope"; jobs: .*heartbeat/);
    expect(() => parseWorkerArgs(["heartbeat", "--sever=obc"])).toThrow(/unknown flag --sever/);
    expect(() => parseWorkerArgs(["heartbeat", "--server"])).toThrow(/--server needs a value/);
    expect(() => parseWorkerArgs(["heartbeat", "reconcile"])).toThrow(UsageError);
    expect(() => parseWorkerArgs(["--dry-run"])).toThrow(/flags need a job name/);
  });
});

function runCli(args: string[], env: Record<string, string>) {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const child = spawn(tsx, ["workers/main.ts", ...args], { env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
}

/** The child's database: the test's PostgreSQL database when DATABASE_URL is set, else a PGlite dir. */
async function cliDatabase(dir: string) {
  if (loadConfig().DATABASE_URL) {
    const db = await createTestDb();
    return { db, env: { DATABASE_URL: db.databaseUrl!, DATA_DIR: dir }, done: () => db.destroy() };
  }
  // The migrated template, copied into the directory (initdb and the migrations would take seconds).
  await createTestDataDir(dir);
  const db = await buildDb({ dataDir: dir, migrate: false });
  // PGlite allows one process per data directory: close it before the child opens it.
  return { db, env: { DATABASE_URL: "", DATA_DIR: dir }, done: async () => {}, closeFirst: true };
}

describe("npm run worker -- <job> (a real process)", { timeout: 60_000 }, () => {
  it("runs heartbeat once for one server, prints what it did and its counts, and exits 0", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ph-worker-cli-"));
    const key = randomBytes(32).toString("hex");
    const sim = await startSimulator({ seed: 3, autoRun: false, fleet: smallFleet });
    const target = await cliDatabase(dir);
    try {
      const msp = await target.db.prisma.msp.create({ data: { slug: "cli", name: "CLI MSP" } });
      await target.db.prisma.cometServer.create({
        data: {
          profileName: "obc",
          name: "OBC",
          baseUrl: sim.url,
          adminUsername: "admin",
          adminPasswordEnc: buildSecretBox(Buffer.from(key, "hex")).encrypt("admin"),
          mspId: msp.id,
        },
      });
      if (target.closeFirst) await target.db.close();
      const ok = await runCli(["heartbeat", "--server=obc"], { ...target.env, REDIS_URL: "", ENCRYPTION_KEY: key });
      expect(ok.stderr).toBe("");
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/^obc: \d+ online/m);
      expect(ok.stdout).toMatch(/^servers: 1$/m);
    } finally {
      await sim.stop();
      await target.done();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("exits 2 with the usage text on a bad flag", async () => {
    const bad = await runCli(["heartbeat", "--bogus"], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown flag --bogus/);
    expect(bad.stderr).toMatch(/usage: npm run worker/);
  });
});
