import { toaster } from "@kobalte/core/toast";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import type { Viewer } from "../../auth/viewer.js";
import { ToastRegion } from "../../lib/toast.js";
import { quietLive } from "../../test-kit/live.js";
import { TestProviders } from "../../test-kit/providers.js";
import { BulkActionButton } from "./BulkActionButton.js";

// Transformed once up front: the lazy import then resolves within findBy's wait.
await import("./BulkActionDialog.js");

const admin = {
  mspId: "msp-1",
  kind: "MSP_ADMIN",
  capabilities: ["READ", "OPERATE", "ADMIN"],
} satisfies Partial<Viewer>;

const customers = {
  customers: {
    edges: [
      { node: { __typename: "Customer", id: "cus-a", name: "Alpha Co" } },
      { node: { __typename: "Customer", id: "cus-b", name: "Bravo Co" } },
    ],
  },
};

const preview = (count: number) => ({
  previewBulkDeviceAction: {
    __typename: "BulkDeviceActionPreview",
    count,
    onlineCount: count - 1,
    offlineCount: 1,
    unresolvedCount: 0,
    sample: Array.from({ length: count }, (_, i) => ({
      __typename: "Device",
      id: `dev-${i}`,
      friendlyName: `Laptop-${i}`,
      isOnline: i > 0,
    })),
    warnings: ["1 device is offline: its action fails (queue offline devices to wait for it)."],
  },
});

const operation = (status: "RUNNING" | "COMPLETED", succeeded: number) => ({
  node: {
    __typename: "BulkOperation",
    id: "bulk-1",
    kindLabel: "Update client software",
    status,
    total: 3,
    counts: { queued: 0, dispatched: 2 - succeeded, running: 0, succeeded, failed: 1, expired: 0, cancelled: 0 },
    actions: {
      totalCount: 3,
      edges: [0, 1, 2].map((i) => ({
        node: {
          __typename: "DeviceAction",
          id: `act-${i}`,
          status: i === 0 ? "FAILED" : i <= succeeded ? "SUCCEEDED" : "DISPATCHED",
          errorMessage: i === 0 ? "The device is offline." : null,
          device: { __typename: "Device", id: `dev-${i}`, friendlyName: `Laptop-${i}` },
        },
      })),
    },
  },
});

type Answer = (vars: Record<string, unknown>) => Record<string, unknown>;

function setup(answers: Record<string, Answer>) {
  const asked: { name: string; vars: Record<string, unknown> }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        const vars = op.variables as Record<string, unknown>;
        asked.push({ name, vars });
        const answer = answers[name];
        if (!answer) throw new Error(`unexpected operation ${name}`);
        return makeResult(op, { data: answer(vars) });
      }),
    );
  // No socket in jsdom (a quiet live source): progress then comes from polling the operation,
  // which these tests exercise.
  render(() => (
    <TestProviders client={new Client({ url: "/graphql", exchanges: [exchange] })} viewer={admin} live={quietLive}>
      <BulkActionButton search="laptop" />
      <ToastRegion />
    </TestProviders>
  ));
  return (name: string) => asked.filter((a) => a.name === name).map((a) => a.vars);
}

async function openAndPreviewAlpha() {
  fireEvent.click(screen.getByRole("button", { name: "Bulk action…" }));
  const dialog = await screen.findByRole("dialog", { name: "Bulk action" });
  const select = await within(dialog).findByRole("combobox", { name: "Customer" });
  await within(select).findByRole("option", { name: "Alpha Co" });
  fireEvent.change(select, { target: { value: "cus-a" } });
  fireEvent.click(within(dialog).getByRole("button", { name: "Preview" }));
  return dialog;
}

afterEach(() => {
  toaster.clear();
  cleanup();
});

