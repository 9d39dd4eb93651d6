import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { publishLiveEvents, writeLiveEvents } from "../../core/live/pubsub.js";
import type { OperatorViewDeviceEventsSubscription, SwitchViewerInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, source } from "../../test/operations.js";
import { bearer, customers, Devices, gid, logins, msps, people, stack, usePeopleStack } from "../../test/people.js";
import type { TestLogin } from "../../test/seed.js";

/**
 * The platform operator acting within one MSP (`switchViewer` with `mspId`) over real HTTP and a
 * real socket: scoped exactly like that MSP's admin, still recognisable as the operator, and back
 * to every MSP through the PLATFORM membership.
 */

usePeopleStack();

const Me = graphql(`
  query OperatorViewMe {
    me { kind mspId actingAsMsp { id name } memberships { id kind role isActive } }
  }
`);
const SwitchViewer = graphql(`
  mutation OperatorViewSwitch($input: SwitchViewerInput!) {
    switchViewer(input: $input) {
      __typename
      ... on Viewer { kind mspId actingAsMsp { name } }
      ... on InvalidInputError { fieldErrors { path message } }
      ... on NotFoundError { objectType }
    }
  }
`);
const Customers = graphql(`
  query OperatorViewCustomers {
    customers(first: 50) { edges { node { name } } }
  }
`);
const Msps = graphql(`
  query OperatorViewMsps {
    msps(first: 5) { totalCount }
  }
`);
const DeviceEvents = graphql(`
  subscription OperatorViewDeviceEvents($after: String) {
    deviceEvents(after: $after) { kind friendlyName }
  }
`);

async function signIn(login: TestLogin) {
  return bearer(await stack.login(login));
}

async function switchTo(auth: { authorization: string }, input: SwitchViewerInput) {
  const res = await execute(stack, SwitchViewer, { input }, auth);
  expect(res.errors).toBeUndefined();
  return res.data!.switchViewer;
}

async function customerNames(auth: { authorization: string }) {
  const res = await execute(stack, Customers, {}, auth);
  expect(res.errors).toBeUndefined();
  return res.data!.customers.edges.map((e) => e.node.name).sort();
}

