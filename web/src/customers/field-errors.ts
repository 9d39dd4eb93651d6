/**
 * What a mutation's result union says to a form: the API answers problems as data
 * (`UserError` members), with per-field messages on `InvalidInputError` whose `path` is
 * `["input", "<field>"]`. Fields the form does not show fall back to the form-wide message.
 */

export type FieldErrorItem = { path: readonly string[]; message: string };

export type FormErrors<Field extends string> = {
  /** Messages by form field. */
  fields: Partial<Record<Field, string>>;
  /** A message for the whole form (a conflict, a forbidden action, a field the form lacks). */
  form: string | null;
};

/** Maps an InvalidInputError's field errors to the form's fields (by the path's last segment). */
export function mapFieldErrors<Field extends string>(
  fieldErrors: readonly FieldErrorItem[],
  fields: readonly Field[],
  fallback = "Check the form and try again.",
): FormErrors<Field> {
  const known = new Set<string>(fields);
  const out: Partial<Record<Field, string>> = {};
  const rest: string[] = [];
  for (const error of fieldErrors) {
    const name = error.path.at(-1);
    if (name !== undefined && known.has(name)) {
      const field = name as Field;
      out[field] = out[field] ? `${out[field]}; ${error.message}` : error.message;
    } else rest.push(error.message);
  }
  const form = rest.length > 0 ? rest.join("; ") : Object.keys(out).length === 0 ? fallback : null;
  return { fields: out, form };
}

/** A result union member as the documents here ask for it. */
export type ResultPayload =
  | { __typename?: string; message?: string; fieldErrors?: readonly FieldErrorItem[] }
  | null
  | undefined;

/**
 * Null when the payload is the success type `ok`; otherwise the errors to show. Transport or
 * GraphQL errors (FORBIDDEN for an operator) arrive as `error`.
 */
export function errorsOf<Field extends string>(
  result: {
    error?:
      | { graphQLErrors: { extensions?: Record<string, unknown>; message: string }[]; networkError?: Error }
      | undefined;
  },
  payload: ResultPayload,
  ok: string,
  fields: readonly Field[] = [],
): FormErrors<Field> | null {
  if (result.error) {
    const code = result.error.graphQLErrors[0]?.extensions?.code;
    if (code === "FORBIDDEN") return { fields: {}, form: "You may not change this; ask an MSP admin." };
    if (result.error.networkError) return { fields: {}, form: "Partner Hub cannot be reached. Try again." };
    return { fields: {}, form: result.error.graphQLErrors[0]?.message ?? "Something went wrong. Try again." };
  }
  if (!payload) return { fields: {}, form: "Something went wrong. Try again." };
  if (payload.__typename === ok) return null;
  if (payload.fieldErrors) return mapFieldErrors(payload.fieldErrors, fields, payload.message);
  return { fields: {}, form: payload.message ?? "Something went wrong. Try again." };
}
