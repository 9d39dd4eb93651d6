import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";
import { roundTripCounter } from "../../test/round-trips.js";

/** Cancelling and abandoning running jobs, and reading device actions back. */

const result = `
    __typename
    ... on DeviceAction { id kind status summary }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }`;

const mutations = {
  cancelJob: `mutation($input: CancelJobInput!) { cancelJob(input: $input) { ${result} } }`,
  abandonJob: `mutation($input: AbandonJobInput!) { abandonJob(input: $input) { ${result} } }`,
};
type Name = keyof typeof mutations;

interface Outcome {
  __typename: string;
  id?: string;
  kind?: string;
  status?: string;
  summary?: string;
  message?: string;
}

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;
const prisma = () => kit.stack.db.prisma;

async function act(role: Role, name: Name, jobId: string, extra: Record<string, unknown> = {}): Promise<Outcome> {
  const res = await kit.run<Record<Name, Outcome>>(role, mutations[name], { input: { jobId, ...extra } });
  if (res.errors) return { __typename: String(res.errors[0]!.extensions?.code) };
  return res.data![name];
}

/** A job the simulator starts on an online device of `customer` and that only control calls move, once mirrored. */
async function runningJob(customer: "alpha" | "bravo" = "alpha") {
  const device = await kit.device({ online: true, customer });
  const guid = sim().startJob({ username: device.username, deviceId: device.cometDeviceId });
  const job = await kit.waitFor(() => prisma().job.findFirst({ where: { cometJobId: guid, isRunning: true } }));
  return { device, guid, job, gid: kit.gid("Job", job.id) };
}

const ended = (id: string) =>
  kit.waitFor(async () => {
    const job = await prisma().job.findUniqueOrThrow({ where: { id } });
    return job.isRunning ? null : job;
  });

describe("cancelJob", () => {
  it("asks the device to cancel the running job, which then ends cancelled", async () => {
    const { device, guid, job, gid } = await runningJob();
    const action = await act("operatorA", "cancelJob", gid);
    expect(action).toMatchObject({ __typename: "DeviceAction", kind: "CANCEL_JOB", status: "SUCCEEDED" });
    expect(action.summary).toBe("Cancel backup job");
    expect(sim().calls({ pathPrefix: "admin/job/cancel" }).at(-1)?.params).toMatchObject({
      TargetUser: device.username,
      JobID: guid,
    });
    expect((await ended(job.id)).outcome).toBe("CANCELLED");
  });

  it("refuses a job that is not running (ConflictError), an offline device and an unknown job, without calling Comet", async () => {
    const { device, guid, job, gid } = await runningJob();
    sim().finishJob(guid);
    await ended(job.id);
    sim().clearCalls();
    expect((await act("adminA", "cancelJob", gid)).__typename).toBe("ConflictError");
    expect((await act("adminA", "abandonJob", gid)).__typename).toBe("ConflictError");

    const stuck = await runningJob();
    const actionsBefore = await prisma().deviceAction.count({ where: { deviceId: stuck.device.id } });
    await sim().setDeviceOnline(stuck.device.username, stuck.device.cometDeviceId, false);
    await kit.waitFor(
      async () => !(await prisma().device.findUniqueOrThrow({ where: { id: stuck.device.id } })).isOnline,
    );
    expect((await act("adminA", "cancelJob", stuck.gid)).__typename).toBe("DeviceOfflineError");
    await sim().setDeviceOnline(stuck.device.username, stuck.device.cometDeviceId, true);

    const unknownJob = kit.gid("Job", "00000000-0000-0000-0000-000000000000");
    expect((await act("adminA", "cancelJob", unknownJob)).__typename).toBe("NotFoundError");
    expect((await act("adminA", "cancelJob", kit.gid("Device", device.id))).__typename).toBe("InvalidInputError");
    expect(sim().calls({ pathPrefix: "admin/job" })).toEqual([]);
    expect(await prisma().deviceAction.count({ where: { deviceId: stuck.device.id } })).toBe(actionsBefore);
  });

  it("replays a repeated idempotency key after the job has ended", async () => {
    const { job, gid } = await runningJob();
    const key = { idempotencyKey: `cancel-${job.id}` };
    const first = await act("adminA", "cancelJob", gid, key);
    expect(first.__typename).toBe("DeviceAction");
    await ended(job.id);
    expect((await act("adminA", "cancelJob", gid, key)).id).toBe(first.id);
    const other = await runningJob();
    expect((await act("adminA", "cancelJob", other.gid, key)).__typename).toBe("IdempotencyConflictError");
  });
});

describe("abandonJob", () => {
  it("marks a job whose device went away abandoned, without the device", async () => {
    const { device, guid, job, gid } = await runningJob();
    await sim().setDeviceOnline(device.username, device.cometDeviceId, false);
    await kit.waitFor(async () => !(await prisma().device.findUniqueOrThrow({ where: { id: device.id } })).isOnline);
    const action = await act("adminA", "abandonJob", gid);
    expect(action).toMatchObject({ __typename: "DeviceAction", kind: "ABANDON_JOB", status: "SUCCEEDED" });
    expect(sim().calls({ pathPrefix: "admin/job/abandon" }).at(-1)?.params).toMatchObject({ JobID: guid });
    expect((await ended(job.id)).outcome).toBe("ABANDONED");
    await sim().setDeviceOnline(device.username, device.cometDeviceId, true);
  });
});

