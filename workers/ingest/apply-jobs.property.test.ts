import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BackupJobDetail } from "../../comet/client/index.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildJob, buildProfile, outbox, seedTenant } from "../../test/ingest.js";
import { applyJobs } from "./apply-jobs.js";
import { applyProfiles } from "./apply-profiles.js";
import type { IngestContext } from "./context.js";
import { compareJobKeys, type JobKey, statusRank } from "./job-order.js";

/**
 * Property: for any set of jobs, any duplication, reordering and batching of their observations
 * (pending 6004 -> running 6001 with Counter 0..n -> abandoned 7007 -> revived 6002 with higher
 * Counters -> final 5000/7001/7002/7005, each step optional except the first running one), split
 * into batches of 1-4 (so duplicates also meet inside one batch):
 *  1. every job row ends equal to the row in-order delivery (one observation per call) produces;
 *  2. per job, the outbox events' state keys (statusRank, progressCounter, endedAt, uploadBytes)
 *     strictly increase, so no state is announced twice and none after a later one;
 *  3. exactly one event carries the final row's state, it is the job's last event, and its topic
 *     is job.ended when the final state is terminal (job.started/job.progress when running);
 *  4. at most one job.started per job;
 *  5. delivering everything again changes no row and writes no event.
 */

let db: TestDb;
let shuffled: IngestContext;
let inOrder: IngestContext;

beforeAll(async () => {
  db = await createTestDb();
  shuffled = (await seedTenant(db)).ctx;
  inOrder = (await seedTenant(db)).ctx;
  for (const ctx of [shuffled, inOrder]) {
    await applyProfiles(ctx, [
      { username: "acme-1", profile: buildProfile("acme-1", { devices: { d1: { name: "PC" } } }) },
    ]);
  }
});
afterAll(async () => {
  await db?.destroy();
});

const lifecycleArb = fc.record({
  pending: fc.boolean(),
  progress: fc.integer({ min: 0, max: 3 }),
  abandon: fc.boolean(),
  revive: fc.boolean(),
  revivedProgress: fc.integer({ min: 0, max: 2 }),
  final: fc.constantFrom(null, 5000, 7001, 7002, 7005),
});
type Lifecycle = typeof lifecycleArb extends fc.Arbitrary<infer T> ? T : never;

/** A job's observations in the order Comet produced them. */
function observations(guid: string, l: Lifecycle): BackupJobDetail[] {
  const out: BackupJobDetail[] = [];
  const at = (Status: number, Counter: number, EndTime = 0) =>
    out.push(
      buildJob({
        GUID: guid,
        Username: "acme-1",
        DeviceID: "d1",
        Status,
        EndTime,
        UploadSize: Counter * 100,
        Progress: { Counter } as never,
      }),
    );
  if (l.pending) at(6004, 0);
  let counter = 0;
  at(6001, counter);
  for (let i = 0; i < l.progress; i++) at(6001, ++counter);
  if (l.abandon) {
    at(7007, counter, 1_700_000_500);
    if (l.revive) {
      at(6002, ++counter);
      for (let i = 0; i < l.revivedProgress; i++) at(6002, ++counter);
    }
  }
  if (l.final) at(l.final, counter, 1_700_000_900);
  return out;
}

const scenarioArb = fc
  .array(lifecycleArb, { minLength: 1, maxLength: 3 })
  .map((ls) => ls.map((l, i) => observations(`job-${i}`, l)))
  .chain((perJob) => {
    const all = perJob.flat();
    return fc.record({
      perJob: fc.constant(perJob),
      delivery: fc
        .array(fc.constantFrom(...all), { maxLength: 6 })
        .chain((dups) => fc.shuffledSubarray([...all, ...dups], { minLength: all.length + dups.length })),
      batchSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }),
    });
  });

function batches<T>(items: T[], sizes: number[]): T[][] {
  const out: T[][] = [];
  for (let i = 0, k = 0; i < items.length; k++) {
    const n = sizes[k % sizes.length]!;
    out.push(items.slice(i, i + n));
    i += n;
  }
  return out;
}

const rowColumns = {
  cometJobId: true,
  cometStatus: true,
  outcome: true,
  statusRank: true,
  isRunning: true,
  startedAt: true,
  endedAt: true,
  uploadBytes: true,
  progressCounter: true,
  classification: true,
  cometDeviceId: true,
  totalBytes: true,
} as const; // prettier-ignore

const rowsOf = (ctx: IngestContext) =>
  db.prisma.job.findMany({ where: { serverId: ctx.server.id }, select: rowColumns, orderBy: { cometJobId: "asc" } });

const keyOf = (p: Record<string, unknown>): JobKey => ({
  rank: statusRank(Number(p.cometStatus)),
  counter: Number(p.progressCounter),
  endedAtMs: p.endedAt ? Date.parse(String(p.endedAt)) : 0,
  uploadBytes: BigInt(String(p.uploadBytes)),
});

async function checkEvents(mspId: string, finals: Awaited<ReturnType<typeof rowsOf>>) {
  const events = (await outbox(db, mspId)).filter((e) => e.topic.startsWith("job."));
  for (const row of finals) {
    const mine = events.filter((e) => e.payload.cometJobId === row.cometJobId);
    const keys = mine.map((e) => keyOf(e.payload));
    for (let i = 1; i < keys.length; i++) expect(compareJobKeys(keys[i]!, keys[i - 1]!)).toBeGreaterThan(0);
    const finalKey = keyOf({ ...row, endedAt: row.endedAt?.toISOString() });
    const matching = mine.filter((e) => compareJobKeys(keyOf(e.payload), finalKey) === 0);
    expect(matching).toHaveLength(1);
    expect(mine.at(-1)).toBe(matching[0]);
    expect(matching[0]!.topic).toEqual(
      row.isRunning ? expect.stringMatching(/^job\.(started|progress)$/) : "job.ended",
    );
    expect(mine.filter((e) => e.topic === "job.started").length).toBeLessThanOrEqual(1);
  }
  return events.length;
}

it("any duplication, reordering and batching of job observations converges to the in-order row, announced once", async () => {
  await fc.assert(
    fc.asyncProperty(scenarioArb, async ({ perJob, delivery, batchSizes }) => {
      await db.prisma.$executeRawUnsafe(`TRUNCATE "Job", "DeviceAction", "LiveEvent"`);
      for (const obs of perJob.flat()) await applyJobs(inOrder, [obs]);
      for (const batch of batches(delivery, batchSizes)) await applyJobs(shuffled, batch);
      const expected = await rowsOf(inOrder);
      const actual = await rowsOf(shuffled);
      expect(actual).toEqual(expected);
      const mspId = shuffled.server.mspId!;
      const eventCount = await checkEvents(mspId, actual);
      const again = await applyJobs(shuffled, delivery);
      expect(again.inserted + again.updated).toBe(0);
      expect(await rowsOf(shuffled)).toEqual(actual);
      expect((await outbox(db, mspId)).filter((e) => e.topic.startsWith("job."))).toHaveLength(eventCount);
    }),
    { numRuns: 25 },
  );
}, 120_000);
