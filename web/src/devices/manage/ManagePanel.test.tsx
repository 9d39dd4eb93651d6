import { toaster } from "@kobalte/core/toast";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import type { Viewer } from "../../auth/viewer.js";
import type { DeviceActionKind } from "../../gql/graphql.js";
import { ToastRegion } from "../../lib/toast.js";
import { quietLive } from "../../test-kit/live.js";
import { TestProviders } from "../../test-kit/providers.js";
import ManagePanel from "./ManagePanel.js";

const admin = {
  mspId: "msp-1",
  kind: "MSP_ADMIN",
  capabilities: ["READ", "OPERATE", "ADMIN"],
} satisfies Partial<Viewer>;

const every: DeviceActionKind[] = [
  "RUN_BACKUP",
  "RESTORE",
  "UPDATE_SOFTWARE",
  "UNINSTALL_SOFTWARE",
  "REVOKE_DEVICE",
  "APPLY_RETENTION",
  "REINDEX_VAULT",
  "CANCEL_JOB",
  "ABANDON_JOB",
];

const action = (over: Record<string, unknown> = {}) => ({
  __typename: "DeviceAction",
  id: "act-1",
  kind: "RUN_BACKUP",
  kindLabel: "Run backup",
  status: "DISPATCHED",
  summary: "Back up Documents to Cloud",
  isFinal: false,
  createdAt: new Date().toISOString(),
  expiresAt: null,
  errorMessage: null,
  ...over,
});

function deviceNode(over: { isOnline?: boolean; allowedActions?: DeviceActionKind[]; actions?: unknown[] } = {}) {
  return {
    __typename: "Device",
    id: "dev-1",
    friendlyName: "Laptop-7",
    cometDeviceId: "c-7",
    isOnline: over.isOnline ?? true,
    revokedAt: null,
    allowedActions: over.allowedActions ?? every,
    protectedItems: [
      { id: "pi-1", description: "Documents", engineLabel: "Files and Folders" },
      { id: "pi-2", description: "System", engineLabel: "Disk Image" },
    ],
    storageVaults: [
      { id: "sv-1", description: "Cloud", typeLabel: "Comet Storage" },
      { id: "sv-2", description: "NAS", typeLabel: "Local path" },
    ],
    actions: { edges: (over.actions ?? []).map((node) => ({ node })) },
  };
}

type Vars = { input: Record<string, unknown> };

/** Answers operations by name; every operation is kept for assertions. */
function setup(device: ReturnType<typeof deviceNode>, mutations: Record<string, (vars: Vars) => unknown> = {}) {
  const sent: { name: string; variables: Vars }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        sent.push({ name, variables: op.variables as Vars });
        const data = name === "ManageDevice" ? { node: device } : (mutations[name]?.(op.variables as Vars) ?? null);
        return makeResult(op, { data });
      }),
    );
  const client = new Client({ url: "/graphql", exchanges: [exchange] });
  // No socket in jsdom: the panel's live streams are not what these tests are about.
  render(() => (
    <TestProviders client={client} viewer={admin} live={quietLive}>
      <ManagePanel deviceId="dev-1" onClose={() => {}} />
      <ToastRegion />
    </TestProviders>
  ));
  return { sent, mutationsSent: () => sent.filter((s) => s.name !== "ManageDevice") };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const openTab = (name: string) => {
  const tab = screen.getByRole("tab", { name });
  fireEvent.pointerDown(tab, { button: 0, pointerType: "mouse" });
  fireEvent.mouseDown(tab, { button: 0 });
  fireEvent.click(tab);
  fireEvent.focus(tab);
};

afterEach(() => {
  cleanup();
  // The toaster is one store for the page: toasts left over would queue behind its limit of 4.
  toaster.clear();
});

