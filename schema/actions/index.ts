/** Device actions: the DeviceAction node and one file per action mutation. */
import "./device-action.js";
import "./run-backup.js";
import "./restore-methods.js";
import "./restore-browse.js";
import "./restore-run.js";
import "./software.js";
import "./revoke-device.js";
import "./vault-actions.js";
import "./job-actions.js";
import "./action-queries.js";
import "./allowed-actions.js";
import "./bulk-operation.js";
import "./bulk-preview.js";
import "./bulk-start.js";
import "./cancel-action.js";
