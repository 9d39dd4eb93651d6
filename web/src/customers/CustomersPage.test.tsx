import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import { TestProviders } from "../test-kit/providers.js";
import CustomersPage from "./CustomersPage.js";

/**
 * The customers page against scripted answers: search and state go to the query (back to the
 * first page), and an admin archives a customer after confirming, seeing the API's refusal first.
 */

const customer = (id: string, name: string, status = "ACTIVE") => ({
  __typename: "Customer",
  id,
  name,
  externalRef: null,
  notes: null,
  status,
  accountCount: 2,
  deviceCount: 5,
  mspName: "Northwind IT",
});

function setup(archive: (call: number) => unknown) {
  const asked: { name: string; variables: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        const calls = asked.filter((a) => a.name === name).length;
        asked.push({ name, variables: op.variables as Record<string, unknown> });
        if (name === "ArchiveCustomer") return makeResult(op, { data: { archiveCustomer: archive(calls) } });
        const nodes = [customer("c1", "Bluebird Bakery"), customer("c2", "Contoso", "ARCHIVED")];
        return makeResult(op, {
          data: {
            customers: {
              totalCount: nodes.length,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: nodes.map((node) => ({ node })),
            },
          },
        });
      }),
    );
  render(() => (
    <TestProviders
      client={new Client({ url: "/graphql", exchanges: [exchange] })}
      viewer={{ kind: "MSP_ADMIN", mspId: "msp-1", capabilities: ["READ", "OPERATE", "ADMIN"] }}
    >
      <MemoryRouter>
        <Route path="/" component={CustomersPage} />
      </MemoryRouter>
    </TestProviders>
  ));
  return (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables);
}

afterEach(() => cleanup());

describe("CustomersPage", () => {
  it("lists customers and sends the search and state filters", async () => {
    const asked = setup(() => null);
    const row = (await screen.findByRole("link", { name: "Bluebird Bakery" })).closest("tr") as HTMLElement;
    expect(row.textContent).toContain("Active");
    expect(screen.getByText("2 customers")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Restore\s*Contoso$/ })).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Search"), { target: { value: " blue " } });
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "ACTIVE" } });
    await waitFor(() =>
      expect(asked("Customers").at(-1)).toEqual({ first: 25, after: null, search: "blue", status: ["ACTIVE"] }),
    );
  });

  it("archives a customer once confirmed, showing the API's refusal in the dialog first", async () => {
    const asked = setup((call) =>
      call === 0
        ? { __typename: "ConflictError", message: "The customer has running restores." }
        : { __typename: "Customer", id: "c1", status: "ARCHIVED" },
    );
    fireEvent.click(await screen.findByRole("button", { name: /^Archive\s*Bluebird Bakery$/ }));
    const dialog = await screen.findByRole("dialog", { name: "Archive Bluebird Bakery?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Archive" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe("The customer has running restores.");
    const listed = asked("Customers").length;
    fireEvent.click(within(dialog).getByRole("button", { name: "Archive" }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(asked("ArchiveCustomer")).toEqual([{ input: { id: "c1" } }, { input: { id: "c1" } }]);
    await waitFor(() => expect(asked("Customers").length).toBeGreaterThan(listed));
    // Asked again, the question starts without the earlier refusal.
    fireEvent.click(screen.getByRole("button", { name: /^Archive\s*Bluebird Bakery$/ }));
    const again = await screen.findByRole("dialog", { name: "Archive Bluebird Bakery?" });
    expect(within(again).queryByRole("alert")).toBeNull();
  });
});
