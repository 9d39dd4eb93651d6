/** The typed Comet Server boundary: HTTP API client, live event stream, models, errors, constants. */
export * from "./client.js";
export * from "./client-dispatcher.js";
export * from "./constants.js";
export * from "./errors.js";
export * from "./event-stream.js";
export * from "./models.js";
export * from "./time.js";
