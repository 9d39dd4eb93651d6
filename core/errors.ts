import type { StandardSchemaV1 } from "@pothos/plugin-validation";

/**
 * Expected failures as typed results (Pothos errors plugin). A mutation lists the classes it can
 * fail with in `errors: { types: [...] }`; throwing one returns that object in the field's result
 * union instead of a top-level GraphQL error, so clients handle it with a fragment. Every typed
 * error implements `UserError`, so `... on UserError { message }` covers errors added later.
 * Anything else thrown stays an error and is masked with a request id (api/errors.ts).
 * The classes live here, free of the builder (which maps validation failures to InvalidInputError);
 * their GraphQL types are registered in error-types.ts.
 *
 * "Not allowed" has two shapes, chosen by what the refusal depends on:
 * - the viewer alone (a role or capability the field's scopes require): the top-level `FORBIDDEN`
 *   error of `forbidden()` (core/auth/viewer.ts), raised by scope-auth before the resolver runs.
 *   Resolvers never re-check it; behind `t.withAuth` the viewer is already narrowed.
 * - this particular change (the MSP's settings for this kind of action, the target of an
 *   invitation, the platform operator creating a key without an MSP of its own): a `ForbiddenError`
 *   result, only from mutations whose result union lists it.
 * "Not yours" is neither: it is `NotFoundError`, exactly like "does not exist". A domain service's
 * invariant (an account move across MSPs) fails with one of these classes too, so it reaches the
 * client as a result the mutation declares, never as a masked "Unexpected error".
 */

/** One wrong input field: where it is (`["input", "name"]`) and what is wrong with it. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** Input that fails validation (zod through the validation plugin, or a check in a resolver). Nothing was changed. */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  constructor(
    message: string,
    readonly fieldErrors: FieldIssue[] = [],
  ) {
    super(message);
  }

  /** One field is wrong: `InvalidInputError.field(["input", "name"], "must be 1-100 characters")`. */
  static field(path: string[], message: string) {
    return new InvalidInputError(`${path.join(".")}: ${message}`, [{ path, message }]);
  }

  static fromIssues(issues: readonly StandardSchemaV1.Issue[]) {
    const fieldErrors = issues.map((issue) => ({
      path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)),
      message: issue.message,
    }));
    const summary = fieldErrors.map((e) => (e.path.length ? `${e.path.join(".")}: ${e.message}` : e.message));
    return new InvalidInputError(summary.join("; ") || "invalid input", fieldErrors);
  }
}

/** The object does not exist or is not the viewer's; the two are indistinguishable on purpose. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(readonly objectType: string) {
    super(`${objectType} not found`);
  }
}

/** The change conflicts with the current state (a duplicate name, a concurrent edit, a used invitation...). */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/**
 * The viewer passes the field's scopes and may see the object, but a rule about this change refuses
 * it. A missing role or capability is the `FORBIDDEN` error instead (see above).
 */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(message = "not allowed") {
    super(message);
  }
}

/** A Comet server refused or could not be reached while carrying out the change; nothing was saved. */
export class CometServerError extends Error {
  override name = "CometServerError";
}

/**
 * The action needs the device's live connection and the device is not connected. Ask again with
 * `queue` to have it sent when the device connects. Nothing was sent to Comet.
 */
export class DeviceOfflineError extends Error {
  override name = "DeviceOfflineError";
  constructor(
    readonly deviceName: string,
    readonly lastSeenAt: Date | null,
  ) {
    super(`${deviceName || "The device"} is offline; queue the action to run it when the device connects`);
  }
}

/** An idempotency key was used before with a different input (or mutation). Nothing was done. */
export class IdempotencyConflictError extends ConflictError {
  override name = "IdempotencyConflictError";
}
