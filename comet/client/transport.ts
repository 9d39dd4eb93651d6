import type { z } from "zod";
import {
  CometApiError,
  CometAuthError,
  type CometError,
  CometNetworkError,
  CometProfileHashConflictError,
  CometResponseFormatError,
} from "./errors.js";
import { CometAPIResponseMessageModel } from "./models.js";

/**
 * The HTTP transport every API method goes through (comet-api.md §1-§3): form-encoded POST to
 * `${baseUrl}api/v1/...`, auth fields in the body, errors mapped to the classes in errors.ts.
 */

export type CometAuthType = "Password" | "PasswordTOTP" | "TOTP" | "SessionKey";

export interface CometClientOptions {
  /** Server base URL; a missing trailing "/" is added (paths are appended, comet-api.md §1.1). */
  baseUrl: string;
  username: string;
  password: string;
  /** Default: SessionKey when a session key is given, PasswordTOTP when a TOTP code is given, else Password. */
  authType?: CometAuthType;
  sessionKey?: string;
  totp?: string;
  timeoutMs?: number;
}

/** One API parameter; undefined = omitted (comet-api.md §1.2). */
export type ParamValue = string | number | boolean | object | undefined;
export type Params = Record<string, ParamValue>;

export function normaliseBaseUrl(baseUrl: string): string {
  return baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
}

export function defaultAuthType(o: { authType?: CometAuthType; sessionKey?: string; totp?: string }): CometAuthType {
  return o.authType ?? (o.sessionKey ? "SessionKey" : o.totp ? "PasswordTOTP" : "Password");
}

/** Values are encoded like the JS/PHP SDKs: booleans "1"/"0", objects and arrays as JSON text. */
export function encodeParam(v: Exclude<ParamValue, undefined>): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  return JSON.stringify(v);
}

/** A body is a failure envelope when it has a string `Message` and Status >= 400 (Go SDK rule, §3.2). A bare
 * BackupJobDetail (Status 5000..7999, no Message) is therefore never mistaken for an error. */
export function failureEnvelope(body: unknown): { status: number; message: string } | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const { Status, Message } = body as { Status?: unknown; Message?: unknown };
  if (typeof Status !== "number" || typeof Message !== "string" || Status < 400) return undefined;
  return { status: Status, message: Message };
}

// Comet does not document its auth failure texts; these cover the SDK constant and the usual wording. Narrow on
// purpose: a 403 "Old password is incorrect" (reset-user-password) is about the target user, not our login.
const AUTH_MESSAGE = /ERR_TOTP_REQUIRED|authenticat|unauthori[sz]ed|invalid (username|credentials)|session key/i;

export function apiFailure(status: number, message: string, endpoint: string): CometError {
  if (status === 401 || (status === 403 && AUTH_MESSAGE.test(message)) || message.includes("ERR_TOTP_REQUIRED")) {
    return new CometAuthError(status, message, endpoint);
  }
  return new CometApiError(status, message, endpoint);
}

/** Hash-checked writes: the simulator answers 409 "ERR_PROFILE_HASH_MISMATCH ..."; a real server's code is
 * undocumented (comet-api.md §9.1), so any failure mentioning the hash counts as a conflict. */
