import type { IncomingMessage } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.js";
import { isSessionToken, looksLikeApiKey } from "../core/auth/credentials.js";
import { buildRateLimiter } from "../core/auth/rate-limit.js";
import {
  type AuthRequest,
  type AuthSettings,
  sessionCookieName,
  viewerFromApiKey,
  viewerFromSessionToken,
} from "../core/auth/sessions.js";
import type { Viewer } from "../core/auth/viewer.js";
import { buildMailer, defaultMailFrom, type Mailer } from "../core/mail/mailer.js";
import type { Logger } from "../log.js";
import type { PrismaClient } from "../prisma/db.js";

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

export const defaultAuthSettings: AuthSettings = {
  sessionTtlHours: 12,
  failuresPerMinute: 10,
  invitationTtlHours: 168,
  publicUrl: "http://127.0.0.1:4000",
};

/** The configuration keys of sign-in, invitations and mail; those left out take their defaults. */
export type AuthConfig = Pick<Config, "HOST" | "PORT"> &
  Partial<
    Pick<
      Config,
      | "SESSION_TTL_HOURS"
      | "AUTH_FAILURES_PER_MINUTE"
      | "INVITATION_TTL_HOURS"
      | "PUBLIC_URL"
      | "SMTP_URL"
      | "MAIL_FROM"
    >
  >;

/** `buildAuth` settings from the configuration. */
export function authSettingsOf(config: AuthConfig): Partial<AuthSettings> {
  const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  return {
    ...(config.SESSION_TTL_HOURS ? { sessionTtlHours: config.SESSION_TTL_HOURS } : {}),
    ...(config.AUTH_FAILURES_PER_MINUTE ? { failuresPerMinute: config.AUTH_FAILURES_PER_MINUTE } : {}),
    ...(config.INVITATION_TTL_HOURS ? { invitationTtlHours: config.INVITATION_TTL_HOURS } : {}),
    publicUrl: (config.PUBLIC_URL ?? `http://${host}:${config.PORT}`).replace(/\/+$/, ""),
  };
}

/** One mailer per API process: SMTP, or the log without SMTP_URL. */
export function mailerOf(config: Partial<Pick<Config, "SMTP_URL" | "MAIL_FROM">>, logger: Logger): Mailer {
  return buildMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM ?? defaultMailFrom, logger });
}

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
