/**
 * Mutation results are unions: a payload, or a typed error (`UserError` with `message`;
 * `InvalidInputError` adds per-field messages). This turns an error member into what a form shows:
 * one message on top, and each field's message beside its input (keyed by the path's last part).
 */
export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

export const noErrors: FormErrors = { message: null, fields: {} };

export function formErrorsOf(
  error: { message?: string; fieldErrors?: readonly { path: readonly string[]; message: string }[] },
  formFields: readonly string[] = [],
): FormErrors {
  const fields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const fe of error.fieldErrors ?? []) {
    const key = fe.path.at(-1);
    if (key && formFields.includes(key)) {
      if (!(key in fields)) fields[key] = fe.message;
    } else elsewhere.push(fe.message);
  }
  // Every problem shown beside its field: no summary on top; otherwise the rest goes on top.
  const hasFieldErrors = (error.fieldErrors?.length ?? 0) > 0;
  const message = hasFieldErrors
    ? elsewhere.length > 0
      ? elsewhere.join(" ")
      : null
    : (error.message ?? "Something went wrong. Try again.");
  return { message, fields };
}

/** A transport/GraphQL error (not a union member) as one message; FORBIDDEN reads as such. */
export function requestErrorMessage(error: {
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: Error;
}): string {
  if (error.networkError) return "Partner Hub cannot be reached. Check your connection.";
  const first = error.graphQLErrors[0];
  if (first?.extensions?.code === "FORBIDDEN") return "You are not allowed to do this.";
  return first?.message ?? "Something went wrong. Try again.";
}

export function isForbidden(error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined) {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
}
