import { randomUUID } from "node:crypto";
import { hashPassword } from "../core/auth/credentials.js";
import type { PrismaClient } from "../prisma/db.js";
import type { CustomerRole, MspRole } from "../prisma/generated/prisma/enums.js";
import type { SecretBox } from "../secret-box.js";

/**
 * Tenant builders for tests: every test seeds its own MSPs, customers and people with unique
 * names, so tests never depend on each other's rows (or on the demo seed).
 */

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createMsp(prisma: PrismaClient, name = "Test MSP") {
  return prisma.msp.create({ data: { slug: unique("msp"), name } });
}

/** `slug` becomes the customer's externalRef: simulator usernames of its accounts start with `${slug}-`. */
export async function createCustomer(prisma: PrismaClient, mspId: string, slug: string, name = slug) {
  return prisma.customer.create({ data: { mspId, externalRef: slug, name } });
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
  if ("platform" in membership) {
    await prisma.platformOperator.create({ data: { userId: user.id } });
  } else if ("mspId" in membership) {
    await prisma.mspMembership.create({ data: { userId: user.id, mspId: membership.mspId, role: membership.role } });
  } else {
    await prisma.customerMembership.create({
      data: { userId: user.id, customerId: membership.customerId, role: membership.role },
    });
  }
  return { email, password, userId: user.id };
}

/** Registers a (simulated) Comet server, owned by an MSP or platform-shared with org -> MSP links. */
export async function registerServer(
  prisma: PrismaClient,
  secrets: SecretBox,
  o: {
    baseUrl: string;
    mspId?: string | null;
    links?: Record<string, string>;
    admin?: { username: string; password: string };
  },
) {
  const admin = o.admin ?? { username: "admin", password: "admin" };
  const server = await prisma.cometServer.create({
    data: {
      profileName: unique("server"),
      name: "Simulated Comet",
      baseUrl: o.baseUrl,
      adminUsername: admin.username,
      adminPasswordEnc: secrets.encrypt(admin.password),
      mspId: o.mspId ?? null,
    },
  });
  for (const [organizationId, mspId] of Object.entries(o.links ?? {})) {
    await prisma.cometTenantLink.create({ data: { serverId: server.id, organizationId, mspId } });
  }
  return server;
}
