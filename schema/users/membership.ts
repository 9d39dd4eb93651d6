import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Viewer } from "../../core/auth/viewer.js";
import { InvalidInputError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import type { CustomerRole, MspRole } from "../../prisma/generated/prisma/enums.js";
import { ViewerRef } from "../auth/viewer.js";
import { builder, type Context } from "../builder.js";

/**
 * A membership is one scope a person can act in: the platform role, a role in an MSP, or a role
 * in one customer. Two tables (plus the operator table) behind one GraphQL type, so its global
 * ID carries the kind: `Membership:m:<id>`, `Membership:c:<id>`, `Membership:p:<userId>`.
 */

export const MspRoleRef = builder.enumType("MspRole", {
  description: "A person's role in an MSP.",
  values: {
    MSP_ADMIN: { description: "Administers the MSP: its customers, people, API keys and settings." },
    MSP_OPERATOR: { description: "Works with the MSP's fleet; cannot manage people or keys." },
  } as const,
});

export const CustomerRoleRef = builder.enumType("CustomerRole", {
  description: "A person's role in one customer of an MSP.",
  values: {
    CUSTOMER_OWNER: { description: "Sees the customer's fleet, can act on it and invite its people." },
    CUSTOMER_VIEWER: { description: "Read-only access to the customer's fleet." },
  } as const,
});

export const MembershipRoleRef = builder.enumType("MembershipRole", {
  description: "The role a membership grants (platform, MSP or customer roles in one list).",
  values: {
    PLATFORM_OPERATOR: { description: "Operates the whole platform; sees every tenant." },
    MSP_ADMIN: { description: "Administers one MSP." },
    MSP_OPERATOR: { description: "Works with one MSP's fleet." },
    CUSTOMER_OWNER: { description: "Owner at one customer of an MSP." },
    CUSTOMER_VIEWER: { description: "Read-only member of one customer of an MSP." },
  } as const,
});

export const MembershipKindRef = builder.enumType("MembershipKind", {
  description: "What a membership is a member of.",
  values: {
    PLATFORM: { description: "The platform itself (the operator role)." },
    MSP: { description: "A whole MSP." },
    CUSTOMER: { description: "One customer of an MSP." },
  } as const,
});

export type MembershipRow =
  | { kind: "PLATFORM"; id: string; userId: string; role: "PLATFORM_OPERATOR"; createdAt: Date }
  | { kind: "MSP"; id: string; userId: string; role: MspRole; createdAt: Date; mspId: string; mspName: string }
  | {
      kind: "CUSTOMER";
      id: string;
      userId: string;
      role: CustomerRole;
      createdAt: Date;
      mspId: string;
      mspName: string;
      customerId: string;
      customerName: string;
    };

const prefixOf = { PLATFORM: "p", MSP: "m", CUSTOMER: "c" } as const;

export const membershipGlobalId = (m: Pick<MembershipRow, "kind" | "id">) =>
  encodeGlobalID("Membership", `${prefixOf[m.kind]}:${m.id}`);

/** Which table a membership ID points into; an InvalidInputError on `path` when it is not a Membership ID. */
export function parseMembershipId(globalId: string | number, path: string[]) {
  const raw = requireLocalId(globalId, "Membership", path);
  const [prefix, id] = [raw.slice(0, 2), raw.slice(2)];
  if (prefix === "p:") return { kind: "PLATFORM" as const, id };
  if (prefix === "m:") return { kind: "MSP" as const, id };
  if (prefix === "c:") return { kind: "CUSTOMER" as const, id };
  throw InvalidInputError.field(path, "is not a Membership ID");
}

/** Whether the viewer of this request acts through the membership. */
export function isActiveFor(viewer: Viewer | null, m: MembershipRow): boolean {
  if (!viewer || viewer.kind === "apiKey" || viewer.userId !== m.userId) return false;
  if (m.kind === "PLATFORM") return viewer.kind === "platform";
  if (m.kind === "MSP") return viewer.kind === "msp" && viewer.mspId === m.mspId;
  return viewer.kind === "customer" && viewer.customerId === m.customerId;
}

export const MembershipRef = builder.objectRef<MembershipRow>("Membership").implement({
  description: "One scope a person can act in: the platform, an MSP, or one customer of an MSP, with a role.",
  fields: (t) => ({
    id: t.id({
      description: "Global ID of the membership (for `switchViewer`, `updateMembership`, `removeMembership`).",
      resolve: membershipGlobalId,
    }),
    kind: t.field({ type: MembershipKindRef, description: "What it is a membership of.", resolve: (m) => m.kind }),
    role: t.field({ type: MembershipRoleRef, description: "The role it grants.", resolve: (m) => m.role }),
    mspId: t.id({
      nullable: true,
      description: "Global ID of the MSP (for customer memberships, the customer's MSP); null for the platform role.",
      resolve: (m) => (m.kind === "PLATFORM" ? null : encodeGlobalID("Msp", m.mspId)),
    }),
    mspName: t.string({
      nullable: true,
      description: "Name of the MSP; null for the platform role.",
      resolve: (m) => (m.kind === "PLATFORM" ? null : m.mspName),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer for a customer membership; null otherwise.",
      resolve: (m) => (m.kind === "CUSTOMER" ? encodeGlobalID("Customer", m.customerId) : null),
    }),
    customerName: t.string({
      nullable: true,
      description: "Name of the customer for a customer membership; null otherwise.",
      resolve: (m) => (m.kind === "CUSTOMER" ? m.customerName : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the membership was granted." }),
    isActive: t.boolean({
      description: "Whether the current session acts through this membership (see `switchViewer`).",
      resolve: (m, _args, ctx) => isActiveFor(ctx.viewer, m),
    }),
  }),
});

/** The Prisma `select` that turns a user's membership rows into MembershipRows (see `membershipsOf`). */
export const membershipSelect = {
  id: true,
  userId: true,
  role: true,
  createdAt: true,
} as const;

type MspMembershipLoaded = {
  id: string;
  userId: string;
  role: MspRole;
  createdAt: Date;
  mspId: string;
  msp: { name: string };
};
type CustomerMembershipLoaded = {
  id: string;
  userId: string;
  role: CustomerRole;
  createdAt: Date;
  customerId: string;
  customer: { name: string; mspId: string; msp: { name: string } };
};

export const mspMembershipSelect = { ...membershipSelect, mspId: true, msp: { select: { name: true } } } as const;
export const customerMembershipSelect = {
  ...membershipSelect,
  customerId: true,
  customer: { select: { name: true, mspId: true, msp: { select: { name: true } } } },
} as const;

export const mspMembershipRow = (m: MspMembershipLoaded): MembershipRow => ({
  kind: "MSP",
  id: m.id,
  userId: m.userId,
  role: m.role,
  createdAt: m.createdAt,
  mspId: m.mspId,
  mspName: m.msp.name,
});

export const customerMembershipRow = (m: CustomerMembershipLoaded): MembershipRow => ({
  kind: "CUSTOMER",
  id: m.id,
  userId: m.userId,
  role: m.role,
  createdAt: m.createdAt,
  mspId: m.customer.mspId,
  mspName: m.customer.msp.name,
  customerId: m.customerId,
  customerName: m.customer.name,
});

/** Every membership of one person, platform role first, then MSPs, then customers (oldest first). */
export async function ownMemberships(ctx: Pick<Context, "prisma">, userId: string): Promise<MembershipRow[]> {
  const user = await ctx.prisma.user.findUnique({
    where: { id: userId },
    select: {
      platformOperator: { select: { userId: true, createdAt: true } },
      mspMemberships: { select: mspMembershipSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      customerMemberships: { select: customerMembershipSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!user) return [];
  const platform: MembershipRow[] = user.platformOperator
    ? [{ kind: "PLATFORM", id: userId, userId, role: "PLATFORM_OPERATOR", createdAt: user.platformOperator.createdAt }]
    : [];
  return [
    ...platform,
    ...user.mspMemberships.map(mspMembershipRow),
    ...user.customerMemberships.map(customerMembershipRow),
  ];
}

builder.objectField(ViewerRef, "memberships", (t) =>
  t.field({
    type: [MembershipRef],
    description:
      "Every scope the signed-in person can act in, with `isActive` on the current one; switch with " +
      "`switchViewer`. Empty for an API key.",
    resolve: (viewer, _args, ctx) => (viewer.kind === "apiKey" ? [] : ownMemberships(ctx, viewer.userId)),
  }),
);
