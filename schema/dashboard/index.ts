/** The dashboard domain: figures, per-device timeline and history, incidents, snoozes and incident events. */
import "./dashboard.js";
import "./device-fields.js";
import "./incidents.js";
import "./snooze.js";
import "./incident-events.js";
