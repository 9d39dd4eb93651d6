/**
 * Typed failures of the Comet client. Callers branch on the class: auth problems need an operator,
 * network problems are retried, API errors carry the server's own Status/Message.
 * No error ever carries the request body, so the admin password cannot leak through messages or logs.
 */

export class CometError extends Error {
  /** API path (e.g. "api/v1/admin/list-users") or the stream URL; never contains credentials. */
  readonly endpoint: string;

  constructor(message: string, endpoint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.endpoint = endpoint;
  }
}

/** Credentials rejected (wrong password, TOTP required, session expired). Retrying will not help. */
export class CometAuthError extends CometError {
  readonly status: number;

  constructor(status: number, message: string, endpoint: string) {
    super(message, endpoint);
    this.status = status;
  }
}

/**
 * The server could not be reached or did not answer in time. `httpStatus` is set when the status line was
 * 502/503/504 (a proxy in front of a stopped Comet, or the simulator's down switch): retry later.
 */
export class CometNetworkError extends CometError {
  readonly isTimeout: boolean;
  readonly httpStatus: number | undefined;

  constructor(
    message: string,
    endpoint: string,
    opts: { isTimeout?: boolean; httpStatus?: number; cause?: unknown } = {},
  ) {
    super(message, endpoint, { cause: opts.cause });
    this.isTimeout = opts.isTimeout ?? false;
    this.httpStatus = opts.httpStatus;
  }
}

/** The server answered with a failure: `status` and `message` come from the CometAPIResponseMessage envelope. */
export class CometApiError extends CometError {
  readonly status: number;

  constructor(status: number, message: string, endpoint: string) {
    super(message, endpoint);
    this.status = status;
  }
}

/**
 * A hash-checked write (set-user-profile-hash, policies/set with CheckPolicyHash) lost a race with another
 * edit. Re-read, re-apply and retry. Not a subclass of CometApiError so a generic API-error branch cannot
 * swallow it by accident.
 */
export class CometProfileHashConflictError extends CometError {
  readonly status: number;

  constructor(status: number, message: string, endpoint: string) {
    super(message, endpoint);
    this.status = status;
  }
}

/** The response was not the documented shape (not JSON, or failed the zod model). `issues` is zod's summary. */
export class CometResponseFormatError extends CometError {
  readonly issues: string;

  constructor(message: string, endpoint: string, issues: string) {
    super(`${message}: ${issues}`, endpoint);
    this.issues = issues;
  }
}