export function asHashConflict(err: unknown): unknown {
  if (err instanceof CometApiError && (err.status === 409 || /hash/i.test(err.message))) {
    return new CometProfileHashConflictError(err.status, err.message, err.endpoint);
  }
  return err;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Endpoints that only read; safe to repeat. */
const READ_ONLY =
  /\/(list-users|get-|meta\/version|account\/properties|policies\/(get|list)|dispatcher\/(list-active|request-))/;

function isReset(err: CometNetworkError): boolean {
  const cause = (err.cause as { cause?: { code?: string } } | undefined)?.cause;
  return ["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"].includes(cause?.code ?? "");
}

const snippet = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}...` : text);

export class CometTransport {
  readonly baseUrl: string;
  readonly username: string;
  readonly timeoutMs: number;
  // Private fields: not enumerable, so logging or serialising a client cannot print the secrets.
  readonly #auth: Record<string, string>;
  readonly #safeBaseUrl: string;

  constructor(opts: CometClientOptions) {
    this.baseUrl = normaliseBaseUrl(opts.baseUrl);
    this.username = opts.username;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    // Error messages name the URL without userinfo: a base URL may carry credentials.
    const safe = new URL(this.baseUrl);
    safe.username = "";
    safe.password = "";
    this.#safeBaseUrl = safe.href;
    const auth: Record<string, string> = { Username: opts.username, AuthType: defaultAuthType(opts) };
    if (opts.password) auth.Password = opts.password;
    if (opts.sessionKey) auth.SessionKey = opts.sessionKey;
    if (opts.totp) auth.TOTP = opts.totp;
    this.#auth = auth;
  }

  /**
   * POST and return the raw answer. A read that dies on a reset socket is retried once: the
   * usual cause is a pooled keep-alive connection the server closed while it sat idle, which
   * the request never reached. Writes are never retried (a run-backup must not run twice).
   */
  protected async send(path: string, params: Params): Promise<string> {
    try {
      return await this.sendOnce(path, params);
    } catch (err) {
      if (!(err instanceof CometNetworkError) || err.isTimeout || !READ_ONLY.test(path) || !isReset(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return this.sendOnce(path, params);
    }
  }

  private async sendOnce(path: string, params: Params): Promise<string> {
    const body = new URLSearchParams(this.#auth);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) body.set(k, encodeParam(v));
    const signal = AbortSignal.timeout(this.timeoutMs);
    let status: number;
    let text: string;
    let location = "";
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method: "POST",
        body,
        signal,
        headers: { "user-agent": "partner-hub-comet-client" },
        // A redirect would turn the POST into a GET and drop the credentials' form body: report it instead.
        redirect: "manual",
      });
      status = res.status;
      location = res.headers.get("location") ?? "";
      // The signal also bounds the body read, so a server that stalls mid-body still times out.
      text = await res.text();
    } catch (err) {
      throw this.networkError(err, path, signal);
    }
    if (status >= 200 && status < 300) return text;
    // 502/503/504 on the status line means the Comet process is not serving (a proxy, or the simulator's
    // "down" switch): transient, whatever body came with it.
    if (status === 502 || status === 503 || status === 504) {
      throw new CometNetworkError(`Comet server unavailable (HTTP ${status})`, path, { httpStatus: status });
    }
    const env = failureEnvelope(tryJson(text));
    if (env) throw apiFailure(env.status, env.message, path);
    if (status >= 300 && status < 400) {
      throw new CometApiError(status, `HTTP ${status} redirect to ${location}: check the server base URL`, path);
    }
    throw apiFailure(status, `HTTP ${status}: ${snippet(text)}`, path);
  }

  private networkError(err: unknown, path: string, signal: AbortSignal): CometNetworkError {
    const where = `${this.#safeBaseUrl}${path}`;
    if (signal.aborted) {
      return new CometNetworkError(`Comet request timed out after ${this.timeoutMs} ms: ${where}`, path, {
        isTimeout: true,
        cause: err,
      });
    }
    // undici wraps the socket error: TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }).
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (err as Error).message;
    return new CometNetworkError(`Comet server unreachable (${detail}): ${where}`, path, { cause: err });
  }

  /** A JSON endpoint: body-level failure envelopes are errors; the rest is validated with `model`. */
  protected async call<M extends z.ZodType>(path: string, params: Params, model: M): Promise<z.output<M>> {
    const text = await this.send(path, params);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CometResponseFormatError("response is not JSON", path, snippet(text));
    }
    const env = failureEnvelope(json);
    if (env) throw apiFailure(env.status, env.message, path);
    const parsed = model.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
      throw new CometResponseFormatError("unexpected response shape", path, issues.join("; "));
    }
    return parsed.data;
  }

  /** An action answered with a plain CometAPIResponseMessage. */
  protected async callOk(path: string, params: Params): Promise<void> {
    const env = await this.call(path, params, CometAPIResponseMessageModel);
    // No Message but a failure Status still fails: failureEnvelope only caught the ones with a Message.
    if (env.Status >= 400) throw apiFailure(env.Status, env.Message || `Status ${env.Status}`, path);
  }

  /** Plain-text endpoints (job log): never JSON-parsed, except to spot a failure envelope sent with HTTP 200. */
  protected async callText(path: string, params: Params): Promise<string> {
    const text = await this.send(path, params);
    if (text.trimStart().startsWith("{")) {
      const env = failureEnvelope(tryJson(text));
      if (env) throw apiFailure(env.status, env.message, path);
    }
    return text;
  }
}
