import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Device } from "../../prisma/generated/prisma/client.js";
import type { JobOutcome } from "../../prisma/generated/prisma/enums.js";
import type { JobsListQuery, JobsListQueryVariables } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";
import { world } from "../../test/world.js";

/**
 * Jobs as a user reads them: two MSPs share one Comet server, MSP A also owns a server of its
 * own. Simulator history gives every device real jobs; a few rows with exact outcomes and times
 * are inserted on one device of customer alpha.
 */

const Jobs = graphql(`
  query JobsList($first: Int!, $after: String, $startedAfter: DateTime, $startedBefore: DateTime,
    $statuses: [JobStatus!], $outcomes: [JobOutcome!], $classifications: [JobClassification!], $deviceId: ID,
    $accountId: ID, $customerId: ID, $serverId: ID, $isRunning: Boolean) {
    jobs(first: $first, after: $after, startedAfter: $startedAfter, startedBefore: $startedBefore, statuses: $statuses,
      outcomes: $outcomes, classifications: $classifications, deviceId: $deviceId, accountId: $accountId,
      customerId: $customerId, serverId: $serverId, isRunning: $isRunning) {
      totalCount
      edges { node { ...JobsFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
graphql(`
  fragment JobsFields on Job {
    id cometJobId classification classificationLabel outcome outcomeLabel status statusLabel cometStatus isRunning
    startedAt endedAt durationSeconds uploadBytes totalBytes totalFiles
    progress { counter bytesDone itemsDone itemsTotal lastProgressAt percent }
    deviceId deviceName accountId accountUsername protectedItemName engine engineLabel storageVaultName
    customerId customerName
  }
`);
type JobNode = JobsListQuery["jobs"]["edges"][number]["node"];
const JobById = graphql(`
  query JobsById($id: ID!) {
    job(id: $id) { id status }
    node(id: $id) { id ... on Job { outcome } }
  }
`);

let stack: Stack;
const w = world()
  .msp("a", "MSP A")
  .customer("alpha", "Alpha Co")
  .customer("bravo", "Bravo Co")
  .customer("delta", "Delta Co")
  .msp("b", "MSP B")
  .customer("charlie", "Charlie Co")
  .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
  .server("own", { sim: "own", msp: "a" })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("adminB", { msp: "b", role: "MSP_OPERATOR" })
  .login("alphaViewer", { customer: "alpha", role: "CUSTOMER_VIEWER" });
const { logins, msps, customers, servers } = w;
let alphaDevice: Device;
const inserted: Record<string, string> = {};
// The test's own jobs sit just before the simulators' 6 hours of history, so no simulated job of
// the same device ever falls in their windows (that made counts depend on the time of day).
const now = Date.now() - 7 * 3_600_000;
const minutesAgo = (m: number) => new Date(now - m * 60_000);

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      shared: {
        historyHours: 6,
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 2 },
                { slug: "bravo", accounts: 1 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 2 }] },
          ],
        },
      },
      own: {
        seed: 11,
        historyHours: 6,
        fleet: { organizations: [{ id: "", name: "Own", customers: [{ slug: "delta", accounts: 1 }] }] },
      },
    },
    linkAccounts: true,
    seed: w.seed,
  });
  alphaDevice = await stack.db.prisma.device.findFirstOrThrow({
    where: { customerId: customers.alpha.id, protectedItems: { some: {} } },
  });
  const item = await stack.db.prisma.protectedItem.findFirstOrThrow({ where: { deviceId: alphaDevice.id } });
  const vault = await stack.db.prisma.storageVault.findFirstOrThrow({ where: { accountId: alphaDevice.accountId } });
  // Exact outcomes, each one minute apart, newest first: the device's latest jobs.
  const rows: Array<[JobOutcome, number, boolean]> = [
    ["REVIVED", 6002, true],
    ["TIMEOUT", 7000, false],
    ["QUOTA_EXCEEDED", 7003, false],
    ["CANCELLED", 7005, false],
    ["SKIPPED", 7006, false],
    ["ABANDONED", 7007, false],
    ["WARNING", 7001, false],
    ["MISSED", 7004, false],
    ["SUCCESS", 5000, false],
  ];
  for (const [i, [outcome, cometStatus, isRunning]] of rows.entries()) {
    w.job(outcome, {
      device: alphaDevice,
      item,
      outcome,
      cometStatus,
      isRunning,
      classification: outcome === "WARNING" ? "RETENTION" : "BACKUP",
      startedAt: minutesAgo(1 + i),
      endedAt: isRunning ? null : minutesAgo(i + 0.5),
      data: {
        storageVaultId: vault.id,
        cometDestinationId: vault.cometDestinationId,
        statusRank: 4,
        progressCounter: 3,
        progressItemsDone: 25n,
        progressItemsTotal: isRunning ? 200n : 0n,
      },
    });
  }
  // The world recomputes the device's latest-job columns of the jobs it wrote.
  const jobs: Record<string, { id: string }> = (await w.build()).jobs;
  for (const [outcome, job] of Object.entries(jobs)) inserted[outcome] = encodeGlobalID("Job", job.id);
}, 180_000);

afterAll(() => stack?.stop());

async function allJobs(as: TestLogin, variables: Partial<JobsListQueryVariables> = {}): Promise<JobNode[]> {
  const nodes: JobNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<JobsListQuery> = await execute(stack, Jobs, { first: 100, after, ...variables }, as);
    expect(res.errors).toBeUndefined();
    const page: JobsListQuery["jobs"] = res.data!.jobs;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const deviceGid = () => encodeGlobalID("Device", alphaDevice.id);

describe("jobs", () => {
  it("lists exactly the viewer's jobs, newest first, across pages", async () => {
    const a = await allJobs(logins.adminA);
    expect(a.length).toBe(await stack.db.prisma.job.count({ where: { mspId: msps.a.id } }));
    expect(new Set(a.map((j) => j.id)).size).toBe(a.length);
    const starts = a.map((j) => Date.parse(j.startedAt));
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
    expect(new Set(a.map((j) => j.accountUsername.split("-")[0]))).toEqual(new Set(["alpha", "bravo", "delta"]));
    const b = await allJobs(logins.adminB);
    expect(new Set(b.map((j) => j.accountUsername.split("-")[0]))).toEqual(new Set(["charlie"]));
    const alpha = await allJobs(logins.alphaViewer);
    expect(alpha.length).toBeGreaterThan(0);
    expect(new Set(alpha.map((j) => j.customerName))).toEqual(new Set(["Alpha Co"]));
    // Small pages walk the same list.
    const first = await execute(stack, Jobs, { first: 3 }, logins.adminA);
    const second = await execute(stack, Jobs, { first: 3, after: first.data!.jobs.pageInfo.endCursor }, logins.adminA);
    expect([...first.data!.jobs.edges, ...second.data!.jobs.edges].map((e) => e.node.id)).toEqual(
      a.slice(0, 6).map((j) => j.id),
    );
  });

  it("normalises Comet outcomes: revived is running; timeout, quota, cancelled, skipped and abandoned are errors", async () => {
    const jobs = await allJobs(logins.adminA, {
      deviceId: deviceGid(),
      startedAfter: minutesAgo(10).toISOString(),
      startedBefore: minutesAgo(-1).toISOString(),
    });
    const byOutcome = Object.fromEntries(jobs.map((j) => [j.outcome, j]));
    expect(byOutcome.REVIVED).toMatchObject({ status: "RUNNING", statusLabel: "Running", isRunning: true });
    expect(byOutcome.REVIVED!.outcomeLabel).toBe("Running (revived)");
    expect(byOutcome.REVIVED!.progress).toMatchObject({ counter: 3, percent: 12.5 });
    expect(byOutcome.REVIVED!.endedAt).toBeNull();
    for (const outcome of ["TIMEOUT", "QUOTA_EXCEEDED", "CANCELLED", "SKIPPED", "ABANDONED"]) {
      expect(byOutcome[outcome]).toMatchObject({ status: "ERROR", statusLabel: "Error" });
    }
    expect(byOutcome.SKIPPED!.outcomeLabel).toBe("Skipped (already running)");
    expect(byOutcome.WARNING!.status).toBe("WARNING");
    expect(byOutcome.MISSED!.status).toBe("MISSED");
    expect(byOutcome.SUCCESS).toMatchObject({ status: "SUCCESS", durationSeconds: 30 });
    expect(byOutcome.SUCCESS!.progress.percent).toBeNull();
    // Names of related rows come along.
    expect(byOutcome.SUCCESS).toMatchObject({ deviceName: alphaDevice.friendlyName, customerName: "Alpha Co" });
    expect(byOutcome.SUCCESS!.protectedItemName).not.toBeNull();
    expect(byOutcome.SUCCESS!.engineLabel).not.toBeNull();
    expect(byOutcome.SUCCESS!.storageVaultName).not.toBeNull();
  });

  it("narrows by status, outcome, kind, running state and time as a user expects", async () => {
    const device = {
      deviceId: deviceGid(),
      startedAfter: minutesAgo(10).toISOString(),
      startedBefore: minutesAgo(-1).toISOString(),
    };
    const outcomes = async (v: Partial<JobsListQueryVariables>) =>
      (await allJobs(logins.adminA, { ...device, ...v })).map((j) => j.outcome).sort();
    expect(await outcomes({ statuses: ["ERROR"] })).toEqual(
      ["ABANDONED", "CANCELLED", "QUOTA_EXCEEDED", "SKIPPED", "TIMEOUT"].sort(),
    );
    expect(await outcomes({ statuses: ["RUNNING", "MISSED"] })).toEqual(["MISSED", "REVIVED"]);
    expect(await outcomes({ outcomes: ["TIMEOUT", "SUCCESS"] })).toEqual(["SUCCESS", "TIMEOUT"]);
    expect(await outcomes({ classifications: ["RETENTION"] })).toEqual(["WARNING"]);
    expect(await outcomes({ isRunning: true })).toEqual(["REVIVED"]);
    expect((await outcomes({ isRunning: false })).length).toBe(8);
    // Minute 1 REVIVED, 2 TIMEOUT, 3 QUOTA_EXCEEDED...: [3.5 min ago, 1.5 min ago) holds two.
    expect(
      await outcomes({ startedAfter: minutesAgo(3.5).toISOString(), startedBefore: minutesAgo(1.5).toISOString() }),
    ).toEqual(["QUOTA_EXCEEDED", "TIMEOUT"]);
    expect(await outcomes({ statuses: [] })).toHaveLength(9);
    // Status over the whole MSP: every listed job's normalised status is the one asked for.
    const errors = await allJobs(logins.adminA, { statuses: ["ERROR"] });
    expect(errors.every((j) => j.status === "ERROR")).toBe(true);
    expect(errors.length).toBeLessThan((await allJobs(logins.adminA)).length);
  });

  it("narrows by device, account, customer and server, and a wrong or foreign id gives an empty list", async () => {
    const all = await allJobs(logins.adminA);
    const count = (where: object) => stack.db.prisma.job.count({ where: { mspId: msps.a.id, ...where } });
    expect((await allJobs(logins.adminA, { deviceId: deviceGid() })).length).toBe(
      await count({ deviceId: alphaDevice.id }),
    );
    const accountId = encodeGlobalID("CometAccount", alphaDevice.accountId);
    const byAccount = await allJobs(logins.adminA, { accountId });
    expect(byAccount.length).toBe(await count({ accountId: alphaDevice.accountId }));
    const byCustomer = await allJobs(logins.adminA, { customerId: encodeGlobalID("Customer", customers.alpha.id) });
    expect(new Set(byCustomer.map((j) => j.customerName))).toEqual(new Set(["Alpha Co"]));
    const own = await allJobs(logins.adminA, { serverId: encodeGlobalID("CometServer", servers.own.id) });
    const shared = await allJobs(logins.adminA, { serverId: encodeGlobalID("CometServer", servers.shared.id) });
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((j) => j.customerName))).toEqual(new Set(["Delta Co"]));
    expect(own.length + shared.length).toBe(all.length);
    // A device id passed as an account id, or garbage: nothing, not an error.
    expect(await allJobs(logins.adminA, { accountId: deviceGid() })).toEqual([]);
    expect(await allJobs(logins.adminA, { deviceId: "not-an-id" })).toEqual([]);
    // Another MSP's device, and a customer filtering for a sibling customer: nothing.
    expect(await allJobs(logins.adminB, { deviceId: deviceGid() })).toEqual([]);
    expect(await allJobs(logins.alphaViewer, { customerId: encodeGlobalID("Customer", customers.bravo.id) })).toEqual(
      [],
    );
  });

  it("returns another tenant's job as null through job(id) and node(id)", async () => {
    const id = inserted.TIMEOUT!;
    const mine = await execute(stack, JobById, { id }, logins.alphaViewer);
    expect(mine.data).toEqual({ job: { id, status: "ERROR" }, node: { id, outcome: "TIMEOUT" } });
    for (const as of [logins.adminB]) {
      const theirs = await execute(stack, JobById, { id }, as);
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data).toEqual({ job: null, node: null });
    }
    const { bravoViewer } = (await w.login("bravoViewer", { customer: "bravo", role: "CUSTOMER_OWNER" }).build())
      .logins;
    expect((await execute(stack, JobById, { id }, bravoViewer)).data).toEqual({ job: null, node: null });
    // A Device ID passed to job(id) is not a job.
    expect((await execute(stack, JobById, { id: deviceGid() }, logins.adminA)).data?.job).toBeNull();
  });
});

describe("query planning", () => {
  it("loads a page of jobs with device, account, item, vault and customer names in constant round trips", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Jobs, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.jobs.edges.length).toBe(first);
      return roundTrips;
    };
    // session lookup + one findMany (names selected into it) + one count
    expect(await countFor(2)).toBe(3);
    expect(await countFor(50)).toBe(3);
  });
});
