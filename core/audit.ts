import type { RequestScope } from "./context.js";

/**
 * Appends one audit-log row for a change made through the API. The actor is the viewer (a user
 * or an API key); the tenant columns let an MSP read its own trail later.
 */
export function audit(
  ctx: RequestScope,
  entry: {
    action: string;
    targetType: string;
    targetId?: string | null;
    mspId?: string | null;
    customerId?: string | null;
    details?: Record<string, unknown>;
    /** The actor when the viewer is not set yet (login). */
    userId?: string;
  },
) {
  const viewer = ctx.viewer;
  const actor =
    viewer?.kind === "apiKey"
      ? { actorKind: "API_KEY", actorId: viewer.apiKeyId }
      : { actorKind: "USER", actorId: viewer?.userId ?? entry.userId ?? null };
  return ctx.prisma.auditLog.create({
    data: {
      ...actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      mspId: entry.mspId ?? null,
      customerId: entry.customerId ?? null,
      details: (entry.details ?? {}) as object,
      requestId: ctx.requestId,
    },
  });
}
