import type { MaybeViewer } from "../auth/viewer.js";

/**
 * Who may change customers, their accounts and their people: MSP admins and the platform
 * operator (the API's `mspAdmin` scope, or an API key with ADMIN). MSP operators read only;
 * the API answers FORBIDDEN to them anyway, so the buttons are hidden rather than failing.
 */
export const canManageCustomers = (v: MaybeViewer) => {
  if (!v) return false;
  return v.kind === "MSP_ADMIN" || v.kind === "PLATFORM_OPERATOR" || (v.capabilities ?? []).includes("ADMIN");
};
