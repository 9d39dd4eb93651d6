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

export function requireViewer(ctx: { viewer: Viewer | null; credentialsRetryAfter?: number | undefined }): Viewer {
  if (!ctx.viewer) throw unauthenticated(ctx.credentialsRetryAfter);
  return ctx.viewer;
}

/** MSP admins of one MSP (or the platform operator, who may act on every MSP). */
export function requireMspAdmin(ctx: { viewer: Viewer | null }): Viewer & { kind: "platform" | "msp" } {
  const viewer = requireViewer(ctx);
  if (viewer.kind === "platform" || (viewer.kind === "msp" && viewer.role === "MSP_ADMIN")) return viewer;
  throw new GraphQLError("not allowed", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}
