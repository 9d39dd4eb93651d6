import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult } from "@urql/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { filter, map, pipe } from "wonka";
import { TestProviders } from "../../test-kit/providers.js";
import RestoreWizard from "./RestoreWizard.js";

/**
 * The restore wizard's steps against a scripted GraphQL server (the network boundary): the methods
 * each engine offers, the destination rule, selection in the snapshot tree, what is submitted,
 * where the API's field errors land, and an offline device.
 */

/** The toasts the wizard sent, in place of the shell's region. */
const notify = vi.fn();

const entry = (path: string, isDirectory: boolean, subtree: string | null = null) => ({
  name: path.split(/[/\\]/).at(-1),
  path,
  isDirectory,
  size: isDirectory ? "0" : "2048",
  modifiedAt: "2026-11-20T10:00:00Z",
  subtree,
});
const listing = (path: string, entries: ReturnType<typeof entry>[]) => ({
  __typename: "DirectoryListing",
  path,
  entries,
});
const offlineError = { __typename: "DeviceOfflineError", message: "The device is offline." };

function world(opts: { online?: boolean; restore?: unknown } = {}) {
  const online = opts.online ?? true;
  const sent: Record<string, unknown>[] = [];
  const fixtures: Record<string, (vars: Record<string, unknown>) => unknown> = {
    RestoreWizard: () => ({
      node: {
        __typename: "Device",
        id: "d1",
        friendlyName: "laptop",
        isOnline: online,
        storageVaults: [{ id: "v1", description: "Cloud vault", typeLabel: "Comet Storage", usedBytes: "100" }],
        protectedItems: [
          {
            id: "i1",
            description: "Documents",
            engineLabel: "Files and Folders",
            restoreMethods: ["RESTORE_FILES", "COMPRESSED_ARCHIVE", "SIMULATE"],
          },
          { id: "i2", description: "System disk", engineLabel: "Disk Image", restoreMethods: ["RESTORE_FILES"] },
          { id: "i3", description: "Sales DB", engineLabel: "Microsoft SQL Server", restoreMethods: [] },
        ],
      },
    }),
    RestoreSnapshots: () => ({
      restoreSnapshots: online
        ? {
            __typename: "VaultSnapshotList",
            snapshots: [
              { id: "s2", createdAt: "2026-11-21T08:00:00Z" },
              { id: "s1", createdAt: "2026-11-20T08:00:00Z" },
            ],
          }
        : offlineError,
    }),
    RestoreSnapshotObjects: (vars) => ({
      snapshotObjects: !vars.treeId
        ? listing("", [entry("/home", true, "t-home"), entry("/notes.txt", false)])
        : listing("/home", [
            entry("/home/docs", true, "t-docs"),
            entry("/home/a.txt", false),
            entry("/home/b.txt", false),
          ]),
    }),
    RestoreDeviceFolders: (vars) => ({
      deviceFilesystem: !online
        ? offlineError
        : !vars.path
          ? listing("", [entry("C:", true)])
          : listing("C:", [entry("C:\\Restore", true), entry("C:\\Users", true), entry("C:\\boot.ini", false)]),
    }),
    RunRestore: (vars) => {
      sent.push(vars.input as Record<string, unknown>);
      return {
        runRestore: opts.restore ?? {
          __typename: "DeviceAction",
          id: "a1",
          status: online ? "DISPATCHED" : "QUEUED",
          summary: "Restore 2 paths from Documents (Cloud vault) to C:\\Restore",
        },
      };
    },
  };
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== "teardown"),
      map((op) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        return makeResult(op, { data: fixtures[name]?.(op.variables as Record<string, unknown>) ?? null });
      }),
    );
  const onOpenChange = vi.fn();
  render(() => (
    <TestProviders client={new Client({ url: "/graphql", exchanges: [exchange] })} notify={notify}>
      <RestoreWizard deviceId="d1" open onOpenChange={onOpenChange} />
    </TestProviders>
  ));
  return { sent, onOpenChange };
}

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));
const heading = (step: number) => screen.findByRole("heading", { name: new RegExp(`^Step ${step} of 4`) });

async function toMethodStep(item: string) {
  fireEvent.click(await screen.findByRole("radio", { name: /Cloud vault/ }));
  next();
  await heading(2);
  fireEvent.click(screen.getByRole("radio", { name: new RegExp(item) }));
  await screen.findByText("2 snapshots, newest first.");
  next();
  await heading(3);
}

afterEach(() => {
  cleanup();
  notify.mockClear();
});

