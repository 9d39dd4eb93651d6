/**
 * The GraphQL schema: imports only. Each domain registers its types and fields on the builder;
 * importing a folder here is what puts it in the schema.
 */
import { builder } from "./builder.js";
import "./scalars.js";
import "./error-types.js";
import "./jobs/status.js";
import "./devices/device.js";
import "./devices/queries.js";
import "./servers/server.js";
import "./auth/viewer.js";
import "./auth/login.js";
import "./auth/api-keys.js";
import "./live/job-events.js";
import "./live/device-events.js";

export type { Context } from "./builder.js";
export const schema = builder.toSchema();
