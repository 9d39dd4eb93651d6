import { describe, expect, it } from "vitest";
import { graphql } from "../../test/gql/index.js";
import { execute, executeCounted, narrow } from "../../test/operations.js";
import {
  bearer,
  counts,
  customers,
  Devices,
  gid,
  invite,
  logins,
  Me,
  newEmail,
  people,
  SwitchViewer,
  stack,
  usePeopleStack,
} from "../../test/people.js";
import { roundTripCounter } from "../../test/round-trips.js";

/** Memberships over real HTTP: viewer switching, role changes and removal, and who may see which people. */

usePeopleStack();

const UserSearch = graphql(`
  query MembershipsUserSearch($s: String) {
    users(first: 10, search: $s) { edges { node { email memberships { id kind role customerName } } } }
  }
`);
const RemoveRevoking = graphql(`
  mutation MembershipsRemoveRevoking($input: RemoveMembershipInput!) {
    removeMembership(input: $input) { __typename ... on RemoveMembershipPayload { sessionsRevoked } }
  }
`);
const UpdateMembership = graphql(`
  mutation MembershipsUpdate($input: UpdateMembershipInput!) {
    updateMembership(input: $input) { __typename ... on Membership { role } ... on UserError { message } }
  }
`);
const RemoveMembership = graphql(`
  mutation MembershipsRemove($input: RemoveMembershipInput!) {
    removeMembership(input: $input) { __typename ... on UserError { message } }
  }
`);
const UsersCount = graphql(`
  query MembershipsUsersCount {
    users(first: 5) { totalCount }
  }
`);
const InviteAsKey = graphql(`
  mutation MembershipsInviteAsKey {
    inviteUser(input: { email: "x@example.test", mspRole: MSP_ADMIN }) { __typename }
  }
`);
const Users = graphql(`
  query MembershipsUsers($customerId: ID, $first: Int!) {
    users(first: $first, customerId: $customerId) {
      totalCount
      edges { node { id email memberships { kind role mspName customerName } } }
    }
  }
`);
const Invitations = graphql(`
  query MembershipsInvitations {
    invitations(first: 100) { edges { node { email } } }
  }
`);
const Node = graphql(`
  query MembershipsNode($id: ID!) {
    node(id: $id) { id }
  }
`);
const RevokeInvitation = graphql(`
  mutation MembershipsRevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) { __typename }
  }
`);
const InvitationsPage = graphql(`
  query MembershipsInvitationsPage($first: Int!) {
    invitations(first: $first) {
      totalCount
      edges { node { email role status mspName customerName invitedByEmail } }
    }
  }
`);

