import type { ApiKeyCapability } from "../../prisma/generated/prisma/enums.js";
import type { Viewer } from "./viewer.js";

/** What kind of caller a viewer is and what it may do; shared by `me` and the auth scopes. */

export function kindOf(viewer: Viewer) {
  switch (viewer.kind) {
    case "platform":
      return "PLATFORM_OPERATOR" as const;
    case "msp":
    case "customer":
      return viewer.role;
    case "apiKey":
      return "API_KEY" as const;
  }
}

/** A person's capabilities follow from their role; a key's were chosen when it was created. */
export function capabilitiesOf(viewer: Viewer): ApiKeyCapability[] {
  if (viewer.kind === "apiKey") return viewer.capabilities;
  const kind = kindOf(viewer);
  if (kind === "PLATFORM_OPERATOR" || kind === "MSP_ADMIN") return ["READ", "OPERATE", "ADMIN"];
  if (kind === "MSP_OPERATOR" || kind === "CUSTOMER_OWNER") return ["READ", "OPERATE"];
  return ["READ"];
}
