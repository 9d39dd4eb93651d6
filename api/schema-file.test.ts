import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { printSdl } from "../schema/print.js";

it("schema.graphql matches the schema the code builds (run `npm run schema:print` when this fails)", () => {
  expect(readFileSync("schema.graphql", "utf8")).toBe(printSdl());
});