describe("viewer switching", () => {
  it("switchViewer changes what me and devices return for the rest of the session", async () => {
    const { person } = (
      await people
        .login("person", { msp: "a", role: "MSP_OPERATOR" })
        .member("person", { customer: "bravo", role: "CUSTOMER_VIEWER" })
        .build()
    ).logins;
    const token = await stack.login(person);
    const as = bearer(token);
    const me = await execute(stack, Me, {}, as);
    expect(me.data!.me.kind).toBe("MSP_OPERATOR");
    const [mspMembership, bravoMembership] = me.data!.me.memberships;
    expect([mspMembership?.isActive, bravoMembership?.isActive]).toEqual([true, false]);
    const allDevices = await execute(stack, Devices, {}, as);

    const switched = await execute(stack, SwitchViewer, { input: { membershipId: bravoMembership!.id } }, as);
    expect(switched.data!.switchViewer).toMatchObject({ __typename: "Viewer", kind: "CUSTOMER_VIEWER" });
    const after = await execute(stack, Me, {}, as);
    expect(after.data!.me).toMatchObject({ kind: "CUSTOMER_VIEWER", customerId: gid("Customer", customers.bravo.id) });
    const devices = await execute(stack, Devices, {}, as);
    expect(devices.data!.devices.totalCount).toBeGreaterThan(0);
    expect(devices.data!.devices.totalCount).toBeLessThan(allDevices.data!.devices.totalCount);
    for (const e of devices.data!.devices.edges) expect(e.node.accountUsername).toMatch(/^bravo-/);
    // Another sign-in of the same person is not affected.
    const other = await execute(stack, Me, {}, bearer(await stack.login(person)));
    expect(other.data!.me.kind).toBe("MSP_OPERATOR");

    // Someone else's membership is not found, and nothing changes.
    const adminMe = await execute(stack, Me, {}, logins.adminA);
    const foreign = await execute(
      stack,
      SwitchViewer,
      { input: { membershipId: adminMe.data!.me.memberships[0]!.id } },
      as,
    );
    expect(foreign.data!.switchViewer.__typename).toBe("NotFoundError");
    expect((await execute(stack, Me, {}, as)).data!.me.kind).toBe("CUSTOMER_VIEWER");

    // Removing the membership ends the sessions acting through it; the person's MSP session lives on.
    const found = await execute(stack, UserSearch, { s: person.email }, logins.adminA);
    const bravoId = found.data!.users.edges[0]!.node.memberships.find((m) => m.kind === "CUSTOMER")!.id;
    const removed = await execute(stack, RemoveRevoking, { input: { membershipId: bravoId } }, logins.adminA);
    expect(removed.data!.removeMembership).toEqual({ __typename: "RemoveMembershipPayload", sessionsRevoked: 1 });
    const dead = await execute(stack, Me, {}, as);
    expect(dead.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const fresh = await execute(stack, Me, {}, bearer(await stack.login(person)));
    expect(fresh.data!.me.memberships.map((m) => m.role)).toEqual(["MSP_OPERATOR"]);
    const audit = await stack.db.prisma.auditLog.count({
      where: { action: "membership.remove", customerId: customers.bravo.id },
    });
    expect(audit).toBe(1);
  });
});

describe("memberships", () => {
  it("an MSP keeps at least one MSP admin", async () => {
    const solo = await people.msp("solo", "Solo MSP").login("solo", { role: "MSP_ADMIN" }).build();
    const msp = solo.msps.solo;
    const me = await execute(stack, Me, {}, solo.logins.solo);
    const own = me.data!.me.memberships[0]!.id;
    const before = await counts();
    const demote = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: own, role: "MSP_OPERATOR" } },
      solo.logins.solo,
    );
    expect(demote.data!.updateMembership.__typename).toBe("ConflictError");
    const remove = await execute(stack, RemoveMembership, { input: { membershipId: own } }, solo.logins.solo);
    expect(remove.data!.removeMembership.__typename).toBe("ConflictError");
    const mismatch = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: own, role: "CUSTOMER_OWNER" } },
      solo.logins.solo,
    );
    expect(mismatch.data!.updateMembership.__typename).toBe("InvalidInputError");
    expect(await counts()).toEqual(before);
    expect(await stack.db.prisma.mspMembership.findFirst({ where: { mspId: msp.id } })).toMatchObject({
      role: "MSP_ADMIN",
    });

    // With a second admin, stepping down works and is audited once.
    await people.login("soloSecond", { msp, role: "MSP_ADMIN" }).build();
    const ok = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: own, role: "MSP_OPERATOR" } },
      solo.logins.solo,
    );
    expect(ok.data!.updateMembership).toEqual({ __typename: "Membership", role: "MSP_OPERATOR" });
    expect(await stack.db.prisma.auditLog.count({ where: { action: "membership.update", mspId: msp.id } })).toBe(1);
    // The new role applies to the next request.
    expect((await execute(stack, Me, {}, solo.logins.solo)).data!.me.kind).toBe("MSP_OPERATOR");
  });

  it("two admins demoting each other at once leave exactly one admin", async () => {
    const duo = await people
      .msp("duo", "Duo MSP")
      .login("one", { role: "MSP_ADMIN" })
      .login("two", { role: "MSP_ADMIN" })
      .build();
    const { one, two } = duo.logins;
    const idOf = async (as: typeof one) => (await execute(stack, Me, {}, as)).data!.me.memberships[0]!.id;
    const [oneId, twoId] = [await idOf(one), await idOf(two)];
    const results = await Promise.all([
      execute(stack, UpdateMembership, { input: { membershipId: twoId, role: "MSP_OPERATOR" } }, one),
      execute(stack, UpdateMembership, { input: { membershipId: oneId, role: "MSP_OPERATOR" } }, two),
    ]);
    const outcomes = results.map((r) => r.data?.updateMembership.__typename ?? r.errors?.[0]?.extensions?.code).sort();
    // The loser either lost the race at the lock (ConflictError) or was already demoted when its request
    // resolved its viewer (no longer an admin: the membership is not found for it).
    expect([
      ["ConflictError", "Membership"],
      ["Membership", "NotFoundError"],
    ]).toContainEqual(outcomes);
    expect(await stack.db.prisma.mspMembership.count({ where: { mspId: duo.msps.duo.id, role: "MSP_ADMIN" } })).toBe(1);
  });

  it("a customer owner manages roles in their own customer only", async () => {
    const { colleague, outsider } = (
      await people
        .login("colleague", { customer: "alpha", role: "CUSTOMER_VIEWER" })
        .login("outsider", { customer: "bravo", role: "CUSTOMER_VIEWER" })
        .build()
    ).logins;
    const idOf = async (as: typeof colleague) => (await execute(stack, Me, {}, as)).data!.me.memberships[0]!.id;
    const promote = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: await idOf(colleague), role: "CUSTOMER_OWNER" } },
      logins.ownerAlpha,
    );
    expect(promote.data!.updateMembership).toEqual({ __typename: "Membership", role: "CUSTOMER_OWNER" });
    const foreign = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: await idOf(outsider), role: "CUSTOMER_OWNER" } },
      logins.ownerAlpha,
    );
    expect(foreign.data!.updateMembership.__typename).toBe("NotFoundError");
    const adminMembership = await idOf(logins.adminA);
    const msp = await execute(stack, RemoveMembership, { input: { membershipId: adminMembership } }, logins.ownerAlpha);
    expect(msp.data!.removeMembership.__typename).toBe("NotFoundError");
  });

  it("API keys cannot list or invite people", async () => {
    const { probe } = (
      await people
        .apiKey("probe", { msp: "a", by: "adminA", label: "people probe", capabilities: ["READ", "OPERATE", "ADMIN"] })
        .build()
    ).keys;
    const users = await execute(stack, UsersCount, {}, probe);
    expect(users.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const invited = await execute(stack, InviteAsKey, {}, probe);
    expect(invited.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const me = await execute(stack, Me, {}, probe);
    expect(me.data!.me.memberships).toEqual([]);
  });
});

