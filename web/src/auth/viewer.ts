import type { MembershipRole, MeQuery } from "../gql/graphql.js";

/**
 * Who is signed in, as `me` answers (auth/session.ts), and what that person is: plain functions
 * of the viewer, so each area's permission checks (accounts/access.ts, customers/permissions.ts,
 * devices/manage/access.ts) read the same way and a test hands them any viewer it likes.
 */

export type Viewer = MeQuery["me"];
export type Membership = Viewer["memberships"][number];

/** Undefined while `me` loads; null once it answered that no one is signed in. */
export type MaybeViewer = Viewer | null | undefined;

/** Whether the viewer works for a whole MSP (staff pages: customers, keys, servers). */
export function isMspStaff(viewer: MaybeViewer): boolean {
  const kind = viewer?.kind;
  return kind === "PLATFORM_OPERATOR" || kind === "MSP_ADMIN" || kind === "MSP_OPERATOR";
}

/** Whether the person is a platform operator (who may also act within any one MSP: `actingAsMsp`). */
export function isOperator(viewer: MaybeViewer): boolean {
  return viewer?.memberships.some((m) => m.kind === "PLATFORM") ?? false;
}

const roleLabels: Record<MembershipRole, string> = {
  PLATFORM_OPERATOR: "Platform operator",
  MSP_ADMIN: "Admin",
  MSP_OPERATOR: "Operator",
  CUSTOMER_OWNER: "Owner",
  CUSTOMER_VIEWER: "Viewer",
};

/** How a membership reads in the viewer switcher: "Northwind IT · Admin", "Bluebird Bakery (Northwind IT) · Owner". */
export function membershipLabel(m: Membership): string {
  if (m.kind === "PLATFORM") return "Platform view (all MSPs)";
  const where =
    m.kind === "CUSTOMER" ? `${m.customerName ?? "Customer"} (${m.mspName ?? "MSP"})` : (m.mspName ?? "MSP");
  return `${where} · ${roleLabels[m.role]}`;
}
