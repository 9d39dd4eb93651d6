import { assignAccountsToCustomer } from "../../core/accounts/assign.js";
import { audit } from "../../core/audit.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { scopeWhere } from "../../core/tenancy.js";
import { builder, type Context } from "../builder.js";
import { findCustomer, mspAdminScopes } from "../customers/mutations.js";

/**
 * Assigning Comet accounts to customers. The move itself (account, devices, items, vaults, jobs,
 * snoozes in one transaction) is tenancy.ts's; here are the checks that must all pass first, so
 * a refused request moves nothing. Accounts already where they are asked to go are left alone.
 */

const maxAccounts = 500;

type Moved = Awaited<ReturnType<typeof assignAccountsToCustomer>>;
const nothingMoved: Moved = { accounts: 0, devices: 0, items: 0, vaults: 0, jobs: 0 };

interface LinkResult {
  customerId: string | null;
  accountIds: string[];
  moved: Moved;
}

const LinkAccountsPayload = builder.objectRef<LinkResult>("LinkAccountsPayload").implement({
  description: "Accounts after a link or unlink, with how many rows moved into (or out of) the customer.",
  fields: (t) => ({
    customer: t.prismaField({
      type: "Customer",
      nullable: true,
      description: "The customer the accounts now belong to; null after unlinking.",
      resolve: (query, result, _args, ctx) => {
        // Read before the early return: plugin-prisma warns about a selection that was never used.
        const selection = { ...query };
        return result.customerId
          ? ctx.prisma.customer.findUnique({ ...selection, where: { id: result.customerId } })
          : null;
      },
    }),
    accounts: t.prismaField({
      type: ["CometAccount"],
      description: "The accounts named in the input, as they are now.",
      resolve: (query, result, _args, ctx) =>
        ctx.prisma.cometAccount.findMany({
          ...query,
          where: { id: { in: result.accountIds } },
          orderBy: [{ username: "asc" }, { id: "asc" }],
        }),
    }),
    movedAccounts: t.int({
      description: "Accounts that changed customer (accounts already there are not counted).",
      resolve: (r) => r.moved.accounts,
    }),
    movedDevices: t.int({ description: "Devices that moved with them.", resolve: (r) => r.moved.devices }),
    movedProtectedItems: t.int({ description: "Protected items that moved with them.", resolve: (r) => r.moved.items }),
    movedStorageVaults: t.int({ description: "Storage vaults that moved with them.", resolve: (r) => r.moved.vaults }),
    movedJobs: t.int({ description: "Jobs (history included) that moved with them.", resolve: (r) => r.moved.jobs }),
  }),
});

/** The named accounts, all visible to the viewer and of one MSP; NotFoundError before anything moves otherwise. */
async function findAccounts(ctx: Context, viewer: Viewer, globalIds: (string | number)[]) {
  if (globalIds.length === 0 || globalIds.length > maxAccounts) {
    throw InvalidInputError.field(["input", "accountIds"], `choose 1 to ${maxAccounts} accounts`);
  }
  const ids = [
    ...new Set(globalIds.map((id, i) => requireLocalId(id, "CometAccount", ["input", "accountIds", String(i)]))),
  ];
  const accounts = await ctx.prisma.cometAccount.findMany({
    where: { id: { in: ids }, AND: [scopeWhere(viewer)] },
    select: { id: true, mspId: true, customerId: true },
  });
  if (accounts.length !== ids.length) throw new NotFoundError("CometAccount");
  return { ids, accounts };
}

const LinkAccountsToCustomerInput = builder.inputType("LinkAccountsToCustomerInput", {
  description: "Accounts to assign to one customer of their MSP.",
  fields: (t) => ({
    accountIds: t.idList({ required: true, description: `Global IDs of the accounts (1 to ${maxAccounts}).` }),
    customerId: t.id({ required: true, description: "Global ID of the customer." }),
  }),
});

builder.mutationField("linkAccountsToCustomer", (t) =>
  t.withAuth(mspAdminScopes).field({
    type: LinkAccountsPayload,
    errors: { types: [InvalidInputError, NotFoundError, ConflictError, ForbiddenError] },
    description:
      "Assigns Comet accounts to a customer; their devices, protected items, vaults and job history move with " +
      "them, so the customer's members see them at once. All or nothing: an account you cannot see fails " +
      "with NotFoundError and nothing moves; an archived customer fails with ConflictError.",
    args: {
      input: t.arg({
        type: LinkAccountsToCustomerInput,
        required: true,
        description: "What to change; see the input type.",
      }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const customer = await findCustomer(ctx, viewer, input.customerId, ["input", "customerId"]);
      const { ids, accounts } = await findAccounts(ctx, viewer, input.accountIds);
      if (customer.status === "ARCHIVED") {
        throw new ConflictError("the customer is archived; restore it before linking accounts");
      }
      if (accounts.some((a) => a.mspId !== customer.mspId)) {
        throw InvalidInputError.field(["input", "accountIds"], "every account must belong to the customer's MSP");
      }
      const toMove = accounts.filter((a) => a.customerId !== customer.id);
      if (toMove.length === 0) return { customerId: customer.id, accountIds: ids, moved: nothingMoved };
      const moved = await assignAccountsToCustomer(
        ctx.prisma,
        toMove.map((a) => a.id),
        customer.id,
      );
      await audit(ctx, {
        action: "customer.linkAccounts",
        targetType: "Customer",
        targetId: customer.id,
        mspId: customer.mspId,
        customerId: customer.id,
        details: {
          accounts: toMove.map((a) => ({ id: a.id, fromCustomerId: a.customerId })),
          moved,
        },
      });
      return { customerId: customer.id, accountIds: ids, moved };
    },
  }),
);

const UnlinkAccountsInput = builder.inputType("UnlinkAccountsInput", {
  description: "Accounts to take out of their customers (back to unassigned).",
  fields: (t) => ({
    accountIds: t.idList({ required: true, description: `Global IDs of the accounts (1 to ${maxAccounts}).` }),
  }),
});

builder.mutationField("unlinkAccounts", (t) =>
  t.withAuth(mspAdminScopes).field({
    type: LinkAccountsPayload,
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError] },
    description:
      "Makes Comet accounts unassigned again; their devices and history leave the customer with them. " +
      "All or nothing: an account you cannot see fails with NotFoundError and nothing moves.",
    args: {
      input: t.arg({ type: UnlinkAccountsInput, required: true, description: "What to change; see the input type." }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      const { ids, accounts } = await findAccounts(ctx, viewer, input.accountIds);
      const mspIds = new Set(accounts.map((a) => a.mspId));
      if (mspIds.size > 1) throw InvalidInputError.field(["input", "accountIds"], "accounts must belong to one MSP");
      const toMove = accounts.filter((a) => a.customerId !== null);
      if (toMove.length === 0) return { customerId: null, accountIds: ids, moved: nothingMoved };
      const moved = await assignAccountsToCustomer(
        ctx.prisma,
        toMove.map((a) => a.id),
        null,
      );
      await audit(ctx, {
        action: "customer.unlinkAccounts",
        targetType: "CometAccount",
        targetId: toMove.length === 1 ? toMove[0]!.id : null,
        mspId: toMove[0]!.mspId,
        // The customer's own trail shows the change when all the accounts came from one customer.
        customerId: new Set(toMove.map((a) => a.customerId)).size === 1 ? toMove[0]!.customerId : null,
        details: {
          accounts: toMove.map((a) => ({ id: a.id, fromCustomerId: a.customerId })),
          moved,
        },
      });
      return { customerId: null, accountIds: ids, moved };
    },
  }),
);
