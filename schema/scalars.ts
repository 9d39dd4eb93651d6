import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "./builder.js";

/**
 * Scalars shared by every domain. Byte counts and sequences are 64-bit, beyond a JSON number's
 * exact range, so they travel as decimal strings.
 */

builder.scalarType("BigInt", {
  description: "A 64-bit integer (byte counts, sequences) as a decimal string, exact beyond 2^53.",
  serialize: (value) => String(value),
  parseValue: (value) => parseBigInt(value),
  parseLiteral: (ast) => parseBigInt(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});

builder.scalarType("DateTime", {
  description: "An instant in UTC, as an ISO 8601 string (e.g. `2026-11-21T19:30:00.000Z`).",
  serialize: (value) => (value instanceof Date ? value : new Date(value)).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("JSON", {
  description: "Arbitrary JSON (objects, arrays, strings, numbers, booleans, null).",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => jsonLiteral(ast),
});

function parseBigInt(value: unknown): bigint {
  if ((typeof value === "string" && /^-?\d+$/.test(value)) || (typeof value === "number" && Number.isInteger(value))) {
    return BigInt(value);
  }
  throw new GraphQLError("BigInt must be an integer, written as a decimal string");
}

function parseDate(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
  return date;
}

function jsonLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(jsonLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonLiteral(f.value)]));
    case Kind.VARIABLE:
      throw new GraphQLError("JSON literals cannot contain variables");
  }
}
