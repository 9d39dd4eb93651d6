import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { publishLiveEvents, writeLiveEvents } from "../../core/live/pubsub.js";
import { bearer, gid, ids, logins, type Membership, type Result, stack, usePeopleStack } from "../../test/people.js";
import { createLogin, createMsp, type TestLogin } from "../../test/seed.js";

/**
 * The platform operator acting within one MSP (`switchViewer` with `mspId`) over real HTTP and a
 * real socket: scoped exactly like that MSP's admin, still recognisable as the operator, and back
 * to every MSP through the PLATFORM membership.
 */

usePeopleStack();

const meQuery = `{ me {
  kind mspId actingAsMsp { id name }
  memberships { id kind role isActive }
} }`;
const switchMutation = `mutation($input: SwitchViewerInput!) {
  switchViewer(input: $input) {
    __typename
    ... on Viewer { kind mspId actingAsMsp { name } }
    ... on InvalidInputError { fieldErrors { path message } }
    ... on NotFoundError { objectType }
  }
}`;
const customersQuery = "{ customers(first: 50) { edges { node { name } } } }";
const devicesQuery = "{ devices(first: 100) { totalCount edges { node { accountUsername } } } }";

type Me = {
  me: {
    kind: string;
    mspId: string | null;
    actingAsMsp: { id: string; name: string } | null;
    memberships: Membership[];
  };
};
type Devices = { devices: { totalCount: number; edges: { node: { accountUsername: string } }[] } };

async function signIn(login: TestLogin) {
  return bearer(await stack.login(login));
}

async function switchTo(auth: { authorization: string }, input: Record<string, unknown>) {
  const res = await stack.execute<{ switchViewer: Result }>(switchMutation, { input }, auth);
  expect(res.errors).toBeUndefined();
  return res.data!.switchViewer;
}

