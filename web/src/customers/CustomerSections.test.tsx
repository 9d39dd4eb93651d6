import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client } from "@urql/core";
import type { JSX } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type AskedOperation, answeringExchange } from "../test-kit/exchange.js";
import { TestProviders } from "../test-kit/providers.js";
import CustomerAccounts from "./CustomerAccounts.js";
import CustomerPeople from "./CustomerPeople.js";

/**
 * A customer's people and accounts sections against scripted answers: an admin changes a role
 * (a refusal shows on that person's row), removes someone, unlinks an account and links others.
 */

type Answers = Record<string, (variables: Record<string, unknown>) => unknown>;

function show(answers: Answers, section: () => JSX.Element) {
  const asked: AskedOperation[] = [];
  const exchange = answeringExchange(answers, asked);
  render(() => (
    <TestProviders
      client={new Client({ url: "/graphql", exchanges: [exchange] })}
      viewer={{ kind: "MSP_ADMIN", mspId: "msp-1", capabilities: ["READ", "OPERATE", "ADMIN"] }}
    >
      <MemoryRouter>
        <Route path="/" component={section} />
      </MemoryRouter>
    </TestProviders>
  ));
  return (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables.input);
}

const person = (id: string, email: string, memberships: { id: string; customerId: string; role: string }[]) => ({
  __typename: "User" as const,
  id,
  name: `Person ${id}`,
  email,
  status: "ACTIVE" as const,
  memberships: memberships.map((m) => ({ ...m, kind: "CUSTOMER" as const, role: m.role as "CUSTOMER_OWNER" })),
});

const account = (id: string, username: string) => ({
  __typename: "CometAccount" as const,
  id,
  username,
  accountName: username === "bb-main" ? "Bluebird main" : username,
  serverName: "Shared Comet",
  deviceCount: 3,
  isSuspended: false,
  missingSince: null,
});

afterEach(() => cleanup());

describe("customer sections", () => {
  it("changes a role (a refusal shows on that row) and removes someone once confirmed", async () => {
    const onChanged = vi.fn();
    const people = [
      person("u1", "ada@bluebird.example", [
        { id: "m1", customerId: "c1", role: "CUSTOMER_OWNER" },
        { id: "m9", customerId: "c9", role: "CUSTOMER_VIEWER" },
      ]),
      person("u2", "bo@bluebird.example", [{ id: "m2", customerId: "c1", role: "CUSTOMER_VIEWER" }]),
    ];
    const sent = show(
      {
        UpdateCustomerMembership: () => ({
          updateMembership: { __typename: "ConflictError", message: "A customer keeps at least one owner." },
        }),
        RemoveCustomerMembership: () => ({
          removeMembership: { __typename: "RemoveMembershipPayload", membershipId: "m2" },
        }),
      },
      () => <CustomerPeople customerId="c1" customerName="Bluebird" people={people} canManage onChanged={onChanged} />,
    );
    // Only the memberships at this customer are listed.
    expect(await screen.findAllByRole("combobox")).toHaveLength(2);
    fireEvent.change(screen.getByLabelText("Role of ada@bluebird.example"), { target: { value: "CUSTOMER_VIEWER" } });
    const ada = screen.getByLabelText("Role of ada@bluebird.example").closest("tr") as HTMLElement;
    expect((await within(ada).findByRole("alert")).textContent).toBe("A customer keeps at least one owner.");
    expect(sent("UpdateCustomerMembership")).toEqual([{ membershipId: "m1", role: "CUSTOMER_VIEWER" }]);

    fireEvent.click(screen.getByRole("button", { name: /^Remove\s*bo@bluebird.example$/ }));
    const dialog = await screen.findByRole("dialog", { name: "Remove bo@bluebird.example?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(sent("RemoveCustomerMembership")).toEqual([{ membershipId: "m2" }]));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
  });

  it("lists the linked accounts, unlinks one once confirmed and links unassigned ones", async () => {
    const onChanged = vi.fn();
    const sent = show(
      {
        UnlinkAccounts: () => ({
          unlinkAccounts: { __typename: "LinkAccountsPayload", movedAccounts: 1, movedDevices: 3 },
        }),
        UnassignedAccounts: () => ({
          accounts: { totalCount: 2, edges: [{ node: account("a7", "spare-1") }, { node: account("a8", "spare-2") }] },
        }),
        LinkAccountsToCustomer: () => ({
          linkAccountsToCustomer: {
            __typename: "LinkAccountsPayload",
            movedAccounts: 1,
            movedDevices: 3,
            customer: { id: "c1", accountCount: 2, deviceCount: 6 },
          },
        }),
      },
      () => (
        <CustomerAccounts
          customerId="c1"
          customerName="Bluebird"
          isArchived={false}
          accounts={[account("a1", "bb-main")]}
          totalCount={1}
          canManage
          onChanged={onChanged}
        />
      ),
    );
    const link = await screen.findByRole("link", { name: "bb-main (Bluebird main)" });
    expect(link.getAttribute("href")).toBe("/accounts/a1");
    fireEvent.click(screen.getByRole("button", { name: /^Unlink\s*bb-main$/ }));
    const unlink = await screen.findByRole("dialog", { name: "Unlink bb-main?" });
    fireEvent.click(within(unlink).getByRole("button", { name: "Unlink" }));
    await waitFor(() => expect(sent("UnlinkAccounts")).toEqual([{ accountIds: ["a1"] }]));

    fireEvent.click(screen.getByRole("button", { name: "Link accounts" }));
    const dialog = await screen.findByRole("dialog", { name: "Link accounts to Bluebird" });
    fireEvent.click(await within(dialog).findByRole("checkbox", { name: /spare-2/ }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Link 1 account" }));
    await waitFor(() => expect(sent("LinkAccountsToCustomer")).toEqual([{ customerId: "c1", accountIds: ["a8"] }]));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
  });
});
