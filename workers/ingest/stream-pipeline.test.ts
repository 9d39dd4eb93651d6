import { afterEach, describe, expect, it } from "vitest";
import { type IngestFixture, startIngestFixture, testLogger, waitFor } from "../../test/workers.js";
import { buildWorkers, type Workers } from "../index.js";

// Job writes are pipelined (several batches in flight). Tiny batches plus duplicated and shuffled
// delivery put one job's start and end into different, concurrently written batches.
describe("pipelined job writes", { timeout: 90_000 }, () => {
  let fx: IngestFixture | undefined;
  let workers: Workers | undefined;
  afterEach(async () => {
    await workers?.stop();
    await fx?.close();
  });

  it("converge to each job's final state, with job.ended as each job's last event in outbox order", async () => {
    fx = await startIngestFixture({ config: { INGEST_BATCH_MAX: 7, INGEST_FLUSH_MS: 0 } });
    workers = buildWorkers({ ...fx, logger: testLogger(), schedule: "none" });
    await workers.start();
    await workers.reconciled(fx.profileName);
    fx.sim.control.duplicateNext(300);
    fx.sim.control.shuffleNext(300);
    const guids = new Set(fx.sim.control.burstJobs(150));

    const rows = await waitFor("all burst jobs ended", async () => {
      const found = await fx!.db.prisma.job.findMany({
        where: { cometJobId: { in: [...guids] }, isRunning: false },
        select: { cometJobId: true, cometStatus: true },
      });
      return found.length === guids.size ? found : undefined;
    });
    for (const r of rows) expect(fx.sim.control.getJob(r.cometJobId)?.Status).toBe(r.cometStatus);

    const outbox = await fx.db.prisma.liveEvent.findMany({
      where: { topic: { startsWith: "job." } },
      orderBy: { sequence: "asc" },
    });
    const perJob = new Map<string, string[]>();
    for (const e of outbox) {
      const id = String((e.payload as { cometJobId: string }).cometJobId);
      if (guids.has(id)) perJob.set(id, [...(perJob.get(id) ?? []), e.topic]);
    }
    expect(perJob.size).toBe(guids.size);
    for (const topics of perJob.values()) {
      expect(topics.filter((t) => t === "job.ended")).toHaveLength(1);
      expect(topics.at(-1)).toBe("job.ended");
    }
  });
});
