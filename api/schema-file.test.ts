import { readFileSync } from "node:fs";
import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { expect, it } from "vitest";
import { printSdl } from "../cli/print-schema.js";
import { schema } from "../schema/index.js";

it("schema.graphql matches the schema the code builds (run `npm run schema:print` when this fails)", () => {
  expect(readFileSync("schema.graphql", "utf8")).toBe(printSdl());
});

/** Integrators read GraphiQL: everything they can see carries a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of "args" in field ? field.args : []) {
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

it("describes every type, field, argument and enum value", () => {
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__") && !isSpecifiedScalarType(t));
  expect(types.flatMap(undescribed)).toEqual([]);
});
