import { writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema/index.js";

/** The SDL the web client's codegen reads; committed, and a test fails when it is stale. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync("schema.graphql", printSdl());
  console.log("wrote schema.graphql");
}
