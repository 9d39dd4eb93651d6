import { cometTime } from "../../comet/client/time.js";
import {
  type LiveEventMessage,
  type LivePubSub,
  type NewLiveEvent,
  publishLiveEvents,
  writeLiveEvents,
} from "../../core/live/pubsub.js";
import type { Logger } from "../../log.js";
import type { Db, Prisma } from "../../prisma/db.js";

/**
 * What every write into the Comet mirror needs: the database, the live pub/sub, a logger and the
 * server whose fleet is being mirrored (rows are keyed on the server + Comet identity).
 */
export interface IngestContext {
  db: Db;
  live: LivePubSub;
  logger: Logger;
  server: { id: string; profileName: string; mspId: string | null };
  /**
   * Told, after the commit, which devices just connected (their queued actions can be sent now).
   * Must not block: it runs inside the stream's ordered apply loop.
   */
  onDevicesOnline?: (deviceIds: string[]) => void;
}

export type Tx = Prisma.TransactionClient;

/**
 * Interactive transactions: PGlite is one connection, so a reconcile's transaction may wait for
 * the stream's; the defaults (2 s wait, 5 s run) are too tight for a 10k-row reconcile batch.
 */
const txOptions = { maxWait: 30_000, timeout: 120_000 };

/**
 * Runs `fn` in one transaction. Outbox rows collected through `emit` are written in the same
 * transaction (so a change and its live event commit together) and published only after commit.
 */
export async function writeMirror<T>(
  ctx: IngestContext,
  fn: (tx: Tx, emit: (events: NewLiveEvent[]) => void) => Promise<T>,
): Promise<T> {
  let messages: LiveEventMessage[] = [];
  const result = await ctx.db.prisma.$transaction(async (tx) => {
    const events: NewLiveEvent[] = [];
    const out = await fn(tx, (evs) => {
      events.push(...evs);
    });
    messages = await writeLiveEvents(tx, events);
    return out;
  }, txOptions);
  await publishLiveEvents(ctx.live, messages);
  return result;
}

/**
 * Comet timestamps are Unix seconds, but some servers (and the simulator on request) send
 * milliseconds; anything above 1e12 cannot be seconds (year 33658), so it is read as ms.
 * 0 means "not set" (e.g. EndTime of a running job).
 */
export function cometDate(v: unknown): Date | null {
  return typeof v === "number" ? cometTime(v) : null;
}

/** ISO string for `$n::timestamptz[]` parameters (null stays SQL NULL). */
export function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

/** Decimal string for `$n::bigint[]` parameters: Comet sizes are uint64 and may pass 2^53. */
export function big(v: unknown): string {
  if (typeof v === "bigint") return v.toString();
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return "0";
  return BigInt(Math.trunc(v)).toString();
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep input order. */
export async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Dates coming back from raw SQL, as ISO strings for outbox payloads. */
export function isoOf(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  return typeof d === "string" ? new Date(d).toISOString() : d.toISOString();
}

export type SqlType = "text" | "int" | "boolean" | "timestamptz" | "bigint" | "jsonb";
export type Column<R> = readonly [name: string, type: SqlType, get: (row: R) => unknown];

/**
 * `unnest($n::type[], ...) AS i("col", ...)` plus its parameters: one array per column, so a
 * batch of any size is one statement. Prisma's adapters pass JS arrays as PostgreSQL arrays on
 * both PGlite and pg; bigint/timestamptz travel as strings and jsonb as JSON text.
 */
export function unnestFrom<R>(columns: readonly Column<R>[], rows: readonly R[], firstParam: number) {
  const args = columns.map(([, type], k) => `$${firstParam + k}::${type}[]`).join(", ");
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type, get]) =>
    rows.map((r) => {
      const v = get(r);
      return type === "jsonb" && v !== null ? JSON.stringify(v) : v;
    }),
  );
  return { sql: `unnest(${args}) AS i(${names})`, params };
}
