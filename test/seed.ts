import { randomUUID } from "node:crypto";
import { hashPassword } from "../core/auth/credentials.js";
import type { PrismaClient } from "../prisma/db.js";
import type { CustomerRole, MspRole, TenantStatus } from "../prisma/generated/prisma/enums.js";
import type { SecretBox } from "../secret-box.js";

/**
 * The row builders under the world builder (`world.ts`): every test seeds its own MSPs,
 * customers and people with unique names, so tests never depend on each other's rows (or on the
 * demo seed). Tests describe their tenants with `world()`; these are its single steps.
 */

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createMsp(prisma: PrismaClient, name = "Test MSP", slug = unique("msp")) {
  return prisma.msp.create({ data: { slug, name } });
}

/** `slug` becomes the customer's externalRef: simulator usernames of its accounts start with `${slug}-`. */
export async function createCustomer(
  prisma: PrismaClient,
  mspId: string,
  slug: string | null,
  name = slug ?? "Test customer",
  o: { status?: TenantStatus } = {},
) {
  return prisma.customer.create({ data: { mspId, externalRef: slug, name, status: o.status } });
}

export interface TestLogin {
  email: string;
  password: string;
  userId: string;
}

export type Membership =
  | { platform: true }
  | { mspId: string; role: MspRole }
  | { customerId: string; role: CustomerRole };

export async function createLogin(prisma: PrismaClient, membership: Membership): Promise<TestLogin> {
  const email = `${unique("user")}@test.example`;
  const password = unique("pw");
  const user = await prisma.user.create({
    data: { email, name: email, passwordHash: await hashPassword(password) },
  });
  await addMembership(prisma, user.id, membership);
  return { email, password, userId: user.id };
}

export async function addMembership(prisma: PrismaClient, userId: string, membership: Membership) {
  if ("platform" in membership) {
    await prisma.platformOperator.create({ data: { userId } });
  } else if ("mspId" in membership) {
    await prisma.mspMembership.create({ data: { userId, mspId: membership.mspId, role: membership.role } });
  } else {
    await prisma.customerMembership.create({
      data: { userId, customerId: membership.customerId, role: membership.role },
    });
  }
}

/**
 * Registers a (simulated) Comet server, owned by an MSP or platform-shared with org -> MSP links.
 * Without a secret box (tests that never connect to it) the sealed password is a placeholder.
 */
export async function registerServer(
  prisma: PrismaClient,
  secrets: SecretBox | undefined,
  o: {
    baseUrl: string;
    mspId?: string | null;
    links?: Record<string, string>;
    admin?: { username: string; password: string };
    profileName?: string;
    name?: string;
    isEnabled?: boolean;
  },
) {
  const admin = o.admin ?? { username: "admin", password: "admin" };
  const server = await prisma.cometServer.create({
    data: {
      profileName: o.profileName ?? unique("server"),
      name: o.name ?? "Simulated Comet",
      baseUrl: o.baseUrl,
      adminUsername: admin.username,
      adminPasswordEnc: secrets ? secrets.encrypt(admin.password) : "unsealed-in-tests",
      mspId: o.mspId ?? null,
      isEnabled: o.isEnabled,
    },
  });
  for (const [organizationId, mspId] of Object.entries(o.links ?? {})) {
    await prisma.cometTenantLink.create({ data: { serverId: server.id, organizationId, mspId } });
  }
  return server;
}
