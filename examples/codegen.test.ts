import { readdirSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen.js";

/**
 * The committed typed documents (`web/src/gql/`, `examples/gql/`, `test/gql/`) are what `npm run codegen`
 * makes from the committed `schema.graphql` and today's documents: a stale file would type a
 * query the server no longer answers that way.
 */

describe("codegen output", () => {
  it("is committed exactly as codegen generates it from schema.graphql, with no leftover files", async () => {
    // `false`: return the files instead of writing them.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: process.cwd(), silent: true },
      false,
    );
    const dirs = Object.keys(config.generates).map((dir) => normalize(dir));
    expect(dirs.sort()).toEqual(["examples/gql/", "test/gql/", "web/src/gql/"]);

    const generated = new Map(outputs.map((o) => [normalize(o.filename), o.content]));
    for (const [file, content] of generated) {
      expect(readFileSync(file, "utf8"), `${file} is stale: run npm run codegen`).toBe(content);
    }
    const onDisk = dirs.flatMap((dir) => readdirSync(dir).map((name) => normalize(join(dir, name))));
    expect(onDisk.sort()).toEqual([...generated.keys()].sort());
  });
});
