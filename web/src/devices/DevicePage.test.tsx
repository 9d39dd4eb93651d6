import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { type AskedOperation, answeringExchange } from "../test-kit/exchange.js";
import { scriptedLive } from "../test-kit/live.js";
import { TestProviders } from "../test-kit/providers.js";
import DevicePage from "./DevicePage.js";

/**
 * The device page against scripted answers: the head card and facts, then the job history, which
 * loads further pages and follows the device's job events (a started job appears at the top).
 */

const job = (id: string, minutesAgo: number, over: Record<string, unknown> = {}) => ({
  __typename: "Job",
  id,
  status: "SUCCESS",
  statusLabel: "Success",
  outcome: "SUCCESS",
  outcomeLabel: "Success",
  classification: "BACKUP",
  classificationLabel: "Backup",
  protectedItemName: "Documents",
  storageVaultName: "Cloud",
  isRunning: false,
  startedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  endedAt: new Date(Date.now() - (minutesAgo - 1) * 60_000).toISOString(),
  durationSeconds: 60,
  uploadBytes: "1024",
  totalBytes: "2048",
  customerId: "cus-1",
  deviceId: "dev-1",
  progress: { counter: 1, percent: null, bytesDone: "0" },
  ...over,
});

const device = {
  __typename: "Device",
  id: "dev-1",
  friendlyName: "Laptop-7",
  os: "windows",
  osVersion: "11",
  distribution: "Windows",
  arch: "x64",
  clientVersion: "24.3.1",
  timezone: "Europe/Amsterdam",
  accountId: "acc-1",
  accountUsername: "bluebird",
  customerId: "cus-1",
  customerName: "Bluebird Bakery",
  serverName: "Shared Comet",
  isOnline: true,
  ipAddress: "10.0.0.7",
  lastSeenAt: new Date().toISOString(),
  connectedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  registeredAt: "2026-01-05T09:00:00Z",
  revokedAt: null,
  allowedActions: [],
  cometDeviceId: "c-7",
  protectedItems: [],
  storageVaults: [],
  jobs: {
    totalCount: 2,
    pageInfo: { hasNextPage: true, endCursor: "p1" },
    edges: [{ node: job("j1", 60) }],
  },
};

function setup() {
  const asked: AskedOperation[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    DevicePage: () => ({ node: device }),
    DeviceJobsMore: () => ({
      node: {
        __typename: "Device",
        jobs: { pageInfo: { hasNextPage: false, endCursor: "p2" }, edges: [{ node: job("j0", 120) }] },
      },
    }),
    DeviceLiveJob: (v) => ({
      job: job(String(v.id), 0, {
        status: "RUNNING",
        statusLabel: "Running",
        outcome: "RUNNING",
        outcomeLabel: "Running",
        isRunning: true,
        endedAt: null,
        progress: { counter: 2, percent: 25, bytesDone: "512" },
      }),
    }),
  };
  const exchange = answeringExchange(answers, asked);
  const live = scriptedLive();
  const history = createMemoryHistory();
  history.set({ value: "/devices/dev-1" });
  render(() => (
    <TestProviders
      client={new Client({ url: "/graphql", exchanges: [exchange] })}
      viewer={{ kind: "MSP_ADMIN", mspId: "msp-1", capabilities: ["READ"] }}
      live={live.live}
    >
      <MemoryRouter history={history}>
        <Route path="/devices/:id" component={DevicePage} />
      </MemoryRouter>
    </TestProviders>
  ));
  return { asked: (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables), live };
}

afterEach(() => cleanup());

describe("DevicePage", () => {
  it("shows the device's facts and its job history, loading older jobs on request", async () => {
    const { asked } = setup();
    expect((await screen.findByRole("heading", { name: "Laptop-7" })).closest("header")?.textContent).toContain(
      "Online",
    );
    expect(screen.getByText("Windows 11 (x64)")).toBeTruthy();
    expect(screen.getByRole("link", { name: "bluebird" }).getAttribute("href")).toBe("/accounts/acc-1");
    expect(screen.getByText(/^Now \(connected 3 hours ago\)/)).toBeTruthy();
    // No Manage without OPERATE, no Restore… without RESTORE.
    expect(screen.queryByRole("button", { name: /Manage/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Restore…" })).toBeNull();
    expect(screen.getByText("Showing 1 of 2")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await screen.findByText("Showing 2 of 2");
    expect(asked("DeviceJobsMore")).toEqual([{ id: "dev-1", first: 20, after: "p1" }]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("puts a job that starts on the device at the top of its history, with its progress", async () => {
    const { asked, live } = setup();
    await screen.findByText("Showing 1 of 2");
    live.play("JobEventsLive", {
      jobEvents: {
        cursor: "c1",
        kind: "STARTED",
        jobId: "j9",
        deviceId: "dev-1",
        customerId: "cus-1",
        classification: "BACKUP",
        outcome: "RUNNING",
        startedAt: new Date().toISOString(),
        endedAt: null,
        uploadBytes: null,
        progressCounter: 0,
      },
    });
    await screen.findByText("Showing 2 of 3");
    expect(asked("DeviceLiveJob")).toEqual([{ id: "j9" }]);
    const first = screen.getAllByRole("row")[1] as HTMLElement;
    expect(within(first).getByRole("link", { name: "Running" })).toBeTruthy();
    await waitFor(() => expect(within(first).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("25"));
  });
});
