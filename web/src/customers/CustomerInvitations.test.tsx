import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import type { CustomerInvitationFragment } from "../gql/graphql.js";
import CustomerInvitations from "./CustomerInvitations.js";

const revoked: string[] = [];
let answer: Record<string, unknown> = {};

const fixtureExchange: Exchange = () => (ops$) =>
  pipe(
    ops$,
    filter((op) => op.kind !== "teardown"),
    map((op) => {
      const id = (op.variables as { input: { invitationId: string } }).input.invitationId;
      revoked.push(id);
      return makeResult(op, { data: { revokeInvitation: { id, ...answer } } });
    }),
  );

const invitation = (id: string, email: string, role: string): CustomerInvitationFragment => ({
  id,
  email,
  role: role as CustomerInvitationFragment["role"],
  expiresAt: "2026-11-29T10:00:00.000Z",
  customerId: "c1",
});

function renderList(canManage: boolean, onChanged = () => {}) {
  const client = new Client({ url: "/graphql", exchanges: [fixtureExchange] });
  render(() => (
    <Provider value={client}>
      <CustomerInvitations
        invitations={[invitation("i1", "new@bluebird.example", "CUSTOMER_VIEWER")]}
        canManage={canManage}
        onChanged={onChanged}
      />
    </Provider>
  ));
}

afterEach(() => {
  cleanup();
  revoked.length = 0;
  answer = {};
});

describe("CustomerInvitations", () => {
  it("lists a pending invitation's email, role and expiry, and revokes it", async () => {
    let changed = 0;
    answer = { __typename: "Invitation", status: "REVOKED" };
    renderList(true, () => changed++);
    expect(screen.getByRole("rowheader").textContent).toBe("new@bluebird.example");
    expect(screen.getByText("Viewer")).toBeTruthy();
    expect(screen.getByText(/2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Revoke the invitation of new@bluebird.example/ }));
    await waitFor(() => expect(changed).toBe(1));
    expect(revoked).toEqual(["i1"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows why a revoke failed beside the invitation", async () => {
    answer = { __typename: "ConflictError", message: "The invitation was already accepted." };
    renderList(true);
    fireEvent.click(screen.getByRole("button", { name: /Revoke/ }));
    expect((await screen.findByRole("alert")).textContent).toContain("already accepted");
  });

  it("offers no Revoke to people who may not manage the customer", () => {
    renderList(false);
    expect(screen.getByText("new@bluebird.example")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
