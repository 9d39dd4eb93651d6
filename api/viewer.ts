import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "../prisma/db.js";
import type { Viewer } from "../schema/tenancy.js";

/**
 * Who is calling. Until sessions and API keys arrive, a request authenticates with HTTP Basic
 * (email + password). Verified once per request; every failure is just `null` so the API says
 * "invalid credentials" and nothing about which part was wrong.
 */

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const dummy = () => {
  dummyHash ??= hashPassword("partner-hub-timing-equaliser");
  return dummyHash;
};

export function parseBasicAuth(header: string | null | undefined): { email: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 1) return null;
  return { email: decoded.slice(0, colon).trim().toLowerCase(), password: decoded.slice(colon + 1) };
}

export function basicAuthHeader(email: string, password: string): string {
  return `Basic ${Buffer.from(`${email}:${password}`).toString("base64")}`;
}

export async function resolveViewer(
  prisma: PrismaClient,
  authorization: string | null | undefined,
): Promise<Viewer | null> {
  const credentials = parseBasicAuth(authorization);
  if (!credentials) return null;
  const user = await prisma.user.findUnique({
    where: { email: credentials.email },
    select: {
      id: true,
      email: true,
      status: true,
      passwordHash: true,
      platformOperator: { select: { userId: true } },
      mspMemberships: { select: { mspId: true, role: true }, orderBy: { createdAt: "asc" }, take: 1 },
      customerMemberships: {
        select: { customerId: true, role: true, customer: { select: { mspId: true } } },
        orderBy: { createdAt: "asc" },
        take: 1,
      },
    },
  });
  const passwordOk = await verify(user?.passwordHash ?? (await dummy()), credentials.password).catch(() => false);
  if (!user?.passwordHash || !passwordOk || user.status !== "ACTIVE") return null;
  return viewerOf(user);
}

type UserRow = {
  id: string;
  email: string;
  platformOperator: { userId: string } | null;
  mspMemberships: { mspId: string; role: "MSP_ADMIN" | "MSP_OPERATOR" }[];
  customerMemberships: {
    customerId: string;
    role: "CUSTOMER_OWNER" | "CUSTOMER_VIEWER";
    customer: { mspId: string };
  }[];
};

/**
 * The widest role wins (platform > MSP > customer), and the oldest membership of that kind.
 * Switching between several tenants of one user comes with sessions.
 */
function viewerOf(user: UserRow): Viewer | null {
  const base = { userId: user.id, email: user.email };
  if (user.platformOperator) return { kind: "platform", ...base };
  const msp = user.mspMemberships[0];
  if (msp) return { kind: "msp", ...base, mspId: msp.mspId, role: msp.role };
  const customer = user.customerMemberships[0];
  if (customer) {
    return {
      kind: "customer",
      ...base,
      mspId: customer.customer.mspId,
      customerId: customer.customerId,
      role: customer.role,
    };
  }
  // A user with no membership can sign in but sees nothing; treat as unauthenticated for now.
  return null;
}