describe("restore wizard", () => {
  it("offers only the item's methods and disables items Partner Hub cannot restore", async () => {
    world();
    fireEvent.click(await screen.findByRole("radio", { name: /Cloud vault/ }));
    next();
    await heading(2);
    const sql = screen.getByRole("radio", { name: /Sales DB/ }) as HTMLInputElement;
    expect(sql.disabled).toBe(true);
    expect(sql.closest("label")?.textContent).toMatch(/use the Comet client/);
    fireEvent.click(screen.getByRole("radio", { name: /System disk/ }));
    await screen.findByText("2 snapshots, newest first.");
    next();
    await heading(3);
    const methods = () =>
      within(screen.getByRole("group", { name: "How should it be restored?" }))
        .getAllByRole("radio")
        .map((r) => r.closest("label")?.querySelector("strong")?.textContent);
    expect(methods()).toEqual(["Restore files"]);
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    fireEvent.click(await screen.findByRole("radio", { name: /Documents/ }));
    next();
    await heading(3);
    expect(methods()).toEqual(["Restore files", "Compressed archive", "Simulate"]);
  });

  it("requires a destination except for a simulation", async () => {
    world();
    await toMethodStep("Documents");
    next();
    expect(await screen.findByText("Enter or pick the folder to restore into.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: /^Step 3 of 4/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Simulate/ }));
    expect(screen.queryByLabelText("Destination folder on the device")).toBeNull();
    next();
    await heading(4);
  });

  it("restores the files and folders selected in the tree to the folder picked on the device", async () => {
    const { sent, onOpenChange } = world();
    await toMethodStep("Documents");
    fireEvent.click(screen.getByRole("button", { name: "Browse…" }));
    fireEvent.click(await screen.findByRole("button", { name: /C:/ }));
    fireEvent.click(await screen.findByRole("button", { name: /Restore$/ }));
    expect((screen.getByLabelText("Destination folder on the device") as HTMLInputElement).value).toBe("C:\\Restore");
    fireEvent.click(screen.getByRole("radio", { name: "If different" }));
    next();
    await heading(4);

    fireEvent.click(screen.getByRole("radio", { name: "Selected files and folders" }));
    fireEvent.click(await screen.findByRole("button", { name: "Open home" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: "a.txt" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "notes.txt" }));
    // The folder swallows the file already picked inside it, which then shows as covered.
    fireEvent.click(screen.getByRole("checkbox", { name: "home/" }));
    const a = screen.getByRole("checkbox", { name: "a.txt" }) as HTMLInputElement;
    expect([a.checked, a.disabled]).toEqual([true, true]);
    const summary = screen.getByRole("region", { name: "Summary" });
    expect(summary.textContent).toMatch(/2 selected/);
    expect(summary.textContent).toMatch(/Latest \(/);

    fireEvent.click(screen.getByRole("button", { name: "Start restore" }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(sent).toEqual([
      {
        deviceId: "d1",
        storageVaultId: "v1",
        protectedItemId: "i1",
        snapshotId: "s2",
        method: "RESTORE_FILES",
        destinationPath: "C:\\Restore",
        overwrite: "IF_DIFFERENT",
        paths: ["/notes.txt", "/home"],
        idempotencyKey: expect.any(String),
      },
    ]);
    expect(notify).toHaveBeenCalledWith("success", "Restore started", expect.stringContaining("Documents"));
  });

  it("shows the API's field errors on their step and keeps one idempotency key across retries", async () => {
    const { sent } = world({
      restore: {
        __typename: "InvalidInputError",
        message: "invalid input",
        fieldErrors: [{ path: ["input", "destinationPath"], message: "is not writable" }],
      },
    });
    await toMethodStep("Documents");
    fireEvent.input(screen.getByLabelText("Destination folder on the device"), { target: { value: "/nope" } });
    next();
    await heading(4);
    fireEvent.click(screen.getByRole("button", { name: "Start restore" }));
    await heading(3);
    expect(screen.getByText("is not writable")).toBeTruthy();
    expect(screen.getByLabelText("Destination folder on the device").getAttribute("aria-invalid")).toBe("true");
    next();
    await heading(4);
    fireEvent.click(screen.getByRole("button", { name: "Start restore" }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
  });

  it("offline, says browsing needs a live connection and queues a restore of all items", async () => {
    const { sent } = world({ online: false });
    fireEvent.click(await screen.findByRole("radio", { name: /Cloud vault/ }));
    expect(screen.getByText("The device is offline; browsing needs a live connection.")).toBeTruthy();
    next();
    await heading(2);
    fireEvent.click(screen.getByRole("radio", { name: /Documents/ }));
    await screen.findByText(/the latest one is restored/);
    next();
    await heading(3);
    fireEvent.input(screen.getByLabelText("Destination folder on the device"), { target: { value: "/restore" } });
    next();
    await heading(4);
    expect((screen.getByRole("radio", { name: "Selected files and folders" }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Start restore" }));
    expect(await screen.findByText(/queue the restore to run when it connects/)).toBeTruthy();
    expect(sent).toHaveLength(0);
    fireEvent.click(screen.getByRole("checkbox", { name: /Queue until the device connects/ }));
    fireEvent.click(screen.getByRole("button", { name: "Queue restore" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ method: "RESTORE_FILES", destinationPath: "/restore", queue: {} });
    expect(sent[0]).not.toHaveProperty("paths");
    expect(sent[0]).not.toHaveProperty("snapshotId");
    await waitFor(() => expect(notify).toHaveBeenCalledWith("success", "Restore queued", expect.any(String)));
  });
});
