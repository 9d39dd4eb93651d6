import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";
import type { Viewer } from "../../auth/viewer.js";
import { quietLive } from "../../test-kit/live.js";
import { TestProviders } from "../../test-kit/providers.js";
import ManageButton from "./ManageButton.js";
import ManageSlideOver from "./ManageSlideOver.js";

// Transformed once up front: the lazy import below then resolves within findBy's wait.
await import("./ManagePanel.js");

const owner = { mspId: "msp-1", kind: "CUSTOMER_OWNER", capabilities: ["READ", "OPERATE"] } satisfies Partial<Viewer>;

const device = {
  __typename: "Device",
  id: "dev-1",
  friendlyName: "Laptop-7",
  cometDeviceId: "c-7",
  isOnline: true,
  revokedAt: null,
  // A customer owner whose provider allows backups and restores only.
  allowedActions: ["RUN_BACKUP", "RESTORE"],
  protectedItems: [{ id: "pi-1", description: "Documents", engineLabel: "Files and Folders" }],
  storageVaults: [{ id: "sv-1", description: "Cloud", typeLabel: "Comet Storage" }],
  actions: { edges: [] },
};

function setup(onRestore?: (id: string) => void) {
  const asked: string[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        asked.push((op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "");
        return makeResult(op, { data: { node: device } });
      }),
    );
  const [managing, setManaging] = createSignal<string | null>(null);
  // No socket in jsdom: the panel's live streams are not what these tests are about.
  render(() => (
    <TestProviders client={new Client({ url: "/graphql", exchanges: [exchange] })} viewer={owner} live={quietLive}>
      <ManageButton deviceId="dev-1" deviceName="Laptop-7" onClick={() => setManaging("dev-1")} />
      <ManageSlideOver deviceId={managing()} onClose={() => setManaging(null)} onRestore={onRestore} />
    </TestProviders>
  ));
  return asked;
}

afterEach(() => cleanup());

describe("ManageSlideOver", () => {
  it("loads nothing until a device is chosen, then opens its panel; closing returns focus to the gear", async () => {
    const asked = setup();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(asked).toEqual([]);
    const gear = screen.getByRole("button", { name: "Manage Laptop-7" });
    gear.focus();
    fireEvent.click(gear);
    const dialog = await screen.findByRole("dialog", { name: "Manage Laptop-7" });
    expect(new Set(asked)).toEqual(new Set(["ManageDevice"]));
    // No restore entry without the wizard's callback, even though RESTORE is allowed.
    expect(screen.queryByRole("button", { name: "Restore…" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    await waitFor(() => expect(document.activeElement).toBe(gear));
  });

  it("offers the restore wizard through onRestore when RESTORE is allowed", async () => {
    const onRestore = vi.fn();
    setup(onRestore);
    fireEvent.click(screen.getByRole("button", { name: "Manage Laptop-7" }));
    fireEvent.click(await screen.findByRole("button", { name: "Restore…" }));
    expect(onRestore).toHaveBeenCalledWith("dev-1");
    expect(screen.queryByRole("button", { name: /Update client software/ })).toBeNull();
  });
});
