import { z } from "zod";
import { audit } from "../../core/audit.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { localId, requireLocalId } from "../../core/global-id.js";
import { customerWhere, mspWhere } from "../../core/tenancy.js";
import type { Customer } from "../../prisma/generated/prisma/client.js";
import type { TenantStatus } from "../../prisma/generated/prisma/enums.js";
import { builder, type Context } from "../builder.js";

/**
 * Customer lifecycle for whoever administers an MSP: its admins, the platform operator and
 * MSP-wide API keys with ADMIN. Every check runs before the single write, and each change
 * writes one audit row; a change to the current state is a success without a write.
 */

/**
 * MSP-wide callers (never a customer member or a customer-scoped key) that may administer it: MSP
 * staff with ADMIN, which is exactly MSP admins, the platform operator and MSP-wide keys with
 * ADMIN. Behind these scopes (`t.withAuth`) the viewer is an `MspStaffViewer`.
 */
export const mspAdminScopes = { $all: { mspStaff: true, capability: "ADMIN" } } as const;

const nameModel = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
// Empty (after trimming) clears the value.
const externalRefModel = z.string().trim().max(100, "must be at most 100 characters").nullish();
const notesModel = z.string().trim().max(5000, "must be at most 5000 characters").nullish();
const emptyToNull = (value: string | null | undefined) => (value ? value : null);

const CreateCustomerInput = builder.inputType("CreateCustomerInput", {
  description: "A new customer of an MSP.",
  fields: (t) => ({
    mspId: t.id({
      description: "Global ID of the MSP; required for the platform operator, your own MSP otherwise.",
    }),
    name: t.string({ required: true, description: "Display name (1-200 characters).", validate: nameModel }),
    externalRef: t.string({
      description: "The MSP's own reference (PSA/CRM id, up to 100 characters); unique within the MSP.",
      validate: externalRefModel,
    }),
    notes: t.string({ description: "Free-form notes (up to 5000 characters).", validate: notesModel }),
  }),
});

builder.mutationField("createCustomer", (t) =>
  t.withAuth(mspAdminScopes).prismaField({
    type: "Customer",
    errors: { types: [InvalidInputError, NotFoundError, ConflictError, ForbiddenError] },
    description:
      "Creates a customer of an MSP (MSP admins, the platform operator, API keys with ADMIN). " +
      "Fails with ConflictError when another customer of the MSP has the same external reference.",
    args: {
      input: t.arg({ type: CreateCustomerInput, required: true, description: "What to change; see the input type." }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      const mspId = await targetMspId(ctx, viewer, input.mspId);
      const externalRef = emptyToNull(input.externalRef);
      await assertExternalRefFree(ctx, mspId, externalRef, null);
      const customer = await ctx.prisma.customer
        .create({ data: { mspId, name: input.name, externalRef, notes: emptyToNull(input.notes) } })
        .catch(rethrowDuplicate);
      await audit(ctx, {
        action: "customer.create",
        targetType: "Customer",
        targetId: customer.id,
        mspId,
        customerId: customer.id,
        details: { name: customer.name, externalRef },
      });
      return ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: customer.id } });
    },
  }),
);

export async function targetMspId(ctx: Context, viewer: Viewer, globalId: string | number | null | undefined) {
  if (viewer.kind !== "platform") {
    // Naming another MSP looks exactly like naming one that does not exist.
    if (globalId != null && localId(globalId, "Msp") !== viewer.mspId) throw new NotFoundError("Msp");
    return viewer.mspId;
  }
  if (globalId == null) throw InvalidInputError.field(["input", "mspId"], "is required for the platform operator");
  const id = requireLocalId(globalId, "Msp", ["input", "mspId"]);
  const msp = await ctx.prisma.msp.findFirst({ where: { id, AND: [mspWhere(viewer)] }, select: { id: true } });
  if (!msp) throw new NotFoundError("Msp");
  return msp.id;
}

