import { createResource } from "solid-js";
import type { MembershipRole } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { client, resetClient, ws } from "../lib/client.js";

/**
 * Who is signed in: the one store that crosses pages. `me` answers UNAUTHENTICATED when the
 * cookie is missing or expired; the app then shows the sign-in page. Every change of who or
 * which scope (sign in, accept an invitation, switch viewer, sign out) restarts the socket (the
 * server resolves a connection's viewer once) and replaces the urql client, so no page keeps
 * another scope's cached data or live stream.
 */

const MeQuery = graphql(`
  query Me {
    me {
      kind
      email
      mspId
      customerId
      capabilities
      apiKeyName
      actingAsMsp { id name }
      memberships {
        id
        kind
        role
        mspName
        customerName
        isActive
      }
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      viewer { kind email }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const SwitchViewerMutation = graphql(`
  mutation SwitchViewer($input: SwitchViewerInput!) {
    switchViewer(input: $input) {
      __typename
      ... on Viewer { kind mspId customerId }
      ... on UserError { message }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on LoginPayload { expiresAt }
      ... on InvalidInputError { message fieldErrors { path message } }
      ... on InvalidInvitationError { message }
    }
  }
`);

async function fetchMe() {
  const result = await client.query(MeQuery, {}, { requestPolicy: "network-only" }).toPromise();
  return result.data?.me ?? null;
}

const [viewer, { refetch, mutate }] = createResource(fetchMe);

export { viewer };

export type Viewer = NonNullable<ReturnType<typeof viewer>>;
export type Membership = Viewer["memberships"][number];

/** Whether the viewer works for a whole MSP (staff pages: customers, keys, servers). */
export const isMspStaff = () => {
  const kind = viewer()?.kind;
  return kind === "PLATFORM_OPERATOR" || kind === "MSP_ADMIN" || kind === "MSP_OPERATOR";
};

const roleLabels: Record<MembershipRole, string> = {
  PLATFORM_OPERATOR: "Platform operator",
  MSP_ADMIN: "Admin",
  MSP_OPERATOR: "Operator",
  CUSTOMER_OWNER: "Owner",
  CUSTOMER_VIEWER: "Viewer",
};

/** How a membership reads in the viewer switcher: "Northwind IT · Admin", "Bluebird Bakery (Northwind IT) · Owner". */
export function membershipLabel(m: Membership): string {
  if (m.kind === "PLATFORM") return "Platform view (all MSPs)";
  const where =
    m.kind === "CUSTOMER" ? `${m.customerName ?? "Customer"} (${m.mspName ?? "MSP"})` : (m.mspName ?? "MSP");
  return `${where} · ${roleLabels[m.role]}`;
}

function messageOf(error: { graphQLErrors: { extensions?: Record<string, unknown> }[]; networkError?: Error }) {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === "RATE_LIMITED") return "Too many attempts. Wait a minute and try again.";
  if (error.networkError) return "Partner Hub cannot be reached. Check your connection.";
  return null;
}

/** A new session or scope: fresh socket, fresh `me`, then a fresh client (the pages remount). */
async function startOver(): Promise<void> {
  ws.terminate();
  await refetch();
  resetClient();
}

export async function signIn(email: string, password: string): Promise<string | null> {
  const result = await client.mutation(LoginMutation, { email, password }).toPromise();
  if (result.error) return messageOf(result.error) ?? "Invalid email or password.";
  await startOver();
  return null;
}

export async function signOut(): Promise<void> {
  await client.mutation(LogoutMutation, {}).toPromise();
  ws.terminate();
  mutate(null);
  resetClient();
}

/** Whether the person is a platform operator (who may also act within any one MSP: `actingAsMsp`). */
export const isOperator = () => viewer()?.memberships.some((m) => m.kind === "PLATFORM") ?? false;

/**
 * Acts through another of `me.memberships`, or (the platform operator) within one MSP; null on
 * success, else a message to show.
 */
export async function switchViewer(target: { membershipId: string } | { mspId: string }): Promise<string | null> {
  const result = await client.mutation(SwitchViewerMutation, { input: target }).toPromise();
  if (result.error) return messageOf(result.error) ?? "Switching failed. Reload the page and try again.";
  const payload = result.data?.switchViewer;
  if (payload?.__typename !== "Viewer") return payload && "message" in payload ? payload.message : "Switching failed.";
  // The old scope's page (a device, a job) may not exist in the new one.
  window.history.replaceState(null, "", "/");
  await startOver();
  return null;
}

export type AcceptOutcome =
  | { ok: true }
  | { ok: false; message: string; field?: "name" | "password"; existingAccount?: boolean; invalidLink?: boolean };

/**
 * Accepts an invitation; signed in on success. The API tells an address that already has an
 * account only by asking for its current password (InvalidInputError on `password`).
 */
export async function acceptInvitation(input: {
  token: string;
  name?: string;
  password: string;
}): Promise<AcceptOutcome> {
  const result = await client.mutation(AcceptInvitationMutation, { input }).toPromise();
  if (result.error) return { ok: false, message: messageOf(result.error) ?? "Accepting failed. Try again." };
  const payload = result.data?.acceptInvitation;
  if (!payload) return { ok: false, message: "Accepting failed. Try again." };
  if (payload.__typename === "InvalidInvitationError")
    return { ok: false, message: payload.message, invalidLink: true };
  if (payload.__typename === "InvalidInputError") {
    const fieldError = payload.fieldErrors[0];
    const field = fieldError?.path.at(-1) === "name" ? "name" : "password";
    const message = fieldError?.message ?? payload.message;
    return {
      ok: false,
      message,
      field,
      existingAccount: field === "password" && /already has an account/.test(message),
    };
  }
  window.history.replaceState(null, "", "/");
  await startOver();
  return { ok: true };
}
