import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scriptApi } from "../test-kit/scripted-api.js";
import ProvisionAccountForm from "./ProvisionAccountForm.js";

const target = (serverId: string, name: string, msp: "A" | "B") => ({
  server: { id: serverId, name },
  mspId: `msp-${msp}`,
  mspName: `MSP ${msp}`,
});
const customer = (id: string, name: string, msp: "A" | "B") => ({
  node: { id, name, status: "ACTIVE", mspId: `msp-${msp}` },
});
const noTemplates = () => ({
  cometPolicyGroups: { __typename: "CometPolicyGroupList", policyGroups: [] },
  cometStorageProviders: { __typename: "CometStorageProviderList", storageProviders: [] },
});

function renderForm(choices: unknown, customerId?: string, templates: () => unknown = noTemplates) {
  const api = scriptApi({
    ProvisionChoices: () => choices,
    ServerTemplates: templates,
    CreateCometAccount: () => ({
      createCometAccount: {
        __typename: "CreateCometAccountPayload",
        password: "generated-Secret-1",
        isGenerated: true,
        account: { id: "acc-9", username: "alpha-new" },
      },
    }),
  });
  render(() => (
    <Provider value={api.client}>
      <MemoryRouter>
        <Route
          path="/"
          component={() => <ProvisionAccountForm open onOpenChange={() => {}} customerId={customerId} />}
        />
      </MemoryRouter>
    </Provider>
  ));
  const server = () => screen.getByLabelText("Comet server") as HTMLSelectElement;
  const options = () => [...server().options].slice(1).map((o) => o.textContent);
  const selected = () => server().selectedOptions[0]?.textContent;
  const templatesAskedFor = () =>
    api.calls.filter((c) => c.operationName === "ServerTemplates").map((c) => c.variables);
  return { server, options, selected, templatesAskedFor, inputsOf: api.inputsOf };
}

describe("ProvisionAccountForm server choice", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("offers the API's provisioning targets, a shared server included, and chooses the only one", async () => {
    const form = renderForm(
      { provisioningTargets: [target("srv-shared", "Shared Comet", "A")], customers: { edges: [] } },
      undefined,
    );
    await waitFor(() => expect(form.selected()).toBe("Shared Comet"));
    expect(form.options()).toEqual(["Shared Comet"]);
    await waitFor(() => expect(form.templatesAskedFor()).toEqual([{ serverId: "srv-shared" }]));
  });

  it("for the platform operator, offers only the customer's MSP's targets, named with their MSP", async () => {
    const form = renderForm(
      {
        provisioningTargets: [
          target("srv-own-a", "A own", "A"),
          target("srv-shared", "Shared Comet", "A"),
          target("srv-shared", "Shared Comet", "B"),
        ],
        customers: { edges: [customer("alpha", "Alpha Co", "A"), customer("charlie", "Charlie Co", "B")] },
      },
      "charlie",
    );
    await waitFor(() => expect(form.selected()).toBe("Shared Comet · MSP B"));
    expect(form.options()).toEqual(["Shared Comet · MSP B"]);

    fireEvent.change(screen.getByLabelText("Customer"), { target: { value: "alpha" } });
    await waitFor(() => expect(form.options()).toEqual(["A own · MSP A", "Shared Comet · MSP A"]));
    expect(form.server().value).toBe("");
    fireEvent.change(form.server(), { target: { value: form.server().options[1]!.value } });
    await waitFor(() => expect(form.templatesAskedFor().at(-1)).toEqual({ serverId: "srv-own-a" }));
  });

  it("checks the limits before sending, then creates the account with its package and shows the password once", async () => {
    const form = renderForm(
      {
        provisioningTargets: [target("srv-shared", "Shared Comet", "A")],
        customers: { edges: [customer("alpha", "Alpha Co", "A")] },
      },
      "alpha",
      () => ({
        cometPolicyGroups: {
          __typename: "CometPolicyGroupList",
          policyGroups: [
            {
              policyId: "pg-1",
              name: "Locked",
              isDefault: false,
              preventsStorageVaultChanges: true,
              preventsPasswordChange: true,
            },
          ],
        },
        cometStorageProviders: {
          __typename: "CometStorageProviderList",
          storageProviders: [{ storageProviderId: "sp-1", name: "Cloud template" }],
        },
      }),
    );
    await waitFor(() => expect(form.selected()).toBe("Shared Comet"));
    fireEvent.input(screen.getByLabelText("Username"), { target: { value: " alpha-new " } });
    fireEvent.input(screen.getByLabelText("Email"), { target: { value: "it@alpha.example" } });
    const group = (await screen.findByRole("option", { name: "Locked · restricted" })) as HTMLOptionElement;
    fireEvent.change(screen.getByLabelText("Policy group"), { target: { value: group.value } });
    fireEvent.change(screen.getByLabelText("Initial storage vault"), { target: { value: "sp-1" } });
    fireEvent.input(screen.getByLabelText("Vault quota (GB)"), { target: { value: "1.5" } });
    fireEvent.input(screen.getByLabelText("Max devices"), { target: { value: "three" } });
    fireEvent.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText("Enter 0 (unlimited) or a whole number.")).toBeTruthy();
    expect(screen.getByLabelText("Max devices").getAttribute("aria-invalid")).toBe("true");
    expect(form.inputsOf("CreateCometAccount")).toEqual([]);

    fireEvent.input(screen.getByLabelText("Max devices"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(form.inputsOf("CreateCometAccount")).toHaveLength(1));
    expect(form.inputsOf("CreateCometAccount")[0]).toEqual({
      serverId: "srv-shared",
      customerId: "alpha",
      username: "alpha-new",
      password: null,
      email: "it@alpha.example",
      policyGroupId: "pg-1",
      initialVault: { storageProviderId: "sp-1", quotaBytes: String(1.5 * 1024 ** 3) },
      maxDevices: 3,
      protectedItemQuotaBytes: "0",
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(((await screen.findByLabelText(/New password of/)) as HTMLInputElement).value).toBe("generated-Secret-1");
    expect(screen.getByRole("button", { name: "Open the account" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create account" })).toBeNull();
  });
});
