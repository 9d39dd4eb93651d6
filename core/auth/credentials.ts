import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/**
 * The shapes of every credential: argon2id password hashes, session tokens and API keys. Only
 * hashes are stored; a token or key secret exists in clear only in the response that issues it.
 */

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("partner-hub-timing-equaliser");
  const ok = await verify(passwordHash ?? (await dummyHash), password).catch(() => false);
  return ok && Boolean(passwordHash);
}

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

/** Session tokens: `phs_` + 256 random bits, so a leaked token is recognisable in logs and scanners. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = `phs_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: sha256Hex(token) };
}

export const isSessionToken = (value: string) => /^phs_[A-Za-z0-9_-]{43}$/.test(value);

// RFC 4648 base32, lower case: no padding, no ambiguous case, safe in URLs and shells.
const alphabet = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

const checksumOf = (body: string) => base32(createHash("sha256").update(body).digest()).slice(0, 6);

/**
 * API keys read `phk_<prefix>_<secret>_<checksum>`: an 8-character public prefix (40 bits, the
 * lookup key), a 256-bit secret (52 base32 characters) and a 6-character checksum over the rest,
 * so a mistyped or truncated key is refused before any database lookup.
 */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = base32(randomBytes(5));
  const secret = base32(randomBytes(32));
  const body = `phk_${prefix}_${secret}`;
  return { key: `${body}_${checksumOf(body)}`, prefix, secretHash: sha256Hex(secret) };
}

const apiKeyPattern = /^(phk_([a-z2-7]{8})_([a-z2-7]{52}))_([a-z2-7]{6})$/;

export const looksLikeApiKey = (value: string) => value.startsWith("phk_");

/** The prefix and secret of a well-formed key whose checksum matches; null otherwise. */
export function parseApiKey(value: string): { prefix: string; secret: string } | null {
  const m = apiKeyPattern.exec(value);
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || checksumOf(m[1]) !== m[4]) return null;
  return { prefix: m[2], secret: m[3] };
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const a = Buffer.from(sha256Hex(secret), "hex");
  const b = Buffer.from(secretHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
