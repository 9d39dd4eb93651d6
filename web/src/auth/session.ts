import { type Accessor, createContext, createResource, useContext } from "solid-js";
import { graphql } from "../gql/index.js";
import type { Connection } from "../lib/client.js";
import type { MaybeViewer } from "./viewer.js";

/**
 * Who is signed in: the one store that crosses pages, provided by the app (`SessionProvider`)
 * and read with `useSession()`. `me` answers UNAUTHENTICATED when the cookie is missing or
 * expired; the app then shows the sign-in page. Every change of who or which scope (sign in,
 * accept an invitation, switch viewer, sign out) restarts the socket (the server resolves a
 * connection's viewer once) and replaces the urql client, so no page keeps another scope's cached
 * data or live stream.
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
      ...MutationErrorFields
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on LoginPayload { expiresAt }
      ...MutationErrorFields
    }
  }
`);

export type AcceptOutcome =
  | { ok: true }
  | { ok: false; message: string; field?: "name" | "password"; existingAccount?: boolean; invalidLink?: boolean };

export interface Session {
  /** Undefined while `me` loads, null when no one is signed in. */
  viewer: Accessor<MaybeViewer>;
  /** Whether `me` answered that no one is signed in (the app shows the sign-in page). */
  isSignedOut: Accessor<boolean>;
  /** Null once signed in, else a message to show. */
  signIn(email: string, password: string): Promise<string | null>;
  signOut(): Promise<void>;
  /**
   * Acts through another of `me.memberships`, or (the platform operator) within one MSP; null on
   * success, else a message to show.
   */
  switchViewer(target: { membershipId: string } | { mspId: string }): Promise<string | null>;
  /**
   * Accepts an invitation; signed in on success. The API tells an address that already has an
   * account only by asking for its current password (InvalidInputError on `password`).
   */
  acceptInvitation(input: { token: string; name?: string; password: string }): Promise<AcceptOutcome>;
}

function messageOf(error: { graphQLErrors: { extensions?: Record<string, unknown> }[]; networkError?: Error }) {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === "RATE_LIMITED") return "Too many attempts. Wait a minute and try again.";
  if (error.networkError) return "Partner Hub cannot be reached. Check your connection.";
  return null;
}

/** The session over the app's connection; `me` is asked at once. */
export function createSession(connection: Pick<Connection, "client" | "restartSocket" | "resetClient">): Session {
  const fetchMe = async () => {
    const result = await connection.client().query(MeQuery, {}, { requestPolicy: "network-only" }).toPromise();
    return result.data?.me ?? null;
  };
  const [viewer, { refetch, mutate }] = createResource(fetchMe);

  /** A new session or scope: fresh socket, fresh `me`, then a fresh client (the pages remount). */
  async function startOver(): Promise<void> {
    connection.restartSocket();
    await refetch();
    connection.resetClient();
  }

  return {
    viewer,
    isSignedOut: () => viewer.state === "ready" && viewer() === null,

    async signIn(email, password) {
      const result = await connection.client().mutation(LoginMutation, { email, password }).toPromise();
      if (result.error) return messageOf(result.error) ?? "Invalid email or password.";
      await startOver();
      return null;
    },

    async signOut() {
      await connection.client().mutation(LogoutMutation, {}).toPromise();
      connection.restartSocket();
      mutate(null);
      connection.resetClient();
    },

    async switchViewer(target) {
      const result = await connection.client().mutation(SwitchViewerMutation, { input: target }).toPromise();
      if (result.error) return messageOf(result.error) ?? "Switching failed. Reload the page and try again.";
      const payload = result.data?.switchViewer;
      if (payload?.__typename !== "Viewer")
        return payload && "message" in payload ? payload.message : "Switching failed.";
      // The old scope's page (a device, a job) may not exist in the new one.
      window.history.replaceState(null, "", "/");
      await startOver();
      return null;
    },

    async acceptInvitation(input) {
      const result = await connection.client().mutation(AcceptInvitationMutation, { input }).toPromise();
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
    },
  };
}

const SessionContext = createContext<Session>();

/** Provides the session to everything below (the app: its one session; a test: a fixed viewer). */
export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("No <SessionProvider> above this component");
  return session;
}
