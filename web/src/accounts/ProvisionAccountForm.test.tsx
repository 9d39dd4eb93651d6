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

function renderForm(choices: unknown, customerId?: string) {
  const api = scriptApi({ ProvisionChoices: () => choices, ServerTemplates: noTemplates });
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
  return { server, options, selected, templatesAskedFor };
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
});
