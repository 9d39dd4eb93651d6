import { audit } from "../../core/audit.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { customerMembershipWhere, mspMembershipWhere } from "../../core/tenancy.js";
import { builder, type Context } from "../builder.js";
import {
  customerMembershipRow,
  customerMembershipSelect,
  MembershipRef,
  MembershipRoleRef,
  type MembershipRow,
  membershipGlobalId,
  mspMembershipRow,
  mspMembershipSelect,
  parseMembershipId,
} from "./membership.js";
import { inTransaction } from "./transaction.js";

/**
 * Changing and removing memberships. Only memberships the viewer may manage are found (see the
 * fragments in tenancy.ts); the platform role is not managed through the API. An MSP always keeps
 * at least one MSP admin: the check runs inside the transaction with the MSP's admin rows locked,
 * so two admins demoting each other at once cannot both succeed.
 */

type ManagedMembership = Exclude<MembershipRow, { kind: "PLATFORM" }>;

async function findManaged(ctx: Context, viewer: Viewer, membershipId: string | number): Promise<ManagedMembership> {
  const ref = parseMembershipId(membershipId, ["input", "membershipId"]);
  if (ref.kind === "MSP") {
    const m = await ctx.prisma.mspMembership.findFirst({
      where: { id: ref.id, AND: [mspMembershipWhere(viewer)] },
      select: mspMembershipSelect,
    });
    if (m) return mspMembershipRow(m) as ManagedMembership;
  } else if (ref.kind === "CUSTOMER") {
    const m = await ctx.prisma.customerMembership.findFirst({
      where: { id: ref.id, AND: [customerMembershipWhere(viewer)] },
      select: customerMembershipSelect,
    });
    if (m) return customerMembershipRow(m) as ManagedMembership;
  }
  throw new NotFoundError("Membership");
}

/** Throws ConflictError (rolling the transaction back) when the MSP would be left without an admin. */
async function keepAnAdmin(tx: Context, mspId: string) {
  await tx.prisma.$queryRaw`SELECT id FROM "MspMembership" WHERE "mspId" = ${mspId} AND role = 'MSP_ADMIN' FOR UPDATE`;
}
async function assertStillAnAdmin(tx: Context, mspId: string) {
  const admins = await tx.prisma.mspMembership.count({ where: { mspId, role: "MSP_ADMIN" } });
  if (admins === 0) throw new ConflictError("an MSP must keep at least one MSP admin");
}

const UpdateMembershipInput = builder.inputType("UpdateMembershipInput", {
  description: "A membership and its new role.",
  fields: (t) => ({
    membershipId: t.id({ required: true, description: "Global ID of the membership." }),
    role: t.field({
      type: MembershipRoleRef,
      required: true,
      description: "The new role: an MSP role for an MSP membership, a customer role for a customer membership.",
    }),
  }),
});

builder.mutationField("updateMembership", (t) =>
  t.withAuth({ person: true }).field({
    type: MembershipRef,
    errors: { types: [InvalidInputError, NotFoundError, ConflictError] },
    description:
      "Changes the role of a membership you manage; it applies to the person's next request. Demoting an MSP's " +
      "last MSP admin fails with ConflictError.",
    args: {
      input: t.arg({ type: UpdateMembershipInput, required: true, description: "The membership and its new role." }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const m = await findManaged(ctx, viewer, input.membershipId);
      const role = input.role;
      const fits = m.kind === "MSP" ? role === "MSP_ADMIN" || role === "MSP_OPERATOR" : role.startsWith("CUSTOMER_");
      if (!fits) {
        const expected = m.kind === "MSP" ? "MSP_ADMIN or MSP_OPERATOR" : "CUSTOMER_OWNER or CUSTOMER_VIEWER";
        throw InvalidInputError.field(["input", "role"], `must be ${expected} for this membership`);
      }
      if (role === m.role) return m;
      const customerId = m.kind === "CUSTOMER" ? m.customerId : null;
      await inTransaction(ctx, async (tx) => {
        if (m.kind === "MSP") {
          await keepAnAdmin(tx, m.mspId);
          await tx.prisma.mspMembership.update({ where: { id: m.id }, data: { role: role as "MSP_OPERATOR" } });
          await assertStillAnAdmin(tx, m.mspId);
        } else {
          await tx.prisma.customerMembership.update({ where: { id: m.id }, data: { role: role as "CUSTOMER_VIEWER" } });
        }
        await audit(tx, {
          action: "membership.update",
          targetType: "Membership",
          targetId: m.id,
          mspId: m.mspId,
          customerId,
          details: { userId: m.userId, from: m.role, to: role },
        });
      });
      return { ...m, role } as ManagedMembership;
    },
  }),
);

const RemoveMembershipInput = builder.inputType("RemoveMembershipInput", {
  description: "The membership to remove.",
  fields: (t) => ({
    membershipId: t.id({ required: true, description: "Global ID of the membership." }),
  }),
});

const RemoveMembershipPayload = builder
  .objectRef<{ membershipId: string; sessionsRevoked: number }>("RemoveMembershipPayload")
  .implement({
    description: "A removed membership.",
    fields: (t) => ({
      membershipId: t.exposeID("membershipId", { description: "Global ID of the membership that was removed." }),
      sessionsRevoked: t.exposeInt("sessionsRevoked", {
        description: "How many of the person's sessions acting through it were ended.",
      }),
    }),
  });

builder.mutationField("removeMembership", (t) =>
  t.withAuth({ person: true }).field({
    type: RemoveMembershipPayload,
    errors: { types: [InvalidInputError, NotFoundError, ConflictError] },
    description:
      "Removes a membership you manage and ends the person's sessions acting through it. Removing an MSP's " +
      "last MSP admin fails with ConflictError. The person's account and other memberships stay.",
    args: { input: t.arg({ type: RemoveMembershipInput, required: true, description: "The membership to remove." }) },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const m = await findManaged(ctx, viewer, input.membershipId);
      const customerId = m.kind === "CUSTOMER" ? m.customerId : null;
      return inTransaction(ctx, async (tx) => {
        if (m.kind === "MSP") {
          await keepAnAdmin(tx, m.mspId);
          await tx.prisma.mspMembership.delete({ where: { id: m.id } });
          await assertStillAnAdmin(tx, m.mspId);
        } else {
          await tx.prisma.customerMembership.delete({ where: { id: m.id } });
        }
        const operator = await tx.prisma.platformOperator.findUnique({ where: { userId: m.userId } });
        const revoked = await tx.prisma.session.updateMany({
          where: {
            userId: m.userId,
            revokedAt: null,
            OR: [
              m.kind === "MSP" ? { activeMspId: m.mspId } : { activeCustomerId: m.customerId },
              // Sessions from before memberships were pinned act through the default, which may be this one.
              ...(operator ? [] : [{ activeMspId: null, activeCustomerId: null }]),
            ],
          },
          data: { revokedAt: new Date() },
        });
        await audit(tx, {
          action: "membership.remove",
          targetType: "Membership",
          targetId: m.id,
          mspId: m.mspId,
          customerId,
          details: { userId: m.userId, role: m.role, sessionsRevoked: revoked.count },
        });
        return { membershipId: membershipGlobalId(m), sessionsRevoked: revoked.count };
      });
    },
  }),
);
