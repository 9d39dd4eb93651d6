import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { type AskedOperation, answeringExchange } from "../test-kit/exchange.js";
import { TestProviders } from "../test-kit/providers.js";
import ApiKeysPage from "./ApiKeysPage.js";

/**
 * The API keys page against scripted answers: each key's scope and state, creating one (its
 * secret shown once, the list reloaded) and revoking one once confirmed.
 */

const key = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  __typename: "ApiKey",
  id,
  name,
  prefix: id,
  customerId: null,
  capabilities: ["READ"],
  createdAt: "2026-11-01T10:00:00Z",
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

function setup() {
  const asked: AskedOperation[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    ApiKeysPage: () => ({
      apiKeys: {
        totalCount: 3,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          { node: key("k1", "PSA sync", { customerId: "c1", capabilities: ["READ", "OPERATE"] }) },
          { node: key("k2", "Old script", { revokedAt: "2026-11-10T10:00:00Z" }) },
          { node: key("k3", "Trial", { expiresAt: "2020-01-01T00:00:00Z" }) },
        ],
      },
      customers: { edges: [{ node: { id: "c1", name: "Bluebird" } }] },
    }),
    CreateApiKey: () => ({
      createApiKey: { __typename: "CreateApiKeyPayload", key: "phk_k9_secret", apiKey: key("k9", "Reports") },
    }),
    RevokeApiKey: () => ({ revokeApiKey: key("k1", "PSA sync", { revokedAt: new Date().toISOString() }) }),
  };
  const exchange = answeringExchange(answers, asked);
  render(() => (
    <TestProviders client={new Client({ url: "/graphql", exchanges: [exchange] })} viewer={{ kind: "MSP_ADMIN" }}>
      <ApiKeysPage />
    </TestProviders>
  ));
  return (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables);
}

const rowOf = (name: string) => screen.getByText(name).closest("tr") as HTMLElement;

afterEach(() => cleanup());

describe("ApiKeysPage", () => {
  it("shows each key's scope and state, and revokes one once confirmed", async () => {
    const asked = setup();
    await screen.findByText("3 of 3 keys");
    expect(rowOf("PSA sync").textContent).toContain("Bluebird");
    expect(rowOf("PSA sync").textContent).toContain("READ, OPERATE");
    expect(rowOf("PSA sync").textContent).toContain("Active");
    expect(rowOf("Old script").textContent).toContain("Revoked");
    expect(rowOf("Old script").classList.contains("api-keys__row--inactive")).toBe(true);
    expect(rowOf("Trial").textContent).toContain("Expired");
    expect(within(rowOf("Old script")).queryByRole("button")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Revoke PSA sync" }));
    const dialog = await screen.findByRole("dialog", { name: 'Revoke "PSA sync"?' });
    fireEvent.click(within(dialog).getByRole("button", { name: "Revoke key" }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(asked("RevokeApiKey")).toEqual([{ id: "k1" }]);
  });

  it("creates a key with the chosen scope and capabilities and shows its secret once", async () => {
    const asked = setup();
    fireEvent.click(await screen.findByRole("button", { name: "Create API key" }));
    const form = await screen.findByRole("dialog", { name: "Create an API key" });
    fireEvent.input(within(form).getByLabelText("Name"), { target: { value: " Reports " } });
    fireEvent.change(within(form).getByLabelText("Scope"), { target: { value: "c1" } });
    fireEvent.click(within(form).getByRole("checkbox", { name: /ADMIN/ }));
    const listed = asked("ApiKeysPage").length;
    fireEvent.click(within(form).getByRole("button", { name: "Create key" }));
    const shown = await screen.findByRole("dialog", { name: 'API key "Reports" created' });
    expect((within(shown).getByRole("textbox") as HTMLInputElement).value).toBe("phk_k9_secret");
    expect(asked("CreateApiKey")).toEqual([
      { input: { name: "Reports", capabilities: ["READ", "ADMIN"], customerId: "c1", expiresAt: null } },
    ]);
    await waitFor(() => expect(asked("ApiKeysPage").length).toBeGreaterThan(listed));
    fireEvent.click(within(shown).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(shown.isConnected).toBe(false));
  });
});
