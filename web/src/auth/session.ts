import { createResource } from "solid-js";
import { graphql } from "../gql/index.js";
import { client, ws } from "../lib/client.js";

/**
 * Who is signed in: the one store that crosses pages. `me` answers UNAUTHENTICATED when the
 * cookie is missing or expired; the shell then shows the sign-in page.
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

async function fetchMe() {
  const result = await client.query(MeQuery, {}, { requestPolicy: "network-only" }).toPromise();
  return result.data?.me ?? null;
}

const [viewer, { refetch, mutate }] = createResource(fetchMe);

export { viewer };

export type Viewer = NonNullable<ReturnType<typeof viewer>>;

/** Whether the viewer works for a whole MSP (staff pages: customers, keys, servers). */
export const isMspStaff = () => {
  const kind = viewer()?.kind;
  return kind === "PLATFORM_OPERATOR" || kind === "MSP_ADMIN" || kind === "MSP_OPERATOR";
};

export async function signIn(email: string, password: string): Promise<string | null> {
  const result = await client.mutation(LoginMutation, { email, password }).toPromise();
  if (result.error) {
    const code = result.error.graphQLErrors[0]?.extensions?.code;
    if (code === "RATE_LIMITED") return "Too many attempts. Wait a minute and try again.";
    if (result.error.networkError) return "Partner Hub cannot be reached. Check your connection.";
    return "Invalid email or password.";
  }
  // The socket was opened (or refused) without the new cookie: start it again with it.
  ws.terminate();
  await refetch();
  return null;
}

export async function signOut(): Promise<void> {
  await client.mutation(LogoutMutation, {}).toPromise();
  ws.terminate();
  mutate(null);
}
