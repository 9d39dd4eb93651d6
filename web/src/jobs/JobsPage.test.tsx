import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { Client } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { type AskedOperation, answeringExchange } from "../test-kit/exchange.js";
import { scriptedLive } from "../test-kit/live.js";
import { TestProviders } from "../test-kit/providers.js";
import JobsPage from "./JobsPage.js";

/**
 * The jobs page against scripted answers: the first page from its query, older ones from "Load
 * more" with the same filters, and a job that starts somewhere in the fleet added at the top
 * (its row fetched by id) and highlighted.
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
  isRunning: false,
  startedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  endedAt: new Date(Date.now() - (minutesAgo - 1) * 60_000).toISOString(),
  durationSeconds: 60,
  uploadBytes: "1024",
  totalBytes: "2048",
  deviceId: `dev-${id}`,
  deviceName: `Laptop-${id}`,
  accountUsername: "bluebird",
  customerId: "cus-1",
  customerName: "Bluebird Bakery",
  progress: { counter: 1, percent: null, bytesDone: "0" },
  ...over,
});

function setup() {
  const asked: AskedOperation[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    JobsPage: (v) =>
      v.after
        ? {
            jobs: {
              totalCount: 2,
              pageInfo: { hasNextPage: false, endCursor: "p2" },
              edges: [{ node: job("j0", 90) }],
            },
          }
        : {
            jobs: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: "p1" }, edges: [{ node: job("j1", 30) }] },
            customers: { edges: [{ node: { id: "cus-1", name: "Bluebird Bakery" } }] },
          },
    JobsLiveRows: (v) => ({
      nodes: (v.ids as string[]).map((id) =>
        job(id, 0, {
          status: "RUNNING",
          statusLabel: "Running",
          outcome: "RUNNING",
          outcomeLabel: "Running",
          isRunning: true,
          endedAt: null,
        }),
      ),
    }),
  };
  const exchange = answeringExchange(answers, asked);
  const live = scriptedLive();
  const history = createMemoryHistory();
  history.set({ value: "/jobs?kind=BACKUP" });
  render(() => (
    <TestProviders
      client={new Client({ url: "/graphql", exchanges: [exchange] })}
      viewer={{ kind: "MSP_ADMIN", mspId: "msp-1", capabilities: ["READ"] }}
      live={live.live}
    >
      <MemoryRouter history={history}>
        <Route path="/jobs" component={JobsPage} />
      </MemoryRouter>
    </TestProviders>
  ));
  return { asked: (name: string) => asked.filter((a) => a.name === name).map((a) => a.variables), live };
}

const names = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((tr) => within(tr).getAllByRole("link")[1]?.textContent);

afterEach(() => cleanup());

describe("JobsPage", () => {
  it("loads older jobs with the same filters", async () => {
    const { asked } = setup();
    await screen.findByText("Showing 1 of 2");
    expect(screen.getByText(/^2 jobs/)).toBeTruthy();
    expect(asked("JobsPage")[0]).toMatchObject({ first: 50, classifications: ["BACKUP"], withCustomers: true });
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await screen.findByText("Showing 2 of 2");
    const more = asked("JobsPage").filter((v) => v.after);
    expect(more).toEqual([expect.objectContaining({ after: "p1", classifications: ["BACKUP"], withCustomers: false })]);
    expect(names()).toEqual(["Laptop-j1", "Laptop-j0"]);
  });

  it("adds a matching job that starts in the fleet at the top, highlighted", async () => {
    const { asked, live } = setup();
    await screen.findByText("Showing 1 of 2");
    live.play("JobEventsLive", {
      jobEvents: {
        cursor: "c1",
        kind: "STARTED",
        jobId: "j9",
        deviceId: "dev-j9",
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
    expect(asked("JobsLiveRows")).toEqual([{ ids: ["j9"] }]);
    expect(names()).toEqual(["Laptop-j9", "Laptop-j1"]);
    const first = screen.getAllByRole("row")[1] as HTMLElement;
    expect(first.classList.contains("is-new")).toBe(true);
    await waitFor(() => expect(first.classList.contains("is-new")).toBe(false), { timeout: 3_000 });
  });
});
