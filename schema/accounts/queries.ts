import { localId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import { builder, type ViewerContext } from "../builder.js";

builder.queryField("accounts", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "CometAccount",
      cursor: "id",
      description:
        "Comet accounts of the viewer's tenant (all for the platform operator, the MSP's for its staff, the " +
        "customer's for its members), ordered by username. Accounts Comet no longer lists stay, with `missingSince`.",
      extensions: { forwardPagination: true },
      args: {
        customerId: t.arg.id({ description: "Only accounts of this customer (its global ID)." }),
        serverId: t.arg.id({ description: "Only accounts on this Comet server (its global ID)." }),
        isUnassigned: t.arg.boolean({
          description: "Only accounts not assigned to any customer (true) or only assigned ones (false).",
        }),
        search: t.arg.string({
          description: "Case-insensitive match on the username or the account name, or an exact email address.",
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.cometAccount.count({ where: accountsWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.cometAccount.findMany({
          ...query,
          where: accountsWhere(ctx, args),
          orderBy: [{ username: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of Comet accounts." },
    { description: "A Comet account in a page of accounts." },
  ),
);

interface AccountsArgs {
  customerId?: string | number | null;
  serverId?: string | number | null;
  isUnassigned?: boolean | null;
  search?: string | null;
}

function accountsWhere(ctx: ViewerContext, args: AccountsArgs): Prisma.CometAccountWhereInput {
  const search = args.search?.trim();
  // An id of another type matches nothing, like an id of another tenant.
  const filters: Prisma.CometAccountWhereInput[] = [scopeWhere(ctx.viewer)];
  if (args.customerId != null) filters.push({ customerId: localId(args.customerId, "Customer") ?? "" });
  if (args.serverId != null) filters.push({ serverId: localId(args.serverId, "CometServer") ?? "" });
  if (args.isUnassigned != null) filters.push({ customerId: args.isUnassigned ? null : { not: null } });
  if (search) {
    filters.push({
      OR: [
        { username: { contains: search, mode: "insensitive" } },
        { accountName: { contains: search, mode: "insensitive" } },
        { emails: { has: search } },
      ],
    });
  }
  // AND-ed with the tenant fragment: the filters can only narrow the scope, never widen it.
  return { AND: filters };
}
