import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AES-256-GCM for secrets stored in the database (Comet admin passwords). Format:
 * `v1.<iv>.<tag>.<ciphertext>` in base64url, so a key rotation can add `v2` later.
 */
export interface SecretBox {
  encrypt(plaintext: string): string;
  decrypt(sealed: string): string;
}

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== 32) throw new SecretBoxError("ENCRYPTION_KEY must be 32 bytes (64 hex chars or base64)");
  return key;
}

export function buildSecretBox(key: Buffer): SecretBox {
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    decrypt(sealed) {
      const [v, iv, tag, data] = sealed.split(".");
      if (v !== "v1" || !iv || !tag || data === undefined) throw new SecretBoxError("unrecognised secret format");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError("cannot decrypt secret: wrong ENCRYPTION_KEY or corrupted value");
      }
    },
  };
}

/**
 * The key from config; on the embedded default (no DATABASE_URL) a key is generated once into
 * DATA_DIR so `npm start` needs no setup. Production must set ENCRYPTION_KEY: every API and
 * worker process has to share it.
 */
export function loadSecretBox(config: { ENCRYPTION_KEY?: string; DATABASE_URL?: string; DATA_DIR: string }): SecretBox {
  if (config.ENCRYPTION_KEY) return buildSecretBox(parseKey(config.ENCRYPTION_KEY));
  if (config.DATABASE_URL) throw new SecretBoxError("ENCRYPTION_KEY is required when DATABASE_URL is set");
  const file = path.resolve(config.DATA_DIR, "secret.key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return buildSecretBox(parseKey(readFileSync(file, "utf8")));
}
