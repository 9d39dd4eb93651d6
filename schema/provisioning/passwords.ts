import { randomInt, scryptSync } from "node:crypto";
import { z } from "zod";
import type { Context } from "../builder.js";
import { requireSecrets } from "../servers/context.js";

/**
 * Comet account passwords: generated ones, accepted ones, and how a password survives in an
 * idempotency record (sealed with the API's secret box, so a replay can show it again, never in
 * plain text).
 */

/** No look-alikes (0/O, 1/l/I) and nothing a shell or a form would mangle. */
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!+=";
export const generatedLength = 20;

/** 20 characters from a 63-character alphabet: about 119 bits from the OS's CSPRNG. */
export function generatePassword(): string {
  let out = "";
  for (let i = 0; i < generatedLength; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const passwordModel = z
  .string()
  .min(8, "must be at least 8 characters")
  .max(128, "must be at most 128 characters")
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127), "must be printable");

export const reSignAdvice =
  "Devices signed in with the old password must be re-signed with the new one (Comet client: sign in again); " +
  "until then their backups and live connection may fail to authenticate.";

export const sealPassword = (ctx: Context, password: string) => requireSecrets(ctx).encrypt(password);
export const unsealPassword = (ctx: Context, sealed: string) => requireSecrets(ctx).decrypt(sealed);

/**
 * What an idempotency record hashes instead of a chosen password: a slow, keyed digest, so the
 * stored input hash cannot be brute-forced back into the password. Same password and key: same digest.
 */
export function passwordDigest(password: string | null | undefined, idempotencyKey: string | null | undefined) {
  if (!password) return null;
  return scryptSync(password, `partner-hub|${idempotencyKey ?? ""}`, 32).toString("base64url");
}
