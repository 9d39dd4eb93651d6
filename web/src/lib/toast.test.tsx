import { toaster } from "@kobalte/core/toast";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { notify, ToastRegion } from "./toast.js";

afterEach(() => {
  toaster.clear();
  cleanup();
});

describe("notify", () => {
  it("shows the title and description without an action button when none is given", async () => {
    render(() => <ToastRegion />);
    notify("success", "Backup started", "Laptop-7 is backing up Documents.");
    await screen.findByText("Backup started");
    expect(screen.getByText("Laptop-7 is backing up Documents.")).toBeTruthy();
    expect(screen.getAllByRole("button").map((b) => b.getAttribute("aria-label") ?? b.textContent)).toEqual([
      "Dismiss",
    ]);
  });

  it("runs an action's handler once and dismisses its toast", async () => {
    render(() => <ToastRegion />);
    const onClick = vi.fn();
    notify("error", "Laptop-7 is offline", "It went offline 1 minute ago.", { label: "Queue until online", onClick });
    fireEvent.click(await screen.findByRole("button", { name: "Queue until online" }));
    expect(onClick).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText("Laptop-7 is offline")).toBeNull());
  });
});
