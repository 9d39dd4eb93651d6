import type { Prisma } from "../prisma/db.js";
import type { Viewer } from "./auth/viewer.js";

/**
 * THE module for tenant scoping. Every mirrored Comet row carries `mspId` and `customerId`
 * (denormalised from its account), so a viewer's whole visibility is one `where` fragment that
 * resolvers spread into their Prisma query. A resolver never loads tenant data by a bare id:
 * "not yours" must look exactly like "not found".
 */

/** Rows of the denormalised models (account, device, item, vault, job, live event) a viewer may see. */
export type TenantWhere = { mspId?: string; customerId?: string };

export function scopeWhere(viewer: Viewer): TenantWhere {
  switch (viewer.kind) {
    case "platform":
      return {};
    case "msp":
      return { mspId: viewer.mspId };
    case "customer":
      return { mspId: viewer.mspId, customerId: viewer.customerId };
    case "apiKey":
      return viewer.customerId ? { mspId: viewer.mspId, customerId: viewer.customerId } : { mspId: viewer.mspId };
  }
}

/**
 * MSPs a viewer may see: all for the operator, its own for everyone else.
 * This fragment (like `customerWhere`) constrains `id` itself: AND it with a lookup
 * (`{ id, AND: [mspWhere(v)] }`), never spread it next to `id`, or it replaces the id asked for.
 */
export function mspWhere(viewer: Viewer): { id?: string } {
  return viewer.kind === "platform" ? {} : { id: viewer.mspId };
}

/**
 * Customers a viewer may see: all for the operator, the MSP's for its staff and MSP-wide keys,
 * only its own for customer members and customer-scoped keys.
 */
export function customerWhere(viewer: Viewer): { mspId?: string; id?: string } {
  switch (viewer.kind) {
    case "platform":
      return {};
    case "msp":
      return { mspId: viewer.mspId };
    case "customer":
      return { mspId: viewer.mspId, id: viewer.customerId };
    case "apiKey":
      return viewer.customerId ? { mspId: viewer.mspId, id: viewer.customerId } : { mspId: viewer.mspId };
  }
}

/** API keys a viewer may list and revoke: its MSP's for an MSP admin, all for the operator, none otherwise. */
export function apiKeyWhere(viewer: Viewer): { mspId?: string | { in: string[] } } {
  if (viewer.kind === "platform") return {};
  if (viewer.kind === "msp" && viewer.role === "MSP_ADMIN") return { mspId: viewer.mspId };
  return { mspId: { in: [] } };
}

/**
 * Comet servers a viewer may see: all for the platform operator, the MSP's own servers for its
 * staff. A platform-shared server (mspId null) is platform infrastructure, so MSP staff do not see
 * it even when some of its organizations map to them; customers see no servers.
 */
export function serverWhere(viewer: Viewer): { mspId?: string | { in: string[] } } {
  switch (viewer.kind) {
    case "platform":
      return {};
    case "msp":
      return { mspId: viewer.mspId };
    case "customer":
      return { mspId: { in: [] } };
    case "apiKey":
      return viewer.customerId ? { mspId: { in: [] } } : { mspId: viewer.mspId };
  }
}

// ---------------------------------------------------------------------------------------------
// People: users, memberships and invitations. Managing people is for MSP admins (their MSP and
// its customers), customer owners (their own customer) and the platform operator (everything).
// Other roles and API keys see nobody, not even themselves (`me.memberships` covers that).
// ---------------------------------------------------------------------------------------------

const nobody = { id: { in: [] as string[] } };

/** People a viewer may list: those holding a membership the viewer may see. */
export function userWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (viewer.kind === "platform") return {};
  if (viewer.kind === "msp" && viewer.role === "MSP_ADMIN") {
    return {
      OR: [
        { mspMemberships: { some: { mspId: viewer.mspId } } },
        { customerMemberships: { some: { customer: { mspId: viewer.mspId } } } },
      ],
    };
  }
  if (viewer.kind === "customer" && viewer.role === "CUSTOMER_OWNER") {
    return { customerMemberships: { some: { customerId: viewer.customerId } } };
  }
  return nobody;
}

/** MSP memberships a viewer may see and change: its own MSP's for an MSP admin, all for the operator. */
export function mspMembershipWhere(viewer: Viewer): Prisma.MspMembershipWhereInput {
  if (viewer.kind === "platform") return {};
  if (viewer.kind === "msp" && viewer.role === "MSP_ADMIN") return { mspId: viewer.mspId };
  return nobody;
}

/** Customer memberships a viewer may see and change: its MSP's customers', or its own customer's for an owner. */
export function customerMembershipWhere(viewer: Viewer): Prisma.CustomerMembershipWhereInput {
  if (viewer.kind === "platform") return {};
  if (viewer.kind === "msp" && viewer.role === "MSP_ADMIN") return { customer: { mspId: viewer.mspId } };
  if (viewer.kind === "customer" && viewer.role === "CUSTOMER_OWNER") return { customerId: viewer.customerId };
  return nobody;
}

/**
 * Invitations a viewer may see and revoke: an MSP admin's MSP (MSP and customer invitations),
 * a customer owner's own customer, all for the operator.
 */
export function invitationWhere(viewer: Viewer): Prisma.InvitationWhereInput {
  if (viewer.kind === "platform") return {};
  if (viewer.kind === "msp" && viewer.role === "MSP_ADMIN") return { mspId: viewer.mspId };
  if (viewer.kind === "customer" && viewer.role === "CUSTOMER_OWNER") {
    return { mspId: viewer.mspId, customerId: viewer.customerId };
  }
  return nobody;
}