describe("BulkActionDialog", () => {
  it("previews, starts with the previewed count and a fresh key, then shows each device's result as it moves", async () => {
    let advanced = false;
    const calls = setup({
      BulkCustomers: () => customers,
      PreviewBulkDeviceAction: () => preview(3),
      StartBulkDeviceAction: () => ({
        startBulkDeviceAction: {
          __typename: "BulkOperation",
          id: "bulk-1",
          kindLabel: "Update client software",
          total: 3,
        },
      }),
      // Still sending until the test moves the fleet on; only a poll can then show it.
      BulkOperation: () => (advanced ? operation("COMPLETED", 2) : operation("RUNNING", 0)),
    });
    const dialog = await openAndPreviewAlpha();
    const shown = await within(dialog).findByRole("region", { name: "Preview" });
    expect(shown.textContent).toContain("3 devices: 2 online, 1 offline");
    expect(
      within(shown)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Laptop-0 · offline", "Laptop-1", "Laptop-2"]);
    expect(shown.textContent).toContain("1 device is offline");
    expect(calls("PreviewBulkDeviceAction")).toEqual([
      {
        input: {
          kind: "UPDATE_SOFTWARE",
          filter: { customerId: "cus-a", search: "laptop" },
          options: { removeConfiguration: null, storageVaultName: null, protectedItemName: null },
          queueOffline: false,
        },
      },
    ]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Start" }));
    const progress = await within(dialog).findByRole("region", { name: "Progress" });
    const [started] = calls("StartBulkDeviceAction") as [{ input: Record<string, unknown> }];
    expect(started.input).toMatchObject({ kind: "UPDATE_SOFTWARE", expectedCount: 3, queueOffline: false });
    expect(started.input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await screen.findByText("Update client software started");

    const results = () =>
      within(progress)
        .queryAllByRole("listitem")
        .map((li) => li.textContent);
    await waitFor(() =>
      expect(results()).toEqual(["Laptop-0FailedThe device is offline.", "Laptop-1Sent", "Laptop-2Sent"]),
    );
    advanced = true;
    // Polled every 2 s while actions are on their way.
    await waitFor(
      () =>
        expect(results()).toEqual(["Laptop-0FailedThe device is offline.", "Laptop-1Succeeded", "Laptop-2Succeeded"]),
      {
        timeout: 4_000,
      },
    );
    expect(progress.textContent).toContain("every device has its action");
    expect(calls("BulkOperation")[0]).toEqual({ id: "bulk-1" });
  });

  it("shows the ConflictError when the fleet changed, previews again and starts with the new count", async () => {
    let count = 3;
    const calls = setup({
      BulkCustomers: () => customers,
      PreviewBulkDeviceAction: () => preview(count),
      StartBulkDeviceAction: (vars) => {
        const input = vars.input as { expectedCount: number };
        if (input.expectedCount !== count) {
          return {
            startBulkDeviceAction: {
              __typename: "ConflictError",
              message: `The filter now matches ${count} devices, not ${input.expectedCount}: preview again.`,
            },
          };
        }
        return {
          startBulkDeviceAction: {
            __typename: "BulkOperation",
            id: "bulk-1",
            kindLabel: "Update client software",
            total: count,
          },
        };
      },
      BulkOperation: () => operation("COMPLETED", 2),
    });
    const dialog = await openAndPreviewAlpha();
    const shown = await within(dialog).findByRole("region", { name: "Preview" });
    expect(shown.textContent).toContain("3 devices");
    count = 2;
    fireEvent.click(within(dialog).getByRole("button", { name: "Start" }));

    await within(dialog).findByText("The filter now matches 2 devices, not 3: preview again.", {
      selector: "[role=alert]",
    });
    await waitFor(() =>
      expect(within(dialog).getByRole("region", { name: "Preview" }).textContent).toContain("2 devices: 1 online"),
    );
    expect(calls("PreviewBulkDeviceAction")).toHaveLength(2);

    fireEvent.click(within(dialog).getByRole("button", { name: "Start" }));
    await within(dialog).findByRole("region", { name: "Progress" });
    expect(calls("StartBulkDeviceAction").map((v) => (v.input as { expectedCount: number }).expectedCount)).toEqual([
      3, 2,
    ]);
    const keys = calls("StartBulkDeviceAction").map((v) => (v.input as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys).size).toBe(2);
  });

  it("starts an uninstall only once the count is typed out", async () => {
    const calls = setup({
      BulkCustomers: () => customers,
      PreviewBulkDeviceAction: () => preview(3),
    });
    fireEvent.click(screen.getByRole("button", { name: "Bulk action…" }));
    const dialog = await screen.findByRole("dialog", { name: "Bulk action" });
    fireEvent.click(within(dialog).getByRole("radio", { name: "Uninstall client software" }));
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Also remove the client's configuration" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Preview" }));
    const confirm = await within(dialog).findByRole("textbox", { name: /to confirm/ });
    const start = within(dialog).getByRole("button", { name: "Start" }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.input(confirm, { target: { value: "uninstall 3 devices" } });
    expect(start.disabled).toBe(true);
    fireEvent.input(confirm, { target: { value: "UNINSTALL 3 devices" } });
    expect(start.disabled).toBe(false);
    expect(calls("PreviewBulkDeviceAction")[0]).toMatchObject({
      input: { kind: "UNINSTALL_SOFTWARE", options: { removeConfiguration: true } },
    });
  });
});
