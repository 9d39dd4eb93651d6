import { encodeGlobalID } from "@pothos/plugin-relay";
import { requireViewer } from "../../core/auth/viewer.js";
import { customerWhere } from "../../core/tenancy.js";
import { builder } from "../builder.js";
import { TenantStatusRef } from "../msps/msp.js";
import { deviceCount } from "./counts.js";

/**
 * An end customer of an MSP. Only scalar fields and names: nothing here leads to a sibling
 * customer, so a customer member cannot reach beyond its own tenant through this type.
 */
builder.prismaNode("Customer", {
  id: { field: "id" },
  nullable: true,
  // AND, not spread: for customer members the fragment carries their own `id`, which would replace the looked-up one.
  findUnique: (id, ctx) => ({ id, AND: [customerWhere(requireViewer(ctx))] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Display name of the customer." }),
    externalRef: t.exposeString("externalRef", { nullable: true }),
    status: t.expose("status", { type: TenantStatusRef, description: "Lifecycle state of the customer." }),
    notes: t.exposeString("notes", { nullable: true, description: "Free-form notes of the MSP about this customer." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the customer was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the customer was last changed." }),
    mspId: t.id({
      description: "Global ID of the MSP the customer belongs to.",
      resolve: (customer) => encodeGlobalID("Msp", customer.mspId),
    }),
    mspName: t.string({
      description: "Name of the MSP the customer belongs to.",
      select: { msp: { select: { name: true } } },
      resolve: (customer) => customer.msp.name,
    }),
    // A customer's accounts are always within the tenant of whoever can see the customer.
    accountCount: t.relationCount("accounts", {
      description: "Comet accounts assigned to the customer, including ones Comet no longer lists.",
    }),
    deviceCount: t.withAuth({ viewer: true }).int({
      description: "Devices of the customer's accounts; devices removed from Comet are not counted.",
      resolve: (customer, _args, ctx) => deviceCount(ctx, "customerId", customer.id),
    }),
  }),
});
