import { decodeGlobalID } from "@pothos/plugin-relay";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { JOB_STATUS } from "../../comet/client/constants.js";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";
import type { ActionEventsSubscription, RunBackupInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { narrow, source } from "../../test/operations.js";

/**
 * Device actions over their whole life, watched like a client does: `deviceActionEvents` on a
 * real graphql-ws socket while the simulator connects devices and ends jobs, and the workers
 * (stream, follow, dispatch on connect) move the actions.
 */

const ActionEvents = graphql(`
  subscription ActionEvents($after: String) {
    deviceActionEvents(after: $after) {
      cursor kind deviceActionId deviceId customerId actionKind status summary jobId errorMessage
    }
  }
`);
const RunBackup = graphql(`
  mutation ActionEventsRunBackup($input: RunBackupInput!) {
    runBackup(input: $input) {
      __typename
      ... on DeviceAction { id status }
      ... on UserError { message }
    }
  }
`);

type Event = ActionEventsSubscription["deviceActionEvents"];

let kit: ActionKit;
const clients: Client[] = [];
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await kit?.stack.stop();
});

async function latestSequence(): Promise<string> {
  const rows = await kit.stack.db.prisma.$queryRawUnsafe<{ max: string | null }[]>(
    `SELECT max("sequence")::text AS max FROM "LiveEvent"`,
  );
  return rows[0]?.max ?? "0";
}

/** Subscribes as `role` from the current end of the event log; collects every non-heartbeat event. */
async function watch(role: Role) {
  const token = await kit.stack.login(kit.logins[role]);
  const client = createClient({
    url: `${kit.stack.url.replace("http", "ws")}graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const events: Event[] = [];
  const errors: unknown[] = [];
  client.subscribe<ActionEventsSubscription>(
    { query: source(ActionEvents), variables: { after: await latestSequence() } },
    {
      next: (r) => {
        if (r.errors) errors.push(...r.errors);
        const e = r.data?.deviceActionEvents;
        if (e && e.kind !== "HEARTBEAT") events.push(e);
      },
      error: (err) => errors.push(err),
      complete: () => {},
    },
  );
  const of = (actionId: string) => events.filter((e) => e.deviceActionId === kit.gid("DeviceAction", actionId));
  return { events, errors, of, statusesOf: (actionId: string) => of(actionId).map((e) => e.status) };
}

async function backupInput(deviceId: string, extra: Partial<RunBackupInput> = {}): Promise<{ input: RunBackupInput }> {
  const prisma = kit.stack.db.prisma;
  const item = await prisma.protectedItem.findFirstOrThrow({ where: { deviceId } });
  const vault = await prisma.storageVault.findFirstOrThrow({ where: { accountId: item.accountId } });
  return {
    input: {
      deviceId: kit.gid("Device", deviceId),
      protectedItemId: kit.gid("ProtectedItem", item.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      ...extra,
    },
  };
}

async function startBackup(role: Role, deviceId: string, extra: Partial<RunBackupInput> = {}) {
  const res = await kit.run(role, RunBackup, await backupInput(deviceId, extra));
  expect(res.data?.runBackup.__typename, JSON.stringify(res)).toBe("DeviceAction");
  const action = narrow(res.data!.runBackup, "DeviceAction");
  return kit.stack.db.prisma.deviceAction.findUniqueOrThrow({
    where: { id: decodeGlobalID(action.id).id },
  });
}

/** Waits until the action is RUNNING (its job mirrored) and returns its Comet job GUID. */
async function runningJob(actionId: string): Promise<string> {
  const action = await kit.waitFor(async () => {
    const a = await kit.stack.db.prisma.deviceAction.findUniqueOrThrow({ where: { id: actionId } });
    return a.status === "RUNNING" && a.cometJobId ? a : null;
  });
  return action.cometJobId!;
}

const statusOf = async (id: string) =>
  (await kit.stack.db.prisma.deviceAction.findUniqueOrThrow({ where: { id } })).status;

describe("device action lifecycle", () => {
  it("runs a queued backup when its device connects: QUEUED -> DISPATCHED -> RUNNING -> SUCCEEDED, live", async () => {
    const adminA = await watch("adminA");
    const bravoOwner = await watch("bravoOwner");
    const adminB = await watch("adminB");
    const device = await kit.device({ online: false });
    const action = await startBackup("operatorA", device.id, { queue: { expiresInHours: 1 } });
    expect(action.status).toBe("QUEUED");
    // B's own action, to show B's subscription is live while A's actions move.
    const charlie = await kit.device({ online: true, customer: "charlie" });
    const bAction = await startBackup("adminB", charlie.id);

    kit.stack.sims.shared!.control.setDeviceOnline(device.username, device.cometDeviceId, true);
    const guid = await runningJob(action.id);
    kit.stack.sims.shared!.control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
    await kit.waitFor(async () => adminA.statusesOf(action.id).includes("SUCCEEDED"));
    expect(adminA.statusesOf(action.id)).toEqual(["QUEUED", "DISPATCHED", "RUNNING", "SUCCEEDED"]);
    const job = await kit.stack.db.prisma.job.findFirstOrThrow({ where: { cometJobId: guid } });
    expect(adminA.of(action.id).at(-1)).toMatchObject({ jobId: kit.gid("Job", job.id), errorMessage: null });

    await kit.waitFor(async () => adminB.of(bAction.id).length > 0);
    expect(adminB.events.every((e) => e.deviceActionId === kit.gid("DeviceAction", bAction.id))).toBe(true);
    // Same MSP, other customer: nothing of alpha's either.
    expect(bravoOwner.events).toEqual([]);
    expect([...adminA.errors, ...adminB.errors, ...bravoOwner.errors]).toEqual([]);
  });

  it("ends a dispatched backup SUCCEEDED when its job succeeds and FAILED when it ends in error", async () => {
    const device = await kit.device({ online: true });
    const control = kit.stack.sims.shared!.control;
    const failing = await startBackup("adminA", device.id);
    // RUNNING already when the stream delivered the job before Comet's reply (linkKnownJob).
    expect(["DISPATCHED", "RUNNING"]).toContain(failing.status);
    control.finishJob(await runningJob(failing.id), JOB_STATUS.FAILED_ERROR);
    await kit.waitFor(async () => (await statusOf(failing.id)) === "FAILED");
    const failed = await kit.stack.db.prisma.deviceAction.findUniqueOrThrow({ where: { id: failing.id } });
    expect(failed.errorMessage).toBe("the backup ended with status Error");
    expect(failed.finishedAt).not.toBeNull();

    const succeeding = await startBackup("adminA", device.id);
    control.finishJob(await runningJob(succeeding.id), JOB_STATUS.STOP_SUCCESS);
    await kit.waitFor(async () => (await statusOf(succeeding.id)) === "SUCCEEDED");
  });
});
