import { isMspStaff, type MaybeViewer } from "../auth/viewer.js";

/**
 * Whether the viewer may manage Comet accounts: MSP staff (and MSP-wide keys) with OPERATE, the
 * API's `provisioningScopes`. Customers never see these controls; the API refuses them anyway.
 */
export const canManageAccounts = (viewer: MaybeViewer) =>
  isMspStaff(viewer) && (viewer?.capabilities ?? []).includes("OPERATE");

/** The account page's address. Ids are base64 (may hold "/" or "="), so they are encoded. */
export const accountHref = (id: string) => `/accounts/${encodeURIComponent(id)}`;

/** A fresh idempotency key: one per dialog submit, kept for a retry after a network failure. */
export const newIdempotencyKey = () => crypto.randomUUID();

/** Comet quotas: 0 means no limit. */
export const limitLabel = (limit: number) => (limit === 0 ? "Unlimited" : limit.toLocaleString("en-US"));

/** Storage quotas are entered in GB (binary, as Comet's console and formatBytes read them). */
export const bytesPerGb = 1024n ** 3n;

/** "12.5" -> bytes; null when not a number of 0 or more. */
export function gbToBytes(text: string): bigint | null {
  const value = Number(text.trim() === "" ? "0" : text);
  if (!Number.isFinite(value) || value < 0) return null;
  // Thousandths of a GB keep the arithmetic in BigInt without float drift on large quotas.
  return (BigInt(Math.round(value * 1000)) * bytesPerGb) / 1000n;
}

/** Bytes -> the GB text a form shows (up to 3 decimals). */
export function bytesToGb(bytes: string): string {
  const n = BigInt(bytes);
  return String(Number((n * 1000n) / bytesPerGb) / 1000);
}

/** A whole number of 0 or more from an input, or null. */
export function parseLimit(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,7}$/.test(t)) return null;
  return Number(t);
}