const switchAudits = (userId: string) =>
  stack.db.prisma.auditLog.findMany({
    where: { action: "auth.switchViewer", actorId: userId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });

describe("operator acting within an MSP", () => {
  it("sees only that MSP's customers and devices, as its admin, until it switches back to every MSP", async () => {
    const { operator } = (await people.login("operator", { platform: true }).build()).logins;
    const auth = await signIn(operator);
    const platformDevices = await execute(stack, Devices, {}, auth);
    expect(platformDevices.data!.devices.totalCount).toBeGreaterThan(0);
    expect(await customerNames(auth)).toEqual(expect.arrayContaining(["Alpha Co", "Bravo Co", "Charlie Co"]));

    const toA = await switchTo(auth, { mspId: gid("Msp", msps.a.id) });
    expect(toA).toEqual({
      __typename: "Viewer",
      kind: "MSP_ADMIN",
      mspId: gid("Msp", msps.a.id),
      actingAsMsp: { name: "MSP A" },
    });
    const me = (await execute(stack, Me, {}, auth)).data!.me;
    expect(me).toMatchObject({ kind: "MSP_ADMIN", mspId: gid("Msp", msps.a.id) });
    expect(me.actingAsMsp).toEqual({ id: gid("Msp", msps.a.id), name: "MSP A" });
    // The way back: the PLATFORM membership, not the active one while acting within A.
    expect(me.memberships).toEqual([expect.objectContaining({ kind: "PLATFORM", isActive: false })]);
    expect(await customerNames(auth)).toEqual(["Alpha Co", "Bravo Co"]);
    // MSP A owns the only server, so acting within B shows none of its devices.
    const devicesOfA = await execute(stack, Devices, {}, auth);
    expect(devicesOfA.data!.devices.totalCount).toBe(platformDevices.data!.devices.totalCount);
    for (const e of devicesOfA.data!.devices.edges) expect(e.node.accountUsername).toMatch(/^(alpha|bravo)-/);
    // Scoped like an MSP admin: the platform-only list of MSPs is refused.
    const mspList = await execute(stack, Msps, {}, auth);
    expect(mspList.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Straight on to another MSP, without passing through the platform view.
    expect(await switchTo(auth, { mspId: gid("Msp", msps.b.id) })).toMatchObject({ actingAsMsp: { name: "MSP B" } });
    expect(await customerNames(auth)).toEqual(["Charlie Co"]);
    expect((await execute(stack, Devices, {}, auth)).data!.devices.totalCount).toBe(0);

    const back = await switchTo(auth, { membershipId: me.memberships[0]!.id });
    expect(back).toEqual({ __typename: "Viewer", kind: "PLATFORM_OPERATOR", mspId: null, actingAsMsp: null });
    const after = (await execute(stack, Me, {}, auth)).data!.me;
    expect(after).toMatchObject({ kind: "PLATFORM_OPERATOR", actingAsMsp: null });
    expect(after.memberships[0]!.isActive).toBe(true);
    expect(await customerNames(auth)).toEqual(expect.arrayContaining(["Alpha Co", "Bravo Co", "Charlie Co"]));
    expect((await execute(stack, Devices, {}, auth)).data!.devices.totalCount).toBe(
      platformDevices.data!.devices.totalCount,
    );

    const audits = await switchAudits(operator.userId);
    expect(audits.map((a) => [a.mspId, a.details])).toEqual([
      [msps.a.id, { actingAsOperator: true, role: "MSP_ADMIN" }],
      [msps.b.id, { actingAsOperator: true, role: "MSP_ADMIN" }],
      [null, { membership: `PLATFORM:${operator.userId}`, role: "PLATFORM_OPERATOR" }],
    ]);
    expect(audits.every((a) => a.actorKind === "USER" && a.targetType === "Session")).toBe(true);
  });

  it("opens live subscriptions on the MSP acted within, without naming it", async () => {
    const { subscriber } = (await people.login("subscriber", { platform: true }).build()).logins;
    const token = await stack.login(subscriber);
    await switchTo(bearer(token), { mspId: gid("Msp", msps.a.id) });
    const client = createClient({
      url: `${stack.url.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    try {
      const received: string[] = [];
      const failures: unknown[] = [];
      const sequence = await stack.db.prisma.liveEvent.aggregate({ _max: { sequence: true } });
      const after = String(sequence._max.sequence ?? 0);
      client.subscribe<OperatorViewDeviceEventsSubscription>(
        { query: source(DeviceEvents), variables: { after } },
        {
          next: (r) => {
            if (r.errors) failures.push(r.errors);
            const e = r.data?.deviceEvents;
            // Only this test's events: ingestion may publish A's own in the meantime.
            if (e?.friendlyName?.startsWith("ov ")) received.push(e.friendlyName);
          },
          error: (err) => failures.push(err),
          complete: () => {},
        },
      );
      const event = (mspId: string, name: string) => ({
        mspId,
        customerId: null,
        topic: "device.renamed" as const,
        payload: {
          deviceId: name,
          cometDeviceId: name,
          accountId: "acct",
          customerId: null,
          friendlyName: name,
          isOnline: true,
        },
      });
      const messages = await stack.db.prisma.$transaction((tx) =>
        writeLiveEvents(tx, [
          event(msps.b.id, "ov in B"),
          event(msps.a.id, "ov in A"),
          event(msps.b.id, "ov in B too"),
        ]),
      );
      await publishLiveEvents(stack.live, messages);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // A last event of A: once it is here, B's events would have been too.
      await publishLiveEvents(
        stack.live,
        await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, [event(msps.a.id, "ov last in A")])),
      );
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
      expect(received).toEqual(["ov in A", "ov last in A"]);
      expect(failures).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it("ends the session acting within an MSP once the person is no longer an operator or the MSP is archived", async () => {
    const msp = (await people.msp("soonArchived", "Soon archived").build()).msps.soonArchived;
    for (const end of ["demote", "archive"] as const) {
      const operator = (await people.login(`operator-${end}`, { platform: true }).build()).logins[`operator-${end}`];
      const auth = await signIn(operator);
      expect(await switchTo(auth, { mspId: gid("Msp", msp.id) })).toMatchObject({ kind: "MSP_ADMIN" });
      expect((await execute(stack, Me, {}, auth)).data!.me.actingAsMsp?.name).toBe("Soon archived");
      if (end === "demote") await stack.db.prisma.platformOperator.delete({ where: { userId: operator.userId } });
      else await stack.db.prisma.msp.update({ where: { id: msp.id }, data: { status: "ARCHIVED" } });
      const me = await execute(stack, Me, {}, auth);
      expect(me.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("who may act within an MSP", () => {
  it("an MSP admin passing another MSP gets NotFoundError and keeps its scope; its own MSP changes nothing", async () => {
    const { adminB } = (await people.login("adminB2", { msp: "b", role: "MSP_ADMIN" }).build()).logins;
    const auth = await signIn(adminB);
    expect(await switchTo(auth, { mspId: gid("Msp", msps.a.id) })).toEqual({
      __typename: "NotFoundError",
      objectType: "Msp",
    });
    expect(await customerNames(auth)).toEqual(["Charlie Co"]);
    expect(await switchTo(auth, { mspId: gid("Msp", msps.b.id) })).toEqual({
      __typename: "Viewer",
      kind: "MSP_ADMIN",
      mspId: gid("Msp", msps.b.id),
      actingAsMsp: null,
    });
    expect(await switchAudits(adminB.userId)).toEqual([]);
  });

  it("a customer owner cannot act within its own customer's MSP", async () => {
    const auth = await signIn(logins.ownerAlpha);
    expect(await switchTo(auth, { mspId: gid("Msp", msps.a.id) })).toMatchObject({ __typename: "NotFoundError" });
    expect(await customerNames(auth)).toEqual(["Alpha Co"]);
  });

  it("the operator gets NotFoundError for an unknown or archived MSP, InvalidInputError unless exactly one target is given", async () => {
    const built = await people
      .login("checker", { platform: true })
      .msp("archived", "Archived MSP", { status: "ARCHIVED" })
      .build();
    const operator = built.logins.checker;
    const auth = await signIn(operator);
    const archived = built.msps.archived;
    for (const mspId of [gid("Msp", "00000000-0000-0000-0000-000000000000"), gid("Msp", archived.id)]) {
      expect(await switchTo(auth, { mspId })).toEqual({ __typename: "NotFoundError", objectType: "Msp" });
    }
    const me = (await execute(stack, Me, {}, auth)).data!.me;
    const both = await switchTo(auth, { mspId: gid("Msp", msps.a.id), membershipId: me.memberships[0]!.id });
    expect(both).toMatchObject({ __typename: "InvalidInputError", fieldErrors: [{ path: ["input"] }] });
    expect(await switchTo(auth, {})).toMatchObject({ __typename: "InvalidInputError" });
    expect(await switchTo(auth, { mspId: gid("Customer", customers.alpha.id) })).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "mspId"], message: "is not a Msp ID" }],
    });
    expect((await execute(stack, Me, {}, auth)).data!.me.kind).toBe("PLATFORM_OPERATOR");
    expect(await switchAudits(operator.userId)).toEqual([]);
  });
});
