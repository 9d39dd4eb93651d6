import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import { scriptedLive } from "../test-kit/live.js";
import { TestProviders } from "../test-kit/providers.js";
import DashboardPage from "./DashboardPage.js";

const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const job = (id: string, outcome: string, minutesAgo: number) => ({
  id,
  startedAt: iso(minutesAgo),
  endedAt: iso(minutesAgo - 5),
  outcome,
  outcomeLabel: outcome,
});
const device = (id: string, name: string, latest: ReturnType<typeof job> | null) => ({
  id,
  friendlyName: name,
  cometDeviceId: `c-${id}`,
  accountUsername: `acct-${name}`,
  customerName: "Bluebird",
  isOnline: true,
  latestJob24h: latest,
});

const devices = [
  device("d1", "alpha", job("j1", "SUCCESS", 60)),
  device("d2", "bravo", job("j2", "ERROR", 120)),
  device("d3", "charlie", job("j3", "TIMEOUT", 90)),
  device("d4", "delta", null),
];

const fixtures: Record<string, (vars: Record<string, unknown>) => unknown> = {
  Dashboard: () => ({
    dashboard: {
      asOf: iso(0),
      storageBytes: "1073741824",
      devices: { online: 4, offline: 0, total: 4 },
      protectedItemsByCategory: [{ category: "FILES_AND_FOLDERS", label: "Files and Folders", count: 7 }],
      jobStatus24h: [{ status: "SUCCESS", label: "Success", count: 3 }],
      series30d: [{ day: iso(0), devicesOnline: 4, devicesRegistered: 0, storageBytes: "1073741824" }],
      deviceStatus24h: [
        { outcome: "ERROR", count: 1 },
        { outcome: "TIMEOUT", count: 1 },
        { outcome: "SUCCESS", count: 1 },
        { outcome: null, count: 1 },
      ],
    },
    incidents: {
      totalCount: 1,
      edges: [
        {
          node: {
            id: "i1",
            deviceId: "d2",
            deviceName: "bravo",
            accountUsername: "acct-bravo",
            customerName: "Bluebird",
            protectedItemId: "p1",
            protectedItemName: "Documents",
            status: "ERROR",
            canSnooze: true,
            job: { id: "j2", outcomeLabel: "Error", classification: "BACKUP", startedAt: iso(120), endedAt: iso(115) },
          },
        },
      ],
    },
  }),
  DashboardDevicesPage: () => ({
    devices: {
      totalCount: devices.length,
      pageInfo: { hasNextPage: false, endCursor: "x" },
      edges: devices.map((node) => ({ node })),
    },
  }),
  DashboardDeviceDetails: (vars) => ({
    nodes: (vars.ids as string[]).map((id) => ({ id, timeline24h: [], history13d: [] })),
  }),
  SnoozeIncident: () => ({
    snoozeIncident: { __typename: "InvalidInputError", message: "input.hours: must be at most 720" },
  }),
};

const fixtureExchange: Exchange = () => (ops$) =>
  pipe(
    ops$,
    filter((op) => op.kind !== "teardown"),
    map((op) => {
      const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
      return makeResult(op, { data: fixtures[name]?.(op.variables as Record<string, unknown>) ?? null });
    }),
  );

// The live streams: the page's subscriptions, which the test plays events into.
let streams = scriptedLive();

function renderPage() {
  const client = new Client({ url: "/graphql", exchanges: [fixtureExchange] });
  streams = scriptedLive();
  return render(() => (
    <TestProviders client={client} viewer={{ mspId: "msp-1" }} live={streams.live}>
      <MemoryRouter>
        <Route path="/" component={DashboardPage} />
      </MemoryRouter>
    </TestProviders>
  ));
}

afterEach(() => cleanup());

// jsdom lays nothing out: give the list's scroller a viewport so the virtualiser renders rows.
for (const [prop, size] of [
  ["clientHeight", 600],
  ["clientWidth", 1000],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains("device-list__scroller") ? size : 0;
    },
  });
}

describe("DashboardPage", () => {
  it("shows the cards, chip counts from the device list, rows, and follows live job events", async () => {
    renderPage();
    await screen.findByText("Files and Folders");
    await screen.findByText("4 of 4 devices");
    expect(screen.getByRole("button", { name: /Error\s*1/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Timeout\s*1/ })).toBeTruthy();
    // Worst first: bravo (error), charlie (timeout), alpha, delta (no job).
    const names = () => [...document.querySelectorAll(".device-row__name")].map((a) => a.textContent);
    await waitFor(() => expect(names()).toEqual(["bravo", "charlie", "alpha", "delta"]));

    fireEvent.click(screen.getByRole("button", { name: /Timeout\s*1/ }));
    await waitFor(() => expect(names()).toEqual(["charlie"]));
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));

    fireEvent.input(screen.getByLabelText("Search devices"), { target: { value: "acct-b" } });
    await waitFor(() => expect(names()).toEqual(["bravo"]));
    expect(screen.getByRole("button", { name: /Success\s*0/ })).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Search devices"), { target: { value: "" } });

    // A job starts on alpha: a pulsing sliver, and alpha counts as running.
    streams.play("DashboardJobEvents", {
      jobEvents: {
        kind: "STARTED",
        cursor: "1",
        deviceId: "d1",
        jobId: "j9",
        outcome: "RUNNING",
        startedAt: iso(1),
        endedAt: null,
      },
    });
    await waitFor(() => expect(screen.getByRole("button", { name: /Running\s*1/ })).toBeTruthy());
    expect(document.querySelectorAll(".sliver--running")).toHaveLength(1);
    streams.play("DashboardJobEvents", {
      jobEvents: {
        kind: "ENDED",
        cursor: "2",
        deviceId: "d1",
        jobId: "j9",
        outcome: "WARNING",
        startedAt: iso(1),
        endedAt: iso(0),
      },
    });
    await waitFor(() => expect(screen.getByRole("button", { name: /Warning\s*1/ })).toBeTruthy());
    expect(document.querySelectorAll(".sliver--running")).toHaveLength(0);

    streams.play("DashboardDeviceEvents", {
      deviceEvents: { kind: "OFFLINE", cursor: "3", deviceId: "d2", isOnline: false },
    });
    await waitFor(() => expect(screen.getAllByText("Offline")).toHaveLength(1));
  });

  it("shows a typed snooze error inline", async () => {
    renderPage();
    fireEvent.click(await screen.findByRole("button", { name: "Snooze" }));
    fireEvent.click(screen.getByRole("button", { name: "Snooze" }));
    expect((await screen.findByRole("alert")).textContent).toContain("must be at most 720");
  });
});
