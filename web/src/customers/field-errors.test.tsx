import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mapFieldErrors } from "./field-errors.js";

/**
 * InvalidInputError's field errors land next to the form's fields: the create-customer form
 * against a scripted /graphql (the network boundary).
 */

describe("mapFieldErrors", () => {
  it("maps by the path's last segment and keeps unknown fields for the form", () => {
    const errors = mapFieldErrors(
      [
        { path: ["input", "name"], message: "must not be empty" },
        { path: ["input", "externalRef"], message: "at most 100 characters" },
        { path: ["input", "mspId"], message: "required for the platform operator" },
      ],
      ["name", "externalRef", "notes"] as const,
    );
    expect(errors.fields).toEqual({ name: "must not be empty", externalRef: "at most 100 characters" });
    expect(errors.form).toBe("required for the platform operator");
  });

  it("falls back to the error's message when no field error is given", () => {
    expect(mapFieldErrors([], ["name"] as const, "invalid input")).toEqual({ fields: {}, form: "invalid input" });
  });
});

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
    const { default: CustomerForm } = await import("./CustomerForm.js");
    const client = new Client({ url: "http://localhost/graphql", exchanges: [fetchExchange] });
    render(() => (
      <Provider value={client}>
        <CustomerForm open onOpenChange={() => {}} onSaved={() => {}} />
      </Provider>
    ));
    fireEvent.click(await screen.findByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(screen.getByText("must not be empty")).toBeTruthy());
    const name = screen.getByLabelText("Name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(name.getAttribute("aria-describedby") ?? "")?.textContent).toBe("must not be empty");
    const ref = screen.getByLabelText("External reference");
    expect(document.getElementById(ref.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "at most 100 characters",
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
