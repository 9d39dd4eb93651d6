import { z } from "zod";
import { CometClient } from "../../comet/client/index.js";
import type { PrismaClient } from "../../prisma/db.js";
import type { SecretBox } from "../../secret-box.js";

/**
 * Registering a Comet server: the one write path for `CometServer` rows, used by
 * `npm run server:register` now and by the registerCometServer mutation of the API issue.
 * Credentials are checked against the server before anything is stored, the admin password
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

  let serverVersion: string | undefined;
  if (opts.verify !== false) {
    // Throws CometAuthError / CometNetworkError before anything is written.
    const client = new CometClient({
      baseUrl: input.baseUrl,
      username: input.adminUsername,
      password: input.adminPassword,
      timeoutMs: 15_000,
    });
    serverVersion = (await client.metaVersion()).Version || undefined;
  }

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
