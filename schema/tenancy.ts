import { GraphQLError } from "graphql";
import type { Prisma, PrismaClient } from "../prisma/db.js";
import type { ApiKeyCapability, CustomerRole, MspRole } from "../prisma/generated/prisma/enums.js";

/**
 * THE module for tenant scoping. Every mirrored Comet row carries `mspId` and `customerId`
 * (denormalised from its account), so a viewer's whole visibility is one `where` fragment that
 * resolvers spread into their Prisma query. A resolver never loads tenant data by a bare id:
 * "not yours" must look exactly like "not found".
 */

/** A person signed in through a session (cookie or bearer token). */
type UserViewer = { userId: string; email: string; sessionId: string };

export type Viewer =
  | ({ kind: "platform" } & UserViewer)
  /**
   * `actingAsOperator`: a platform operator acting within this one MSP (`switchViewer` with `mspId`),
   * scoped exactly like its MSP admin by every fragment below; still the operator's own user.
   */
  | ({ kind: "msp"; mspId: string; role: MspRole; actingAsOperator?: boolean } & UserViewer)
  | ({ kind: "customer"; mspId: string; customerId: string; role: CustomerRole } & UserViewer)
  /** An integration's key: one MSP, or one customer of it when `customerId` is set. */
  | {
      kind: "apiKey";
      apiKeyId: string;
      name: string;
      mspId: string;
      customerId: string | null;
      capabilities: ApiKeyCapability[];
    };

/**
 * The single answer to "who are you?" failing; it says nothing about which part was wrong.
 * When too many attempts failed it adds `RATE_LIMITED` and when to try again, nothing more.
 */
export function unauthenticated(retryAfterSeconds?: number): GraphQLError {
  return new GraphQLError("invalid credentials", {
    extensions:
      retryAfterSeconds === undefined
        ? { code: "UNAUTHENTICATED", http: { status: 401 } }
        : {
            code: "RATE_LIMITED",
            retryAfterSeconds,
            http: { status: 429, headers: { "retry-after": String(retryAfterSeconds) } },
          },
  });
}

export function requireViewer(ctx: { viewer: Viewer | null; credentialsRetryAfter?: number | undefined }): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.credentialsRetryAfter);
  return ctx.viewer;
}

/** MSP admins of one MSP (or the platform operator, who may act on every MSP). */
export function requireMspAdmin(ctx: { viewer: Viewer | null }): Viewer & { kind: "platform" | "msp" } {
  const viewer = requireViewer(ctx);
  if (viewer.kind === "platform" || (viewer.kind === "msp" && viewer.role === "MSP_ADMIN")) return viewer;
  throw new GraphQLError("not allowed", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

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

export class TenancyError extends Error {
  override name = "TenancyError";
}

/**
 * Moves an account (and every row denormalised from it) to a customer of the same MSP, or back
 * to unassigned with `null`. One transaction: a reader never sees an account in one customer and
 * its devices or jobs in another. Authorization is the caller's job; this only keeps the invariant.
 */
export function assignAccountToCustomer(prisma: PrismaClient, accountId: string, customerId: string | null) {
  return assignAccountsToCustomer(prisma, [accountId], customerId);
}

/** The same for several accounts of one MSP at once (bulk assignment; a constant number of queries). */
export async function assignAccountsToCustomer(
  prisma: PrismaClient,
  accountIds: string[],
  customerId: string | null,
): Promise<{ accounts: number; devices: number; items: number; vaults: number; jobs: number }> {
  return prisma.$transaction(async (tx) => {
    const accounts = await tx.cometAccount.findMany({ where: { id: { in: accountIds } }, select: { mspId: true } });
    const mspIds = new Set(accounts.map((a) => a.mspId));
    if (accounts.length !== new Set(accountIds).size) throw new TenancyError("some accounts do not exist");
    if (mspIds.size > 1) throw new TenancyError("accounts of different MSPs cannot move together");
    if (customerId) {
      const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { mspId: true } });
      if (!customer || !mspIds.has(customer.mspId)) {
        throw new TenancyError(`customer ${customerId} does not belong to the accounts' MSP`);
      }
    }
    const byAccount = { where: { accountId: { in: accountIds } }, data: { customerId } };
    const moved = await tx.cometAccount.updateMany({ where: { id: { in: accountIds } }, data: { customerId } });
    const devices = await tx.device.updateMany(byAccount);
    const items = await tx.protectedItem.updateMany(byAccount);
    const vaults = await tx.storageVault.updateMany(byAccount);
    const jobs = await tx.job.updateMany(byAccount);
    // Snoozes follow their device so a customer keeps seeing (only) its own silenced incidents.
    const deviceIds = await tx.device.findMany({ where: { accountId: { in: accountIds } }, select: { id: true } });
    await tx.incidentSnooze.updateMany({
      where: { deviceId: { in: deviceIds.map((d) => d.id) } },
      data: { customerId },
    });
    return {
      accounts: moved.count,
      devices: devices.count,
      items: items.count,
      vaults: vaults.count,
      jobs: jobs.count,
    };
  });
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
