import { z } from "zod";
import { CometClient } from "../../comet/client/index.js";
import type { PrismaClient } from "../../prisma/db.js";
import type { SecretBox } from "../../secret-box.js";

/**
 * Registering a Comet server from the command line (`npm run server:register`); the GraphQL
 * mutations (mutations.ts) share `checkCometServer` and the same rules. Credentials are checked against the server before anything is stored, the admin password
 * is sealed with AES-256-GCM, and re-registering the same profile name updates it in place.
 */

export const RegisterServerModel = z.object({
  profileName: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "lower-case letters, digits, - and _, at most 40 characters"),
  name: z.string().trim().min(1).max(120).optional(),
  baseUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL")
    .transform((u) => (u.endsWith("/") ? u : `${u}/`)),
  adminUsername: z.string().min(1),
  adminPassword: z.string().min(1),
  /** Owning MSP (slug); absent = a platform-shared server mapped per organization. */
  mspSlug: z.string().optional(),
  /** Comet organization id -> MSP slug, for shared servers. */
  tenantLinks: z.array(z.object({ organizationId: z.string(), mspSlug: z.string() })).default([]),
});
export type RegisterServerInput = z.input<typeof RegisterServerModel>;

/**
 * Signs in to a Comet server with admin credentials and returns its version (undefined when it
 * reports none). Throws CometAuthError for wrong credentials and CometNetworkError when it cannot
 * be reached: callers check before they write anything.
 */
export async function checkCometServer(
  server: { baseUrl: string; adminUsername: string; adminPassword: string },
  timeoutMs = 15_000,
): Promise<string | undefined> {
  const client = new CometClient({
    baseUrl: server.baseUrl,
    username: server.adminUsername,
    password: server.adminPassword,
    timeoutMs,
  });
  return (await client.metaVersion()).Version || undefined;
}

export class RegisterServerError extends Error {
  override name = "RegisterServerError";
}

export async function registerCometServer(
  prisma: PrismaClient,
  secrets: SecretBox,
  raw: RegisterServerInput,
  opts: { verify?: boolean } = {},
) {
  const input = RegisterServerModel.parse(raw);
  const slugs = [
    ...new Set([input.mspSlug, ...input.tenantLinks.map((l) => l.mspSlug)].filter((s) => s !== undefined)),
  ];
  const msps = await prisma.msp.findMany({ where: { slug: { in: slugs } } });
  const mspId = (slug: string) => {
    const msp = msps.find((m) => m.slug === slug);
    if (!msp) throw new RegisterServerError(`unknown MSP "${slug}"`);
    return msp.id;
  };
  const ownerId = input.mspSlug ? mspId(input.mspSlug) : null;
  const links = input.tenantLinks.map((l) => ({ organizationId: l.organizationId, mspId: mspId(l.mspSlug) }));

  // Throws CometAuthError / CometNetworkError before anything is written.
  const serverVersion = opts.verify !== false ? await checkCometServer(input) : undefined;

  const data = {
    name: input.name ?? input.profileName,
    baseUrl: input.baseUrl,
    adminUsername: input.adminUsername,
    adminPasswordEnc: secrets.encrypt(input.adminPassword),
    mspId: ownerId,
    isEnabled: true,
    ...(serverVersion ? { serverVersion } : {}),
  };
  return prisma.$transaction(async (tx) => {
    const server = await tx.cometServer.upsert({
      where: { profileName: input.profileName },
      create: { profileName: input.profileName, ...data },
      update: data,
    });
    await tx.cometTenantLink.deleteMany({ where: { serverId: server.id } });
    if (links.length > 0)
      await tx.cometTenantLink.createMany({ data: links.map((l) => ({ ...l, serverId: server.id })) });
    return server;
  });
}
