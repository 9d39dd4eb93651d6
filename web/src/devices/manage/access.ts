import type { MaybeViewer } from "../../auth/viewer.js";

/**
 * Whether the viewer may act on devices at all (MSP staff, customer owners, keys with OPERATE).
 * Rows load no per-device `allowedActions` (10,000 of them), so the Manage button follows the
 * role; inside the panel each device's `allowedActions` decides which actions show.
 */
export const canOperate = (viewer: MaybeViewer) => (viewer?.capabilities ?? []).includes("OPERATE");
