import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { audit } from "../../core/audit.js";
import { newApiKey } from "../../core/auth/credentials.js";
import { requireViewer } from "../../core/auth/viewer.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { localId } from "../../core/global-id.js";
import { apiKeyWhere } from "../../core/tenancy.js";
import type { ApiKey } from "../../prisma/generated/prisma/client.js";
import { builder } from "../builder.js";
import { CapabilityRef } from "./viewer.js";

/**
 * API keys for integrations. MSP admins create them for their MSP (optionally narrowed to one of
 * its customers); the key is returned once and only its hash is kept. Keys cannot create keys.
 */

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...apiKeyWhere(requireViewer(ctx)) }),
  fields: (t) => ({
    name: t.exposeString("name", { description: 'What the key is for, as its creator named it (e.g. "PSA sync").' }),
    prefix: t.exposeString("prefix"),
    customerId: t.id({
      nullable: true,
      description: "Global ID of the customer the key is limited to; null for the whole MSP.",
      resolve: (key) => (key.customerId ? encodeGlobalID("Customer", key.customerId) : null),
    }),
    capabilities: t.expose("capabilities", { type: [CapabilityRef], description: "What the key may do." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the key was created." }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      nullable: true,
      description: "When the key stops working; null for never.",
    }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Last successful use, to the minute; null when never used.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the key was revoked; a revoked key no longer authenticates.",
    }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.withAuth({ mspAdmin: true }).prismaConnection(
    {
      type: "ApiKey",
      cursor: "id",
      description:
        "API keys of the viewer's MSP (MSP admins; all for the platform operator), newest first. Never the secrets.",
      extensions: { forwardPagination: true },
      totalCount: (_parent, _args, ctx) => ctx.prisma.apiKey.count({ where: apiKeyWhere(ctx.viewer) }),
      resolve: (query, _parent, _args, ctx) =>
        ctx.prisma.apiKey.findMany({
          ...query,
          where: apiKeyWhere(ctx.viewer),
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        }),
    },
    { description: "A page of API keys." },
    { description: "An API key in a page of API keys." },
  ),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key for the viewer's MSP.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "What the key is for (1-100 characters), e.g. `PSA sync`.",
      validate: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
    }),
    customerId: t.id({ description: "Limit the key to this customer of the MSP (its global ID)." }),
    capabilities: t.field({ type: [CapabilityRef], required: true, description: "What the key may do; at least one." }),
    expiresAt: t.field({ type: "DateTime", description: "When the key stops working; never when omitted." }),
  }),
});

interface CreatedKey {
  key: string;
  apiKey: ApiKey;
}

const CreateApiKeyPayload = builder.objectRef<CreatedKey>("CreateApiKeyPayload").implement({
  description: "A new API key and its secret.",
  fields: (t) => ({
    key: t.exposeString("key", {
      description: "The full key (`phk_<prefix>_<secret>_<checksum>`). Shown only here, never again.",
    }),
    apiKey: t.field({ type: ApiKeyRef, description: "The key's record.", resolve: (r) => r.apiKey }),
  }),
});

builder.mutationField("createApiKey", (t) =>
  t.withAuth({ mspAdmin: true }).field({
    type: CreateApiKeyPayload,
    errors: { types: [InvalidInputError, ForbiddenError] },
    description: "Creates an API key for the viewer's MSP (MSP admins only). The secret is returned once.",
    args: {
      input: t.arg({ type: CreateApiKeyInput, required: true, description: "What to change; see the input type." }),
    },
    resolve: async (_parent, { input }, ctx) => {
      const { viewer } = ctx;
      if (viewer.kind !== "msp") throw new ForbiddenError("only an MSP's own admins create its API keys");
      const name = input.name.trim();
      const capabilities = [...new Set(input.capabilities)];
      if (capabilities.length === 0) throw InvalidInputError.field(["input", "capabilities"], "choose at least one");
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
        throw InvalidInputError.field(["input", "expiresAt"], "must be in the future");
      }
      let customerId: string | null = null;
      if (input.customerId) {
        customerId = localId(String(input.customerId), "Customer");
        const customer =
          customerId && (await ctx.prisma.customer.findFirst({ where: { id: customerId, mspId: viewer.mspId } }));
        if (!customer) throw InvalidInputError.field(["input", "customerId"], "no such customer");
      }
      const { key, prefix, secretHash } = newApiKey();
      const apiKey = await ctx.prisma.apiKey.create({
        data: {
          prefix,
          secretHash,
          name,
          mspId: viewer.mspId,
          customerId,
          capabilities,
          createdById: viewer.userId,
          expiresAt: input.expiresAt ?? null,
        },
      });
      await audit(ctx, {
        action: "apiKey.create",
        targetType: "ApiKey",
        targetId: apiKey.id,
        mspId: apiKey.mspId,
        customerId,
        details: { name, prefix, capabilities },
      });
      return { key, apiKey };
    },
  }),
);

builder.mutationField("revokeApiKey", (t) =>
  t.withAuth({ mspAdmin: true }).prismaField({
    type: "ApiKey",
    errors: { types: [NotFoundError] },
    description: "Revokes an API key of the viewer's MSP; it stops working at once. Revoking twice is harmless.",
    args: { id: t.arg.id({ required: true, description: "Global ID of the key." }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = localId(String(args.id), "ApiKey");
      const key = id && (await ctx.prisma.apiKey.findFirst({ where: { id, ...apiKeyWhere(ctx.viewer) } }));
      if (!key) throw new NotFoundError("ApiKey");
      if (!key.revokedAt) {
        await ctx.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
        await audit(ctx, {
          action: "apiKey.revoke",
          targetType: "ApiKey",
          targetId: key.id,
          mspId: key.mspId,
          customerId: key.customerId,
          details: { prefix: key.prefix },
        });
      }
      return ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
);