describe("tenant isolation", () => {
  it("MSP admins see only their MSP's people, and only their own memberships of them", async () => {
    // One person at MSP A (operator) and at customer Charlie of MSP B.
    const { both } = (
      await people
        .login("both", { msp: "a", role: "MSP_OPERATOR" })
        .member("both", { customer: "charlie", role: "CUSTOMER_VIEWER" })
        .build()
    ).logins;
    const a = await execute(stack, Users, { first: 100 }, logins.adminA);
    const emailsA = a.data!.users.edges.map((e) => e.node.email);
    expect(emailsA).toContain(logins.ownerAlpha.email);
    expect(emailsA).not.toContain(logins.adminB.email);
    const bothSeenByA = a.data!.users.edges.find((e) => e.node.email === both.email)!.node;
    expect(bothSeenByA.memberships).toEqual([
      { kind: "MSP", role: "MSP_OPERATOR", mspName: "MSP A", customerName: null },
    ]);

    const b = await execute(stack, Users, { first: 100 }, logins.adminB);
    const emailsB = b.data!.users.edges.map((e) => e.node.email);
    expect(emailsB).not.toContain(logins.adminA.email);
    expect(emailsB).not.toContain(logins.ownerAlpha.email);
    expect(b.data!.users.edges.find((e) => e.node.email === both.email)!.node.memberships).toEqual([
      { kind: "CUSTOMER", role: "CUSTOMER_VIEWER", mspName: "MSP B", customerName: "Charlie Co" },
    ]);
    // Filtering by another MSP's customer finds nobody; node(id) of another MSP's person is null.
    const foreign = await execute(
      stack,
      Users,
      { first: 10, customerId: gid("Customer", customers.alpha.id) },
      logins.adminB,
    );
    expect(foreign.data!.users.totalCount).toBe(0);
    const adminAId = gid("User", logins.adminA.userId);
    const node = await execute(stack, Node, { id: adminAId }, logins.adminB);
    expect(node.data!.node).toBeNull();
  });

  it("customer owners see only their customer's people; MSP operators see nobody", async () => {
    const owner = await execute(stack, Users, { first: 100 }, logins.ownerAlpha);
    for (const e of owner.data!.users.edges) {
      expect(e.node.memberships.every((m) => m.customerName === "Alpha Co")).toBe(true);
      expect(e.node.memberships.length).toBeGreaterThan(0);
    }
    expect(owner.data!.users.edges.map((e) => e.node.email)).not.toContain(logins.adminA.email);
    const operator = await execute(stack, Users, { first: 100 }, logins.operatorA);
    expect(operator.data!.users.totalCount).toBe(0);
  });

  it("another MSP's invitations and memberships cannot be seen or touched", async () => {
    const invited = narrow(
      await invite(logins.adminA, { email: newEmail("private"), mspRole: "MSP_OPERATOR" }),
      "Invitation",
    );
    const listB = await execute(stack, Invitations, {}, logins.adminB);
    expect(listB.data!.invitations.edges.map((e) => e.node.email)).not.toContain(invited.email);
    const node = await execute(stack, Node, { id: invited.id }, logins.adminB);
    expect(node.data!.node).toBeNull();
    const before = await counts();
    const revoke = await execute(stack, RevokeInvitation, { input: { invitationId: invited.id } }, logins.adminB);
    expect(revoke.data!.revokeInvitation.__typename).toBe("NotFoundError");
    const adminAMe = await execute(stack, Me, {}, logins.adminA);
    const update = await execute(
      stack,
      UpdateMembership,
      { input: { membershipId: adminAMe.data!.me.memberships[0]!.id, role: "MSP_OPERATOR" } },
      logins.adminB,
    );
    expect(update.data!.updateMembership.__typename).toBe("NotFoundError");
    expect(await counts()).toEqual(before);
  });

  it("users and invitations pages cost the same number of round trips for 2 rows as for 50", async () => {
    for (let i = 0; i < 6; i++) people.login(`viewer${i}`, { customer: "alpha", role: "CUSTOMER_VIEWER" });
    await people.build();
    const counter = roundTripCounter(stack.db.prisma);
    const token = await stack.login(logins.adminA);
    const small = await executeCounted(counter, token, Users, { first: 2 });
    const large = await executeCounted(counter, token, Users, { first: 50 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data!.users.edges.length).toBeGreaterThan(5);
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(4);

    for (let i = 0; i < 3; i++) await invite(logins.adminA, { email: newEmail("page"), mspRole: "MSP_OPERATOR" });
    const few = await executeCounted(counter, token, InvitationsPage, { first: 2 });
    const many = await executeCounted(counter, token, InvitationsPage, { first: 50 });
    expect(many.body.data!.invitations.edges.length).toBeGreaterThan(2);
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(4);
  });
});
