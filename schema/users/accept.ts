import { z } from "zod";
import { audit } from "../../core/audit.js";
import { hashPassword, sha256Hex, verifyPassword } from "../../core/auth/credentials.js";
import { createSession } from "../../core/auth/sessions.js";
import { unauthenticated, type Viewer } from "../../core/auth/viewer.js";
import { InvalidInputError } from "../../core/errors.js";
import { LoginPayloadRef, sessionCookie } from "../auth/login.js";
import { builder } from "../builder.js";
import { UserErrorRef } from "../error-types.js";
import { inTransaction } from "./transaction.js";

/**
 * Accepting an invitation (anonymous: the link is the credential). A new address becomes a new
 * person with the chosen name and password. An address that already has an account keeps it:
 * the password must then be that account's current one (checked like a login, with the same
 * rate limit), so a leaked link cannot attach a role to, or take over, someone else's account.
 * Either way the person is signed in, acting through the new membership.
 */

/** Unknown, expired, used and revoked links look the same, so a link reveals nothing about its history. */
export class InvalidInvitationError extends Error {
  override name = "InvalidInvitationError";
  constructor() {
    super("This invitation link is invalid or has expired; ask for a new invitation.");
  }
}

builder.objectType(InvalidInvitationError, {
  name: "InvalidInvitationError",
  description: "The invitation link is unknown, expired, already used or revoked (deliberately indistinguishable).",
  interfaces: [UserErrorRef],
});

const minPasswordLength = 10;

const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  description: "The token from the invitation link, and who you are.",
  fields: (t) => ({
    token: t.string({
      required: true,
      description: "The `token` parameter of the invitation link.",
      validate: z.string().max(200, "is not an invitation token"),
    }),
    name: t.string({
      description: "Your display name (1-200 characters); required for a new account, ignored for an existing one.",
      validate: z.string().trim().max(200, "must be at most 200 characters"),
    }),
    password: t.string({
      required: true,
      description: `A new password (at least ${minPasswordLength} characters), or your current one if the address already has an account.`,
      validate: z.string().max(200, "must be at most 200 characters"),
    }),
  }),
});

builder.mutationField("acceptInvitation", (t) =>
  t.withAuth({ public: true }).field({
    type: LoginPayloadRef,
    errors: { types: [InvalidInvitationError, InvalidInputError] },
    description:
      "Accepts an invitation from its emailed link: creates your account (or adds the role to your existing " +
      "account, whose current password you then give) and signs you in like `login` (cookie and token).",
    args: {
      input: t.arg({ type: AcceptInvitationInput, required: true, description: "The link's token and who you are." }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const limiter = ctx.auth.loginLimiter;
      const ipKey = `ip:${ctx.auth.ip}`;
      const wait = limiter.retryAfter(ipKey);
      if (wait > 0) throw unauthenticated(wait);
      const invitation = await ctx.prisma.invitation.findUnique({ where: { tokenHash: sha256Hex(input.token) } });
      const now = new Date();
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
        limiter.fail(ipKey);
        throw new InvalidInvitationError();
      }
      const email = invitation.email;
      const existing = await ctx.prisma.user.findUnique({
        where: { email },
        select: { id: true, status: true, passwordHash: true },
      });
      let passwordHash: string | null = null;
      if (existing?.passwordHash) {
        if (limiter.retryAfter(`email:${email}`) > 0) throw unauthenticated(limiter.retryAfter(`email:${email}`));
        if (!(await verifyPassword(existing.passwordHash, input.password))) {
          for (const k of [ipKey, `email:${email}`]) limiter.fail(k);
          throw InvalidInputError.field(
            ["input", "password"],
            "this address already has an account: give its current password",
          );
        }
      } else {
        if (input.password.length < minPasswordLength) {
          throw InvalidInputError.field(["input", "password"], `must be at least ${minPasswordLength} characters`);
        }
        if (!existing && !input.name?.trim()) throw InvalidInputError.field(["input", "name"], "must not be empty");
        passwordHash = await hashPassword(input.password);
      }
      if (existing?.status === "DISABLED") throw new InvalidInvitationError();

      const accepted = await inTransaction(ctx, async (tx) => {
        // Claim the link atomically: of two concurrent accepts, exactly one gets here.
        const claimed = await tx.prisma.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now },
        });
        if (claimed.count === 0) throw new InvalidInvitationError();
        const user = existing
          ? await tx.prisma.user.update({
              where: { id: existing.id },
              data: passwordHash ? { passwordHash, status: "ACTIVE", name: input.name?.trim() || undefined } : {},
            })
          : await tx.prisma.user.create({ data: { email, name: input.name?.trim() ?? email, passwordHash } });
        const base = { userId: user.id, email: user.email, sessionId: "" };
        let viewer: Viewer;
        if (invitation.customerId && invitation.customerRole) {
          // An existing membership keeps its role: accepting never silently demotes anyone.
          const m = await tx.prisma.customerMembership.upsert({
            where: { userId_customerId: { userId: user.id, customerId: invitation.customerId } },
            create: { userId: user.id, customerId: invitation.customerId, role: invitation.customerRole },
            update: {},
          });
          viewer = { kind: "customer", ...base, mspId: invitation.mspId, customerId: m.customerId, role: m.role };
        } else if (invitation.mspRole) {
          const m = await tx.prisma.mspMembership.upsert({
            where: { userId_mspId: { userId: user.id, mspId: invitation.mspId } },
            create: { userId: user.id, mspId: invitation.mspId, role: invitation.mspRole },
            update: {},
          });
          viewer = { kind: "msp", ...base, mspId: m.mspId, role: m.role };
        } else {
          throw new Error(`invitation ${invitation.id} has no role`);
        }
        const { token, session } = await createSession(tx.prisma, {
          userId: user.id,
          ttlHours: ctx.auth.settings.sessionTtlHours,
          userAgent: ctx.auth.userAgent,
          ip: ctx.auth.ip,
          scope:
            viewer.kind === "customer"
              ? { activeMspId: null, activeCustomerId: viewer.customerId }
              : { activeMspId: invitation.mspId, activeCustomerId: null },
        });
        await audit(tx, {
          action: "invitation.accept",
          targetType: "Invitation",
          targetId: invitation.id,
          userId: user.id,
          mspId: invitation.mspId,
          customerId: invitation.customerId,
          details: { email, sessionId: session.id, isNewUser: !existing },
        });
        return { token, expiresAt: session.expiresAt, viewer: { ...viewer, sessionId: session.id } };
      });
      ctx.auth.setCookie(sessionCookie(ctx.auth, accepted.token));
      return accepted;
    },
  }),
);
