import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * The viewer switcher against a scripted /graphql (the network boundary): the platform operator
 * searches the MSPs, acts within one (the banner says which), and returns to the platform view.
 */

type Op = { operationName?: string; variables?: Record<string, unknown> };
const calls: Op[] = [];
const platformMembership = {
  id: "membership-p",
  kind: "PLATFORM",
  role: "PLATFORM_OPERATOR",
  mspName: null,
  customerName: null,
  isActive: true,
};
const msps = [
  { id: "msp-n", name: "Northwind IT", slug: "northwind", status: "ACTIVE" },
  { id: "msp-c", name: "Contoso Managed", slug: "contoso", status: "ACTIVE" },
];
let actingAs: (typeof msps)[number] | null = null;

const answers: Record<string, (op: Op) => unknown> = {
  Me: () => ({
    data: {
      me: {
        kind: actingAs ? "MSP_ADMIN" : "PLATFORM_OPERATOR",
        email: "op@platform.example",
        mspId: actingAs?.id ?? null,
        customerId: null,
        capabilities: ["READ", "OPERATE", "ADMIN"],
        apiKeyName: null,
        actingAsMsp: actingAs && { id: actingAs.id, name: actingAs.name },
        memberships: [{ ...platformMembership, isActive: !actingAs }],
      },
    },
  }),
  MspPicker: (op) => {
    const search = String(op.variables?.search ?? "").toLowerCase();
    const found = msps.filter((m) => m.name.toLowerCase().includes(search));
    return { data: { msps: { totalCount: found.length, edges: found.map((node) => ({ node })) } } };
  },
  SwitchViewer: (op) => {
    const input = op.variables?.input as { mspId?: string; membershipId?: string };
    actingAs = input.mspId ? (msps.find((m) => m.id === input.mspId) ?? null) : null;
    return {
      data: { switchViewer: { __typename: "Viewer", kind: actingAs ? "MSP_ADMIN" : "PLATFORM_OPERATOR" } },
    };
  },
};

vi.stubGlobal(
  "fetch",
  vi.fn(async (url: string, init: RequestInit) => {
    // urql sends queries as GET (within the URL length limit), mutations as POST.
    const params = new URL(url, "http://x").searchParams;
    const op = (
      init.body
        ? JSON.parse(String(init.body))
        : { operationName: params.get("operationName"), variables: JSON.parse(params.get("variables") ?? "{}") }
    ) as Op;
    calls.push(op);
    const answer = answers[op.operationName ?? ""]?.(op) ?? { data: null, errors: [{ message: "unexpected" }] };
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  }),
);

afterEach(() => {
  cleanup();
  calls.length = 0;
});

async function renderSwitcher() {
  const { default: ViewerSwitcher, ActingBanner } = await import("./ViewerSwitcher.js");
  const { default: AppProviders } = await import("../app/AppProviders.js");
  // The app's own connection and session: everything is rebuilt under the new client after a switch.
  return render(() => (
    <AppProviders>
      <ViewerSwitcher />
      <ActingBanner />
    </AppProviders>
  ));
}

/** Room for a busy machine (two cores shared by several test runs). */
const slow = { timeout: 5_000 };
const switches = () => calls.filter((c) => c.operationName === "SwitchViewer").map((c) => c.variables?.input);

describe("viewer switcher", () => {
  it("lets the platform operator search the MSPs, act within one, and return to the platform view", async () => {
    await renderSwitcher();
    fireEvent.click(await screen.findByRole("button", { name: "View as MSP…" }));
    // The dialog is loaded on first use; transforming it on a busy machine can take a while.
    const search = await screen.findByLabelText("Search MSPs", {}, { timeout: 15_000 });
    fireEvent.input(search, { target: { value: "north" } });
    await waitFor(() => {
      expect(screen.getByRole("button", { name: /Northwind IT/ })).toBeTruthy();
      expect(screen.queryByText("Contoso Managed")).toBeNull();
    }, slow);
    fireEvent.click(screen.getByRole("button", { name: /Northwind IT/ }));

    const banner = await screen.findByText(/Viewing as/, {}, slow);
    expect(banner.textContent).toContain("Northwind IT");
    expect(switches()).toEqual([{ mspId: "msp-n" }]);
    // Acting within an MSP: no MSP list to pick from, the select shows the MSP and offers the way back.
    expect(screen.queryByRole("button", { name: "View as MSP…" })).toBeNull();
    const select = screen.getByLabelText("Acting as") as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe("Northwind IT · as operator");

    fireEvent.click(screen.getByRole("button", { name: "Platform view" }));
    await waitFor(() => expect(screen.queryByText(/Viewing as/)).toBeNull(), slow);
    expect(switches()).toEqual([{ mspId: "msp-n" }, { membershipId: "membership-p" }]);
    expect(await screen.findByRole("button", { name: "View as MSP…" })).toBeTruthy();
  });
});
