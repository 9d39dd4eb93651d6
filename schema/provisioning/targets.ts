import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import { provisioningScopes } from "./access.js";
import {
  mspsOf,
  organizationFor,
  provisioningServerWhere,
  serverChoice,
  tenantLinksOfChoice,
} from "./server-choice.js";

/**
 * `provisioningTargets`: where the viewer may create Comet accounts. `cometServers` hides
 * platform-shared servers from MSP staff (platform infrastructure), yet an MSP provisions into
 * those through its organization there; this lists both with the same rules `createCometAccount`
 * applies (server-choice.ts), and shows a server only by id and name: its URL and admin fields
 * stay the operator's.
 */

interface Target {
  serverId: string;
  serverName: string;
  isPlatformShared: boolean;
  organizationId: string;
  mspId: string;
  mspName: string;
}

const ProvisioningServerRef = builder.objectRef<Target>("ProvisioningServer").implement({
  description: "A Comet server as a provisioning target: only what choosing it needs.",
  fields: (t) => ({
    id: t.id({
      description: "Global ID of the Comet server: the `serverId` of `createCometAccount` and the template queries.",
      resolve: (target) => encodeGlobalID("CometServer", target.serverId),
    }),
    name: t.string({ description: "Display name of the server.", resolve: (target) => target.serverName }),
    isPlatformShared: t.boolean({
      description: "True for a platform-shared server, where the MSP's accounts live in its own organization.",
      resolve: (target) => target.isPlatformShared,
    }),
  }),
});

const ProvisioningTargetRef = builder.objectRef<Target>("ProvisioningTarget").implement({
  description: "A Comet server an MSP creates accounts on, with the Comet organization they are created in.",
  fields: (t) => ({
    server: t.field({ type: ProvisioningServerRef, description: "The Comet server.", resolve: (target) => target }),
    organizationId: t.exposeString("organizationId", {
      description: "The Comet organization new accounts are created in (empty = the server's top level).",
    }),
    mspId: t.id({
      description: "Global ID of the MSP the accounts belong to (the viewer's own, except for the platform operator).",
      resolve: (target) => encodeGlobalID("Msp", target.mspId),
    }),
    mspName: t.exposeString("mspName", { description: "Name of that MSP." }),
  }),
});

const mspName = { msp: { select: { name: true } } } as const;

builder.queryField("provisioningTargets", (t) =>
  t.withAuth(provisioningScopes).field({
    type: [ProvisioningTargetRef],
    description:
      "Comet servers you may create accounts on, each with the organization they go into: your MSP's own " +
      "servers (top level) and platform-shared servers with an organization linked to your MSP; for the " +
      "platform operator, every server once per MSP it serves. Disabled servers are not listed (Partner Hub " +
      "does not mirror them). By server name, then MSP name. MSP staff with OPERATE.",
    resolve: async (_parent, _args, ctx) => {
      const { viewer } = ctx;
      const servers = await ctx.prisma.cometServer.findMany({
        where: { ...provisioningServerWhere(viewer), isEnabled: true },
        include: { ...mspName, tenantLinks: { ...tenantLinksOfChoice.tenantLinks, include: mspName } },
      });
      const targets = servers.flatMap((server) => {
        const found = serverChoice(viewer, server);
        const names = new Map(server.tenantLinks.map((l) => [l.mspId, l.msp.name]));
        if (server.mspId && server.msp) names.set(server.mspId, server.msp.name);
        return (found.viewerMspId ? [found.viewerMspId] : mspsOf(found)).flatMap((mspId): Target[] => {
          const organizationId = organizationFor(found, mspId);
          if (organizationId === null) return [];
          return [
            {
              serverId: server.id,
              serverName: server.name || server.profileName,
              isPlatformShared: server.mspId === null,
              organizationId,
              mspId,
              mspName: names.get(mspId) ?? "",
            },
          ];
        });
      });
      return targets.sort((a, b) => a.serverName.localeCompare(b.serverName) || a.mspName.localeCompare(b.mspName));
    },
  }),
);
