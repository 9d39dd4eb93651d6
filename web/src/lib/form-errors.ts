import { graphql } from "../gql/index.js";

/**
 * What a mutation's result says to a form. Results are unions: the payload, or a typed error
 * (`UserError` with `message`; `InvalidInputError` adds per-field messages whose `path` is
 * `["input", "<field>"]`). Each field's message goes beside its input (keyed by the path's last
 * segment); fields the form does not show, and errors without fields, go on top of the form.
 * Transport and GraphQL errors (FORBIDDEN, a network failure) are not union members: they come as
 * the result's `error`.
 */

/**
 * What every mutation selects of its typed errors, spread beside its payload
 * (`...MutationErrorFields`): any error's message, and an InvalidInputError's per-field messages,
 * the shape `errorsOf` reads. Every error type implements `UserError`.
 */
graphql(`
  fragment MutationErrorFields on UserError {
    message
    ... on InvalidInputError {
      fieldErrors {
        path
        message
      }
    }
  }
`);

export type FieldErrorItem = { path: readonly string[]; message: string };

export type FormErrors<Field extends string = string> = {
  /** Messages by form field. */
  fields: Partial<Record<Field, string>>;
  /** A message for the whole form (a conflict, a forbidden action, a field the form lacks). */
  form: string | null;
};

export const noErrors: FormErrors<never> = { fields: {}, form: null };

const somethingWrong = "Something went wrong. Try again.";

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

/** A result union's error member as the form shows it. */
export function formErrorsOf<Field extends string>(
  error: { message?: string; fieldErrors?: readonly FieldErrorItem[] },
  fields: readonly Field[] = [],
): FormErrors<Field> {
  return mapFieldErrors(error.fieldErrors ?? [], fields, error.message ?? somethingWrong);
}

interface RequestError {
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: Error;
}

export function isForbidden(error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined) {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
}

/** A transport or GraphQL error as one message; FORBIDDEN reads as such. */
export function requestErrorMessage(error: RequestError): string {
  if (error.networkError) return "Partner Hub cannot be reached. Check your connection.";
  if (isForbidden(error)) return "You are not allowed to do this.";
  return error.graphQLErrors[0]?.message ?? somethingWrong;
}

/** A result union member as the documents ask for it. */
export type ResultPayload =
  | { __typename?: string; message?: string; fieldErrors?: readonly FieldErrorItem[] }
  | null
  | undefined;

/** Null when the mutation succeeded (the payload is the type `ok`); otherwise what the form shows. */
export function errorsOf<Field extends string>(
  result: { error?: RequestError | undefined },
  payload: ResultPayload,
  ok: string,
  fields: readonly Field[] = [],
): FormErrors<Field> | null {
  if (result.error) return { fields: {}, form: requestErrorMessage(result.error) };
  if (!payload) return { fields: {}, form: somethingWrong };
  if (payload.__typename === ok) return null;
  return formErrorsOf(payload, fields);
}
