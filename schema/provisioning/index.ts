/** Comet account management and provisioning: password, quotas and package, lifecycle, policy groups. */
import "./types.js";
import "./reset-password.js";
import "./update-quotas.js";
import "./refresh.js";
import "./suspend.js";
import "./terminate.js";
import "./create-account.js";
import "./policy-groups.js";
import "./storage-providers.js";
import "./targets.js";