async function customerNames(auth: { authorization: string }) {
  const res = await stack.execute<{ customers: { edges: { node: { name: string } }[] } }>(customersQuery, {}, auth);
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
    const operator = await createLogin(stack.db.prisma, { platform: true });
    const auth = await signIn(operator);
    const platformDevices = await stack.execute<Devices>(devicesQuery, {}, auth);
    expect(platformDevices.data!.devices.totalCount).toBeGreaterThan(0);
    expect(await customerNames(auth)).toEqual(expect.arrayContaining(["Alpha Co", "Bravo Co", "Charlie Co"]));

    const toA = await switchTo(auth, { mspId: gid("Msp", ids.mspA) });
    expect(toA).toEqual({
      __typename: "Viewer",
      kind: "MSP_ADMIN",
      mspId: gid("Msp", ids.mspA),
      actingAsMsp: { name: "MSP A" },
    });
    const me = (await stack.execute<Me>(meQuery, {}, auth)).data!.me;
    expect(me).toMatchObject({ kind: "MSP_ADMIN", mspId: gid("Msp", ids.mspA) });
    expect(me.actingAsMsp).toEqual({ id: gid("Msp", ids.mspA), name: "MSP A" });
    // The way back: the PLATFORM membership, not the active one while acting within A.
    expect(me.memberships).toEqual([expect.objectContaining({ kind: "PLATFORM", isActive: false })]);
    expect(await customerNames(auth)).toEqual(["Alpha Co", "Bravo Co"]);
    // MSP A owns the only server, so acting within B shows none of its devices.
    const devicesOfA = await stack.execute<Devices>(devicesQuery, {}, auth);
    expect(devicesOfA.data!.devices.totalCount).toBe(platformDevices.data!.devices.totalCount);
    for (const e of devicesOfA.data!.devices.edges) expect(e.node.accountUsername).toMatch(/^(alpha|bravo)-/);
    // Scoped like an MSP admin: the platform-only list of MSPs is refused.
    const msps = await stack.execute("{ msps(first: 5) { totalCount } }", {}, auth);
    expect(msps.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Straight on to another MSP, without passing through the platform view.
    expect(await switchTo(auth, { mspId: gid("Msp", ids.mspB) })).toMatchObject({ actingAsMsp: { name: "MSP B" } });
    expect(await customerNames(auth)).toEqual(["Charlie Co"]);
    expect((await stack.execute<Devices>(devicesQuery, {}, auth)).data!.devices.totalCount).toBe(0);

    const back = await switchTo(auth, { membershipId: me.memberships[0]!.id });
    expect(back).toEqual({ __typename: "Viewer", kind: "PLATFORM_OPERATOR", mspId: null, actingAsMsp: null });
    const after = (await stack.execute<Me>(meQuery, {}, auth)).data!.me;
    expect(after).toMatchObject({ kind: "PLATFORM_OPERATOR", actingAsMsp: null });
    expect(after.memberships[0]!.isActive).toBe(true);
    expect(await customerNames(auth)).toEqual(expect.arrayContaining(["Alpha Co", "Bravo Co", "Charlie Co"]));
    expect((await stack.execute<Devices>(devicesQuery, {}, auth)).data!.devices.totalCount).toBe(
      platformDevices.data!.devices.totalCount,
    );

    const audits = await switchAudits(operator.userId);
    expect(audits.map((a) => [a.mspId, a.details])).toEqual([
      [ids.mspA, { actingAsOperator: true, role: "MSP_ADMIN" }],
      [ids.mspB, { actingAsOperator: true, role: "MSP_ADMIN" }],
      [null, { membership: `PLATFORM:${operator.userId}`, role: "PLATFORM_OPERATOR" }],
    ]);
    expect(audits.every((a) => a.actorKind === "USER" && a.targetType === "Session")).toBe(true);
  });

  it("opens live subscriptions on the MSP acted within, without naming it", async () => {
    const operator = await createLogin(stack.db.prisma, { platform: true });
    const token = await stack.login(operator);
    await switchTo(bearer(token), { mspId: gid("Msp", ids.mspA) });
    const client = createClient({
      url: `${stack.url.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    try {
      const received: string[] = [];
      const failures: unknown[] = [];
      const query = "subscription($after: String) { deviceEvents(after: $after) { kind friendlyName } }";
      const sequence = await stack.db.prisma.liveEvent.aggregate({ _max: { sequence: true } });
      const after = String(sequence._max.sequence ?? 0);
      client.subscribe<{ deviceEvents: { kind: string; friendlyName: string | null } }>(
        { query, variables: { after } },
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
        writeLiveEvents(tx, [event(ids.mspB, "ov in B"), event(ids.mspA, "ov in A"), event(ids.mspB, "ov in B too")]),
      );
      await publishLiveEvents(stack.live, messages);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // A last event of A: once it is here, B's events would have been too.
      await publishLiveEvents(
        stack.live,
        await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, [event(ids.mspA, "ov last in A")])),
      );
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
      expect(received).toEqual(["ov in A", "ov last in A"]);
      expect(failures).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it("ends the session acting within an MSP once the person is no longer an operator or the MSP is archived", async () => {
    const msp = await createMsp(stack.db.prisma, "Soon archived");
    for (const end of ["demote", "archive"] as const) {
      const operator = await createLogin(stack.db.prisma, { platform: true });
      const auth = await signIn(operator);
      expect(await switchTo(auth, { mspId: gid("Msp", msp.id) })).toMatchObject({ kind: "MSP_ADMIN" });
      expect((await stack.execute<Me>(meQuery, {}, auth)).data!.me.actingAsMsp?.name).toBe("Soon archived");
      if (end === "demote") await stack.db.prisma.platformOperator.delete({ where: { userId: operator.userId } });
      else await stack.db.prisma.msp.update({ where: { id: msp.id }, data: { status: "ARCHIVED" } });
      const me = await stack.execute<Me>(meQuery, {}, auth);
      expect(me.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("who may act within an MSP", () => {
  it("an MSP admin passing another MSP gets NotFoundError and keeps its scope; its own MSP changes nothing", async () => {
    const adminB = await createLogin(stack.db.prisma, { mspId: ids.mspB, role: "MSP_ADMIN" });
    const auth = await signIn(adminB);
    expect(await switchTo(auth, { mspId: gid("Msp", ids.mspA) })).toEqual({
      __typename: "NotFoundError",
      objectType: "Msp",
    });
    expect(await customerNames(auth)).toEqual(["Charlie Co"]);
    expect(await switchTo(auth, { mspId: gid("Msp", ids.mspB) })).toEqual({
      __typename: "Viewer",
      kind: "MSP_ADMIN",
      mspId: gid("Msp", ids.mspB),
      actingAsMsp: null,
    });
    expect(await switchAudits(adminB.userId)).toEqual([]);
  });

  it("a customer owner cannot act within its own customer's MSP", async () => {
    const auth = await signIn(logins.ownerAlpha);
    expect(await switchTo(auth, { mspId: gid("Msp", ids.mspA) })).toMatchObject({ __typename: "NotFoundError" });
    expect(await customerNames(auth)).toEqual(["Alpha Co"]);
  });

  it("the operator gets NotFoundError for an unknown or archived MSP, InvalidInputError unless exactly one target is given", async () => {
    const operator = await createLogin(stack.db.prisma, { platform: true });
    const auth = await signIn(operator);
    const archived = await createMsp(stack.db.prisma, "Archived MSP");
    await stack.db.prisma.msp.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    for (const mspId of [gid("Msp", "00000000-0000-0000-0000-000000000000"), gid("Msp", archived.id)]) {
      expect(await switchTo(auth, { mspId })).toEqual({ __typename: "NotFoundError", objectType: "Msp" });
    }
    const me = (await stack.execute<Me>(meQuery, {}, auth)).data!.me;
    const both = await switchTo(auth, { mspId: gid("Msp", ids.mspA), membershipId: me.memberships[0]!.id });
    expect(both).toMatchObject({ __typename: "InvalidInputError", fieldErrors: [{ path: ["input"] }] });
    expect(await switchTo(auth, {})).toMatchObject({ __typename: "InvalidInputError" });
    expect(await switchTo(auth, { mspId: gid("Customer", ids.alpha) })).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "mspId"], message: "is not a Msp ID" }],
    });
    expect((await stack.execute<Me>(meQuery, {}, auth)).data!.me.kind).toBe("PLATFORM_OPERATOR");
    expect(await switchAudits(operator.userId)).toEqual([]);
  });
});
