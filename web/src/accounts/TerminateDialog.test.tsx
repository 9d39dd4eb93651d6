import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scriptApi } from "../test-kit/scripted-api.js";
import TerminateDialog from "./TerminateDialog.js";

describe("TerminateDialog", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("enables Terminate only once the username is typed back exactly, then sends it", async () => {
    const api = scriptApi({
      TerminateAccount: () => ({
        terminateAccount: { __typename: "CometAccount", id: "acc-1", missingSince: "2026-11-22T01:00:00.000Z" },
      }),
    });
    let terminated = 0;
    render(() => (
      <Provider value={api.client}>
        <TerminateDialog
          open
          onOpenChange={() => {}}
          accountId="acc-1"
          username="alpha-1"
          onTerminated={() => terminated++}
        />
      </Provider>
    ));
    const button = () => screen.getByRole("button", { name: "Terminate account" }) as HTMLButtonElement;
    const confirm = screen.getByLabelText(/to confirm/);
    expect(button().disabled).toBe(true);
    for (const typed of ["alpha", "alpha-10", "ALPHA-1", " alpha-1"]) {
      fireEvent.input(confirm, { target: { value: typed } });
      expect(button().disabled).toBe(true);
    }
    fireEvent.input(confirm, { target: { value: "alpha-1" } });
    expect(button().disabled).toBe(false);
    fireEvent.click(screen.getByLabelText(/uninstall the Comet client/));
    fireEvent.click(button());
    await waitFor(() => expect(terminated).toBe(1));
    expect(api.inputsOf("TerminateAccount")).toEqual([
      expect.objectContaining({
        accountId: "acc-1",
        confirmUsername: "alpha-1",
        uninstallDevices: true,
        removeConfiguration: false,
      }),
    ]);
  });

  it("shows the API's refusal and stays open", async () => {
    const api = scriptApi({
      TerminateAccount: () => ({
        terminateAccount: { __typename: "CometServerError", message: "the Comet server refused: busy" },
      }),
    });
    let terminated = 0;
    render(() => (
      <Provider value={api.client}>
        <TerminateDialog
          open
          onOpenChange={() => {}}
          accountId="acc-1"
          username="alpha-1"
          onTerminated={() => terminated++}
        />
      </Provider>
    ));
    fireEvent.input(screen.getByLabelText(/to confirm/), { target: { value: "alpha-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Terminate account" }));
    expect((await screen.findByRole("alert")).textContent).toContain("busy");
    expect(terminated).toBe(0);
  });
});