describe("ManagePanel", () => {
  it("shows only the actions the device's allowedActions grant", async () => {
    setup(deviceNode({ allowedActions: ["RUN_BACKUP", "APPLY_RETENTION"] }));
    await screen.findByRole("button", { name: "Run backup" });
    expect(screen.queryByRole("button", { name: /Update client software/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Uninstall/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Revoke/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Restore/ })).toBeNull();
    openTab("Storage vaults");
    await screen.findByRole("button", { name: "Apply retention rules to Cloud" });
    expect(screen.getByRole("button", { name: "Apply retention rules to NAS" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Reindex/ })).toBeNull();
  });

  it("runs a backup of the chosen item and vault with a fresh idempotency key per click, and toasts the result", async () => {
    const { mutationsSent } = setup(deviceNode(), { ManageRunBackup: () => ({ runBackup: action() }) });
    fireEvent.change(await screen.findByLabelText("Protected item"), { target: { value: "pi-2" } });
    fireEvent.change(screen.getByLabelText("Storage vault"), { target: { value: "sv-2" } });
    fireEvent.click(screen.getByRole("button", { name: "Run backup" }));
    await screen.findByText("Backup started on Laptop-7");
    fireEvent.click(screen.getByRole("button", { name: "Run backup" }));
    await waitFor(() => expect(mutationsSent()).toHaveLength(2));
    const [first, second] = mutationsSent().map((m) => m.variables.input);
    expect(first).toMatchObject({ deviceId: "dev-1", protectedItemId: "pi-2", storageVaultId: "sv-2", queue: null });
    expect(first?.idempotencyKey).toMatch(uuid);
    expect(second?.idempotencyKey).toMatch(uuid);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it("sends one request for a double click", async () => {
    const { mutationsSent } = setup(deviceNode(), {
      ManageUpdateSoftware: () => ({ updateClientSoftware: action({ kind: "UPDATE_SOFTWARE" }) }),
    });
    const button = await screen.findByRole("button", { name: "Update client software" });
    // The second click lands while the first request is out: the button is busy then.
    fireEvent.click(button);
    fireEvent.click(button);
    await screen.findByText("Client update started on Laptop-7");
    expect(mutationsSent().filter((m) => m.name === "ManageUpdateSoftware")).toHaveLength(1);
  });

  it("offers queue-until-online on an offline device and sends the chosen expiry", async () => {
    const { mutationsSent } = setup(deviceNode({ isOnline: false }), {
      ManageRunBackup: () => ({
        runBackup: action({ status: "QUEUED", expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
      }),
    });
    const button = await screen.findByRole("button", { name: "Run backup · queue until online" });
    fireEvent.change(screen.getByLabelText("Keep queued for"), { target: { value: "168" } });
    fireEvent.click(button);
    await screen.findByText("Queued until Laptop-7 connects");
    expect(mutationsSent()[0]?.variables.input.queue).toEqual({ expiresInHours: 168 });
    // Revoking works offline too and is never queued.
    expect(screen.getByRole("button", { name: "Revoke device…" })).toBeTruthy();
  });

  it("turns a DeviceOfflineError into a toast that queues the same action with a new key", async () => {
    const { mutationsSent } = setup(deviceNode(), {
      ManageRunBackup: (vars) =>
        vars.input.queue
          ? { runBackup: action({ status: "QUEUED" }) }
          : { runBackup: { __typename: "DeviceOfflineError", message: "Laptop-7 went offline 1 minute ago." } },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Run backup" }));
    await screen.findByText("Laptop-7 is offline");
    expect(screen.getByText("Laptop-7 went offline 1 minute ago.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Queue until online/ }));
    await screen.findByText("Queued until Laptop-7 connects");
    // The offer is answered: its toast is gone, the queued one stays.
    await waitFor(() => expect(screen.queryByText("Laptop-7 is offline")).toBeNull());
    const [live, queued] = mutationsSent().map((m) => m.variables.input);
    expect(live?.queue).toBeNull();
    expect(queued?.queue).toEqual({ expiresInHours: 24 });
    expect(queued?.idempotencyKey).not.toBe(live?.idempotencyKey);
  });

  it("shows a typed error's message in an error toast", async () => {
    setup(deviceNode(), {
      ManageApplyRetention: () => ({
        applyRetentionRules: { __typename: "CometServerError", message: "The Comet server refused: vault busy" },
      }),
    });
    await screen.findByRole("tab", { name: "Storage vaults" });
    openTab("Storage vaults");
    fireEvent.click(await screen.findByRole("button", { name: "Apply retention rules to Cloud" }));
    await screen.findByText("Retention rules not applied");
    expect(screen.getByText("The Comet server refused: vault busy")).toBeTruthy();
  });

  it("enables revoke only once the device's name is typed back exactly", async () => {
    const { mutationsSent } = setup(deviceNode(), {
      ManageRevokeDevice: () => ({ revokeDevice: action({ kind: "REVOKE_DEVICE", status: "SUCCEEDED" }) }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Revoke device…" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke device" });
    const confirm = within(dialog).getByRole("button", { name: "Revoke device" }) as HTMLButtonElement;
    const field = within(dialog).getByLabelText(/to confirm/);
    expect(confirm.disabled).toBe(true);
    fireEvent.input(field, { target: { value: "laptop-7" } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(field, { target: { value: "Laptop-7" } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText("Laptop-7 revoked");
    expect(mutationsSent()[0]?.variables.input).toMatchObject({ deviceId: "dev-1", confirmDeviceName: "Laptop-7" });
  });

  it("uninstalls with the remove-configuration choice after the typed confirmation", async () => {
    const { mutationsSent } = setup(deviceNode(), {
      ManageUninstallSoftware: () => ({
        uninstallClientSoftware: action({ kind: "UNINSTALL_SOFTWARE", status: "SUCCEEDED" }),
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Uninstall client software…" }));
    const dialog = await screen.findByRole("dialog", { name: "Uninstall client software" });
    fireEvent.click(within(dialog).getByLabelText(/remove its configuration/));
    fireEvent.input(within(dialog).getByLabelText(/to confirm/), { target: { value: "Laptop-7" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Uninstall" }));
    await screen.findByText("Uninstall sent to Laptop-7");
    expect(mutationsSent()[0]?.variables.input).toMatchObject({
      confirmDeviceName: "Laptop-7",
      removeConfiguration: true,
    });
  });

  it("lists recent actions with their status and cancels a queued one", async () => {
    const { mutationsSent } = setup(
      deviceNode({
        actions: [
          action({ id: "a1", status: "QUEUED", summary: "Update the client" }),
          action({ id: "a2", status: "RUNNING", summary: "Back up Documents to Cloud" }),
          action({ id: "a3", status: "FAILED", summary: "Reindex NAS", errorMessage: "vault locked" }),
        ],
      }),
      {
        ManageCancelDeviceAction: () => ({
          cancelDeviceAction: action({ id: "a1", status: "CANCELLED", summary: "Update the client" }),
        }),
      },
    );
    await screen.findByText("Update the client");
    const badges = [...document.querySelectorAll(".manage-recent__status")].map((b) => [b.textContent, b.className]);
    expect(badges.map(([text]) => text)).toEqual(["Queued", "Running", "Failed"]);
    expect(badges[1]?.[1]).toContain("status-badge--running");
    expect(badges[2]?.[1]).toContain("status-badge--error");
    expect(screen.getByText(/vault locked/)).toBeTruthy();
    // Only the queued one can be cancelled.
    const cancels = screen.getAllByRole("button", { name: /^Cancel / });
    expect(cancels).toHaveLength(1);
    fireEvent.click(cancels[0]!);
    await screen.findByText("Queued action cancelled");
    expect(mutationsSent()[0]).toMatchObject({ name: "ManageCancelDeviceAction", variables: { input: { id: "a1" } } });
  });
});
