import { encodeGlobalID } from "@pothos/plugin-relay";
import { capabilitiesOf, kindOf } from "../../core/auth/capabilities.js";
import type { Viewer } from "../../core/auth/viewer.js";
import { builder } from "../builder.js";

/** The `me` query: who the API thinks is calling, and what that caller may see and do. */

export const CapabilityRef = builder.enumType("ApiKeyCapability", {
  description: "What a caller may do. Every caller that can see data has READ.",
  values: {
    READ: { description: "Run queries and subscriptions within the scope." },
    OPERATE: { description: "Act on devices and jobs within the scope (start, cancel, ...)." },
    ADMIN: { description: "Manage the tenant's settings within the scope." },
  } as const,
});

const ViewerKindRef = builder.enumType("ViewerKind", {
  description: "The kind of caller; decides what the API shows.",
  values: {
    PLATFORM_OPERATOR: { description: "Operates the whole platform; sees every tenant." },
    MSP_ADMIN: { description: "Administers one MSP: its customers, users and API keys." },
    MSP_OPERATOR: { description: "Works with one MSP's fleet; cannot manage users or keys." },
    CUSTOMER_OWNER: { description: "Owner at one customer of an MSP; sees that customer only." },
    CUSTOMER_VIEWER: { description: "Read-only member of one customer of an MSP." },
    API_KEY: { description: "An integration's API key, scoped to one MSP or one of its customers." },
  } as const,
});

export const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "The caller of this request (a signed-in person or an API key) and its scope.",
  fields: (t) => ({
    kind: t.field({ type: ViewerKindRef, description: "What kind of caller this is.", resolve: kindOf }),
    email: t.string({
      nullable: true,
      description: "The signed-in person's email; null for an API key.",
      resolve: (v) => (v.kind === "apiKey" ? null : v.email),
    }),
    mspId: t.id({
      nullable: true,
      description: "Global ID of the MSP the caller is scoped to; null for the platform operator.",
      resolve: (v) => (v.kind === "platform" ? null : encodeGlobalID("Msp", v.mspId)),
    }),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the caller is scoped to; null when scoped to a whole MSP or more.",
      resolve: (v) =>
        v.kind === "customer" || (v.kind === "apiKey" && v.customerId)
          ? encodeGlobalID("Customer", v.customerId as string)
          : null,
    }),
    capabilities: t.field({
      type: [CapabilityRef],
      description: "What the caller may do within its scope.",
      resolve: capabilitiesOf,
    }),
    apiKeyName: t.string({
      nullable: true,
      description: "The API key's name when the caller is a key.",
      resolve: (v) => (v.kind === "apiKey" ? v.name : null),
    }),
  }),
});

builder.queryField("me", (t) =>
  t.withAuth({ viewer: true }).field({
    type: ViewerRef,
    description: "Who is calling: the signed-in person or the API key, with its scope and capabilities.",
    resolve: (_parent, _args, ctx) => ctx.viewer,
  }),
);
