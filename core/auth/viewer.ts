import { GraphQLError } from "graphql";
import type { ApiKeyCapability, CustomerRole, MspRole } from "../../prisma/generated/prisma/enums.js";

/**
 * Who is calling: resolved once per request (api/viewer.ts) from a session or an API key, then
 * handed to every resolver and tenancy fragment. The auth errors live beside it so every
 * "who are you?" failure has one shape.
 */
/** A person signed in through a session (cookie or bearer token). */
type UserViewer = { userId: string; email: string; sessionId: string };

export type Viewer =
  | ({ kind: "platform" } & UserViewer)
  /**
   * `actingAsOperator`: a platform operator acting within this one MSP (`switchViewer` with `mspId`),
   * scoped exactly like its MSP admin by every fragment below; still the operator's own user.
   */
  | ({ kind: "msp"; mspId: string; role: MspRole; actingAsOperator?: boolean } & UserViewer)
  | ({ kind: "customer"; mspId: string; customerId: string; role: CustomerRole } & UserViewer)
  /** An integration's key: one MSP, or one customer of it when `customerId` is set. */
  | {
      kind: "apiKey";
      apiKeyId: string;
      name: string;
      mspId: string;
      customerId: string | null;
      capabilities: ApiKeyCapability[];
    };

/**
 * The single answer to "who are you?" failing; it says nothing about which part was wrong.
 * When too many attempts failed it adds `RATE_LIMITED` and when to try again, nothing more.
 */
export function unauthenticated(retryAfterSeconds?: number): GraphQLError {
  return new GraphQLError("invalid credentials", {
    extensions:
      retryAfterSeconds === undefined
        ? { code: "UNAUTHENTICATED", http: { status: 401 } }
        : {
            code: "RATE_LIMITED",
            retryAfterSeconds,
            http: { status: 429, headers: { "retry-after": String(retryAfterSeconds) } },
          },
  });
}

/**
 * "Signed in, but not allowed": the role or capability a field declares is missing. The one shape
 * of a field-level refusal, used by scope-auth (schema/builder.ts) and anything else that refuses
 * on the viewer alone. A refusal that depends on the object (this device, this MSP's setting) is a
 * typed `ForbiddenError` result instead, where the mutation declares one (core/errors.ts).
 */
export function forbidden(): GraphQLError {
  return new GraphQLError("not allowed", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

/**
 * The viewer of a code path whose context type scope-auth does not narrow (prismaNode lookups,
 * services in core/): the path was authorized by its field's scopes, so this only turns a broken
 * invariant into the anonymous answer instead of a crash. Resolvers read `ctx.viewer`, narrowed by
 * `t.withAuth` (schema/builder.ts), and never call this.
 */
export function requireViewer(ctx: { viewer: Viewer | null; credentialsRetryAfter?: number | undefined }): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.credentialsRetryAfter);
  return ctx.viewer;
}

// ---------------------------------------------------------------------------------------------
// What each auth scope admits (schema/auth/scopes.ts computes the scopes with these guards, and
// the builder's AuthContexts narrow a resolver's `ctx.viewer` to these types): one definition,
// so the type a resolver relies on is exactly the check that let it run.

/** A signed-in person (not an API key). */
export type PersonViewer = Exclude<Viewer, { kind: "apiKey" }>;
/** The platform operator. */
export type PlatformViewer = Extract<Viewer, { kind: "platform" }>;
/** Staff of a whole MSP (any role, or an MSP-wide API key) or the platform operator. */
export type MspStaffViewer =
  | Extract<Viewer, { kind: "platform" | "msp" }>
  | (Extract<Viewer, { kind: "apiKey" }> & { customerId: null });
/** An MSP admin or the platform operator (people only). */
export type MspAdminViewer = PlatformViewer | (Extract<Viewer, { kind: "msp" }> & { role: "MSP_ADMIN" });

export const isPerson = (viewer: Viewer | null): viewer is PersonViewer => viewer !== null && viewer.kind !== "apiKey";

export const isPlatform = (viewer: Viewer | null): viewer is PlatformViewer => viewer?.kind === "platform";

export const isMspStaff = (viewer: Viewer | null): viewer is MspStaffViewer =>
  viewer?.kind === "platform" || viewer?.kind === "msp" || (viewer?.kind === "apiKey" && !viewer.customerId);

export const isMspAdmin = (viewer: Viewer | null): viewer is MspAdminViewer =>
  viewer?.kind === "platform" || (viewer?.kind === "msp" && viewer.role === "MSP_ADMIN");
