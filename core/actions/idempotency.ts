import { createHash } from "node:crypto";
import { requireViewer, type Viewer } from "../auth/viewer.js";
import type { RequestScope } from "../context.js";
import { ConflictError, IdempotencyConflictError, InvalidInputError } from "../errors.js";

/**
 * Idempotency keys for action mutations: a script or RMM that retries after a timeout must not
 * run a backup twice. The first request with a key inserts a record (unique per caller and key)
 * before it acts; the same key with the same input then replays the stored result, and with
 * another input is an IdempotencyConflictError. A request that fails leaves no record, so
 * fixing the input and retrying with the same key works.
 */

export interface Codec<R> {
  /** What to keep for a replay: ids to re-read, never live objects. */
  save(result: R): object;
  load(saved: unknown): Promise<R>;
}

const inFlightWaitMs = 15_000;
/** Records older than this are deleted by the retention job; replays after that act again. */
export const idempotencyRetentionHours = 24;

export function callerKeyOf(viewer: Viewer): string {
  return viewer.kind === "apiKey" ? `API_KEY:${viewer.apiKeyId}` : `USER:${viewer.userId}`;
}

/** Canonical JSON (sorted keys) so that `{a,b}` and `{b,a}` hash alike. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

export const inputHash = (operation: string, input: unknown) =>
  createHash("sha256")
    .update(`${operation}\n${canonical(input)}`)
    .digest("hex");

export function checkKey(key: string, path: string[] = ["input", "idempotencyKey"]) {
  if (key.length < 1 || key.length > 200 || [...key].some((c) => c.charCodeAt(0) < 32)) {
    throw InvalidInputError.field(path, "must be 1-200 printable characters");
  }
}

export async function idempotent<R>(
  ctx: RequestScope,
  request: { key: string | null | undefined; operation: string; input: unknown },
  codec: Codec<R>,
  run: () => Promise<R>,
): Promise<R> {
  if (request.key === null || request.key === undefined) return run();
  checkKey(request.key);
  const callerKey = callerKeyOf(requireViewer(ctx));
  // The key is not part of the input hash: the input is everything else the caller sent.
  const hash = inputHash(request.operation, request.input);
  const claimed = await ctx.prisma.idempotencyRecord
    .create({ data: { callerKey, key: request.key, operation: request.operation, inputHash: hash } })
    .catch((error: { code?: string }) => {
      if (error.code === "P2002") return null;
      throw error;
    });
  if (!claimed) return replay(ctx, callerKey, request.key, request.operation, hash, codec);
  try {
    const result = await run();
    await ctx.prisma.idempotencyRecord.update({
      where: { id: claimed.id },
      data: { response: codec.save(result), completedAt: new Date() },
    });
    return result;
  } catch (error) {
    await ctx.prisma.idempotencyRecord.delete({ where: { id: claimed.id } }).catch(() => {});
    throw error;
  }
}

async function replay<R>(
  ctx: RequestScope,
  callerKey: string,
  key: string,
  operation: string,
  hash: string,
  codec: Codec<R>,
): Promise<R> {
  const deadline = Date.now() + inFlightWaitMs;
  for (;;) {
    const record = await ctx.prisma.idempotencyRecord.findUnique({ where: { callerKey_key: { callerKey, key } } });
    if (!record) {
      throw new ConflictError("the first request with this idempotency key failed meanwhile; retry the request");
    }
    if (record.operation !== operation || record.inputHash !== hash) {
      throw new IdempotencyConflictError(
        `idempotency key "${key}" was already used with a different input${record.operation !== operation ? ` (for ${record.operation})` : ""}; nothing was done`,
      );
    }
    if (record.response !== null) return codec.load(record.response);
    if (Date.now() > deadline) {
      throw new ConflictError(`a request with idempotency key "${key}" is still running; retry in a moment`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
