import { toaster } from "@kobalte/core/toast";
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { Client, type Exchange, makeResult, type Operation } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it } from "vitest";
import { filter, map, pipe } from "wonka";
import type { DeviceActionKind } from "../../gql/graphql.js";
import { ToastRegion } from "../../lib/toast.js";
import JobControls from "./JobControls.js";

type Vars = { input: Record<string, unknown> };

function setup(allowed: DeviceActionKind[], answer: (name: string) => unknown) {
  const sent: { name: string; variables: Vars }[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== "teardown"),
      map((op: Operation) => {
        const name = (op.query.definitions[0] as { name?: { value: string } }).name?.value ?? "";
        sent.push({ name, variables: op.variables as Vars });
        return makeResult(op, { data: answer(name) as Record<string, unknown> | null });
      }),
    );
  render(() => (
    <Provider value={new Client({ url: "/graphql", exchanges: [exchange] })}>
      <JobControls jobId="job-1" deviceName="Laptop-7" allowed={allowed} />
      <ToastRegion />
    </Provider>
  ));
  return sent;
}

const action = (kind: DeviceActionKind) => ({
  __typename: "DeviceAction",
  id: "a1",
  kind,
  kindLabel: kind,
  status: "SUCCEEDED",
  summary: "Cancel the running backup",
  isFinal: true,
  createdAt: new Date().toISOString(),
  expiresAt: null,
  errorMessage: null,
});

afterEach(() => {
  cleanup();
  toaster.clear();
});

describe("JobControls", () => {
  it("shows only the job actions the viewer may take", () => {
    setup(["CANCEL_JOB"], () => null);
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Abandon/ })).toBeNull();
  });

  it("cancels a running job with an idempotency key and toasts it", async () => {
    const sent = setup(["CANCEL_JOB", "ABANDON_JOB"], () => ({ cancelJob: action("CANCEL_JOB") }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("Cancel sent to Laptop-7");
    expect(sent[0]?.name).toBe("ManageCancelJob");
    expect(sent[0]?.variables.input).toMatchObject({ jobId: "job-1", idempotencyKey: expect.any(String) });
  });

  it("abandons only after confirmation and shows a typed error", async () => {
    const sent = setup(["ABANDON_JOB"], () => ({
      abandonJob: { __typename: "ConflictError", message: "The job is not running (it ended SUCCESS)." },
    }));
    fireEvent.click(screen.getByRole("button", { name: "Abandon…" }));
    const dialog = await screen.findByRole("dialog", { name: "Abandon this job?" });
    expect(sent).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "Abandon job" }));
    await screen.findByText("Job not abandoned");
    expect(screen.getByText("The job is not running (it ended SUCCESS).")).toBeTruthy();
    expect(sent.map((s) => s.name)).toEqual(["ManageAbandonJob"]);
  });
});
