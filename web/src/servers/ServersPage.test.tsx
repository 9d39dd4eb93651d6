import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import { TestProviders } from "../test-kit/providers.js";
import ServersPage from "./ServersPage.js";

/**
 * The servers page against scripted answers: each server's stream state, an edit that sends only
 * what changed (a refusal by the Comet server shown as such), and a removal that needs the
 * profile name typed back.
 */

const server = {
  __typename: "CometServer",
  id: "srv-1",
  name: "Simulated Comet",
  profileName: "sim",
  baseUrl: "https://comet.example/",
  isEnabled: false,
  isPlatformShared: true,
  streamState: "BACKOFF",
  streamConnectedAt: null,
  lastStreamError: "connection refused",
  lastEventAt: null,
  lastHeartbeatAt: null,
  reconnectCount: 4,
  lastReconcileAt: null,
  lastReconcileStats: null,
  serverVersion: "24.9.2",
};

function setup(answers: Record<string, (variables: Record<string, unknown>, call: number) => unknown>) {
  const asked: { name: string; variables: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        const call = asked.filter((a) => a.name === name).length;
        asked.push({ name, variables: op.variables as Record<string, unknown> });
        const data =
          name === "ServersPage"
            ? { cometServers: [server] }
            : (answers[name]?.(op.variables as Record<string, unknown>, call) ?? null);
        return makeResult(op, { data: data as Record<string, unknown> | null });
      }),
    );
  render(() => (
    <TestProviders
      client={new Client({ url: "/graphql", exchanges: [exchange] })}
      viewer={{ kind: "MSP_ADMIN", mspId: "msp-1", capabilities: ["READ", "OPERATE", "ADMIN"] }}
    >
      <ServersPage />
    </TestProviders>
  ));
  return (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables);
}

afterEach(() => cleanup());

describe("ServersPage", () => {
  it("shows each server's stream, and edits only what changed, showing a Comet refusal as such", async () => {
    const asked = setup({
      UpdateCometServer: (_v, call) => ({
        updateCometServer:
          call === 0
            ? { __typename: "CometServerError", message: "401 from the server" }
            : { ...server, name: "Renamed Comet" },
      }),
    });
    const row = (await screen.findByText("Simulated Comet")).closest("tr") as HTMLElement;
    expect(row.textContent).toContain("Paused");
    expect(row.textContent).toContain("Shared");
    expect(row.textContent).toContain("Retrying (backoff)");
    expect(row.textContent).toContain("connection refused");
    expect(row.textContent).toContain("v24.9.2");

    fireEvent.click(within(row).getByRole("button", { name: "Edit Simulated Comet" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Simulated Comet" });
    fireEvent.input(within(dialog).getByLabelText("Name"), { target: { value: "Renamed Comet" } });
    fireEvent.input(within(dialog).getByLabelText(/^Admin password/), { target: { value: "s3cret" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("401 from the server");
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("status")).toBeTruthy();
    expect(screen.getByText("Saved Renamed Comet.")).toBeTruthy();
    expect(asked("UpdateCometServer").map((v) => v.input)).toEqual([
      { id: "srv-1", name: "Renamed Comet", adminPassword: "s3cret" },
      { id: "srv-1", name: "Renamed Comet", adminPassword: "s3cret" },
    ]);
  });

  it("removes a server only once its profile name is typed back", async () => {
    const asked = setup({
      RemoveCometServer: () => ({
        removeCometServer: {
          __typename: "RemoveCometServerPayload",
          id: "srv-1",
          profileName: "sim",
          removedAccounts: 3,
          removedDevices: 9,
        },
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Remove Simulated Comet" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove Simulated Comet?" });
    const remove = within(dialog).getByRole("button", { name: "Remove server and its data" }) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    fireEvent.input(within(dialog).getByRole("textbox"), { target: { value: "sim" } });
    expect(remove.disabled).toBe(false);
    fireEvent.click(remove);
    await screen.findByText("Removed sim with 3 accounts and 9 devices.");
    await waitFor(() =>
      expect(asked("RemoveCometServer")).toEqual([{ input: { id: "srv-1", confirmProfileName: "sim" } }]),
    );
  });
});
