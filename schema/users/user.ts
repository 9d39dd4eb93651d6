import { requireViewer } from "../../core/auth/viewer.js";
import { localId } from "../../core/global-id.js";
import { customerMembershipWhere, mspMembershipWhere, userWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder } from "../builder.js";
import {
  customerMembershipRow,
  customerMembershipSelect,
  MembershipRef,
  type MembershipRow,
  mspMembershipRow,
  mspMembershipSelect,
} from "./membership.js";

/**
 * People, as the admins who manage them see them: an MSP admin sees the people of its MSP and of
 * its customers, a customer owner the people of its customer, the operator everyone. A person's
 * memberships are shown only where the viewer may see them, so an MSP admin never learns that one
 * of its people also works for another MSP.
 */

const UserStatusRef = builder.enumType("UserStatus", {
  description: "Whether a person can sign in.",
  values: {
    ACTIVE: { description: "Can sign in." },
    INVITED: { description: "Has not accepted an invitation yet; cannot sign in." },
    DISABLED: { description: "Disabled by an administrator; cannot sign in." },
  } as const,
});

const byAge = [{ createdAt: "asc" as const }, { id: "asc" as const }];

builder.prismaNode("User", {
  id: { field: "id" },
  nullable: true,
  description: "A person who can sign in.",
  findUnique: (id, ctx) => ({ id, AND: [userWhere(requireViewer(ctx))] }),
  fields: (t) => ({
    email: t.exposeString("email", { description: "Sign-in email, lower-cased." }),
    name: t.exposeString("name", { description: "Display name, as the person gave it." }),
    status: t.expose("status", { type: UserStatusRef, description: "Whether the person can sign in." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the person joined." }),
    memberships: t.withAuth({ viewer: true }).field({
      type: [MembershipRef],
      description:
        "The person's memberships that you may see (your MSP and its customers, or your customer); " +
        "the platform role only for the platform operator.",
      // Part of the users page query itself (plugin-prisma merges it), so a page costs no extra round trip.
      select: (_args, ctx) => {
        const { viewer } = ctx;
        return {
          platformOperator: { select: { userId: true, createdAt: true } },
          mspMemberships: { where: mspMembershipWhere(viewer), select: mspMembershipSelect, orderBy: byAge },
          customerMemberships: {
            where: customerMembershipWhere(viewer),
            select: customerMembershipSelect,
            orderBy: byAge,
          },
        };
      },
      resolve: (user, _args, ctx) => {
        const rows: MembershipRow[] = [];
        if (user.platformOperator && ctx.viewer.kind === "platform") {
          const { userId, createdAt } = user.platformOperator;
          rows.push({ kind: "PLATFORM", id: userId, userId, role: "PLATFORM_OPERATOR", createdAt });
        }
        return [
          ...rows,
          ...user.mspMemberships.map(mspMembershipRow),
          ...user.customerMemberships.map(customerMembershipRow),
        ];
      },
    }),
  }),
});

/** The `users` filter: the viewer's fragment, then the optional search and customer. */
function usersWhere(
  viewer: Parameters<typeof userWhere>[0],
  args: { search?: string | null; customerId?: string | number | null },
): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [userWhere(viewer)];
  const search = args.search?.trim();
  if (search) {
    and.push({
      OR: [{ email: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }],
    });
  }
  if (args.customerId != null) {
    // A wrong or foreign customer ID matches nobody (the membership fragment keeps it in scope).
    const customerId = localId(args.customerId, "Customer") ?? "";
    and.push({ customerMemberships: { some: { customerId, AND: [customerMembershipWhere(viewer)] } } });
  }
  return { AND: and };
}

builder.queryField("users", (t) =>
  t.withAuth({ person: true }).prismaConnection(
    {
      type: "User",
      cursor: "id",
      description:
        "People you manage, by email: MSP admins see their MSP's and its customers' people, customer owners " +
        "their customer's, the platform operator everyone. Empty for other roles.",
      extensions: { forwardPagination: true },
      args: {
        search: t.arg.string({ description: "Part of the email or name (case-insensitive)." }),
        customerId: t.arg.id({ description: "Only members of this customer (its global ID)." }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.user.count({ where: usersWhere(ctx.viewer, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.user.findMany({
          ...query,
          where: usersWhere(ctx.viewer, args),
          orderBy: [{ email: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of people." },
    { description: "A person in a page of people." },
  ),
);
