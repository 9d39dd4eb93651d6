import { audit } from "../audit.js";
import { type ActiveScope, activeScopeOf } from "../auth/sessions.js";
import { ViewerRef } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { requireViewer, type Viewer } from "../tenancy.js";
import { ownMemberships, parseMembershipId } from "./membership.js";

/**
 * A person with several memberships (operator, MSP staff, customer member) acts through one at a
 * time. `switchViewer` pins the current session to another of their own memberships; from the
 * next request on, the session resolves to that viewer (schema/auth/sessions.ts). A graphql-ws
 * connection keeps the viewer it authenticated with until it reconnects.
 */

const SwitchViewerInput = builder.inputType("SwitchViewerInput", {
  description: "The membership to act through.",
  fields: (t) => ({
    membershipId: t.id({ required: true, description: "Global ID of one of `me.memberships`." }),
  }),
});

builder.mutationField("switchViewer", (t) =>
  t.field({
    authScopes: { person: true },
    type: ViewerRef,
    errors: { types: [InvalidInputError, NotFoundError] },
    description:
      "Makes the current session act through another of your memberships (see `me.memberships`); every later " +
      "request of this session sees that scope. Returns the new viewer.",
    args: { input: t.arg({ type: SwitchViewerInput, required: true, description: "The membership to act through." }) },
    resolve: async (_parent, { input }, ctx) => {
      const current = requireViewer(ctx);
      if (current.kind === "apiKey") throw new NotFoundError("Membership");
      const ref = parseMembershipId(input.membershipId, ["input", "membershipId"]);
      const target = (await ownMemberships(ctx, current.userId)).find((m) => m.kind === ref.kind && m.id === ref.id);
      if (!target) throw new NotFoundError("Membership");
      const base = { userId: current.userId, email: current.email, sessionId: current.sessionId };
      const next: Viewer =
        target.kind === "PLATFORM"
          ? { kind: "platform", ...base }
          : target.kind === "MSP"
            ? { kind: "msp", ...base, mspId: target.mspId, role: target.role }
            : { kind: "customer", ...base, mspId: target.mspId, customerId: target.customerId, role: target.role };
      const scope: ActiveScope = activeScopeOf(next);
      const was = activeScopeOf(current);
      if (was.activeMspId !== scope.activeMspId || was.activeCustomerId !== scope.activeCustomerId) {
        await ctx.prisma.session.update({ where: { id: current.sessionId }, data: scope });
        await audit(ctx, {
          action: "auth.switchViewer",
          targetType: "Session",
          targetId: current.sessionId,
          mspId: target.kind === "PLATFORM" ? null : target.mspId,
          customerId: target.kind === "CUSTOMER" ? target.customerId : null,
          details: { membership: `${target.kind}:${target.id}`, role: target.role },
        });
      }
      return next;
    },
  }),
);
