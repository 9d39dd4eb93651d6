import { audit } from "../../core/audit.js";
import { verifyPassword } from "../../core/auth/credentials.js";
import {
  type AuthRequest,
  activeScopeOf,
  createSession,
  findUserForLogin,
  sessionCookieName,
  viewerOfUser,
} from "../../core/auth/sessions.js";
import { unauthenticated, type Viewer } from "../../core/auth/viewer.js";
import { builder } from "../builder.js";
import { ViewerRef } from "./viewer.js";

/**
 * Sign-in and sign-out. A login sets the `ph_session` cookie for the web client and also returns
 * the same token for scripts (`Authorization: Bearer <token>`). Failures, including too many of
 * them, all read "invalid credentials".
 */

export interface LoginResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

export const LoginPayloadRef = builder.objectRef<LoginResult>("LoginPayload").implement({
  description: "A new session.",
  fields: (t) => ({
    token: t.exposeString("token", {
      description: "The session token, for `Authorization: Bearer <token>`. Shown only here; keep it secret.",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "When the session ends if unused; each use pushes it back by the configured idle time.",
    }),
    viewer: t.field({ type: ViewerRef, description: "Who signed in.", resolve: (r) => r.viewer }),
  }),
});

// No Max-Age: the cookie lives as long as the browser session; the server enforces the expiry.
export function sessionCookie(auth: AuthRequest, value: string, clear = false) {
  return `${sessionCookieName}=${value}; Path=/; HttpOnly; SameSite=Lax${clear ? "; Max-Age=0" : ""}${auth.isHttps ? "; Secure" : ""}`;
}

builder.mutationField("login", (t) =>
  t.withAuth({ public: true }).field({
    type: LoginPayloadRef,
    description:
      "Signs in with email and password: sets the `ph_session` cookie and returns the token for scripts. " +
      "Repeated failures from one address or for one email are refused for a while (RATE_LIMITED).",
    args: {
      email: t.arg.string({ required: true, description: "The account's email (case-insensitive)." }),
      password: t.arg.string({ required: true, description: "The account's password." }),
    },
    resolve: async (_parent, args, ctx) => {
      const email = args.email.trim().toLowerCase();
      const keys = [`ip:${ctx.auth.ip}`, `email:${email}`];
      const wait = Math.max(...keys.map((k) => ctx.auth.loginLimiter.retryAfter(k)));
      if (wait > 0) throw unauthenticated(wait);
      const user = await findUserForLogin(ctx.prisma, email);
      const passwordOk = await verifyPassword(user?.passwordHash, args.password);
      const viewer = user && passwordOk ? viewerOfUser(user, "") : null;
      if (!user || !viewer) {
        for (const k of keys) ctx.auth.loginLimiter.fail(k);
        throw unauthenticated();
      }
      const { token, session } = await createSession(ctx.prisma, {
        userId: user.id,
        ttlHours: ctx.auth.settings.sessionTtlHours,
        userAgent: ctx.auth.userAgent,
        ip: ctx.auth.ip,
        // Pinned now, so removing this membership later ends exactly the sessions acting through it.
        scope: activeScopeOf(viewer),
      });
      ctx.auth.setCookie(sessionCookie(ctx.auth, token));
      const signedIn = { ...viewer, sessionId: session.id };
      await audit(ctx, {
        action: "auth.login",
        targetType: "Session",
        targetId: session.id,
        userId: user.id,
        mspId: "mspId" in signedIn ? signedIn.mspId : null,
        customerId: signedIn.kind === "customer" ? signedIn.customerId : null,
        details: { ip: ctx.auth.ip },
      });
      return { token, expiresAt: session.expiresAt, viewer: signedIn };
    },
  }),
);

builder.mutationField("logout", (t) =>
  t.withAuth({ person: true }).boolean({
    description: "Ends the current session (cookie or bearer token) and clears the cookie. Always true.",
    resolve: async (_parent, _args, ctx) => {
      const { viewer } = ctx;
      await ctx.prisma.session.updateMany({
        where: { id: viewer.sessionId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      ctx.auth.setCookie(sessionCookie(ctx.auth, "", true));
      await audit(ctx, {
        action: "auth.logout",
        targetType: "Session",
        targetId: viewer.sessionId,
        mspId: "mspId" in viewer ? viewer.mspId : null,
        customerId: viewer.kind === "customer" ? viewer.customerId : null,
      });
      return true;
    },
  }),
);
