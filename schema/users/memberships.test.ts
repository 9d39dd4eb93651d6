import { describe, expect, it } from "vitest";
import {
  bearer,
  counts,
  devicesQuery,
  gid,
  ids,
  invite,
  logins,
  type Me,
  type Membership,
  meQuery,
  newEmail,
  type Result,
  stack,
  switchMutation,
  usePeopleStack,
} from "../../test/people.js";
import { roundTripCounter } from "../../test/round-trips.js";
import { createLogin, createMsp } from "../../test/seed.js";

/** Memberships over real HTTP: viewer switching, role changes and removal, and who may see which people. */

usePeopleStack();

describe("viewer switching", () => {
  it("switchViewer changes what me and devices return for the rest of the session", async () => {
    const person = await createLogin(stack.db.prisma, { mspId: ids.mspA, role: "MSP_OPERATOR" });
    await stack.db.prisma.customerMembership.create({
      data: { userId: person.userId, customerId: ids.bravo, role: "CUSTOMER_VIEWER" },
    });
    const token = await stack.login(person);
    const as = bearer(token);
    const me = await stack.execute<Me>(meQuery, {}, as);
    expect(me.data!.me.kind).toBe("MSP_OPERATOR");
    const [mspMembership, bravoMembership] = me.data!.me.memberships;
    expect([mspMembership?.isActive, bravoMembership?.isActive]).toEqual([true, false]);
    const allDevices = await stack.execute<{ devices: { totalCount: number } }>(devicesQuery, {}, as);

    const switched = await stack.execute<{ switchViewer: Result }>(
      switchMutation,
      { input: { membershipId: bravoMembership!.id } },
      as,
    );
    expect(switched.data!.switchViewer).toMatchObject({ __typename: "Viewer", kind: "CUSTOMER_VIEWER" });
    const after = await stack.execute<Me>(meQuery, {}, as);
    expect(after.data!.me).toMatchObject({ kind: "CUSTOMER_VIEWER", customerId: gid("Customer", ids.bravo) });
    const devices = await stack.execute<{
      devices: { totalCount: number; edges: { node: { accountUsername: string } }[] };
    }>(devicesQuery, {}, as);
    expect(devices.data!.devices.totalCount).toBeGreaterThan(0);
    expect(devices.data!.devices.totalCount).toBeLessThan(allDevices.data!.devices.totalCount);
    for (const e of devices.data!.devices.edges) expect(e.node.accountUsername).toMatch(/^bravo-/);
    // Another sign-in of the same person is not affected.
    const other = await stack.execute<Me>(meQuery, {}, bearer(await stack.login(person)));
    expect(other.data!.me.kind).toBe("MSP_OPERATOR");

    // Someone else's membership is not found, and nothing changes.
    const adminMe = await stack.execute<Me>(meQuery, {}, { as: logins.adminA });
    const foreign = await stack.execute<{ switchViewer: Result }>(
      switchMutation,
      { input: { membershipId: adminMe.data!.me.memberships[0]!.id } },
      as,
    );
    expect(foreign.data!.switchViewer.__typename).toBe("NotFoundError");
    expect((await stack.execute<Me>(meQuery, {}, as)).data!.me.kind).toBe("CUSTOMER_VIEWER");

    // Removing the membership ends the sessions acting through it; the person's MSP session lives on.
    const people = await stack.execute<{ users: { edges: { node: { email: string; memberships: Membership[] } }[] } }>(
      "query($s: String) { users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } } }",
      { s: person.email },
      { as: logins.adminA },
    );
    const bravoId = people.data!.users.edges[0]!.node.memberships.find((m) => m.kind === "CUSTOMER")!.id;
    const removed = await stack.execute<{ removeMembership: Result }>(
      `mutation($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } } }`,
      { input: { membershipId: bravoId } },
      { as: logins.adminA },
    );
    expect(removed.data!.removeMembership).toEqual({ __typename: "RemoveMembershipPayload", sessionsRevoked: 1 });
    const dead = await stack.execute<Me>(meQuery, {}, as);
    expect(dead.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const fresh = await stack.execute<Me>(meQuery, {}, bearer(await stack.login(person)));
    expect(fresh.data!.me.memberships.map((m) => m.role)).toEqual(["MSP_OPERATOR"]);
    const audit = await stack.db.prisma.auditLog.count({
      where: { action: "membership.remove", customerId: ids.bravo },
    });
    expect(audit).toBe(1);
  });
});

describe("memberships", () => {
  const updateMutation = `mutation($input: UpdateMembershipInput!) {
    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }
  }`;
  const removeMutation = `mutation($input: RemoveMembershipInput!) {
    removeMembership(input: $input) { __typename ... on UserError { message } }
  }`;

  it("an MSP keeps at least one MSP admin", async () => {
    const msp = await createMsp(stack.db.prisma, "Solo MSP");
    const solo = await createLogin(stack.db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
    const me = await stack.execute<Me>(meQuery, {}, { as: solo });
    const own = me.data!.me.memberships[0]!.id;
    const before = await counts();
    const demote = await stack.execute<{ updateMembership: Result }>(
      updateMutation,
      { input: { membershipId: own, role: "MSP_OPERATOR" } },
      { as: solo },
    );
    expect(demote.data!.updateMembership.__typename).toBe("ConflictError");
    const remove = await stack.execute<{ removeMembership: Result }>(
      removeMutation,
      { input: { membershipId: own } },
      { as: solo },
    );
    expect(remove.data!.removeMembership.__typename).toBe("ConflictError");
    const mismatch = await stack.execute<{ updateMembership: Result }>(
      updateMutation,
      { input: { membershipId: own, role: "CUSTOMER_OWNER" } },
      { as: solo },
    );
    expect(mismatch.data!.updateMembership.__typename).toBe("InvalidInputError");
    expect(await counts()).toEqual(before);
    expect(await stack.db.prisma.mspMembership.findFirst({ where: { mspId: msp.id } })).toMatchObject({
      role: "MSP_ADMIN",
    });

    // With a second admin, stepping down works and is audited once.
    await createLogin(stack.db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
    const ok = await stack.execute<{ updateMembership: Result }>(
      updateMutation,
      { input: { membershipId: own, role: "MSP_OPERATOR" } },
      { as: solo },
    );
    expect(ok.data!.updateMembership).toEqual({ __typename: "Membership", role: "MSP_OPERATOR" });
    expect(await stack.db.prisma.auditLog.count({ where: { action: "membership.update", mspId: msp.id } })).toBe(1);
    // The new role applies to the next request.
    expect((await stack.execute<Me>(meQuery, {}, { as: solo })).data!.me.kind).toBe("MSP_OPERATOR");
  });

  it("two admins demoting each other at once leave exactly one admin", async () => {
    const msp = await createMsp(stack.db.prisma, "Duo MSP");
    const one = await createLogin(stack.db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
    const two = await createLogin(stack.db.prisma, { mspId: msp.id, role: "MSP_ADMIN" });
    const idOf = async (as: typeof one) => (await stack.execute<Me>(meQuery, {}, { as })).data!.me.memberships[0]!.id;
    const [oneId, twoId] = [await idOf(one), await idOf(two)];
    const results = await Promise.all([
      stack.execute<{ updateMembership: Result }>(
        updateMutation,
        { input: { membershipId: twoId, role: "MSP_OPERATOR" } },
        { as: one },
      ),
      stack.execute<{ updateMembership: Result }>(
        updateMutation,
        { input: { membershipId: oneId, role: "MSP_OPERATOR" } },
        { as: two },
      ),
    ]);
    const outcomes = results.map((r) => r.data?.updateMembership.__typename ?? r.errors?.[0]?.extensions?.code).sort();
    // The loser either lost the race at the lock (ConflictError) or was already demoted when its request
    // resolved its viewer (no longer an admin: the membership is not found for it).
    expect([
      ["ConflictError", "Membership"],
      ["Membership", "NotFoundError"],
    ]).toContainEqual(outcomes);
    expect(await stack.db.prisma.mspMembership.count({ where: { mspId: msp.id, role: "MSP_ADMIN" } })).toBe(1);
  });

  it("a customer owner manages roles in their own customer only", async () => {
    const colleague = await createLogin(stack.db.prisma, { customerId: ids.alpha, role: "CUSTOMER_VIEWER" });
    const outsider = await createLogin(stack.db.prisma, { customerId: ids.bravo, role: "CUSTOMER_VIEWER" });
    const idOf = async (as: typeof colleague) =>
      (await stack.execute<Me>(meQuery, {}, { as })).data!.me.memberships[0]!.id;
    const promote = await stack.execute<{ updateMembership: Result }>(
      updateMutation,
      { input: { membershipId: await idOf(colleague), role: "CUSTOMER_OWNER" } },
      { as: logins.ownerAlpha },
    );
    expect(promote.data!.updateMembership).toEqual({ __typename: "Membership", role: "CUSTOMER_OWNER" });
    const foreign = await stack.execute<{ updateMembership: Result }>(
      updateMutation,
      { input: { membershipId: await idOf(outsider), role: "CUSTOMER_OWNER" } },
      { as: logins.ownerAlpha },
    );
    expect(foreign.data!.updateMembership.__typename).toBe("NotFoundError");
    const adminMembership = await idOf(logins.adminA);
    const msp = await stack.execute<{ removeMembership: Result }>(
      removeMutation,
      { input: { membershipId: adminMembership } },
      { as: logins.ownerAlpha },
    );
    expect(msp.data!.removeMembership.__typename).toBe("NotFoundError");
  });

  it("API keys cannot list or invite people", async () => {
    const created = await stack.execute<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(input: { name: "people probe", capabilities: [READ, OPERATE, ADMIN] }) { ... on CreateApiKeyPayload { key } } }`,
      {},
      { as: logins.adminA },
    );
    const key = { authorization: `Bearer ${created.data!.createApiKey.key}` };
    const users = await stack.execute("{ users(first: 5) { totalCount } }", {}, key);
    expect(users.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const invited = await stack.execute(
      `mutation { inviteUser(input: { email: "x@example.test", mspRole: MSP_ADMIN }) { __typename } }`,
      {},
      key,
    );
    expect(invited.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const me = await stack.execute<Me>(meQuery, {}, key);
    expect(me.data!.me.memberships).toEqual([]);
  });
});

describe("tenant isolation", () => {
  type Users = {
    users: { totalCount: number; edges: { node: { id: string; email: string; memberships: Membership[] } }[] };
  };
  const usersQuery = `query($customerId: ID, $first: Int!) {
    users(first: $first, customerId: $customerId) { totalCount edges { node { id email memberships { kind role mspName customerName } } } }
  }`;

  it("MSP admins see only their MSP's people, and only their own memberships of them", async () => {
    // One person at MSP A (operator) and at customer Charlie of MSP B.
    const both = await createLogin(stack.db.prisma, { mspId: ids.mspA, role: "MSP_OPERATOR" });
    await stack.db.prisma.customerMembership.create({
      data: { userId: both.userId, customerId: ids.charlie, role: "CUSTOMER_VIEWER" },
    });
    const a = await stack.execute<Users>(usersQuery, { first: 100 }, { as: logins.adminA });
    const emailsA = a.data!.users.edges.map((e) => e.node.email);
    expect(emailsA).toContain(logins.ownerAlpha.email);
    expect(emailsA).not.toContain(logins.adminB.email);
    const bothSeenByA = a.data!.users.edges.find((e) => e.node.email === both.email)!.node;
    expect(bothSeenByA.memberships).toEqual([
      { kind: "MSP", role: "MSP_OPERATOR", mspName: "MSP A", customerName: null },
    ]);

    const b = await stack.execute<Users>(usersQuery, { first: 100 }, { as: logins.adminB });
    const emailsB = b.data!.users.edges.map((e) => e.node.email);
    expect(emailsB).not.toContain(logins.adminA.email);
    expect(emailsB).not.toContain(logins.ownerAlpha.email);
    expect(b.data!.users.edges.find((e) => e.node.email === both.email)!.node.memberships).toEqual([
      { kind: "CUSTOMER", role: "CUSTOMER_VIEWER", mspName: "MSP B", customerName: "Charlie Co" },
    ]);
    // Filtering by another MSP's customer finds nobody; node(id) of another MSP's person is null.
    const foreign = await stack.execute<Users>(
      usersQuery,
      { first: 10, customerId: gid("Customer", ids.alpha) },
      { as: logins.adminB },
    );
    expect(foreign.data!.users.totalCount).toBe(0);
    const adminAId = gid("User", logins.adminA.userId);
    const node = await stack.execute<{ node: unknown }>(
      "query($id: ID!) { node(id: $id) { id } }",
      { id: adminAId },
      { as: logins.adminB },
    );
    expect(node.data!.node).toBeNull();
  });

  it("customer owners see only their customer's people; MSP operators see nobody", async () => {
    const owner = await stack.execute<Users>(usersQuery, { first: 100 }, { as: logins.ownerAlpha });
    for (const e of owner.data!.users.edges) {
      expect(e.node.memberships.every((m) => m.customerName === "Alpha Co")).toBe(true);
      expect(e.node.memberships.length).toBeGreaterThan(0);
    }
    expect(owner.data!.users.edges.map((e) => e.node.email)).not.toContain(logins.adminA.email);
    const operator = await stack.execute<Users>(usersQuery, { first: 100 }, { as: logins.operatorA });
    expect(operator.data!.users.totalCount).toBe(0);
  });

  it("another MSP's invitations and memberships cannot be seen or touched", async () => {
    const invited = await invite(logins.adminA, { email: newEmail("private"), mspRole: "MSP_OPERATOR" });
    const listB = await stack.execute<{ invitations: { edges: { node: { email: string } }[] } }>(
      "{ invitations(first: 100) { edges { node { email } } } }",
      {},
      { as: logins.adminB },
    );
    expect(listB.data!.invitations.edges.map((e) => e.node.email)).not.toContain(invited.email);
    const node = await stack.execute<{ node: unknown }>(
      "query($id: ID!) { node(id: $id) { id } }",
      { id: invited.id },
      { as: logins.adminB },
    );
    expect(node.data!.node).toBeNull();
    const before = await counts();
    const revoke = await stack.execute<{ revokeInvitation: Result }>(
      `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { __typename } }`,
      { input: { invitationId: invited.id } },
      { as: logins.adminB },
    );
    expect(revoke.data!.revokeInvitation.__typename).toBe("NotFoundError");
    const adminAMe = await stack.execute<Me>(meQuery, {}, { as: logins.adminA });
    const update = await stack.execute<{ updateMembership: Result }>(
      `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { __typename } }`,
      { input: { membershipId: adminAMe.data!.me.memberships[0]!.id, role: "MSP_OPERATOR" } },
      { as: logins.adminB },
    );
    expect(update.data!.updateMembership.__typename).toBe("NotFoundError");
    expect(await counts()).toEqual(before);
  });

  it("users and invitations pages cost the same number of round trips for 2 rows as for 50", async () => {
    for (let i = 0; i < 6; i++) await createLogin(stack.db.prisma, { customerId: ids.alpha, role: "CUSTOMER_VIEWER" });
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.adminA);
    const small = await counter.execute<Users>(token, usersQuery, { first: 2 });
    const large = await counter.execute<Users>(token, usersQuery, { first: 50 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data!.users.edges.length).toBeGreaterThan(5);
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(4);

    for (let i = 0; i < 3; i++) await invite(logins.adminA, { email: newEmail("page"), mspRole: "MSP_OPERATOR" });
    const invitationsQuery = `query($first: Int!) { invitations(first: $first) { totalCount edges { node {
      email role status mspName customerName invitedByEmail } } } }`;
    const few = await counter.execute<{ invitations: { edges: unknown[] } }>(token, invitationsQuery, { first: 2 });
    const many = await counter.execute<{ invitations: { edges: unknown[] } }>(token, invitationsQuery, { first: 50 });
    expect(many.body.data!.invitations.edges.length).toBeGreaterThan(2);
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(4);
  });
});