describe("who may act on jobs", () => {
  it("lets customer owners cancel (allowed by default) but abandon only when their MSP allows it", async () => {
    const first = await runningJob();
    expect((await act("alphaViewer", "cancelJob", first.gid)).__typename).toBe("FORBIDDEN");
    for (const role of ["bravoOwner", "adminB"] as const) {
      expect((await act(role, "cancelJob", first.gid)).__typename).toBe("NotFoundError");
    }
    expect(await act("alphaOwner", "cancelJob", first.gid)).toMatchObject({ __typename: "DeviceAction" });

    const second = await runningJob();
    sim().clearCalls();
    expect((await act("alphaOwner", "abandonJob", second.gid)).__typename).toBe("ForbiddenError");
    expect(sim().calls({ pathPrefix: "admin/job" })).toEqual([]);
    const msp = { where: { id: kit.msps.a.id } };
    const before = await prisma().msp.findUniqueOrThrow(msp);
    await prisma().msp.update({
      ...msp,
      data: { customerOwnerActions: [...before.customerOwnerActions, "ABANDON_JOB"] },
    });
    try {
      expect(await act("alphaOwner", "abandonJob", second.gid)).toMatchObject({ __typename: "DeviceAction" });
      expect((await ended(second.job.id)).outcome).toBe("ABANDONED");
    } finally {
      await prisma().msp.update({ ...msp, data: { customerOwnerActions: before.customerOwnerActions } });
    }
  });
});

const deviceActions = `query($first: Int!, $after: String, $statuses: [DeviceActionStatus!], $kinds: [DeviceActionKind!], $deviceId: ID, $customerId: ID) {
  deviceActions(first: $first, after: $after, statuses: $statuses, kinds: $kinds, deviceId: $deviceId, customerId: $customerId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind status summary createdAt device { id friendlyName } job { cometJobId } } }
  }
}`;

interface ActionsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: { id: string; kind: string; status: string; createdAt: string; device: { id: string } } }[];
}

/** Fills a device's history with `n` finished actions, one minute apart, without any Comet call. */
async function history(
  device: { id: string; mspId: string; customerId: string | null; serverId: string; accountId: string },
  n: number,
) {
  const base = Date.now() - 86_400_000;
  await prisma().deviceAction.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      mspId: device.mspId,
      customerId: device.customerId,
      serverId: device.serverId,
      accountId: device.accountId,
      deviceId: device.id,
      kind: i % 2 ? ("RUN_BACKUP" as const) : ("REINDEX_VAULT" as const),
      status: i % 3 ? ("SUCCEEDED" as const) : ("FAILED" as const),
      summary: `history ${i}`,
      requestedByKind: "USER",
      createdAt: new Date(base + i * 60_000),
    })),
  });
}

describe("reading actions", () => {
  it("lists a device's actions newest first, filtered by status, through Device.actions and deviceActions", async () => {
    const device = await kit.device({ online: false, customer: "bravo" });
    await history(device, 6);
    const res = await kit.run<{ node: { actions: ActionsPage } }>(
      "bravoOwner",
      `query($id: ID!) { node(id: $id) { ... on Device { actions(first: 10, statuses: [FAILED]) {
        totalCount edges { node { id kind status summary createdAt device { id friendlyName } job { cometJobId } } } } } } }`,
      { id: kit.gid("Device", device.id) },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data!.node.actions;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.status)).toEqual(["FAILED", "FAILED"]);
    const times = page.edges.map((e) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const all = await kit.run<{ deviceActions: ActionsPage }>("bravoOwner", deviceActions, {
      first: 4,
      kinds: ["REINDEX_VAULT"],
    });
    expect(all.data!.deviceActions.totalCount).toBe(3);
    expect(all.data!.deviceActions.edges.every((e) => e.node.kind === "REINDEX_VAULT")).toBe(true);
    // Paging on: the next page starts after the cursor.
    const firstTwo = await kit.run<{ deviceActions: ActionsPage }>("adminA", deviceActions, {
      first: 2,
      deviceId: kit.gid("Device", device.id),
    });
    const next = await kit.run<{ deviceActions: ActionsPage }>("adminA", deviceActions, {
      first: 2,
      deviceId: kit.gid("Device", device.id),
      after: firstTwo.data!.deviceActions.pageInfo.endCursor,
    });
    const ids = [...firstTwo.data!.deviceActions.edges, ...next.data!.deviceActions.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
  });

  it("shows each viewer only their tenant's actions", async () => {
    const bravo = await kit.device({ online: false, customer: "bravo" });
    await history(bravo, 1);
    const gid = kit.gid("Device", bravo.id);
    const theirs = await kit.run<{ deviceActions: ActionsPage }>("adminB", deviceActions, { first: 50, deviceId: gid });
    expect(theirs.data!.deviceActions).toMatchObject({ totalCount: 0, edges: [] });
    const alpha = await kit.run<{ deviceActions: ActionsPage }>("alphaViewer", deviceActions, {
      first: 50,
      customerId: kit.gid("Customer", kit.customers.bravo.id),
    });
    expect(alpha.data!.deviceActions.totalCount).toBe(0);
    const mine = await kit.run<{ deviceActions: ActionsPage }>("bravoOwner", deviceActions, { first: 50 });
    expect(mine.data!.deviceActions.totalCount).toBeGreaterThan(0);
    expect(mine.data!.deviceActions.edges.every((e) => e.node.device.id === gid)).toBe(true);
  });

  it("loads a page of actions with their devices and jobs in constant round trips", async () => {
    const device = await kit.device({ online: true, customer: "alpha" });
    await history(device, 60);
    const counter = roundTripCounter(prisma());
    const token = await kit.stack.login(kit.logins.adminA);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await counter.execute<{ deviceActions: ActionsPage }>(token, deviceActions, {
        first,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.deviceActions.edges.length).toBe(first);
      return roundTrips;
    };
    // session lookup + one findMany (device and job loaded with it) + one count
    expect(await countFor(2)).toBe(3);
    expect(await countFor(50)).toBe(3);
  });
});
