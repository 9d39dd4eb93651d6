import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_CLASSIFICATION, JOB_STATUS } from "../../comet/client/constants.js";
import type { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { buildJob, buildProfile, outbox, seedTenant } from "../../test/ingest.js";
import { applyJobs } from "./apply-jobs.js";
import { applyProfiles } from "./apply-profiles.js";

/**
 * Device actions following the jobs the ingest worker mirrors: by the GUID Comet returned, or (for
 * dispatcher calls that return none) by kind, vault and start time. Each change is an
 * `action.updated` event written with the job's.
 */

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.destroy();
});

const T0 = 1_700_000_000;
const profile = () =>
  buildProfile("acme-1", {
    devices: { dev1: { name: "Laptop" }, dev2: { name: "Desktop" } },
    sources: { src1: { engine: "engine1/file", owner: "dev1" } },
    vaults: { vault1: {}, vault2: {} },
  });

async function setup() {
  const t = await seedTenant(db);
  await applyProfiles(t.ctx, [{ username: "acme-1", profile: profile() }]);
  const device = await db.prisma.device.findFirstOrThrow({ where: { serverId: t.server.id, cometDeviceId: "dev1" } });
  const action = (kind: DeviceActionKind, o: { cometJobId?: string; dispatchedAt?: number; vault?: string } = {}) =>
    db.prisma.deviceAction.create({
      data: {
        mspId: device.mspId,
        customerId: device.customerId,
        serverId: device.serverId,
        accountId: device.accountId,
        deviceId: device.id,
        kind,
        status: "DISPATCHED",
        params: o.vault ? { destinationId: o.vault, destinationName: o.vault } : {},
        summary: `${kind} test`,
        requestedByKind: "USER",
        cometJobId: o.cometJobId ?? null,
        dispatchedAt: new Date((o.dispatchedAt ?? T0) * 1000),
      },
    });
  const statuses = async () => {
    const events = (await outbox(db, t.msp.id)).filter((e) => e.topic === "action.updated");
    return events.map((e) => `${String(e.payload.summary)}: ${String(e.payload.status)}`);
  };
  const status = async (id: string) => (await db.prisma.deviceAction.findUniqueOrThrow({ where: { id } })).status;
  return { ...t, device, action, statuses, status };
}

const job = (GUID: string, o: Record<string, unknown> = {}) =>
  buildJob({ GUID, Username: "acme-1", DeviceID: "dev1", DestinationGUID: "vault1", StartTime: T0 + 1, ...o });

describe("following jobs", () => {
  it("links the job Comet named to its action and follows it to SUCCEEDED, one event per change", async () => {
    const s = await setup();
    const a = await s.action("RUN_BACKUP", { cometJobId: "g1", vault: "vault1" });
    await applyJobs(s.ctx, [job("g1")]);
    const running = await db.prisma.deviceAction.findUniqueOrThrow({ where: { id: a.id }, include: { job: true } });
    expect(running).toMatchObject({ status: "RUNNING", cometJobId: "g1" });
    expect(running.job?.cometJobId).toBe("g1");
    expect(running.startedAt?.getTime()).toBe((T0 + 1) * 1000);
    await applyJobs(s.ctx, [job("g1", { Progress: { Counter: 3 } })]);
    await applyJobs(s.ctx, [job("g1", { Status: JOB_STATUS.FAILED_WARNING, EndTime: T0 + 60 })]);
    const done = await db.prisma.deviceAction.findUniqueOrThrow({ where: { id: a.id } });
    expect(done).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
    expect(done.finishedAt?.getTime()).toBe((T0 + 60) * 1000);
    expect(await s.statuses()).toEqual(["RUN_BACKUP test: RUNNING", "RUN_BACKUP test: SUCCEEDED"]);
  });

  it("fails the action with the job's status in words when the job ends in error", async () => {
    const s = await setup();
    const a = await s.action("RUN_BACKUP", { cometJobId: "g2", vault: "vault1" });
    // Started and ended within one batch: the action goes straight to its end.
    await applyJobs(s.ctx, [job("g2"), job("g2", { Status: JOB_STATUS.FAILED_ERROR, EndTime: T0 + 9 })]);
    const row = await db.prisma.deviceAction.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "FAILED", errorMessage: "the backup ended with status Error" });
    expect(await s.statuses()).toEqual(["RUN_BACKUP test: FAILED"]);
  });

  it("matches a job without a GUID by kind, vault and start time, oldest action first", async () => {
    const s = await setup();
    const reindex = { Classification: JOB_CLASSIFICATION.REINDEX };
    const first = await s.action("REINDEX_VAULT", { vault: "vault1", dispatchedAt: T0 + 100 });
    const second = await s.action("REINDEX_VAULT", { vault: "vault1", dispatchedAt: T0 + 200 });
    await applyJobs(s.ctx, [
      job("backup", { StartTime: T0 + 150 }),
      job("other-vault", { ...reindex, DestinationGUID: "vault2", StartTime: T0 + 150 }),
      job("other-device", { ...reindex, DeviceID: "dev2", StartTime: T0 + 150 }),
      job("too-early", { ...reindex, StartTime: T0 + 90 }),
    ]);
    expect([await s.status(first.id), await s.status(second.id)]).toEqual(["DISPATCHED", "DISPATCHED"]);
    // Within the slack before dispatch (Comet's whole seconds, the reply in flight): it counts.
    await applyJobs(s.ctx, [job("r1", { ...reindex, StartTime: T0 + 97 })]);
    expect([await s.status(first.id), await s.status(second.id)]).toEqual(["RUNNING", "DISPATCHED"]);
    await applyJobs(s.ctx, [job("r1", { ...reindex, Status: JOB_STATUS.FAILED_TIMEOUT, EndTime: T0 + 300 })]);
    await applyJobs(s.ctx, [job("r2", { ...reindex, StartTime: T0 + 250 })]);
    const rows = await db.prisma.deviceAction.findMany({ where: { id: { in: [first.id, second.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first.id)).toMatchObject({
      status: "FAILED",
      cometJobId: "r1",
      errorMessage: "the reindex ended with status Timeout",
    });
    expect(byId.get(second.id)).toMatchObject({ status: "RUNNING", cometJobId: "r2" });
  });

  it("never moves an ended action, nor gives one job to a second action", async () => {
    const s = await setup();
    const update = { Classification: JOB_CLASSIFICATION.UPDATE, DestinationGUID: "" };
    const named = await s.action("RUN_BACKUP", { cometJobId: "g3", vault: "vault1" });
    await db.prisma.deviceAction.update({ where: { id: named.id }, data: { status: "CANCELLED" } });
    await applyJobs(s.ctx, [job("g3")]);
    const a = await s.action("UPDATE_SOFTWARE");
    await applyJobs(s.ctx, [job("u1", update)]);
    const b = await s.action("UPDATE_SOFTWARE");
    // u1 moves on, even after its end (a late, larger upload count): it stays a's; b waits for its own job.
    const ended = { ...update, Status: JOB_STATUS.STOP_SUCCESS, EndTime: T0 + 30 };
    await applyJobs(s.ctx, [job("u1", ended)]);
    expect(await applyJobs(s.ctx, [job("u1", { ...ended, UploadSize: 500 })])).toMatchObject({ updated: 1 });
    const states: DeviceActionStatus[] = [await s.status(named.id), await s.status(a.id), await s.status(b.id)];
    expect(states).toEqual(["CANCELLED", "SUCCEEDED", "DISPATCHED"]);
  });
});
