import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLogger } from "../../log.js";
import type { DeviceActionKind, DeviceActionStatus } from "../../prisma/generated/prisma/enums.js";
import { type ActionKit, startActionKit } from "../../test/actions.js";
import { buildJobContext } from "../job-context.js";
import { deviceActions, noJobMinutes } from "./device-actions.js";
import type { JobContext } from "./job.js";

/** The device-action sweep against a whole stack: the simulator's call log shows what reached Comet. */

let kit: ActionKit;
let ctx: JobContext;
beforeAll(async () => {
  kit = await startActionKit();
  const { db, live, config, secrets } = kit.stack;
  ctx = buildJobContext({ db, live, config, secrets, logger: buildLogger("silent", "test") }, { print: () => {} });
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;
const prisma = () => kit.stack.db.prisma;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** An action row as the dispatch core writes it, for states no mutation can put it in directly. */
async function insertAction(
  device: { id: string },
  o: { kind?: DeviceActionKind; status: DeviceActionStatus; dispatchedAt?: Date; expiresAt?: Date; jobId?: string },
) {
  const d = await prisma().device.findUniqueOrThrow({ where: { id: device.id } });
  const item = await prisma().protectedItem.findFirstOrThrow({ where: { deviceId: d.id } });
  const vault = await prisma().storageVault.findFirstOrThrow({ where: { accountId: d.accountId } });
  const params = {
    sourceId: item.cometSourceId,
    sourceName: item.description,
    destinationId: vault.cometDestinationId,
    destinationName: vault.description,
  };
  return prisma().deviceAction.create({
    data: {
      mspId: d.mspId,
      customerId: d.customerId,
      serverId: d.serverId,
      accountId: d.accountId,
      deviceId: d.id,
      kind: o.kind ?? "RUN_BACKUP",
      status: o.status,
      params: o.kind && o.kind !== "RUN_BACKUP" ? {} : params,
      summary: "sweep test",
      requestedByKind: "USER",
      expiresAt: o.expiresAt ?? null,
      dispatchedAt: o.dispatchedAt ?? null,
      jobId: o.jobId ?? null,
    },
  });
}

const statusOf = async (id: string) => (await prisma().deviceAction.findUniqueOrThrow({ where: { id } })).status;

describe("device-actions job", () => {
  it("expires a queued action whose time ran out, without any Comet call, even once its device is online", async () => {
    const device = await kit.device({ online: false });
    const queued = await insertAction(device, { status: "QUEUED", expiresAt: minutesAgo(1) });
    sim().clearCalls();
    await sim().setDeviceOnline(device.username, device.cometDeviceId, true);
    await kit.waitFor(async () => (await prisma().device.findUniqueOrThrow({ where: { id: device.id } })).isOnline);
    const result = await deviceActions.run(ctx, {});
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const row = await prisma().deviceAction.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row.status).toBe("EXPIRED");
    expect(row.errorMessage).toContain("nothing was sent");
    expect(sim().calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    // Run again: nothing left to do, nothing sent.
    await deviceActions.run(ctx, {});
    expect(await statusOf(queued.id)).toBe("EXPIRED");
    expect(sim().calls({ pathPrefix: "admin/dispatcher/run-backup" })).toEqual([]);
  });

  it("sends a queued action whose device is online (a connection the hook did not see)", async () => {
    const device = await kit.device({ online: true });
    const queued = await insertAction(device, { status: "QUEUED", expiresAt: new Date(Date.now() + 3_600_000) });
    sim().clearCalls();
    const result = await deviceActions.run(ctx, {});
    expect(result.dispatched).toBeGreaterThanOrEqual(1);
    expect(["DISPATCHED", "RUNNING"]).toContain(await statusOf(queued.id));
    expect(sim().calls({ pathPrefix: "admin/dispatcher/run-backup-custom" })).toHaveLength(1);
    // Already sent: a second sweep does not send it again.
    await deviceActions.run(ctx, {});
    expect(sim().calls({ pathPrefix: "admin/dispatcher/run-backup-custom" })).toHaveLength(1);
  });

  it(`fails a dispatched action that saw no job for ${noJobMinutes} minutes and leaves a recent one waiting`, async () => {
    const device = await kit.device({ online: true });
    const old = await insertAction(device, {
      kind: "UPDATE_SOFTWARE",
      status: "DISPATCHED",
      dispatchedAt: minutesAgo(noJobMinutes + 1),
    });
    const recent = await insertAction(device, {
      kind: "UPDATE_SOFTWARE",
      status: "DISPATCHED",
      dispatchedAt: minutesAgo(2),
    });
    await deviceActions.run(ctx, {});
    const failed = await prisma().deviceAction.findUniqueOrThrow({ where: { id: old.id } });
    expect(failed).toMatchObject({ status: "FAILED", errorMessage: expect.stringContaining("no job started") });
    expect(await statusOf(recent.id)).toBe("DISPATCHED");
  });

  it("ends a running action whose job ended while nobody followed it", async () => {
    const device = await kit.device({ online: true });
    const ended = await prisma().job.findFirstOrThrow({
      where: { mspId: device.mspId, isRunning: false, outcome: "SUCCESS", classification: "BACKUP" },
    });
    const running = await insertAction(device, { status: "RUNNING", dispatchedAt: minutesAgo(5), jobId: ended.id });
    await deviceActions.run(ctx, {});
    expect(await prisma().deviceAction.findUniqueOrThrow({ where: { id: running.id } })).toMatchObject({
      status: "SUCCEEDED",
      cometJobId: ended.cometJobId,
    });
  });

  it("changes nothing and calls nobody on a dry run", async () => {
    const device = await kit.device({ online: true });
    const queued = await insertAction(device, { status: "QUEUED", expiresAt: new Date(Date.now() + 3_600_000) });
    sim().clearCalls();
    const result = await deviceActions.run({ ...ctx, dryRun: true }, {});
    expect(result.dispatched).toBeGreaterThanOrEqual(1);
    expect(await statusOf(queued.id)).toBe("QUEUED");
    expect(sim().calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
  });
});
