import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, expect } from "vitest";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "./seed.js";
import { type Stack, startStack } from "./stack.js";

/**
 * Shared by the people tests (invitations.test.ts, memberships.test.ts): one stack per test file
 * with two MSPs (A owns a simulated Comet server with customers alpha and bravo; B has charlie),
 * their people, the GraphQL operations and small helpers. `usePeopleStack()` registers the hooks.
 */

export let stack: Stack;
export const logins: Record<"adminA" | "operatorA" | "adminB" | "ownerAlpha" | "platform", TestLogin> = {} as never;
export const ids = { mspA: "", mspB: "", alpha: "", bravo: "", charlie: "" };
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export function usePeopleStack() {
  beforeAll(async () => {
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
      seed: async ({ db, sims, secrets }) => {
        const mspA = await createMsp(db.prisma, "MSP A");
        const mspB = await createMsp(db.prisma, "MSP B");
        const alpha = await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co");
        const bravo = await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
        const charlie = await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
        Object.assign(ids, { mspA: mspA.id, mspB: mspB.id, alpha: alpha.id, bravo: bravo.id, charlie: charlie.id });
        await registerServer(db.prisma, secrets, { baseUrl: sims.own!.url, mspId: mspA.id });
        logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
        logins.operatorA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_OPERATOR" });
        logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
        logins.ownerAlpha = await createLogin(db.prisma, { customerId: alpha.id, role: "CUSTOMER_OWNER" });
        logins.platform = await createLogin(db.prisma, { platform: true });
      },
    });
  }, 120_000);
  afterAll(() => stack?.stop());
}

export const inviteMutation = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) {
    __typename
    ... on Invitation { id email role status mspName customerName invitedByEmail expiresAt }
    ... on InvalidInputError { message fieldErrors { path message } }
    ... on UserError { message }
    ... on NotFoundError { objectType }
  }
}`;
export const acceptMutation = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on LoginPayload { token viewer { kind email mspId customerId } }
    ... on InvalidInputError { fieldErrors { path message } }
    ... on UserError { message }
  }
}`;
export const meQuery = `{ me { kind email mspId customerId memberships { id kind role mspName customerName isActive } } }`;
export const devicesQuery = "{ devices(first: 100) { totalCount edges { node { accountUsername } } } }";
export const switchMutation = `mutation($input: SwitchViewerInput!) {
  switchViewer(input: $input) { __typename ... on Viewer { kind mspId customerId } ... on UserError { message } }
}`;

export type Result = { __typename: string; [k: string]: unknown };
export type Membership = {
  id: string;
  kind: string;
  role: string;
  mspName: string | null;
  customerName: string | null;
  isActive: boolean;
};
export type Me = { me: { kind: string; mspId: string | null; customerId: string | null; memberships: Membership[] } };

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function invite(as: TestLogin, input: Record<string, unknown>) {
  const res = await stack.execute<{ inviteUser: Result }>(inviteMutation, { input }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.inviteUser;
}

export async function accept(input: { token: string; name?: string; password: string }) {
  const res = await stack.execute<{ acceptInvitation: Result }>(acceptMutation, { input });
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
