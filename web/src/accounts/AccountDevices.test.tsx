import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { AccountDevicesFragment } from "../gql/graphql.js";
import AccountDevices from "./AccountDevices.js";

const now = Date.parse("2026-11-22T02:00:00.000Z");
const device = (id: string, friendlyName: string, isOnline: boolean, lastSeenAt: string | null) => ({
  node: {
    id,
    friendlyName,
    cometDeviceId: `cdid-${id}`,
    os: "windows",
    osVersion: "11",
    distribution: "",
    clientVersion: "24.9.0",
    isOnline,
    lastSeenAt,
  },
});

function renderDevices(account: AccountDevicesFragment) {
  render(() => (
    <MemoryRouter>
      <Route path="/" component={() => <AccountDevices account={account} now={now} />} />
    </MemoryRouter>
  ));
  return screen.getByRole("region", { name: "Devices" });
}

describe("AccountDevices", () => {
  afterEach(cleanup);

  it("lists the devices the page query read, linked to their pages, with when each was last seen", () => {
    const region = renderDevices({
      id: "acc-1",
      devices: {
        totalCount: 2,
        edges: [device("d-1", "Laptop", true, null), device("d-2", "", false, "2026-11-22T00:00:00.000Z")],
      },
    });
    const rows = within(region).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "Laptopwindows 1124.9.0Online now",
      "cdid-d-2windows 1124.9.02 hours ago",
    ]);
    expect(within(region).getByRole("link", { name: "Laptop" }).getAttribute("href")).toBe("/devices/d-1");
    expect(within(region).queryByText(/of 2 devices/)).toBeNull();
  });

  it("says when only the first page of a large account is shown, and when there are none", () => {
    const region = renderDevices({
      id: "acc-1",
      devices: { totalCount: 140, edges: [device("d-1", "Laptop", true, null)] },
    });
    expect(within(region).queryByText("The first 1 of 140 devices, by name.")).not.toBeNull();
    cleanup();
    const empty = renderDevices({ id: "acc-2", devices: { totalCount: 0, edges: [] } });
    expect(within(empty).queryByText("No devices registered yet.")).not.toBeNull();
  });
});
