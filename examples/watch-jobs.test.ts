import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_STATUS } from "../comet/client/constants.js";
import { createLogin, createMsp, registerServer, type TestLogin } from "../test/seed.js";
import { type Stack, startStack } from "../test/stack.js";

/**
 * The job watcher as an integrator runs it: a separate process with an API key, stopped and
 * started again while the simulated Comet server keeps running jobs. Across the restart it must
 * print every job event of its MSP exactly once, in order, and nothing of the other MSP.
 */

let stack: Stack;
const ids = { mspA: "" };
let admin: TestLogin;
let key = "";
let dir = "";
const watchers: ChildProcess[] = [];

beforeAll(async () => {
  stack = await startStack({
    // Heartbeats every second move the saved cursor while the stream is quiet.
    config: { SUBSCRIPTION_HEARTBEAT_SECONDS: 1 },
    simulators: {
      shared: {
        historyHours: 0,
        fleet: {
          organizations: [
            { id: "org-a", name: "A", customers: [{ slug: "alpha", accounts: 2 }] },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 1 }] },
          ],
          devicesPerAccount: [1, 1],
        },
      },
    },
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      ids.mspA = mspA.id;
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      admin = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
    },
  });
  const created = await stack.execute<{ createApiKey: { key: string } }>(
    `mutation { createApiKey(input: { name: "watcher", capabilities: [READ] }) { ... on CreateApiKeyPayload { key } } }`,
    {},
    { as: admin },
  );
  key = created.data!.createApiKey.key;
  dir = mkdtempSync(join(tmpdir(), "watch-jobs-"));
}, 120_000);

afterAll(async () => {
  for (const w of watchers) w.kill();
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts the script; `lines` fills with its stdout lines as they arrive. */
function watch() {
  const child = spawn(process.execPath, ["--import", "tsx", "examples/watch-jobs.ts"], {
    env: {
      ...process.env,
      PARTNER_HUB_URL: `${stack.url}graphql`,
      PARTNER_HUB_API_KEY: key,
      PARTNER_HUB_CURSOR_FILE: join(dir, "cursor"),
    },
  });
  watchers.push(child);
  const lines: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts);
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    lines,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
    },
  };
}

/** Jobs of both MSPs through the simulator's event stream; resolves once all are ingested. */
async function runJobs(n: number) {
  const control = stack.sims.shared!.control;
  const guids = control.listAccounts().map((account) => {
    const guid = control.startJob({ username: account.username, deviceId: account.devices[0]!.deviceId });
    control.finishJob(guid, n % 2 ? JOB_STATUS.STOP_SUCCESS : JOB_STATUS.FAILED_ERROR);
    return guid;
  });
  await waitFor(async () => {
    const ended = await stack.db.prisma.job.count({ where: { cometJobId: { in: guids }, isRunning: false } });
    return ended === guids.length;
  });
}

/** Job event cursors of MSP A in the outbox after `baseline`, in order. */
async function outboxCursors(baseline: string): Promise<string[]> {
  const rows = await stack.db.prisma.$queryRawUnsafe<{ sequence: string }[]>(
    `SELECT "sequence"::text AS sequence FROM "LiveEvent"
     WHERE "mspId" = $1 AND "topic" LIKE 'job.%' AND "sequence" > $2::bigint ORDER BY "sequence"`,
    ids.mspA,
    baseline,
  );
  return rows.map((r) => r.sequence);
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("examples/watch-jobs.ts", () => {
  it("prints each of its MSP's job events once across a restart, resuming from the saved cursor", async () => {
    const rows = await stack.db.prisma.$queryRawUnsafe<{ max: string | null }[]>(
      `SELECT max("sequence")::text AS max FROM "LiveEvent"`,
    );
    const baseline = rows[0]?.max ?? "0";
    writeFileSync(join(dir, "cursor"), baseline);

    // Run 1: events from before the script started are replayed from the saved cursor.
    await runJobs(1);
    const first = watch();
    const expectedFirst = await outboxCursors(baseline);
    // At least one event for each of MSP A's two jobs.
    expect(expectedFirst.length).toBeGreaterThanOrEqual(2);
    await waitFor(() => first.lines.length >= expectedFirst.length);
    await first.stop();

    // Missed while stopped, then more while the second run replays and goes live.
    await runJobs(2);
    const second = watch();
    await runJobs(3);
    const live = await outboxCursors(baseline);
    await waitFor(() => first.lines.length + second.lines.length >= live.length);
    // A last round: a duplicate of anything replayed or delivered so far would be printed before it.
    await runJobs(4);
    const expected = await outboxCursors(baseline);
    expect(expected.length).toBeGreaterThan(live.length);
    await waitFor(() => second.lines.some((l) => (JSON.parse(l) as { cursor: string }).cursor === expected.at(-1)));
    // Heartbeat cursors trail the events by a period (core/live/resume.ts): the saved cursor reaches
    // the last event within two heartbeats.
    const saved = () => BigInt(readFileSync(join(dir, "cursor"), "utf8"));
    await waitFor(() => saved() >= BigInt(expected.at(-1)!));
    await second.stop();

    const events = [...first.lines, ...second.lines].map((l) => JSON.parse(l) as { cursor: string; kind: string });
    expect(events.map((e) => e.cursor)).toEqual(expected);
    expect(events.every((e) => ["STARTED", "PROGRESS", "ENDED"].includes(e.kind))).toBe(true);
    expect(saved()).toBeGreaterThanOrEqual(BigInt(expected.at(-1)!));
    expect(second.stderr()).toBe("");
  });
});
