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
import "./devices/device-fleet.js";
import "./jobs/queries.js";
import "./items/queries.js";
import "./vaults/queries.js";
import "./servers/server.js";
import "./servers/mutations.js";
import "./msps/msp.js";
import "./msps/settings.js";
import "./customers/customer.js";
import "./customers/queries.js";
import "./customers/mutations.js";
import "./accounts/account.js";
import "./accounts/queries.js";
import "./accounts/link.js";
import "./auth/viewer.js";
import "./auth/login.js";
import "./auth/api-keys.js";
import "./users/index.js";
import "./live/job-events.js";
import "./live/device-events.js";
import "./live/action-events.js";
import "./dashboard/index.js";
import "./actions/index.js";
import "./provisioning/index.js";

export type { Context } from "./builder.js";
export const schema = builder.toSchema();
