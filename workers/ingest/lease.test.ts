import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { type IngestFixture, startIngestFixture, testConfig, testLogger, waitFor } from "../../test/workers.js";
import { buildWorkers, type Workers } from "../index.js";
import { buildLeases, leaseKey } from "./lease.js";

describe("stream lease", () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  it("grants a server to one holder at a time and hands it over on release", async () => {
    db = await createTestDb();
    const a = buildLeases(db, testLogger());
    const b = buildLeases(db, testLogger());
    expect(await a.tryAcquire("server-1")).toBe(true);
    expect(await a.tryAcquire("server-1")).toBe(true);
    expect(await b.tryAcquire("server-1")).toBe(false);
    expect(await b.tryAcquire("server-2")).toBe(true);
    await a.release("server-1");
    expect(await b.tryAcquire("server-1")).toBe(true);
    expect(a.isHeld("server-1")).toBe(false);
    await Promise.all([a.close(), b.close()]);
  });
});

// Several worker processes sharing one database exist only on PostgreSQL: PGlite is one process
// by construction (DATA_DIR lock). CI runs this suite a second time with DATABASE_URL set.
describe.runIf(loadConfig().DATABASE_URL)(
  "stream lease across worker processes (PostgreSQL)",
  { timeout: 90_000 },
  () => {
    let fx: IngestFixture | undefined;
    const running: Workers[] = [];
    afterEach(async () => {
      for (const w of running.splice(0)) await w.stop();
      await fx?.close();
    });

    it("lets exactly one of two supervisors hold the stream, survives a dead lease connection, and hands over on stop", async () => {
      fx = await startIngestFixture();
      const build = (id: string) =>
        buildWorkers({ ...fx!, config: testConfig({ WORKER_ID: id }), logger: testLogger(), schedule: "none" });
      const first = build("worker-a");
      const second = build("worker-b");
      running.push(first, second);
      await first.start();
      await second.start();
      await first.reconciled(fx.profileName);
      expect(first.health().map((h) => h.heldByMe)).toEqual([true]);
      expect(second.health()).toEqual([]);
      const row = () => fx!.db.prisma.cometServer.findUniqueOrThrow({ where: { id: fx!.serverId } });
      expect((await row()).streamHolder).toBe("worker-a");

      // The holder's lease connection dies (as when its process is killed): the lock goes with it.
      const admin = new pg.Client({ connectionString: fx.db.databaseUrl });
      await admin.connect();
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = 727003 AND objid::int = $1",
        [leaseKey(fx.serverId)],
      );
      await admin.end();
      await waitFor("one holder again", async () => {
        const holders = [first, second].filter((w) => w.health()[0]?.state === "CONNECTED");
        return holders.length === 1 && (await row()).streamHolder === (holders[0] === first ? "worker-a" : "worker-b");
      });

      await first.stop();
      running.shift();
      await waitFor("takeover", () => second.health()[0]?.state === "CONNECTED");
      await waitFor("holder recorded", async () => {
        const r = await row();
        return r.streamHolder === "worker-b" && r.streamState === "CONNECTED";
      });
    });
  },
);
