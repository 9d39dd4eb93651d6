import { audit } from "../../core/audit.js";
import { type ActiveScope, activeScopeOf, isServedMsp } from "../../core/auth/sessions.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { InvalidInputError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { ViewerRef } from "../auth/viewer.js";
import type { Context } from "../builder.js";
import { builder } from "../builder.js";
import { MspRef } from "../msps/msp.js";
import { ownMemberships, parseMembershipId } from "./membership.js";

/**
 * A person with several memberships (operator, MSP staff, customer member) acts through one at a
 * time. `switchViewer` pins the current session to another of their own memberships; from the
 * next request on, the session resolves to that viewer (schema/auth/sessions.ts). A graphql-ws
 * connection keeps the viewer it authenticated with until it reconnects.
 *
 * The platform operator may also act within one MSP it holds no role in (`mspId`): scoped exactly
 * like that MSP's admin, so every page, form and live stream works as it does for MSP staff; its
 * PLATFORM membership switches back. Someone with a role in the MSP acts through that role instead,
 * because the session stores only the MSP and resolves a membership before the operator role.
 */

const SwitchViewerInput = builder.inputType("SwitchViewerInput", {
  description: "Where to act: exactly one of `membershipId` and `mspId`.",
  fields: (t) => ({
    membershipId: t.id({ description: "Global ID of one of `me.memberships`." }),
    mspId: t.id({
      description:
        "Global ID of an MSP to act within: through your own membership of it, or, for the platform operator, " +
        "as that MSP's admin (see `Viewer.actingAsMsp`).",
    }),
  }),
});

type Base = Pick<Viewer & { kind: "platform" }, "userId" | "email" | "sessionId">;
/** The new viewer, and what the audit row says about it. */
type Switch = { next: Viewer; details: Record<string, unknown> };

async function throughMembership(ctx: Context, base: Base, membershipId: string | number): Promise<Switch> {
  const ref = parseMembershipId(membershipId, ["input", "membershipId"]);
  const target = (await ownMemberships(ctx, base.userId)).find((m) => m.kind === ref.kind && m.id === ref.id);
  if (!target) throw new NotFoundError("Membership");
  const details = { membership: `${target.kind}:${target.id}`, role: target.role };
  if (target.kind === "PLATFORM") return { next: { kind: "platform", ...base }, details };
  if (target.kind === "MSP") return { next: { kind: "msp", ...base, mspId: target.mspId, role: target.role }, details };
  const { mspId, customerId, role } = target;
  return { next: { kind: "customer", ...base, mspId, customerId, role }, details };
}

/** The viewer sessions.ts resolves for `activeMspId` = this MSP; "not found" for an MSP that is not yours. */
async function withinMsp(ctx: Context, base: Base, globalMspId: string | number): Promise<Switch> {
  const mspId = requireLocalId(globalMspId, "Msp", ["input", "mspId"]);
  const user = await ctx.prisma.user.findUnique({
    where: { id: base.userId },
    select: { platformOperator: { select: { userId: true } }, mspMemberships: { where: { mspId } } },
  });
  const membership = user?.mspMemberships[0];
  if (membership) {
    const details = { membership: `MSP:${membership.id}`, role: membership.role };
    return { next: { kind: "msp", ...base, mspId, role: membership.role }, details };
  }
  if (!user?.platformOperator || !(await isServedMsp(ctx.prisma, mspId))) throw new NotFoundError("Msp");
  const next: Viewer = { kind: "msp", ...base, mspId, role: "MSP_ADMIN", actingAsOperator: true };
  return { next, details: { actingAsOperator: true, role: "MSP_ADMIN" } };
}

builder.mutationField("switchViewer", (t) =>
  t.withAuth({ person: true }).field({
    type: ViewerRef,
    errors: { types: [InvalidInputError, NotFoundError] },
    description:
      "Makes the current session act through another of your memberships (see `me.memberships`) or, for the " +
      "platform operator, within one MSP (`mspId`); every later request of this session sees that scope. " +
      "Returns the new viewer.",
    args: { input: t.arg({ type: SwitchViewerInput, required: true, description: "Where to act." }) },
    resolve: async (_parent, { input }, ctx) => {
      const current = ctx.viewer;
      const { membershipId, mspId } = input;
      if ((membershipId == null) === (mspId == null)) {
        throw InvalidInputError.field(["input"], "give exactly one of membershipId and mspId");
      }
      const base = { userId: current.userId, email: current.email, sessionId: current.sessionId };
      const { next, details } =
        membershipId != null ? await throughMembership(ctx, base, membershipId) : await withinMsp(ctx, base, mspId!);
      const scope: ActiveScope = activeScopeOf(next);
      const was = activeScopeOf(current);
      if (was.activeMspId !== scope.activeMspId || was.activeCustomerId !== scope.activeCustomerId) {
        await ctx.prisma.session.update({ where: { id: current.sessionId }, data: scope });
        await audit(ctx, {
          action: "auth.switchViewer",
          targetType: "Session",
          targetId: current.sessionId,
          mspId: next.kind === "platform" ? null : next.mspId,
          customerId: next.kind === "customer" ? next.customerId : null,
          details,
        });
      }
      return next;
    },
  }),
);

builder.objectField(ViewerRef, "actingAsMsp", (t) =>
  t.field({
    type: MspRef,
    nullable: true,
    description:
      "The MSP the platform operator acts within (`switchViewer` with `mspId`), scoped like its MSP admin; null " +
      "for everyone else. Switch back through the PLATFORM entry of `memberships`.",
    resolve: (viewer, _args, ctx) =>
      viewer.kind === "msp" && viewer.actingAsOperator
        ? ctx.prisma.msp.findUnique({ where: { id: viewer.mspId } })
        : null,
  }),
);
