import { z } from "zod";
import { CometAuthError, CometError } from "../../comet/client/index.js";
import type { MspStaffViewer } from "../../core/auth/viewer.js";
import {
  CometServerError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { checkCometServer } from "../../core/servers/register.js";
import { mspWhere, serverWhere } from "../../core/tenancy.js";
import type { CometServer } from "../../prisma/generated/prisma/client.js";
import type { Context } from "../builder.js";

/**
 * The checks behind the server mutations (mutations.ts): who may manage servers, which MSP owns a
 * new one, whether its URL is free and its credentials work. All run before anything is written.
 */

/**
 * MSP admins, the platform operator, and MSP-wide API keys holding ADMIN: MSP staff with ADMIN
 * (an MSP admin holds ADMIN, other MSP roles do not). Behind these scopes the viewer is an
 * `MspStaffViewer`, never a customer member or a customer-scoped key.
 */
export const serverAdminScopes = { $all: { mspStaff: true, capability: "ADMIN" } } as const;

export const nameModel = z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters");
export const baseUrlModel = z
  .string()
  .trim()
  .url("must be a URL such as https://backup.example.com/")
  .refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL");
export const usernameModel = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
export const passwordModel = z.string().min(1, "must not be empty").max(500, "must be at most 500 characters");

/** Comet's base URL always ends in `/` (the client appends `api/v1/...`). */
export const normalisedUrl = (url: string) => {
  const u = new URL(url.trim());
  return u.toString().endsWith("/") ? u.toString() : `${u.toString()}/`;
};

/** Signs in with the candidate credentials; a refusal or an unreachable server is a typed error. */
export async function verify(server: { baseUrl: string; adminUsername: string; adminPassword: string }) {
  try {
    return await checkCometServer(server, 10_000);
  } catch (err) {
    if (err instanceof CometAuthError) {
      throw new CometServerError("The Comet server rejected the admin username or password. Nothing was saved.");
    }
    if (err instanceof CometError) {
      throw new CometServerError(
        `Could not use the Comet server at ${server.baseUrl} (${err.message}). Check the URL; nothing was saved.`,
      );
    }
    throw err;
  }
}

export async function assertUrlFree(ctx: Context, baseUrl: string, exceptId: string | null) {
  const taken = await ctx.prisma.cometServer.findFirst({
    where: { baseUrl, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  // Said even when another MSP registered it: two registrations would mirror the server twice.
  if (taken) throw new ConflictError(`a Comet server at ${baseUrl} is already registered`);
}

/** `Acme Backup (EU)` -> `acme-backup-eu`, then `-2`, `-3`... until free. */
export async function freeProfileName(ctx: Context, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32)
      .replace(/-+$/, "") || "server";
  const taken = new Set(
    (
      await ctx.prisma.cometServer.findMany({
        where: { profileName: { startsWith: base } },
        select: { profileName: true },
      })
    ).map((s) => s.profileName),
  );
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A server the viewer administers (its MSP's; any for the operator), or NotFoundError. */
export async function findServer(
  ctx: Context,
  viewer: MspStaffViewer,
  globalId: string | number,
): Promise<CometServer> {
  const id = requireLocalId(globalId, "CometServer", ["input", "id"]);
  const server = await ctx.prisma.cometServer.findFirst({ where: { id, ...serverWhere(viewer) } });
  if (!server) throw new NotFoundError("CometServer");
  return server;
}

export function readable(decrypt: () => string): string | null {
  try {
    return decrypt();
  } catch {
    return null;
  }
}

export function rethrowDuplicate(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") throw new ConflictError("this Comet server is already registered");
  throw error;
}

/** Who owns a new server: the MSP admin's own MSP, or what the operator chose (one MSP, or shared with links). */
export async function ownership(
  ctx: Context,
  viewer: MspStaffViewer,
  input: {
    mspId?: string | number | null;
    isPlatformShared?: boolean | null;
    tenantLinks?: Array<{ organizationId: string; mspId: string | number }> | null;
  },
): Promise<{ mspId: string | null; links: Array<{ organizationId: string; mspId: string }> }> {
  const links = input.tenantLinks ?? [];
  if (viewer.kind !== "platform") {
    if (input.isPlatformShared || links.length > 0) {
      throw new ForbiddenError("only the platform operator registers shared servers");
    }
    // Naming another MSP looks exactly like naming one that does not exist.
    if (input.mspId != null && requireLocalId(input.mspId, "Msp", ["input", "mspId"]) !== viewer.mspId) {
      throw new NotFoundError("Msp");
    }
    return { mspId: viewer.mspId, links: [] };
  }
  const existing = async (globalId: string | number, path: string[]) => {
    const id = requireLocalId(globalId, "Msp", path);
    const msp = await ctx.prisma.msp.findFirst({ where: { id, ...mspWhere(viewer) }, select: { id: true } });
    if (!msp) throw new NotFoundError("Msp");
    return msp.id;
  };
  if (input.isPlatformShared) {
    if (input.mspId != null) {
      throw InvalidInputError.field(["input", "mspId"], "must be omitted for a platform-shared server");
    }
    const organizations = links.map((l) => l.organizationId.trim());
    if (new Set(organizations).size !== organizations.length) {
      throw InvalidInputError.field(["input", "tenantLinks"], "lists an organization twice");
    }
    const resolved = [];
    for (const [i, link] of links.entries()) {
      resolved.push({
        organizationId: link.organizationId.trim(),
        mspId: await existing(link.mspId, ["input", "tenantLinks", String(i), "mspId"]),
      });
    }
    return { mspId: null, links: resolved };
  }
  if (links.length > 0) throw InvalidInputError.field(["input", "tenantLinks"], "only apply to a shared server");
  if (input.mspId == null) {
    throw InvalidInputError.field(["input", "mspId"], "choose the owning MSP, or set isPlatformShared");
  }
  return { mspId: await existing(input.mspId, ["input", "mspId"]), links: [] };
}
