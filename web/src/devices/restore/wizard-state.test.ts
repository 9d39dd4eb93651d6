import { describe, expect, it } from "vitest";
import { type Choices, emptyChoices, placeFieldErrors, restoreInput, stepProblems } from "./wizard-state.js";

const files = {
  methods: ["RESTORE_FILES", "COMPRESSED_ARCHIVE", "SIMULATE"] as const,
  offline: false,
  noSnapshots: false,
};
const choices = (patch: Partial<Choices>): Choices => ({ ...emptyChoices(), vaultId: "v1", itemId: "i1", ...patch });

describe("restore wizard rules", () => {
  it("requires a destination for every method but simulate", () => {
    expect(stepProblems(2, choices({ method: "RESTORE_FILES" }), files)).toHaveProperty("destinationPath");
    expect(stepProblems(2, choices({ method: "COMPRESSED_ARCHIVE", destinationPath: "  " }), files)).toHaveProperty(
      "destinationPath",
    );
    expect(stepProblems(2, choices({ method: "SIMULATE" }), files)).toEqual({});
    expect(stepProblems(2, choices({ method: "RESTORE_FILES", destinationPath: "C:\\Restore" }), files)).toEqual({});
  });

  it("refuses a method the item's engine does not offer and an item with none", () => {
    const diskImage = { ...files, methods: ["RESTORE_FILES"] as const };
    expect(stepProblems(2, choices({ method: "SIMULATE" }), diskImage)).toHaveProperty("method");
    expect(stepProblems(1, choices({}), { ...files, methods: [] })).toHaveProperty("protectedItem");
  });

  it("offline, allows only all items and only queued", () => {
    const offline = { ...files, offline: true };
    expect(stepProblems(3, choices({ method: "SIMULATE" }), offline)).toHaveProperty("queue");
    expect(stepProblems(3, choices({ scope: "SELECTED", paths: ["/a"], queue: true }), offline)).toHaveProperty(
      "paths",
    );
    expect(stepProblems(3, choices({ queue: true }), offline)).toEqual({});
  });

  it("sends only the fields that apply to the method", () => {
    const archive = restoreInput(
      "d1",
      choices({
        method: "COMPRESSED_ARCHIVE",
        destinationPath: " /tmp/out ",
        archiveFormat: "TARGZ",
        overwrite: "ALWAYS",
      }),
      "k1",
    );
    expect(archive).toEqual({
      deviceId: "d1",
      storageVaultId: "v1",
      protectedItemId: "i1",
      method: "COMPRESSED_ARCHIVE",
      destinationPath: "/tmp/out",
      archiveFormat: "TARGZ",
      idempotencyKey: "k1",
    });
    const simulate = restoreInput(
      "d1",
      choices({ method: "SIMULATE", destinationPath: "/x", latestSnapshotId: "s9" }),
      "k1",
    );
    expect(simulate).toEqual({
      deviceId: "d1",
      storageVaultId: "v1",
      protectedItemId: "i1",
      method: "SIMULATE",
      snapshotId: "s9",
      idempotencyKey: "k1",
    });
  });

  it("places the API's field errors on their steps", () => {
    const placed = placeFieldErrors([
      { path: ["input", "paths", "1"], message: "must be a path" },
      { path: ["input", "destinationPath"], message: "is required" },
      { path: ["input", "deviceId"], message: "no such device" },
    ]);
    expect(placed).toEqual({
      fields: { paths: "must be a path", destinationPath: "is required" },
      form: "no such device",
      step: 2,
    });
  });
});
