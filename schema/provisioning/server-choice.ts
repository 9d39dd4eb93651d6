import type { MspStaffViewer } from "../../core/auth/viewer.js";
import { InvalidInputError, NotFoundError } from "../../core/errors.js";
import { requireLocalId } from "../../core/global-id.js";
import { serverWhere } from "../../core/tenancy.js";
import type { Prisma } from "../../prisma/db.js";
import type { CometServer, CometTenantLink } from "../../prisma/generated/prisma/client.js";
import type { Context } from "../builder.js";

/**
 * Which Comet server (and which Comet organization on it) an MSP provisions into. An MSP uses the
 * servers it owns and the platform-shared servers whose organizations are linked to it; the
 * organization is its tenant link there, or the top level of a server it owns. The mapping back
 * from an organization to an MSP is the ingest worker's rule: the link, else the server's owner.
 */

/** Servers `viewer` provisions into: its MSP's own and the shared ones linked to it; every server for the operator. */
export function provisioningServerWhere(viewer: MspStaffViewer): Prisma.CometServerWhereInput {
  // Not `OR: [{}]` for the operator: Prisma drops the empty branch and the OR matches nothing.
  if (viewer.kind === "platform") return serverWhere(viewer);
  return { OR: [serverWhere(viewer), { mspId: null, tenantLinks: { some: { mspId: viewer.mspId } } }] };
}

/** The tenant links a server choice needs, in the order `organizationOf` picks from. */
export const tenantLinksOfChoice = { tenantLinks: { orderBy: { organizationId: "asc" } } } as const;

type ServerWithLinks = CometServer & { tenantLinks: CometTenantLink[] };

/** What a provisioning change needs to know about a server the viewer provisions into. */
export function serverChoice<S extends ServerWithLinks>(viewer: MspStaffViewer, server: S) {
  const viewerMspId = viewer.kind === "platform" ? null : viewer.mspId;
  const mspOfOrg = (organizationId: string) =>
    server.tenantLinks.find((l) => l.organizationId === organizationId)?.mspId ?? server.mspId;
  return { server, viewerMspId, mspOfOrg };
}

export async function findServer(ctx: Context, viewer: MspStaffViewer, globalId: string | number, path: string[]) {
  const id = requireLocalId(globalId, "CometServer", path);
  const server = await ctx.prisma.cometServer.findFirst({
    where: { id, ...provisioningServerWhere(viewer) },
    include: tenantLinksOfChoice,
  });
  if (!server) throw new NotFoundError("CometServer");
  return serverChoice(viewer, server);
}

export type FoundServer = ReturnType<typeof serverChoice<ServerWithLinks>>;

/** The MSP a provisioning change acts for: the viewer's, else (platform) the customer's or the server's only one. */
export function actingMsp(found: FoundServer, customerMspId: string | null, path: string[]): string {
  if (found.viewerMspId) return found.viewerMspId;
  if (customerMspId) return customerMspId;
  const msps = mspsOf(found);
  if (msps.length === 1) return msps[0]!;
  throw InvalidInputError.field(path, "the server serves several MSPs: name a customer (or act within one MSP)");
}

/** The MSPs a server serves: its owner and the MSP of each of its organizations. */
export function mspsOf(found: FoundServer): string[] {
  return [...new Set([found.server.mspId, ...found.server.tenantLinks.map((l) => l.mspId)].filter((m) => m !== null))];
}

/**
 * The Comet organization an account of `mspId` is created in on the server ("" = top level): its
 * first tenant link there, else the top level of a server it owns (unless that is linked to
 * another MSP); null when it has none.
 */
export function organizationFor(found: FoundServer, mspId: string): string | null {
  const link = found.server.tenantLinks.find((l) => l.mspId === mspId);
  if (link) return link.organizationId;
  if (found.server.mspId === mspId && found.mspOfOrg("") === mspId) return "";
  return null;
}

/** The Comet organization of `mspId` on the server ("" = top level); InvalidInputError when it has none. */
export function organizationOf(found: FoundServer, mspId: string, path: string[]): string {
  const organizationId = organizationFor(found, mspId);
  if (organizationId === null) throw InvalidInputError.field(path, "this MSP has no organization on the server");
  return organizationId;
}

/** Comet wants no TargetOrganization for the top level. */
export const targetOrg = (organizationId: string) => (organizationId === "" ? undefined : organizationId);
