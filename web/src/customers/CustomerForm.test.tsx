import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import CustomerForm from "./CustomerForm.js";

/**
 * InvalidInputError's field errors land next to the form's fields: the create-customer form
 * against a scripted /graphql (the network boundary).
 */

describe("CustomerForm", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows each field's message beside its field", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json({
          data: {
            createCustomer: {
              __typename: "InvalidInputError",
              message: "invalid input",
              fieldErrors: [
                { path: ["input", "name"], message: "must not be empty" },
                { path: ["input", "externalRef"], message: "at most 100 characters" },
              ],
            },
          },
        }),
      ),
    );
    const client = new Client({ url: "http://localhost/graphql", exchanges: [fetchExchange] });
    render(() => (
      <Provider value={client}>
        <CustomerForm open onOpenChange={() => {}} onSaved={() => {}} />
      </Provider>
    ));
    fireEvent.click(await screen.findByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(screen.getByText("must not be empty")).toBeTruthy());
    // What a screen reader reads after the field's name: its hint, then its message.
    const described = (el: HTMLElement) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join(" | ");
    const name = screen.getByLabelText("Name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(described(name)).toBe("must not be empty");
    expect(described(screen.getByLabelText("External reference"))).toBe(
      "Your PSA/CRM id; unique among your customers. | at most 100 characters",
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
