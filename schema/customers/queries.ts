import { localId } from "../../core/global-id.js";
import { customerWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import type { TenantStatus } from "../../prisma/generated/prisma/enums.js";
import { builder, type ViewerContext } from "../builder.js";
import { TenantStatusRef } from "../msps/msp.js";

builder.queryField("customers", (t) =>
  t.withAuth({ capability: "READ" }).prismaConnection(
    {
      type: "Customer",
      cursor: "id",
      description:
        "Customers of the viewer's tenant (all for the platform operator, the MSP's for its staff, only its own " +
        "for a customer member), ordered by name.",
      extensions: { forwardPagination: true },
      args: {
        search: t.arg.string({ description: "Case-insensitive match on the name or the external reference." }),
        status: t.arg({
          type: [TenantStatusRef],
          description: "Only customers in one of these states; every state when omitted.",
        }),
        mspId: t.arg.id({
          description: "Only customers of this MSP (its global ID); for the platform operator, who sees every MSP.",
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.customer.count({ where: customersWhere(ctx, args) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.customer.findMany({
          ...query,
          where: customersWhere(ctx, args),
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
    },
    { description: "A page of customers." },
    { description: "A customer in a page of customers." },
  ),
);

interface CustomersArgs {
  search?: string | null;
  status?: TenantStatus[] | null;
  mspId?: string | number | null;
}

function customersWhere(ctx: ViewerContext, args: CustomersArgs): Prisma.CustomerWhereInput {
  const search = args.search?.trim();
  // An id of another type matches nothing, like an id of another tenant.
  const mspId = args.mspId == null ? undefined : (localId(args.mspId, "Msp") ?? "");
  return {
    // AND-ed with the tenant fragment: the filters can only narrow the scope, never widen it.
    AND: [customerWhere(ctx.viewer), mspId === undefined ? {} : { mspId }],
    ...(args.status ? { status: { in: args.status } } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { externalRef: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

builder.queryField("customer", (t) =>
  t.withAuth({ capability: "READ" }).prismaField({
    type: "Customer",
    nullable: true,
    description: "One customer by global ID; null when it does not exist or is not yours.",
    args: { id: t.arg.id({ required: true, description: "Global ID of the customer." }) },
    resolve: (query, _parent, args, ctx) => {
      // Read before any early return: plugin-prisma warns about a selection that was never used.
      const selection = { ...query };
      const id = localId(args.id, "Customer");
      if (!id) return null;
      return ctx.prisma.customer.findFirst({ ...selection, where: { id, AND: [customerWhere(ctx.viewer)] } });
    },
  }),
);
