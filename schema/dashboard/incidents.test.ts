import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fleet, seedFleet } from "../../test/dashboard.js";
import type {
  DashboardIncidentsQuery,
  DashboardIncidentsQueryVariables,
  SnoozeIncidentInput,
} from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted, narrow } from "../../test/operations.js";
import { roundTripCounter } from "../../test/round-trips.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * Incidents over the exact fleet of dashboard-test-kit.ts: open ones are d2's missed job, d1's
 * warning (Whole disk), d1's error (Documents) and d4's cancelled job, newest first. d1's running
 * retention job (no item) is not an incident; the revoked device's error and MSP B's are not A's.
 */

const Incidents = graphql(`
  query DashboardIncidents($first: Int!, $after: String, $customerId: ID) {
    incidents(first: $first, after: $after, customerId: $customerId) {
      totalCount
      edges { cursor node {
        id status deviceId deviceName accountId accountUsername customerId customerName protectedItemId protectedItemName canSnooze
        job { id status outcome outcomeLabel startedAt endedAt }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Snooze = graphql(`
  mutation DashboardSnooze($input: SnoozeIncidentInput!) {
    snoozeIncident(input: $input) {
      __typename
      ... on IncidentSnooze { id deviceId protectedItemId incidentId snoozedUntil isActive reason }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
      ... on NotFoundError { objectType }
    }
  }
`);
const Unsnooze = graphql(`
  mutation DashboardUnsnooze($input: UnsnoozeIncidentInput!) {
    unsnoozeIncident(input: $input) {
      __typename
      ... on IncidentSnooze { id isActive snoozedUntil }
      ... on NotFoundError { objectType }
    }
  }
`);
const Snoozes = graphql(`
  query DashboardSnoozes {
    incidentSnoozes(first: 10) { totalCount edges { node { id } } }
  }
`);

let stack: Stack;
let fleet: Fleet;

beforeAll(async () => {
  stack = await startStack();
  fleet = await seedFleet(stack.db.prisma);
}, 60_000);

afterAll(() => stack?.stop());

async function incidents(as: TestLogin, variables: Partial<DashboardIncidentsQueryVariables> = {}) {
  const res = await execute(stack, Incidents, { first: 20, ...variables }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.incidents;
}

const names = (page: DashboardIncidentsQuery["incidents"]) =>
  page.edges.map((e) => `${e.node.deviceName}/${e.node.protectedItemName ?? "-"}:${e.node.job.outcome}`);

async function snooze(as: TestLogin, input: SnoozeIncidentInput) {
  const res = await execute(stack, Snooze, { input }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.snoozeIncident;
}
/** A snooze that must succeed. */
const snoozed = async (as: TestLogin, input: SnoozeIncidentInput) => narrow(await snooze(as, input), "IncidentSnooze");

async function activeSnoozes(as: TestLogin): Promise<string[]> {
  const res = await execute(stack, Snoozes, {}, as);
  expect(res.errors).toBeUndefined();
  return res.data!.incidentSnoozes.edges.map((e) => e.node.id);
}

const counts = async () => ({
  snoozes: await stack.db.prisma.incidentSnooze.count(),
  audits: await stack.db.prisma.auditLog.count({ where: { action: { startsWith: "incident." } } }),
});

const open = [
  "Alpha server/Shares:MISSED",
  "Alpha laptop/Whole disk:WARNING",
  "Alpha laptop/Documents:ERROR",
  "Bravo host/Guests:CANCELLED",
];

describe("incidents", () => {
  it("lists each device and item whose latest job of 24 hours failed, was missed or warned, newest first", async () => {
    const page = await incidents(fleet.logins.adminA);
    expect(page.totalCount).toBe(4);
    expect(names(page)).toEqual(open);
    const documents = page.edges[2]!.node;
    expect(documents).toMatchObject({
      id: encodeGlobalID("Incident", `${fleet.devices.d1}:${fleet.items.item1}`),
      status: "ERROR",
      deviceId: encodeGlobalID("Device", fleet.devices.d1),
      accountUsername: "alpha-1",
      customerName: "Alpha Co",
      canSnooze: true,
      job: { id: encodeGlobalID("Job", fleet.jobs.d1Error!), status: "ERROR", outcomeLabel: "Error" },
    });
    expect(page.edges[3]!.node.status).toBe("ERROR"); // cancelled counts as an error
  });

  it("pages with a stable cursor and keeps the total", async () => {
    const first = await incidents(fleet.logins.adminA, { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await incidents(fleet.logins.adminA, { first: 3, after: first.pageInfo.endCursor });
    expect([...names(first), ...names(second)]).toEqual(open);
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
  });

  it("shows a customer member only its own incidents, read-only", async () => {
    const page = await incidents(fleet.logins.alphaViewer);
    expect(names(page)).toEqual(open.slice(0, 3));
    expect(page.edges.every((e) => !e.node.canSnooze)).toBe(true);
    expect(
      (await incidents(fleet.logins.alphaViewer, { customerId: encodeGlobalID("Customer", fleet.bravo) })).totalCount,
    ).toBe(0);
    expect(
      names(await incidents(fleet.logins.adminA, { customerId: encodeGlobalID("Customer", fleet.bravo) })),
    ).toEqual(["Bravo host/Guests:CANCELLED"]);
    expect(names(await incidents(fleet.logins.operatorB))).toEqual(["Charlie box/Databases:ERROR"]);
  });

  it("hides a snoozed incident until it is unsnoozed, with an audit row for each change", async () => {
    const before = await counts();
    const target = {
      deviceId: encodeGlobalID("Device", fleet.devices.d1),
      protectedItemId: encodeGlobalID("ProtectedItem", fleet.items.item1),
    };
    const first = await snoozed(fleet.logins.adminA, { ...target, hours: 4, reason: " flaky disk " });
    expect(first).toMatchObject({
      __typename: "IncidentSnooze",
      isActive: true,
      reason: "flaky disk",
      incidentId: encodeGlobalID("Incident", `${fleet.devices.d1}:${fleet.items.item1}`),
    });
    expect(names(await incidents(fleet.logins.adminA))).toEqual(open.filter((n) => !n.includes("Documents")));
    expect(await activeSnoozes(fleet.logins.alphaViewer)).toEqual([first.id]);
    expect(await activeSnoozes(fleet.logins.operatorB)).toEqual([]);
    // Snoozing the same incident again moves its end instead of adding a snooze.
    const again = await snoozed(fleet.logins.adminA, {
      ...target,
      until: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(again.id).toBe(first.id);
    expect(await counts()).toEqual({ snoozes: before.snoozes + 1, audits: before.audits + 2 });

    const res = await execute(stack, Unsnooze, { input: { snoozeId: first.id } }, fleet.logins.adminA);
    expect(res.data?.unsnoozeIncident).toMatchObject({ __typename: "IncidentSnooze", isActive: false });
    expect(names(await incidents(fleet.logins.adminA))).toEqual(open);
    expect(await activeSnoozes(fleet.logins.adminA)).toEqual([]);
    const audit = await stack.db.prisma.auditLog.findFirstOrThrow({ where: { action: "incident.unsnooze" } });
    expect(audit).toMatchObject({
      mspId: fleet.mspA,
      customerId: fleet.alpha,
      targetType: "IncidentSnooze",
      targetId: decodeGlobalID(first.id).id,
    });
  });

  it("hides every incident of a device with a device-wide snooze", async () => {
    const s = await snoozed(fleet.logins.alphaOwner, {
      deviceId: encodeGlobalID("Device", fleet.devices.d1),
      hours: 1,
    });
    expect(s).toMatchObject({ __typename: "IncidentSnooze", incidentId: null });
    expect(names(await incidents(fleet.logins.adminA))).toEqual([open[0], open[3]]);
    await execute(stack, Unsnooze, { input: { snoozeId: s.id } }, fleet.logins.alphaOwner);
    expect(names(await incidents(fleet.logins.adminA))).toEqual(open);
  });

  it("answers NotFoundError for another tenant's device or snooze, and writes nothing", async () => {
    const before = await counts();
    const theirs = await snooze(fleet.logins.operatorB, {
      deviceId: encodeGlobalID("Device", fleet.devices.d1),
      hours: 2,
    });
    expect(theirs).toMatchObject({ __typename: "NotFoundError", objectType: "Device" });
    const sibling = await snooze(fleet.logins.alphaOwner, {
      deviceId: encodeGlobalID("Device", fleet.devices.d4),
      hours: 2,
    });
    expect(sibling).toMatchObject({ __typename: "NotFoundError", objectType: "Device" });
    // An item of another account than the device's.
    const crossed = await snooze(fleet.logins.adminA, {
      deviceId: encodeGlobalID("Device", fleet.devices.d1),
      protectedItemId: encodeGlobalID("ProtectedItem", fleet.items.item4),
      hours: 2,
    });
    expect(crossed).toMatchObject({ __typename: "NotFoundError", objectType: "ProtectedItem" });
    const mine = await snoozed(fleet.logins.adminA, { deviceId: encodeGlobalID("Device", fleet.devices.d4), hours: 1 });
    const res = await execute(stack, Unsnooze, { input: { snoozeId: mine.id } }, fleet.logins.operatorB);
    expect(res.data?.unsnoozeIncident).toMatchObject({ __typename: "NotFoundError", objectType: "IncidentSnooze" });
    expect(await counts()).toEqual({ snoozes: before.snoozes + 1, audits: before.audits + 1 });
    await execute(stack, Unsnooze, { input: { snoozeId: mine.id } }, fleet.logins.adminA);
  });

  it("rejects bad input with field errors and a read-only member with FORBIDDEN, writing nothing", async () => {
    const before = await counts();
    const deviceId = encodeGlobalID("Device", fleet.devices.d1);
    const bad = async (input: Omit<SnoozeIncidentInput, "deviceId">) => {
      const r = await snooze(fleet.logins.adminA, { deviceId, ...input });
      return narrow(r, "InvalidInputError").fieldErrors.map((e) => e.path.join("."));
    };
    expect(await bad({ hours: 0 })).toEqual(["input.hours"]);
    expect(await bad({ hours: 721 })).toEqual(["input.hours"]);
    expect(await bad({})).toEqual(["input.hours"]);
    expect(await bad({ hours: 1, until: new Date(Date.now() + 3_600_000).toISOString() })).toEqual(["input.hours"]);
    expect(await bad({ until: new Date(Date.now() - 1000).toISOString() })).toEqual(["input.until"]);
    expect(await bad({ hours: 1, reason: "x".repeat(501) })).toEqual(["input.reason"]);
    const wrongType = await snooze(fleet.logins.adminA, {
      deviceId: encodeGlobalID("Customer", fleet.alpha),
      hours: 1,
    });
    expect(narrow(wrongType, "InvalidInputError").fieldErrors[0]?.path).toEqual(["input", "deviceId"]);
    const viewer = await execute(stack, Snooze, { input: { deviceId, hours: 1 } }, fleet.logins.alphaViewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("costs the same number of queries for a page of 2 or 50 incidents", async () => {
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(fleet.logins.platform);
    const countFor = async (first: number) => {
      const { body, roundTrips } = await executeCounted(counter, token, Incidents, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data!.incidents.edges.length).toBe(Math.min(first, 5));
      return roundTrips;
    };
    expect(await countFor(2)).toBe(2); // session + the incidents statement
    expect(await countFor(50)).toBe(2);
  });
});
