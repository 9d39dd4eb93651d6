import { randomBytes } from "node:crypto";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import { sha256Hex } from "../../core/auth/credentials.js";
import type { PersonViewer } from "../../core/auth/viewer.js";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { localId, requireLocalId } from "../../core/global-id.js";
import { customerWhere, invitationWhere, mspWhere } from "../../core/tenancy.js";
import type { CustomerRole, MspRole } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context } from "../builder.js";
import { pendingInvitation } from "./invitation.js";
import { CustomerRoleRef, MspRoleRef } from "./membership.js";
import { inTransaction } from "./transaction.js";

/**
 * Inviting people. MSP admins invite to their MSP or any of its customers, customer owners to
 * their own customer, the operator anywhere. The invitation and its email are written in one
 * transaction (the email through the outbox) and the email goes out after commit. Inviting an
 * address that already has a pending invitation to the same place replaces it: the old link dies.
 */

/** Invitation tokens: `phi_` + 256 random bits; only the sha256 is stored. */
export function newInvitationToken() {
  const token = `phi_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: sha256Hex(token) };
}

const InviteUserInput = builder.inputType("InviteUserInput", {
  description: "Whom to invite, and where: an MSP role (`mspRole`), or a customer and a role in it.",
  fields: (t) => ({
    email: t.string({
      required: true,
      description: "The person's email address.",
      validate: z.string().trim().max(254, "must be at most 254 characters").pipe(z.email("must be an email address")),
    }),
    mspId: t.id({
      description:
        "The MSP (global ID), for the platform operator's MSP invitations; MSP admins may omit it (their own MSP).",
    }),
    mspRole: t.field({ type: MspRoleRef, description: "The role in the MSP; give this or `customerRole`." }),
    customerId: t.id({ description: "The customer (global ID) for a customer invitation, with `customerRole`." }),
    customerRole: t.field({ type: CustomerRoleRef, description: "The role in the customer, with `customerId`." }),
  }),
});

type Target = { mspId: string; mspName: string; customerId: string | null; customerName: string | null };
type Role = { mspRole: MspRole; customerRole: null } | { mspRole: null; customerRole: CustomerRole };

/** The role shape of the input: exactly an MSP role, or a customer with a customer role. */
function roleOf(input: {
  mspRole?: MspRole | null;
  customerId?: string | number | null;
  customerRole?: CustomerRole | null;
}): Role {
  if (input.mspRole && (input.customerId != null || input.customerRole)) {
    throw InvalidInputError.field(["input", "mspRole"], "give either mspRole, or customerId with customerRole");
  }
  if (input.mspRole) return { mspRole: input.mspRole, customerRole: null };
  if (input.customerId == null) {
    const message = input.customerRole
      ? "is required with customerRole"
      : "give mspRole, or customerId with customerRole";
    throw InvalidInputError.field(["input", input.customerRole ? "customerId" : "mspRole"], message);
  }
  if (!input.customerRole) throw InvalidInputError.field(["input", "customerRole"], "is required with customerId");
  return { mspRole: null, customerRole: input.customerRole };
}

/** Where the invitation goes, checked against what the viewer may manage. */
async function targetOf(
  ctx: Context,
  viewer: PersonViewer,
  input: { mspId?: string | number | null; customerId?: string | number | null },
  role: Role,
): Promise<Target> {
  if (viewer.kind === "msp" && viewer.role !== "MSP_ADMIN") throw new ForbiddenError("only MSP admins invite people");
  if (viewer.kind === "customer" && (viewer.role !== "CUSTOMER_OWNER" || role.mspRole)) {
    throw new ForbiddenError("customer owners invite people to their own customer only");
  }
  if (role.customerRole) {
    const customerId = requireLocalId(input.customerId as string, "Customer", ["input", "customerId"]);
    const customer = await ctx.prisma.customer.findFirst({
      // AND, not a spread: the fragment has its own `id` for a customer member, which must not replace the wanted one.
      where: { id: customerId, AND: [customerWhere(viewer)] },
      select: { id: true, name: true, status: true, msp: { select: { id: true, name: true } } },
    });
    if (!customer) throw new NotFoundError("Customer");
    if (customer.status === "ARCHIVED") throw new ConflictError("the customer is archived");
    return { mspId: customer.msp.id, mspName: customer.msp.name, customerId: customer.id, customerName: customer.name };
  }
  if (input.mspId == null && viewer.kind === "platform") {
    throw InvalidInputError.field(["input", "mspId"], "is required for an MSP invitation by the platform operator");
  }
  const mspId = input.mspId == null ? (viewer as { mspId: string }).mspId : localId(input.mspId, "Msp");
  const msp = mspId && (await ctx.prisma.msp.findFirst({ where: { id: mspId, AND: [mspWhere(viewer)] } }));
  if (!msp) throw new NotFoundError("Msp");
  return { mspId: msp.id, mspName: msp.name, customerId: null, customerName: null };
}

const roleLabels: Record<MspRole | CustomerRole, string> = {
  MSP_ADMIN: "an MSP admin",
  MSP_OPERATOR: "an MSP operator",
  CUSTOMER_OWNER: "an owner",
  CUSTOMER_VIEWER: "a viewer",
};

function invitationEmail(o: { inviter: string; target: Target; role: Role; link: string; expiresAt: Date }) {
  const place = o.target.customerName ? `${o.target.customerName} (via ${o.target.mspName})` : o.target.mspName;
  const role = roleLabels[o.role.mspRole ?? o.role.customerRole];
  return {
    subject: `You are invited to ${place} on Partner Hub`,
    text:
      `${o.inviter} invited you to ${place} on Partner Hub as ${role}.\n\n` +
      `Accept the invitation: ${o.link}\n\n` +
      `The link works once and expires at ${o.expiresAt.toISOString()}. If you did not expect this email, ignore it.\n`,
  };
}

builder.mutationField("inviteUser", (t) =>
  t.withAuth({ person: true }).prismaField({
    type: "Invitation",
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError, ConflictError] },
    description:
      "Invites a person by email to an MSP role, or to a customer with a customer role, and emails the link. " +
      "A pending invitation to the same address and place is replaced (its link stops working).",
    args: { input: t.arg({ type: InviteUserInput, required: true, description: "Whom to invite, and where." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const email = input.email.trim().toLowerCase();
      const role = roleOf(input);
      const target = await targetOf(ctx, viewer, input, role);
      const existing = await ctx.prisma.user.findUnique({
        where: { email },
        select: {
          mspMemberships: { where: { mspId: target.mspId }, select: { id: true } },
          customerMemberships: { where: { customerId: target.customerId ?? "" }, select: { id: true } },
        },
      });
      const isMember = target.customerId ? existing?.customerMemberships.length : existing?.mspMemberships.length;
      if (isMember) throw new ConflictError(`${email} is already a member there`);

      const { token, tokenHash } = newInvitationToken();
      const expiresAt = new Date(Date.now() + ctx.auth.settings.invitationTtlHours * 3_600_000);
      const link = `${ctx.auth.settings.publicUrl}/accept-invitation?token=${token}`;
      const inviter = viewer.email;
      const { invitation, emailId } = await inTransaction(ctx, async (tx) => {
        const replaced = await tx.prisma.invitation.updateMany({
          where: { email, mspId: target.mspId, customerId: target.customerId, ...pendingInvitation() },
          data: { revokedAt: new Date() },
        });
        const invitation = await tx.prisma.invitation.create({
          data: {
            tokenHash,
            email,
            mspId: target.mspId,
            customerId: target.customerId,
            ...role,
            invitedById: viewer.userId,
            expiresAt,
          },
        });
        const emailId = await ctx.mailer.enqueue(tx.prisma, {
          to: email,
          mspId: target.mspId,
          ...invitationEmail({ inviter, target, role, link, expiresAt }),
        });
        await audit(tx, {
          action: "invitation.create",
          targetType: "Invitation",
          targetId: invitation.id,
          mspId: target.mspId,
          customerId: target.customerId,
          details: { email, role: role.mspRole ?? role.customerRole, replaced: replaced.count },
        });
        return { invitation, emailId };
      });
      ctx.mailer.deliverLater(ctx.prisma, [emailId]);
      return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id: invitation.id } });
    },
  }),
);

const RevokeInvitationInput = builder.inputType("RevokeInvitationInput", {
  description: "The invitation to revoke.",
  fields: (t) => ({
    invitationId: t.id({ required: true, description: "Global ID of the invitation." }),
  }),
});

builder.mutationField("revokeInvitation", (t) =>
  t.withAuth({ person: true }).prismaField({
    type: "Invitation",
    errors: { types: [InvalidInputError, NotFoundError, ConflictError] },
    description:
      "Revokes a pending invitation: its link stops working. Revoking twice is harmless; an accepted invitation " +
      "cannot be revoked (remove the membership instead).",
    args: { input: t.arg({ type: RevokeInvitationInput, required: true, description: "The invitation to revoke." }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const id = requireLocalId(input.invitationId, "Invitation", ["input", "invitationId"]);
      const invitation = await ctx.prisma.invitation.findFirst({ where: { id, AND: [invitationWhere(viewer)] } });
      if (!invitation) throw new NotFoundError("Invitation");
      if (invitation.acceptedAt) throw new ConflictError("the invitation was already accepted");
      if (!invitation.revokedAt) {
        await inTransaction(ctx, async (tx) => {
          await tx.prisma.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
          await audit(tx, {
            action: "invitation.revoke",
            targetType: "Invitation",
            targetId: id,
            mspId: invitation.mspId,
            customerId: invitation.customerId,
            details: { email: invitation.email },
          });
        });
      }
      return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
