import type { Context } from "../builder.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { requireLocalId } from "../global-id.js";
import { serverWhere } from "../tenancy.js";
import type { StaffViewer } from "./access.js";

/**
 * Which Comet server (and which Comet organization on it) an MSP provisions into. An MSP uses the
 * servers it owns and the platform-shared servers whose organizations are linked to it; the
 * organization is its tenant link there, or the top level of a server it owns. The mapping back
 * from an organization to an MSP is the ingest worker's rule: the link, else the server's owner.
 */

export async function findServer(ctx: Context, viewer: StaffViewer, globalId: string | number, path: string[]) {
  const id = requireLocalId(globalId, "CometServer", path);
  const viewerMspId = viewer.kind === "platform" ? null : viewer.mspId;
  const server = await ctx.prisma.cometServer.findFirst({
    // Not `OR: [{}]` for the operator: Prisma drops the empty branch and the OR matches nothing.
    where: viewerMspId
      ? { id, OR: [serverWhere(viewer), { mspId: null, tenantLinks: { some: { mspId: viewerMspId } } }] }
      : { id, ...serverWhere(viewer) },
    include: { tenantLinks: { orderBy: { organizationId: "asc" } } },
  });
  if (!server) throw new NotFoundError("CometServer");
  const mspOfOrg = (organizationId: string) =>
    server.tenantLinks.find((l) => l.organizationId === organizationId)?.mspId ?? server.mspId;
  return { server, viewerMspId, mspOfOrg };
}

export type FoundServer = Awaited<ReturnType<typeof findServer>>;

/** The MSP a provisioning change acts for: the viewer's, else (platform) the customer's or the server's only one. */
export function actingMsp(found: FoundServer, customerMspId: string | null, path: string[]): string {
  if (found.viewerMspId) return found.viewerMspId;
  if (customerMspId) return customerMspId;
  const msps = new Set([found.server.mspId, ...found.server.tenantLinks.map((l) => l.mspId)].filter((m) => m !== null));
  if (msps.size === 1) return [...msps][0]!;
  throw InvalidInputError.field(path, "the server serves several MSPs: name a customer (or act within one MSP)");
}

/** The Comet organization of `mspId` on the server ("" = top level); InvalidInputError when it has none. */
export function organizationOf(found: FoundServer, mspId: string, path: string[]): string {
  const link = found.server.tenantLinks.find((l) => l.mspId === mspId);
  if (link) return link.organizationId;
  if (found.server.mspId === mspId && found.mspOfOrg("") === mspId) return "";
  throw InvalidInputError.field(path, "this MSP has no organization on the server");
}

/** Comet wants no TargetOrganization for the top level. */
export const targetOrg = (organizationId: string) => (organizationId === "" ? undefined : organizationId);
