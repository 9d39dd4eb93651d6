import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, expect } from "vitest";
import type { InviteUserInput } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { execute } from "./operations.js";
import type { TestLogin } from "./seed.js";
import { type Stack, startStack } from "./stack.js";
import { world } from "./world.js";

/**
 * Shared by the people tests (invitations.test.ts, memberships.test.ts, operator-view.test.ts):
 * one stack per test file with the people world (MSP A owns a simulated Comet server with
 * customers alpha and bravo; MSP B has charlie), the GraphQL operations and small helpers.
 * `usePeopleStack()` registers the hooks; a test adds its own people with `people.login(...)`.
 */

export let stack: Stack;
/** A fresh world per test file: server test files share a worker's modules (isolate: false), and tests add people to it. */
const peopleWorld = () =>
  world()
    .msp("a", "MSP A")
    .customer("alpha", "Alpha Co")
    .customer("bravo", "Bravo Co")
    .msp("b", "MSP B")
    .customer("charlie", "Charlie Co")
    .server("own", { sim: "own", msp: "a" })
    .login("adminA", { msp: "a", role: "MSP_ADMIN" })
    .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
    .login("adminB", { msp: "b", role: "MSP_ADMIN" })
    .login("ownerAlpha", { customer: "alpha", role: "CUSTOMER_OWNER" })
    .login("platform", { platform: true });
// Live bindings: `usePeopleStack()` replaces them before each file's tests run.
export let people = peopleWorld();
export let { logins, msps, customers } = people;
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export function usePeopleStack() {
  beforeAll(async () => {
    people = peopleWorld();
    ({ logins, msps, customers } = people);
    stack = await startStack({
      simulators: {
        own: {
          fleet: {
            organizations: [
              {
                id: "",
                name: "Top",
                customers: [
                  { slug: "alpha", accounts: 2 },
                  { slug: "bravo", accounts: 2 },
                ],
              },
            ],
          },
        },
      },
      linkAccounts: true,
      seed: people.seed,
    });
  }, 120_000);
  afterAll(() => stack?.stop());
}

export const InviteUser = graphql(`
  mutation PeopleInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }
      ... on InvalidInputError { message fieldErrors { path message } }
      ... on UserError { message }
      ... on NotFoundError { objectType }
    }
  }
`);
export const AcceptInvitation = graphql(`
  mutation PeopleAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on LoginPayload { token viewer { kind email mspId customerId } }
      ... on InvalidInputError { fieldErrors { path message } }
      ... on UserError { message }
    }
  }
`);
export const Me = graphql(`
  query PeopleMe {
    me { kind email mspId customerId memberships { id kind role mspName customerName isActive } }
  }
`);
export const Devices = graphql(`
  query PeopleDevices {
    devices(first: 100) { totalCount edges { node { accountUsername } } }
  }
`);
export const SwitchViewer = graphql(`
  mutation PeopleSwitch($input: SwitchViewerInput!) {
    switchViewer(input: $input) {
      __typename
      ... on Viewer { kind mspId customerId }
      ... on UserError { message }
    }
  }
`);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function invite(as: TestLogin, input: InviteUserInput) {
  const res = await execute(stack, InviteUser, { input }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.inviteUser;
}

export async function accept(input: { token: string; name?: string; password: string }) {
  const res = await execute(stack, AcceptInvitation, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.acceptInvitation;
}

/** The emailed link's token, read from the outbox once delivery (here: logging) has happened. */
export async function tokenMailedTo(email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const row = await stack.db.prisma.emailMessage.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
    if (row && row.status !== "QUEUED") {
      expect(row.status).toBe("LOGGED");
      const token = /\/accept-invitation\?token=(phi_[\w-]+)/.exec(row.text)?.[1];
      expect(token).toBeDefined();
      return token!;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no email to ${email}`);
}

export const newEmail = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@invitee.example`;

export async function counts() {
  const p = stack.db.prisma;
  const [invitations, emails, audits, users, memberships] = await Promise.all([
    p.invitation.count(),
    p.emailMessage.count(),
    // Sign-ins (the test kit logs in on first use) are audited too; only changes count here.
    p.auditLog.count({ where: { NOT: { action: { startsWith: "auth." } } } }),
    p.user.count(),
    p.customerMembership.count(),
  ]);
  return { invitations, emails, audits, users, memberships };
}
