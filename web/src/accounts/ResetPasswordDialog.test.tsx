import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Provider } from "@urql/solid";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scriptApi } from "../test-kit/scripted-api.js";
import ResetPasswordDialog from "./ResetPasswordDialog.js";

const advice = "Devices signed in with the old password must be signed in again.";

function renderDialog(client: ReturnType<typeof scriptApi>["client"]) {
  const [open, setOpen] = createSignal(true);
  render(() => (
    <Provider value={client}>
      <ResetPasswordDialog open={open()} onOpenChange={setOpen} accountId="acc-1" username="alpha-1" />
    </Provider>
  ));
  return { setOpen };
}

describe("ResetPasswordDialog", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows a generated password once, with Copy and the advice; reopening shows the form again", async () => {
    const api = scriptApi({
      ResetAccountPassword: () => ({
        resetAccountPassword: {
          __typename: "ResetAccountPasswordPayload",
          password: "Gen-Pass-0123456789",
          advice,
          isGenerated: true,
          account: { id: "acc-1" },
        },
      }),
    });
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const { setOpen } = renderDialog(api.client);

    fireEvent.click(screen.getByRole("button", { name: "Reset password" }));
    const shown = (await screen.findByDisplayValue("Gen-Pass-0123456789")) as HTMLInputElement;
    expect(shown.readOnly).toBe(true);
    expect(screen.getByText(advice)).toBeTruthy();
    expect(api.inputsOf("ResetAccountPassword")).toEqual([
      expect.objectContaining({ accountId: "acc-1", newPassword: null }),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith("Gen-Pass-0123456789"));

    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(screen.queryByDisplayValue("Gen-Pass-0123456789")).toBeNull());
    setOpen(true);
    await screen.findByRole("button", { name: "Reset password" });
    expect(screen.queryByDisplayValue("Gen-Pass-0123456789")).toBeNull();
    expect(document.body.textContent).not.toContain("Gen-Pass-0123456789");
  });

  it("sends a typed password and shows the API's message beside the field", async () => {
    const api = scriptApi({
      ResetAccountPassword: () => ({
        resetAccountPassword: {
          __typename: "InvalidInputError",
          message: "invalid input",
          fieldErrors: [{ path: ["input", "newPassword"], message: "must be 8-128 printable characters" }],
        },
      }),
    });
    renderDialog(api.client);
    fireEvent.click(screen.getByLabelText("Type a password"));
    fireEvent.input(screen.getByLabelText("New password"), { target: { value: "short" } });
    fireEvent.click(screen.getByRole("button", { name: "Reset password" }));
    await screen.findByText("must be 8-128 printable characters");
    expect(screen.getByLabelText("New password").getAttribute("aria-invalid")).toBe("true");
    expect(api.inputsOf("ResetAccountPassword")).toEqual([expect.objectContaining({ newPassword: "short" })]);
  });
});
