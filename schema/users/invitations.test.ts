import { print } from "graphql";
import { describe, expect, it } from "vitest";
import type { InviteUserInput, PeopleAcceptMutation } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { execute, narrow } from "../../test/operations.js";
import {
  AcceptInvitation,
  accept,
  bearer,
  counts,
  customers,
  Devices,
  gid,
  invite,
  logins,
  Me,
  msps,
  newEmail,
  people,
  stack,
  tokenMailedTo,
  usePeopleStack,
} from "../../test/people.js";
import type { TestLogin } from "../../test/seed.js";

/** Invitations over real HTTP: from the emailed link to a signed-in person, and every way it can fail. */

usePeopleStack();

const Invitations = graphql(`
  query InvitationsList {
    invitations(first: 50) { edges { node { email status acceptedAt } } }
  }
`);
const PendingInvitations = graphql(`
  query InvitationsPending {
    invitations(first: 100, pendingOnly: true) { edges { node { email role } } }
  }
`);
const RevokeInvitation = graphql(`
  mutation InvitationsRevoke($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) { __typename ... on Invitation { status revokedAt } }
  }
`);

describe("invitation flow", () => {
  it("an MSP admin invites a customer viewer; the invitee accepts from the emailed link and sees only that customer", async () => {
    const email = newEmail("viewer");
    const invited = await invite(logins.adminA, {
      email: ` ${email.toUpperCase()} `,
      customerId: gid("Customer", customers.alpha.id),
      customerRole: "CUSTOMER_VIEWER",
    });
    expect(invited).toMatchObject({
      __typename: "Invitation",
      email,
      role: "CUSTOMER_VIEWER",
      status: "PENDING",
      mspName: "MSP A",
      customerName: "Alpha Co",
      invitedByEmail: logins.adminA.email,
    });
    expect(JSON.stringify(invited)).not.toContain("phi_");
    const audit = await stack.db.prisma.auditLog.findMany({
      where: { action: "invitation.create", customerId: customers.alpha.id },
    });
    expect(audit.map((a) => (a.details as { email: string }).email)).toContain(email);

    const token = await tokenMailedTo(email);
    // Anonymous, over plain HTTP, as the web page would: the cookie is set as well as the token returned.
    const res = await fetch(`${stack.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: print(AcceptInvitation),
        variables: { input: { token, name: "Vera Viewer", password: "a long enough password" } },
      }),
    });
    const body = (await res.json()) as { data: PeopleAcceptMutation };
    expect(narrow(body.data.acceptInvitation, "LoginPayload").viewer).toMatchObject({
      kind: "CUSTOMER_VIEWER",
      email,
      customerId: gid("Customer", customers.alpha.id),
    });
    expect(res.headers.get("set-cookie")).toMatch(/^ph_session=phs_/);

    const signedIn = { email, password: "a long enough password" };
    const me = await execute(stack, Me, {}, signedIn);
    expect(me.data?.me).toMatchObject({ kind: "CUSTOMER_VIEWER", customerId: gid("Customer", customers.alpha.id) });
    const devices = await execute(stack, Devices, {}, signedIn);
    expect(devices.data!.devices.totalCount).toBeGreaterThan(0);
    for (const e of devices.data!.devices.edges) expect(e.node.accountUsername).toMatch(/^alpha-/);

    const listed = await execute(stack, Invitations, {}, logins.adminA);
    expect(listed.data!.invitations.edges.map((e) => e.node)).toContainEqual({
      email,
      status: "ACCEPTED",
      acceptedAt: expect.any(String),
    });

    // The link works once; a second use changes nothing.
    const before = await counts();
    const again = await accept({ token, name: "Mallory", password: "another long password" });
    expect(again).toMatchObject({ __typename: "InvalidInvitationError" });
    expect(await counts()).toEqual(before);
  });

  it("unknown, expired and revoked links fail with the same typed error and write nothing", async () => {
    const expiredEmail = newEmail("expired");
    await invite(logins.adminA, { email: expiredEmail, mspRole: "MSP_OPERATOR" });
    const expiredToken = await tokenMailedTo(expiredEmail);
    await stack.db.prisma.invitation.updateMany({
      where: { email: expiredEmail },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const revokedEmail = newEmail("revoked");
    const revokedInvitation = await invite(logins.adminA, { email: revokedEmail, mspRole: "MSP_OPERATOR" });
    const revokedToken = await tokenMailedTo(revokedEmail);
    const revoke = await execute(
      stack,
      RevokeInvitation,
      { input: { invitationId: narrow(revokedInvitation, "Invitation").id } },
      logins.adminA,
    );
    expect(revoke.data!.revokeInvitation).toMatchObject({ __typename: "Invitation", status: "REVOKED" });

    const before = await counts();
    const messages = new Set<unknown>();
    for (const token of [expiredToken, revokedToken, "phi_unknown", ""]) {
      const r = await accept({ token, name: "Someone", password: "a long enough password" });
      messages.add(narrow(r, "InvalidInvitationError").message);
    }
    expect(messages.size).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it("re-inviting a pending address replaces the invitation and kills the old link", async () => {
    const email = newEmail("again");
    const bravo = gid("Customer", customers.bravo.id);
    await invite(logins.adminA, { email, customerId: bravo, customerRole: "CUSTOMER_OWNER" });
    const first = await tokenMailedTo(email);
    await invite(logins.adminA, { email, customerId: bravo, customerRole: "CUSTOMER_VIEWER" });
    let second = first;
    for (let i = 0; i < 100 && second === first; i++) {
      second = await tokenMailedTo(email);
      if (second === first) await new Promise((r) => setTimeout(r, 50));
    }
    expect(second).not.toBe(first);
    const pending = await execute(stack, PendingInvitations, {}, logins.adminA);
    expect(pending.data!.invitations.edges.filter((e) => e.node.email === email)).toEqual([
      { node: { email, role: "CUSTOMER_VIEWER" } },
    ]);
    expect((await accept({ token: first, name: "Old", password: "a long enough password" })).__typename).toBe(
      "InvalidInvitationError",
    );
    expect(await accept({ token: second, name: "New", password: "a long enough password" })).toMatchObject({
      __typename: "LoginPayload",
      viewer: { kind: "CUSTOMER_VIEWER", customerId: bravo },
    });
  });

  it("rejects bad invitations with typed errors and writes nothing", async () => {
    const before = await counts();
    const alpha = gid("Customer", customers.alpha.id);
    // Inputs the schema accepts and the resolver refuses (as a client could send them).
    const cases: [TestLogin, InviteUserInput, string, string?][] = [
      [logins.adminA, { email: "not-an-email", mspRole: "MSP_OPERATOR" }, "InvalidInputError", "input.email"],
      [
        logins.adminA,
        { email: newEmail("x"), mspRole: "MSP_OPERATOR", customerId: alpha },
        "InvalidInputError",
        "input.mspRole",
      ],
      [logins.adminA, { email: newEmail("x"), customerId: alpha }, "InvalidInputError", "input.customerRole"],
      [
        logins.adminA,
        { email: newEmail("x"), customerRole: "CUSTOMER_OWNER" },
        "InvalidInputError",
        "input.customerId",
      ],
      [logins.adminA, { email: newEmail("x") }, "InvalidInputError", "input.mspRole"],
      // Another MSP's customer (or MSP) does not exist for this admin.
      [
        logins.adminA,
        { email: newEmail("x"), customerId: gid("Customer", customers.charlie.id), customerRole: "CUSTOMER_OWNER" },
        "NotFoundError",
      ],
      [logins.adminA, { email: newEmail("x"), mspId: gid("Msp", msps.b.id), mspRole: "MSP_ADMIN" }, "NotFoundError"],
      [
        logins.operatorA,
        { email: newEmail("x"), customerId: alpha, customerRole: "CUSTOMER_VIEWER" },
        "ForbiddenError",
      ],
      [logins.ownerAlpha, { email: newEmail("x"), mspRole: "MSP_ADMIN" }, "ForbiddenError"],
      [
        logins.ownerAlpha,
        { email: newEmail("x"), customerId: gid("Customer", customers.bravo.id), customerRole: "CUSTOMER_OWNER" },
        "NotFoundError",
      ],
      [logins.platform, { email: newEmail("x"), mspRole: "MSP_ADMIN" }, "InvalidInputError", "input.mspId"],
      // Already a member there.
      [logins.adminA, { email: logins.operatorA.email, mspRole: "MSP_ADMIN" }, "ConflictError"],
    ];
    for (const [as, input, typename, path] of cases) {
      const r = await invite(as, input);
      expect(r.__typename, JSON.stringify(input)).toBe(typename);
      if (path) expect(narrow(r, "InvalidInputError").fieldErrors.map((f) => f.path.join("."))).toContain(path);
    }
    expect(await counts()).toEqual(before);
  });

  it("a customer owner invites to their own customer; the operator invites anywhere", async () => {
    const byOwner = await invite(logins.ownerAlpha, {
      email: newEmail("colleague"),
      customerId: gid("Customer", customers.alpha.id),
      customerRole: "CUSTOMER_VIEWER",
    });
    expect(byOwner).toMatchObject({ __typename: "Invitation", customerName: "Alpha Co" });
    const byOperator = await invite(logins.platform, {
      email: newEmail("b-admin"),
      mspId: gid("Msp", msps.b.id),
      mspRole: "MSP_ADMIN",
    });
    expect(byOperator).toMatchObject({ __typename: "Invitation", mspName: "MSP B", role: "MSP_ADMIN" });
  });

  it("an existing person accepts with their current password and gains the membership", async () => {
    const { person } = (await people.login("person", { msp: "a", role: "MSP_OPERATOR" }).build()).logins;
    await invite(logins.adminB, {
      email: person.email,
      customerId: gid("Customer", customers.charlie.id),
      customerRole: "CUSTOMER_OWNER",
    });
    const token = await tokenMailedTo(person.email);
    const before = await counts();
    const wrong = await accept({ token, password: "not their password" });
    expect(wrong).toMatchObject({ __typename: "InvalidInputError", fieldErrors: [{ path: ["input", "password"] }] });
    expect(await counts()).toEqual(before);
    const ok = await accept({ token, name: "ignored", password: person.password });
    expect(ok).toMatchObject({
      __typename: "LoginPayload",
      viewer: { kind: "CUSTOMER_OWNER", customerId: gid("Customer", customers.charlie.id) },
    });
    // The new session acts through the new membership; the person keeps both.
    const me = await execute(stack, Me, {}, bearer(narrow(ok, "LoginPayload").token));
    expect(me.data!.me.memberships.map((m) => [m.role, m.mspName, m.customerName, m.isActive])).toEqual([
      ["MSP_OPERATOR", "MSP A", null, false],
      ["CUSTOMER_OWNER", "MSP B", "Charlie Co", true],
    ]);
    const user = await stack.db.prisma.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user.name).not.toBe("ignored");
  });
});
