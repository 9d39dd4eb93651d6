import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AccountQuotasCardFragment } from "../gql/graphql.js";
import { scriptApi } from "../test-kit/scripted-api.js";
import QuotasCard from "./QuotasCard.js";

const gib = 1024 ** 3;
const limits = {
  maxDevices: 5,
  maxMicrosoft365Accounts: 0,
  maxHyperVGuests: 2,
  maxVMwareGuests: 0,
  protectedItemQuotaBytes: String(100 * gib),
};
const account: AccountQuotasCardFragment = {
  id: "acc-1",
  username: "alpha-1",
  profileHash: "stale",
  missingSince: null,
  quotas: { ...limits, deviceCount: 3, microsoft365AccountCount: 12, hyperVGuestCount: 1, vmwareGuestCount: 4 },
};
const fresh = {
  maxDevices: 9,
  maxMicrosoft365Accounts: 20,
  maxHyperVGuests: 2,
  maxVMwareGuests: 0,
  protectedItemQuotaBytes: String(50 * gib),
};

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("QuotasCard", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows each limit beside its usage, 0 as Unlimited", () => {
    const api = scriptApi({});
    render(() => (
      <Provider value={api.client}>
        <QuotasCard account={account} canEdit />
      </Provider>
    ));
    const row = (term: string) => screen.getByText(term).parentElement?.textContent;
    expect(row("Devices")).toBe("Devices3 of 5");
    expect(row("Microsoft 365 accounts")).toBe("Microsoft 365 accounts12 of Unlimited");
    expect(row("VMware guests")).toBe("VMware guests4 of Unlimited");
    expect(row("Protected-item storage quota")).toBe("Protected-item storage quota100 GB");
  });

  it("reloads the profile before editing, and on a conflict loads the fresh values instead of overwriting", async () => {
    const api = scriptApi({
      RefreshAccountProfile: () => ({
        refreshAccountProfile: { __typename: "CometAccount", ...account, profileHash: "h1" },
      }),
      ChangeAccountPackage: (_v, call) =>
        call === 0
          ? {
              changeAccountPackage: {
                __typename: "ProfileConflictError",
                message: "the profile changed",
                freshHash: "h2",
                current: fresh,
              },
            }
          : {
              changeAccountPackage: {
                __typename: "CometAccount",
                ...account,
                profileHash: "h3",
                quotas: { ...account.quotas, ...fresh },
              },
            },
    });
    render(() => (
      <Provider value={api.client}>
        <QuotasCard account={account} canEdit />
      </Provider>
    ));
    fireEvent.click(screen.getByRole("button", { name: "Edit quotas" }));
    await waitFor(() => expect(value("Max devices")).toBe("5"));
    expect(value("Protected-item storage quota (GB)")).toBe("100");
    fireEvent.input(screen.getByLabelText("Max devices"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Save quotas" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Someone changed this account meanwhile");
    expect(value("Max devices")).toBe("9");
    expect(value("Max Microsoft 365 accounts")).toBe("20");
    expect(value("Protected-item storage quota (GB)")).toBe("50");
    const [first] = api.inputsOf("ChangeAccountPackage");
    expect(first).toMatchObject({ accountId: "acc-1", expectedProfileHash: "h1", maxDevices: 7 });
    // The storage quota was not touched: it is not sent, so rounding cannot rewrite it.
    expect(first).not.toHaveProperty("protectedItemQuotaBytes");

    fireEvent.click(screen.getByRole("button", { name: "Save quotas" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Save quotas" })).toBeNull());
    const second = api.inputsOf("ChangeAccountPackage")[1];
    expect(second).toMatchObject({ expectedProfileHash: "h2", maxDevices: 9, maxMicrosoft365Accounts: 20 });
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
    expect(api.inputsOf("RefreshAccountProfile")).toEqual([{ accountId: "acc-1" }]);
  });

  it("keeps a bad number in the form with its message beside the field", async () => {
    const api = scriptApi({
      RefreshAccountProfile: () => ({
        refreshAccountProfile: { __typename: "CometAccount", ...account, profileHash: "h1" },
      }),
    });
    render(() => (
      <Provider value={api.client}>
        <QuotasCard account={account} canEdit />
      </Provider>
    ));
    fireEvent.click(screen.getByRole("button", { name: "Edit quotas" }));
    await waitFor(() => expect(value("Max devices")).toBe("5"));
    fireEvent.input(screen.getByLabelText("Max VMware guests"), { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Save quotas" }));
    await screen.findByText("Enter 0 (unlimited) or a whole number.");
    expect(screen.getByLabelText("Max VMware guests").getAttribute("aria-invalid")).toBe("true");
    expect(api.inputsOf("ChangeAccountPackage")).toEqual([]);
  });

  it("offers no Edit to people who may not manage accounts", () => {
    const api = scriptApi({});
    render(() => (
      <Provider value={api.client}>
        <QuotasCard account={account} canEdit={false} />
      </Provider>
    ));
    expect(screen.queryByRole("button")).toBeNull();
  });
});
