import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../schema/index.js";
import { graphiqlExamples } from "./graphiql.js";

/** GraphiQL's example tabs are what integrators try first: each must stay a valid operation. */

describe("GraphiQL examples", () => {
  it.each(graphiqlExamples.map((tab) => [tab.query.match(/^(query|mutation|subscription) \w+/m)?.[0], tab]))(
    "%s is valid against the schema",
    (_name, tab) => {
      expect(validate(schema, parse(tab.query))).toEqual([]);
      if ("variables" in tab && tab.variables) expect(() => JSON.parse(tab.variables)).not.toThrow();
    },
  );
});