async function assertExternalRefFree(ctx: Context, mspId: string, externalRef: string | null, exceptId: string | null) {
  if (!externalRef) return;
  const taken = await ctx.prisma.customer.findFirst({
    where: { mspId, externalRef, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new ConflictError(`another customer of this MSP already has the external reference "${externalRef}"`);
}

/** Two concurrent writes with one external reference: the unique index decides, the loser gets the same typed error. */
function rethrowDuplicate(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") {
    throw new ConflictError("another customer of this MSP already has this external reference");
  }
  throw error;
}

/** A customer the viewer may administer, or NotFoundError. */
export async function findCustomer(ctx: Context, viewer: Viewer, globalId: string | number, path: string[]) {
  const id = requireLocalId(globalId, "Customer", path);
  const customer = await ctx.prisma.customer.findFirst({ where: { id, AND: [customerWhere(viewer)] } });
  if (!customer) throw new NotFoundError("Customer");
  return customer;
}

const UpdateCustomerInput = builder.inputType("UpdateCustomerInput", {
  description: "Changes to a customer; omitted fields stay as they are.",
  fields: (t) => ({
    id: t.id({ required: true, description: "Global ID of the customer." }),
    name: t.string({ description: "New display name (1-200 characters).", validate: nameModel.nullish() }),
    externalRef: t.string({
      description: "New external reference; null or empty removes it. Unique within the MSP.",
      validate: externalRefModel,
    }),
    notes: t.string({ description: "New notes; null or empty removes them.", validate: notesModel }),
  }),
});

builder.mutationField("updateCustomer", (t) =>
  t.withAuth(mspAdminScopes).prismaField({
    type: "Customer",
    errors: { types: [InvalidInputError, NotFoundError, ConflictError, ForbiddenError] },
    description:
      "Renames a customer or changes its external reference or notes. Fails with ConflictError when " +
      "another customer of the MSP has the new external reference.",
    args: {
      input: t.arg({ type: UpdateCustomerInput, required: true, description: "What to change; see the input type." }),
    },
    resolve: async (query, _parent, { input }, ctx) => {
      const { viewer } = ctx;
      if (input.name === null) throw InvalidInputError.field(["input", "name"], "cannot be removed");
      const customer = await findCustomer(ctx, viewer, input.id, ["input", "id"]);
      const changes: Partial<Pick<Customer, "name" | "externalRef" | "notes">> = {};
      if (input.name != null && input.name !== customer.name) changes.name = input.name;
      if (input.externalRef !== undefined && emptyToNull(input.externalRef) !== customer.externalRef) {
        changes.externalRef = emptyToNull(input.externalRef);
      }
      if (input.notes !== undefined && emptyToNull(input.notes) !== customer.notes) {
        changes.notes = emptyToNull(input.notes);
      }
      if (Object.keys(changes).length > 0) {
        if (changes.externalRef) await assertExternalRefFree(ctx, customer.mspId, changes.externalRef, customer.id);
        await ctx.prisma.customer.update({ where: { id: customer.id }, data: changes }).catch(rethrowDuplicate);
        await audit(ctx, {
          action: "customer.update",
          targetType: "Customer",
          targetId: customer.id,
          mspId: customer.mspId,
          customerId: customer.id,
          details: {
            changed: Object.keys(changes),
            before: Object.fromEntries(Object.keys(changes).map((k) => [k, customer[k as keyof typeof changes]])),
          },
        });
      }
      return ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: customer.id } });
    },
  }),
);

const CustomerIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.id({ required: true, description: "Global ID of the customer." }) }),
  });

/** archiveCustomer / restoreCustomer: one status change, a no-op success when already there. */
function statusMutation(o: {
  field: string;
  input: ReturnType<typeof CustomerIdInput>;
  to: TenantStatus;
  from: TenantStatus[];
  action: string;
  description: string;
}) {
  builder.mutationField(o.field, (t) =>
    t.withAuth(mspAdminScopes).prismaField({
      type: "Customer",
      errors: { types: [InvalidInputError, NotFoundError, ForbiddenError] },
      description: o.description,
      args: { input: t.arg({ type: o.input, required: true, description: "What to change; see the input type." }) },
      resolve: async (query, _parent, { input }, ctx) => {
        const { viewer } = ctx;
        const customer = await findCustomer(ctx, viewer, input.id, ["input", "id"]);
        if (o.from.includes(customer.status)) {
          // Conditional on the status read above, so two concurrent calls write one audit row.
          const { count } = await ctx.prisma.customer.updateMany({
            where: { id: customer.id, status: customer.status },
            data: { status: o.to },
          });
          if (count === 1) {
            await audit(ctx, {
              action: o.action,
              targetType: "Customer",
              targetId: customer.id,
              mspId: customer.mspId,
              customerId: customer.id,
              details: { from: customer.status, to: o.to },
            });
          }
        }
        return ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: customer.id } });
      },
    }),
  );
}

statusMutation({
  field: "archiveCustomer",
  input: CustomerIdInput("ArchiveCustomerInput", "The customer to archive."),
  to: "ARCHIVED",
  from: ["ACTIVE", "SUSPENDED"],
  action: "customer.archive",
  description:
    "Archives a customer: it stays listed with status ARCHIVED, keeps its accounts and history, and no " +
    "more accounts can be linked to it. Archiving an archived customer changes nothing.",
});

statusMutation({
  field: "restoreCustomer",
  input: CustomerIdInput("RestoreCustomerInput", "The archived customer to restore."),
  to: "ACTIVE",
  from: ["ARCHIVED"],
  action: "customer.restore",
  description:
    "Restores an archived customer to ACTIVE. A customer that is not archived is returned unchanged " +
    "(a suspended customer stays suspended).",
});
