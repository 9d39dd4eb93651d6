import type { IncomingMessage } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { PrismaClient } from "../prisma/db.js";
import { isSessionToken, looksLikeApiKey } from "../schema/auth/credentials.js";
import { buildRateLimiter } from "../schema/auth/rate-limit.js";
import {
  type AuthRequest,
  type AuthSettings,
  sessionCookieName,
  viewerFromApiKey,
  viewerFromSessionToken,
} from "../schema/auth/sessions.js";
import type { Viewer } from "../schema/tenancy.js";

export { hashPassword } from "../schema/auth/credentials.js";

/**
 * Who is calling, resolved once per HTTP request (and once per WebSocket connection) from
 * `Authorization: Bearer <session token | phk_ API key>` or the `ph_session` cookie. A bearer
 * header wins over the cookie, so a script's explicit credentials are never mixed up with a
 * browser's.
 */

export interface ResolvedViewer {
  viewer: Viewer | null;
  /** Set when this address failed too often: seconds until it may try again. */
  retryAfter?: number;
}

export interface Auth {
  resolve(o: { authorization?: string | null; cookie?: string | null; ip: string }): Promise<ResolvedViewer>;
  /** The per-request `auth` part of the GraphQL context (login/logout need it). */
  request(o: { ip: string; userAgent: string | null; isHttps: boolean; request?: Request }): AuthRequest;
  /** Yoga plugin that writes the cookies a resolver set onto the HTTP response. */
  plugin: Plugin;
}

export const defaultAuthSettings: AuthSettings = { sessionTtlHours: 12, failuresPerMinute: 10 };

export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function bearerOf(authorization: string | null | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
}

export function peerAddress(req: IncomingMessage | undefined): string {
  return req?.socket.remoteAddress ?? "unknown";
}

export function buildAuth(deps: { prisma: PrismaClient; settings?: Partial<AuthSettings> }): Auth {
  const settings = { ...defaultAuthSettings, ...deps.settings };
  // Separate buckets: a browser replaying an expired cookie must not lock its office out of login.
  const checkLimiter = buildRateLimiter({ perMinute: settings.failuresPerMinute });
  const loginLimiter = buildRateLimiter({ perMinute: settings.failuresPerMinute });
  const pendingCookies = new WeakMap<Request, string[]>();

  async function check(credential: string): Promise<Viewer | null> {
    if (looksLikeApiKey(credential)) return viewerFromApiKey(deps.prisma, credential);
    if (isSessionToken(credential)) return viewerFromSessionToken(deps.prisma, credential, settings.sessionTtlHours);
    return null;
  }

  return {
    async resolve(o) {
      const credential = bearerOf(o.authorization) ?? readCookie(o.cookie, sessionCookieName);
      if (!credential) return { viewer: null };
      const key = `ip:${o.ip}`;
      const retryAfter = checkLimiter.retryAfter(key);
      if (retryAfter > 0) return { viewer: null, retryAfter };
      const viewer = await check(credential);
      if (!viewer) checkLimiter.fail(key);
      return { viewer };
    },
    request(o) {
      return {
        settings,
        loginLimiter,
        ip: o.ip,
        userAgent: o.userAgent,
        isHttps: o.isHttps,
        setCookie(value) {
          if (!o.request) return;
          const list = pendingCookies.get(o.request) ?? [];
          list.push(value);
          pendingCookies.set(o.request, list);
        },
      };
    },
    plugin: {
      onResponse({ request, response }) {
        for (const cookie of pendingCookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
      },
    },
  };
}
