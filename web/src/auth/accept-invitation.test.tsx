import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * The accept-invitation page against a scripted /graphql (the network boundary): an address that
 * already has an account is asked for its current password, then the person is signed in.
 */

type Op = { operationName?: string; variables?: Record<string, unknown> };
const calls: Op[] = [];
let signedIn = false;

const answers: Record<string, (op: Op) => unknown> = {
  Me: () =>
    signedIn
      ? {
          data: {
            me: {
              kind: "CUSTOMER_OWNER",
              email: "a@b.example",
              mspId: "m",
              customerId: "c",
              capabilities: ["READ"],
              apiKeyName: null,
              memberships: [],
            },
          },
        }
      : { data: null, errors: [{ message: "invalid credentials", extensions: { code: "UNAUTHENTICATED" } }] },
  AcceptInvitation: (op) => {
    const input = op.variables?.input as { password: string; name?: string };
    if (input.password !== "current-password-1") {
      return {
        data: {
          acceptInvitation: {
            __typename: "InvalidInputError",
            message: "invalid input",
            fieldErrors: [
              {
                path: ["input", "password"],
                message: "this address already has an account: give its current password",
              },
            ],
          },
        },
      };
    }
    signedIn = true;
    return { data: { acceptInvitation: { __typename: "LoginPayload", expiresAt: "2030-01-01T00:00:00Z" } } };
  },
};

vi.stubGlobal(
  "fetch",
  vi.fn(async (url: string, init: RequestInit) => {
    // urql sends queries as GET (within the URL length limit), mutations as POST.
    const params = new URL(url, "http://x").searchParams;
    const op = (
      init.body
        ? JSON.parse(String(init.body))
        : { operationName: params.get("operationName"), variables: JSON.parse(params.get("variables") ?? "{}") }
    ) as Op;
    calls.push(op);
    const answer = answers[op.operationName ?? ""]?.(op) ?? { data: null, errors: [{ message: "unexpected" }] };
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  }),
);

afterEach(() => {
  cleanup();
  calls.length = 0;
});

async function renderAt(url: string) {
  const { default: AcceptInvitation } = await import("./AcceptInvitation.js");
  const { default: AppProviders } = await import("../app/AppProviders.js");
  const history = createMemoryHistory();
  history.set({ value: url });
  // The app's own connection and session, over the scripted /graphql.
  return render(() => (
    <AppProviders>
      <MemoryRouter history={history}>
        <Route path="/accept-invitation" component={AcceptInvitation} />
      </MemoryRouter>
    </AppProviders>
  ));
}

describe("accept invitation", () => {
  it("asks an existing account for its current password, then signs in without sending a name", async () => {
    window.history.replaceState(null, "", "/accept-invitation?token=tok");
    await renderAt("/accept-invitation?token=tok");
    fireEvent.input(await screen.findByLabelText(/^Your name/), { target: { value: "Ada" } });
    fireEvent.input(screen.getByLabelText(/^Choose a password/), { target: { value: "a-new-password" } });
    fireEvent.submit(screen.getByRole("button", { name: "Accept and sign in" }));

    const current = await screen.findByLabelText(/^Current password/);
    expect(screen.queryByLabelText(/^Your name/)).toBeNull();
    expect(screen.getByText(/already has a Partner Hub account/)).toBeTruthy();
    expect(document.activeElement).toBe(current);

    fireEvent.input(current, { target: { value: "current-password-1" } });
    fireEvent.submit(screen.getByRole("button", { name: "Accept and sign in" }));
    await waitFor(() => expect(window.location.pathname).toBe("/"));
    const accepts = calls.filter((c) => c.operationName === "AcceptInvitation");
    expect(accepts.map((c) => c.variables?.input)).toEqual([
      { token: "tok", name: "Ada", password: "a-new-password" },
      { token: "tok", password: "current-password-1" },
    ]);
    // Signed in: `me` is asked again after accepting.
    await waitFor(() => expect(calls.at(-1)?.operationName).toBe("Me"));
  });

  it("explains a link without a token instead of showing the form", async () => {
    await renderAt("/accept-invitation");
    expect(await screen.findByText(/no invitation token/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Accept and sign in" })).toBeNull();
  });
});
