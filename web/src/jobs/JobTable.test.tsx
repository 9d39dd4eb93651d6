import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { Client } from "@urql/core";
import type { JSX } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import DeviceJobHistory from "../devices/DeviceJobHistory.js";
import type { DeviceJobRowFragment, JobRowFragment } from "../gql/graphql.js";
import { TestProviders } from "../test-kit/providers.js";
import JobsTable from "./JobsTable.js";

/**
 * The one job table as the jobs page and a device's history show it: the same status, job,
 * started, duration and uploaded cells around each page's own columns; a running job shows its
 * progress (and, on the device, its controls) instead of a size.
 */

const now = Date.parse("2026-11-21T10:00:00Z");
const base = {
  __typename: "Job" as const,
  status: "SUCCESS" as const,
  statusLabel: "Success",
  outcome: "SUCCESS" as const,
  outcomeLabel: "Success",
  classification: "BACKUP" as const,
  classificationLabel: "Backup",
  protectedItemName: "Documents",
  isRunning: false,
  startedAt: "2026-11-21T09:00:00Z",
  endedAt: "2026-11-21T09:02:05Z",
  durationSeconds: 125,
  uploadBytes: "1048576",
  totalBytes: "2097152",
  customerId: null,
  deviceId: "dev-1",
  progress: { counter: 3, percent: null, bytesDone: "0" },
};
const running = {
  ...base,
  id: "job-2",
  status: "RUNNING" as const,
  statusLabel: "Running",
  outcome: "RUNNING" as const,
  outcomeLabel: "Running",
  isRunning: true,
  endedAt: null,
  progress: { counter: 4, percent: 42, bytesDone: "524288" },
};

function show(table: () => JSX.Element) {
  render(() => (
    <TestProviders client={new Client({ url: "/graphql", exchanges: [] })}>
      <MemoryRouter>
        <Route path="/" component={table} />
      </MemoryRouter>
    </TestProviders>
  ));
  const rows = () => screen.getAllByRole("row").slice(1);
  const headings = () => screen.getAllByRole("columnheader").map((th) => th.textContent);
  return { rows, headings };
}

afterEach(() => cleanup());

describe("JobTable", () => {
  it("shows the fleet's jobs with their device, account and customer, a new one highlighted", async () => {
    const jobs: JobRowFragment[] = [
      { ...running, deviceName: "Laptop-7", accountUsername: "acct-7", customerName: null },
      { ...base, id: "job-1", deviceName: "Laptop-7", accountUsername: "acct-7", customerName: "Bluebird" },
    ];
    const table = show(() => <JobsTable jobs={jobs} fresh={new Set(["job-2"])} now={now} />);
    await screen.findAllByRole("row");
    expect(table.headings()).toEqual([
      "Status",
      "Type",
      "Device",
      "Account",
      "Customer",
      "Started",
      "Duration",
      "Uploaded",
    ]);
    const [first, second] = table.rows() as [HTMLElement, HTMLElement];
    expect(first.classList.contains("is-new")).toBe(true);
    expect(within(first).getByRole("link", { name: "Running" }).getAttribute("title")).toBe("Running: open the job");
    expect(within(first).getByRole("link", { name: "Laptop-7" }).getAttribute("href")).toBe("/devices/dev-1");
    expect(within(first).getByText("Unassigned")).toBeTruthy();
    expect(within(first).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("42");
    expect(second.classList.contains("is-new")).toBe(false);
    expect(second.textContent).toContain("BackupDocuments");
    expect(second.textContent).toContain("2 min 05 s");
    expect(second.textContent).toContain("1 MB");
  });

  it("shows a device's jobs with their vault, and Cancel beside a running job's progress when allowed", async () => {
    const jobs: DeviceJobRowFragment[] = [
      { ...running, storageVaultName: "Cloud" },
      { ...base, id: "job-1", storageVaultName: null },
    ];
    const table = show(() => (
      <DeviceJobHistory jobs={jobs} now={now} allowedActions={["CANCEL_JOB", "RUN_BACKUP"]} deviceName="Laptop-7" />
    ));
    await screen.findAllByRole("row");
    expect(table.headings()).toEqual(["Status", "Job", "Vault", "Started", "Duration", "Uploaded"]);
    const [first, second] = table.rows() as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("link", { name: "Running" }).getAttribute("title")).toBe("Open the job");
    expect(within(first).getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(within(first).queryByRole("button", { name: /Abandon/ })).toBeNull();
    expect(second.textContent).toContain("—");
    expect(within(second).queryByRole("button")).toBeNull();
    expect(screen.getByRole("table").classList.contains("device-jobs")).toBe(true);
  });
});
