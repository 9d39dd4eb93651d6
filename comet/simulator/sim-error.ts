/**
 * A failure the simulated server reports with a CometAPIResponseMessage envelope
 * `{Status, Message}`. Which HTTP status carries it depends on SimulatorOptions.failureMode.
 */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new SimError(404, `${what} not found`);
export const badRequest = (message: string) => new SimError(400, message);
