import type { Prisma, PrismaClient } from "../../prisma/db.js";
import { newSessionToken, parseApiKey, secretMatches, sha256Hex } from "./credentials.js";
import type { RateLimiter } from "./rate-limit.js";
import type { Viewer } from "./viewer.js";

/**
 * Sessions and API keys turned into viewers. Every failure is just `null`: the API answers
 * "invalid credentials" and says nothing about which part was wrong.
 */

export const sessionCookieName = "ph_session";

/** Settings of the auth slice (from config.ts; defaults match its defaults). */
export interface AuthSettings {
  sessionTtlHours: number;
  /** Failed logins (per IP and per email) and failed credential checks (per IP) allowed a minute. */
  failuresPerMinute: number;
  /** How long an invitation link stays valid. */
  invitationTtlHours: number;
  /** Base URL of the web client for links in emails (no trailing slash). */
  publicUrl: string;
}

/** What the login and logout resolvers need from the request they run in. */
export interface AuthRequest {
  settings: AuthSettings;
  loginLimiter: RateLimiter;
  /** The direct peer's address ("unknown" when there is no socket, e.g. `yoga.fetch`). */
  ip: string;
  userAgent: string | null;
  /** Whether the cookie must be `Secure` (the request came over https). */
  isHttps: boolean;
  /** Adds a `Set-Cookie` to the HTTP response; a no-op over WebSocket. */
  setCookie(value: string): void;
}

// Sliding expiry and last-used times are written at most this often, so a busy session or key
// costs one extra write a minute instead of one per request.
const touchEveryMs = 60_000;

const userSelect = {
  id: true,
  email: true,
  status: true,
  platformOperator: { select: { userId: true } },
  // All of them (a person holds a handful): the session's active one is picked in memory, so
  // resolving a viewer stays one query whichever membership the session switched to.
  mspMemberships: { select: { mspId: true, role: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  customerMemberships: {
    select: { customerId: true, role: true, customer: { select: { mspId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.UserSelect;

type UserRow = {
  id: string;
  email: string;
  status: string;
  platformOperator: { userId: string } | null;
  mspMemberships: { mspId: string; role: "MSP_ADMIN" | "MSP_OPERATOR" }[];
  customerMemberships: {
    customerId: string;
    role: "CUSTOMER_OWNER" | "CUSTOMER_VIEWER";
    customer: { mspId: string };
  }[];
};

/**
 * The membership a session acts through (`Session.activeMspId` / `activeCustomerId`); for a platform
 * operator, `activeMspId` may also name an MSP they act within without a role in it.
 */
export interface ActiveScope {
  activeMspId: string | null;
  activeCustomerId: string | null;
}

/**
 * The session's chosen membership when it has one (`switchViewer`, or the one picked at login);
 * when that membership is gone (or, acting within an MSP, the operator role) the session is dead
 * (null), never silently widened or moved.
 * Without a choice the widest role wins (platform > MSP > customer), the oldest of that kind.
 * A user with no membership sees nothing, so is treated as not signed in.
 */
export function viewerOfUser(user: UserRow, sessionId: string, active?: ActiveScope): Viewer | null {
  if (user.status !== "ACTIVE") return null;
  const base = { userId: user.id, email: user.email, sessionId };
  if (active?.activeCustomerId) {
    const c = user.customerMemberships.find((m) => m.customerId === active.activeCustomerId);
    return c ? { kind: "customer", ...base, mspId: c.customer.mspId, customerId: c.customerId, role: c.role } : null;
  }
  if (active?.activeMspId) {
    const m = user.mspMemberships.find((m) => m.mspId === active.activeMspId);
    if (m) return { kind: "msp", ...base, mspId: m.mspId, role: m.role };
    // A platform operator acting within an MSP they hold no role in: its admin. Re-checked on every
    // request, so a person who stops being an operator loses the MSP with the next request.
    if (!user.platformOperator) return null;
    return { kind: "msp", ...base, mspId: active.activeMspId, role: "MSP_ADMIN", actingAsOperator: true };
  }
  if (user.platformOperator) return { kind: "platform", ...base };
  const msp = user.mspMemberships[0];
  if (msp) return { kind: "msp", ...base, mspId: msp.mspId, role: msp.role };
  const customer = user.customerMemberships[0];
  if (!customer) return null;
  const { customerId, role } = customer;
  return { kind: "customer", ...base, mspId: customer.customer.mspId, customerId, role };
}

/** The session columns that pin a viewer to its membership (both null for the platform role). */
export function activeScopeOf(viewer: Viewer): ActiveScope {
  if (viewer.kind === "msp") return { activeMspId: viewer.mspId, activeCustomerId: null };
  if (viewer.kind === "customer") return { activeMspId: null, activeCustomerId: viewer.customerId };
  return { activeMspId: null, activeCustomerId: null };
}

export function findUserForLogin(prisma: PrismaClient, email: string) {
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...userSelect, passwordHash: true },
  });
}

export async function createSession(
  prisma: PrismaClient,
  o: { userId: string; ttlHours: number; userAgent?: string | null; ip?: string | null; scope?: ActiveScope },
) {
  const { token, tokenHash } = newSessionToken();
  const session = await prisma.session.create({
    data: {
      userId: o.userId,
      tokenHash,
      expiresAt: new Date(Date.now() + o.ttlHours * 3_600_000),
      userAgent: o.userAgent?.slice(0, 500) ?? null,
      ip: o.ip ?? null,
      ...o.scope,
    },
  });
  return { token, session };
}

export async function viewerFromSessionToken(prisma: PrismaClient, token: string, ttlHours: number) {
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      revokedAt: true,
      activeMspId: true,
      activeCustomerId: true,
      user: { select: userSelect },
    },
  });
  const now = Date.now();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
  const viewer = viewerOfUser(session.user, session.id, session);
  // An operator acting within an MSP that was archived (or deleted) since ends like a removed membership.
  if (viewer?.kind === "msp" && viewer.actingAsOperator && !(await isServedMsp(prisma, viewer.mspId))) return null;
  if (viewer && now - session.lastSeenAt.getTime() > touchEveryMs) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + ttlHours * 3_600_000) },
    });
  }
  return viewer;
}

/** Whether the MSP exists and is not archived: only such an MSP can be acted within by an operator. */
export async function isServedMsp(prisma: Pick<PrismaClient, "msp">, mspId: string): Promise<boolean> {
  const msp = await prisma.msp.findFirst({ where: { id: mspId, status: { not: "ARCHIVED" } }, select: { id: true } });
  return msp !== null;
}

/** A malformed key or a wrong checksum is refused here, before any database lookup. */
export async function viewerFromApiKey(prisma: PrismaClient, key: string): Promise<Viewer | null> {
  const parsed = parseApiKey(key);
  if (!parsed) return null;
  const row = await prisma.apiKey.findUnique({ where: { prefix: parsed.prefix } });
  const now = Date.now();
  if (!row || !secretMatches(parsed.secret, row.secretHash) || row.revokedAt) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= now) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > touchEveryMs) {
    await prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    kind: "apiKey",
    apiKeyId: row.id,
    name: row.name,
    mspId: row.mspId,
    customerId: row.customerId,
    capabilities: row.capabilities,
  };
}
