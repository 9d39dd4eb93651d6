import { encodeGlobalID } from "@pothos/plugin-relay";
import { requireViewer, type Viewer } from "../../core/auth/viewer.js";
import { invitationWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder } from "../builder.js";
import { MembershipRoleRef } from "./membership.js";

/**
 * Invitations as their senders see them. The token is never readable: only its hash is stored,
 * and the link exists only in the email.
 */

const InvitationStatusRef = builder.enumType("InvitationStatus", {
  description: "Where an invitation stands.",
  values: {
    PENDING: { description: "Sent; the link works until `expiresAt`." },
    ACCEPTED: { description: "Accepted; the link no longer works." },
    REVOKED: { description: "Revoked, or replaced by a newer invitation to the same address." },
    EXPIRED: { description: "Not accepted in time." },
  } as const,
});

type InvitationState = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

export function invitationStatus(i: InvitationState, now = Date.now()) {
  if (i.acceptedAt) return "ACCEPTED" as const;
  if (i.revokedAt) return "REVOKED" as const;
  return i.expiresAt.getTime() <= now ? ("EXPIRED" as const) : ("PENDING" as const);
}

export const pendingInvitation = (): Prisma.InvitationWhereInput => ({
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: new Date() },
});

builder.prismaNode("Invitation", {
  id: { field: "id" },
  nullable: true,
  description: "An invitation to join an MSP or one of its customers, sent by email. Never shows the link.",
  findUnique: (id, ctx) => ({ id, AND: [invitationWhere(requireViewer(ctx))] }),
  fields: (t) => ({
    email: t.exposeString("email", { description: "The invited address, lower-cased." }),
    role: t.field({
      type: MembershipRoleRef,
      description: "The role the person gets on accepting.",
      select: { mspRole: true, customerRole: true },
      resolve: (i) => {
        const role = i.customerRole ?? i.mspRole;
        if (!role) throw new Error("invitation without a role");
        return role;
      },
    }),
    status: t.field({
      type: InvitationStatusRef,
      description: "Pending, accepted, revoked or expired.",
      select: { acceptedAt: true, revokedAt: true, expiresAt: true },
      resolve: (i) => invitationStatus(i),
    }),
    mspName: t.string({
      description: "The MSP the person is invited to (for a customer invitation, the customer's MSP).",
      select: { msp: { select: { name: true } } },
      resolve: (i) => i.msp.name,
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer for a customer invitation; null for an MSP invitation.",
      select: { customerId: true },
      resolve: (i) => (i.customerId ? encodeGlobalID("Customer", i.customerId) : null),
    }),
    customerName: t.string({
      nullable: true,
      description: "Name of the customer for a customer invitation; null for an MSP invitation.",
      select: { customer: { select: { name: true } } },
      resolve: (i) => i.customer?.name ?? null,
    }),
    invitedByEmail: t.string({
      nullable: true,
      description: "Email of the person who sent it; null once that person is deleted.",
      select: { invitedBy: { select: { email: true } } },
      resolve: (i) => i.invitedBy?.email ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the link stops working." }),
    acceptedAt: t.expose("acceptedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was accepted; null until then.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked or replaced; null otherwise.",
    }),
  }),
});

function invitationsWhere(viewer: Viewer, pendingOnly: boolean | null | undefined): Prisma.InvitationWhereInput {
  return pendingOnly ? { AND: [invitationWhere(viewer), pendingInvitation()] } : invitationWhere(viewer);
}

builder.queryField("invitations", (t) =>
  t.withAuth({ person: true }).prismaConnection(
    {
      type: "Invitation",
      cursor: "id",
      description:
        "Invitations you may manage, newest first: your MSP's (MSP admins), your customer's (customer owners), " +
        "all (platform operator). Empty for other roles.",
      extensions: { forwardPagination: true },
      args: {
        pendingOnly: t.arg.boolean({ description: "Only invitations whose link still works." }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.invitation.count({ where: invitationsWhere(ctx.viewer, args.pendingOnly) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.invitation.findMany({
          ...query,
          where: invitationsWhere(ctx.viewer, args.pendingOnly),
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        }),
    },
    { description: "A page of invitations." },
    { description: "An invitation in a page of invitations." },
  ),
);
