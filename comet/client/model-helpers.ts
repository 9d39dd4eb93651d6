import { z } from "zod";

/**
 * Building blocks for lenient Comet models. Real servers omit `omitempty` fields, serialise Go nil
 * slices/maps as `null` (comet-api.md §3.2, §9.3) and add fields in every release. So: unknown keys
 * are kept (profiles are written back with hash checks and must round-trip), missing/null scalars
 * become zero values, missing/null lists and maps become empty. A value of the wrong JSON type
 * (a string where a number belongs, an array where an object belongs) still fails: that response is
 * structurally wrong and the client reports CometResponseFormatError.
 */

const orZero =
  (zero: () => unknown) =>
  (v: unknown): unknown =>
    v ?? zero();

export const str = z.preprocess(
  orZero(() => ""),
  z.string(),
);
export const num = z.preprocess(
  orZero(() => 0),
  z.number(),
);
export const bool = z.preprocess(
  orZero(() => false),
  z.boolean(),
);

export function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    orZero(() => []),
    z.array(item),
  );
}

export function map<T extends z.ZodType>(item: T) {
  return z.preprocess(
    orZero(() => ({})),
    z.record(z.string(), item),
  );
}

/** A nested struct the server always sends: missing/null becomes the zero-valued struct. */
export function struct<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    orZero(() => ({})),
    schema,
  );
}

/** An `omitempty` nested struct: stays undefined when absent (null is treated as absent). */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => v ?? undefined, schema.optional());
}

export const strings = list(z.string());
