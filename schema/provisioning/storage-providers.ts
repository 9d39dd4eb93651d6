import { CometServerError, ForbiddenError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { builder } from "../builder.js";
import { clientOf, comet, provisioningScopes } from "./access.js";
import { findServer, targetOrg } from "./server-choice.js";

/**
 * The storage templates (providers) a new account's initial vault can be created from: those of
 * your organization on the server, read live (request-storage-vault-providers).
 */

interface Provider {
  id: string;
  name: string;
  organizationId: string;
}

const CometStorageProviderRef = builder.objectRef<Provider>("CometStorageProvider").implement({
  description: "A storage template of a Comet server: new storage vaults are created from it.",
  fields: (t) => ({
    storageProviderId: t.exposeString("id", { description: "Comet's StorageProvider ID (for `initialVault`)." }),
    name: t.exposeString("name", { description: "The template's description in Comet." }),
    organizationId: t.exposeString("organizationId", {
      description: "The Comet organization it belongs to (empty = top level).",
    }),
  }),
});

const CometStorageProviderList = builder.objectRef<{ providers: Provider[] }>("CometStorageProviderList").implement({
  description: "The storage templates of a Comet server that belong to your organization there.",
  fields: (t) => ({
    storageProviders: t.field({
      type: [CometStorageProviderRef],
      description: "By name.",
      resolve: (r) => r.providers,
    }),
  }),
});

builder.queryField("cometStorageProviders", (t) =>
  t.withAuth(provisioningScopes).field({
    type: CometStorageProviderList,
    errors: { types: [InvalidInputError, NotFoundError, ForbiddenError, CometServerError] },
    description:
      "Storage templates on a Comet server (read live from it) of your MSP's organizations there (of every " +
      "organization mapped on it for the platform operator). MSP staff with OPERATE.",
    args: { serverId: t.arg.id({ required: true, description: "Global ID of the Comet server." }) },
    resolve: async (_parent, args, ctx) => {
      const { viewer } = ctx;
      const found = await findServer(ctx, viewer, args.serverId, ["serverId"]);
      const orgs = new Set(found.server.tenantLinks.map((l) => l.organizationId));
      if (found.server.mspId) orgs.add("");
      const mine = [...orgs].filter((o) => found.viewerMspId === null || found.mspOfOrg(o) === found.viewerMspId);
      const client = clientOf(ctx, found.server);
      const providers: Provider[] = [];
      for (const org of mine.sort()) {
        const map = await comet(() => client.requestStorageVaultProviders(targetOrg(org)));
        for (const [id, name] of Object.entries(map)) providers.push({ id, name, organizationId: org });
      }
      return { providers: providers.sort((a, b) => a.name.localeCompare(b.name)) };
    },
  }),
);
