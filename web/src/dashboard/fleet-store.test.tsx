import { cleanup, render, screen, waitFor } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult } from "@urql/core";
import { For } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import { createFleet } from "./fleet-store.js";

const row = (id: string, name: string) => ({
  __typename: "Device",
  id,
  friendlyName: name,
  cometDeviceId: `c-${id}`,
  accountUsername: `acct-${name}`,
  customerName: "Bluebird",
  isOnline: true,
  latestJob24h: null,
});

// What the API holds: the list the page loads, and the devices `node` can fetch by id.
const listed = [row("d1", "alpha"), row("d2", "bravo")];
const byId: Record<string, ReturnType<typeof row>> = { d3: row("d3", "charlie") };
const asked: string[] = [];

const fixtureExchange: Exchange = () => (ops$) =>
  pipe(
    ops$,
    filter((op) => op.kind !== "teardown"),
    map((op) => {
      const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value;
      if (name === "DashboardDevicesPage") {
        return makeResult(op, {
          data: {
            devices: {
              totalCount: listed.length,
              pageInfo: { hasNextPage: false, endCursor: "x" },
              edges: listed.map((node) => ({ node })),
            },
          },
        });
      }
      const id = String(op.variables?.id);
      asked.push(id);
      return makeResult(op, { data: { node: byId[id] ?? null } });
    }),
  );

function renderFleet(customerId: string | null = null) {
  const client = new Client({ url: "/graphql", exchanges: [fixtureExchange] });
  let fleet!: ReturnType<typeof createFleet>;
  render(() => {
    fleet = createFleet(client, () => customerId);
    void fleet.loadAll();
    return (
      <div>
        <p>{fleet.state.total} devices</p>
        <ul>
          <For each={fleet.devices()}>{(d) => <li>{d.friendlyName}</li>}</For>
        </ul>
      </div>
    );
  });
  const names = () => screen.queryAllByRole("listitem").map((li) => li.textContent);
  return { fleet: () => fleet, names };
}

afterEach(() => {
  cleanup();
  asked.length = 0;
});

describe("the dashboard's fleet store and device events", () => {
  it("shows a device added while the page is open, and drops a removed one", async () => {
    const { fleet, names } = renderFleet();
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo"]));

    fleet().onDeviceEvent({ kind: "ADDED", deviceId: "d3", customerId: "c1" });
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo", "charlie"]));
    expect(screen.getByText("3 devices")).toBeTruthy();

    fleet().onDeviceEvent({ kind: "REMOVED", deviceId: "d1" });
    await waitFor(() => expect(names()).toEqual(["bravo", "charlie"]));
    expect(screen.getByText("2 devices")).toBeTruthy();
  });

  it("brings a removed device back when it is added again, once", async () => {
    const { fleet, names } = renderFleet();
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo"]));
    fleet().onDeviceEvent({ kind: "REMOVED", deviceId: "d3" }); // not listed: nothing to drop
    fleet().onDeviceEvent({ kind: "ADDED", deviceId: "d3" });
    fleet().onDeviceEvent({ kind: "ADDED", deviceId: "d3" }); // a replayed event
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo", "charlie"]));
    fleet().onDeviceEvent({ kind: "REMOVED", deviceId: "d3" });
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo"]));
    fleet().onDeviceEvent({ kind: "ADDED", deviceId: "d3" });
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo", "charlie"]));
  });

  it("ignores devices added to another customer when showing one customer", async () => {
    const { fleet, names } = renderFleet("c1");
    await waitFor(() => expect(names()).toEqual(["alpha", "bravo"]));
    fleet().onDeviceEvent({ kind: "ADDED", deviceId: "d3", customerId: "c2" });
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual([]);
    expect(names()).toEqual(["alpha", "bravo"]);
  });
});
