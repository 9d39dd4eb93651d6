/**
 * The HTTP side of the simulated Comet Server: `POST /api/v1/<area>/<method>` with a form-encoded
 * body carrying both the parameters and the auth fields (Username, AuthType, Password, SessionKey,
 * TOTP), answered with JSON (or plain text for job logs). Control calls `POST /__sim/<name>` bypass
 * auth and the down/slow switches so a test can always heal the server.
 *
 * Guesses (unverified in comet-api.md §3.2): the HTTP status of a failure. failureMode "http200"
 * sends HTTP 200 with the `{Status, Message}` envelope, "http4xx" mirrors Status in the status line.
 * Auth failures are Status 403 "Authentication failed"; a down server answers HTTP 503 (always,
 * like a proxy in front of a stopped server). Booleans are accepted as 1/0 and true/false.
 * Every call that reaches the API (not the down switch) is recorded in state.calls (call-log.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { SEVT } from "../client/constants.js";
import { badRequest, SimError } from "./sim-error.js";
import type { SimState } from "./state.js";

export class PlainText {
  constructor(readonly text: string) {}
}

export class Params {
  constructor(private readonly form: URLSearchParams) {}

  optional(name: string): string | undefined {
    const v = this.form.get(name);
    return v === null ? undefined : v;
  }

  str(name: string): string {
    const v = this.form.get(name);
    if (v === null) throw badRequest(`Missing required parameter '${name}'`);
    return v;
  }

  bool(name: string): boolean {
    const v = (this.form.get(name) ?? "").trim().toLowerCase();
    return v === "1" || v === "true";
  }

  int(name: string): number {
    const n = Number(this.str(name));
    if (!Number.isFinite(n)) throw badRequest(`Parameter '${name}' must be a number`);
    return Math.trunc(n);
  }

  json<T>(name: string): T;
  json<T>(name: string, optional: true): T | undefined;
  json<T>(name: string, optional?: boolean): T | undefined {
    const raw = optional ? this.optional(name) : this.str(name);
    if (raw === undefined || raw === "") return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      throw badRequest(`Parameter '${name}' is not valid JSON`);
    }
  }
}

export interface ApiContext {
  state: SimState;
  params: Params;
  /** The authenticated admin (the Actor of events the call causes). */
  actor: string;
}

export type ApiHandler = (ctx: ApiContext) => unknown;

export interface HttpSwitches {
  down: boolean;
  slowMs: number;
  failureMode: "http200" | "http4xx";
}

export function buildHttpServer(deps: {
  state: SimState;
  routes: Map<string, ApiHandler>;
  switches: HttpSwitches;
  control: (name: string, body: unknown) => Promise<unknown>;
}): Server {
  const { state, routes, switches } = deps;

  const send = (res: ServerResponse, http: number, body: unknown) => {
    const text = body instanceof PlainText ? body.text : JSON.stringify(body ?? null);
    res.writeHead(http, {
      "content-type": body instanceof PlainText ? "text/plain; charset=utf-8" : "application/json",
    });
    res.end(text);
  };
  const fail = (res: ServerResponse, status: number, message: string) =>
    send(res, switches.failureMode === "http4xx" ? status : 200, { Status: status, Message: message });

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (switches.slowMs > 0) await new Promise((r) => setTimeout(r, switches.slowMs));
    if (switches.down) return send(res, 503, { Status: 503, Message: "Service Unavailable" });
    if (req.method !== "POST") return fail(res, 405, "Method Not Allowed: use POST");
    const form = await readForm(req);
    const call = state.calls.record(path, form, state.clock.now());
    const failCall = (status: number, message: string) => {
      call.status = status;
      fail(res, status, message);
    };
    const handler = routes.get(path);
    if (!handler) return failCall(404, `Unknown API '${path}'`);
    const actor = authenticate(state, form, `/api/v1/${path}`);
    if (!actor) return failCall(403, "Authentication failed (invalid username, password or session key)");
    try {
      const body = await handler({ state, params: new Params(form), actor });
      call.status = 200;
      send(res, 200, body);
    } catch (err) {
      if (err instanceof SimError) return failCall(err.status, err.message);
      failCall(500, `Internal error: ${(err as Error).message}`);
    }
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sim");
    const path = url.pathname;
    if (path.startsWith("/__sim/")) {
      void readBody(req).then(async (raw) => {
        try {
          const body = raw.trim() === "" ? undefined : JSON.parse(raw);
          send(res, 200, { result: (await deps.control(path.slice("/__sim/".length), body)) ?? null });
        } catch (err) {
          send(res, err instanceof SimError ? err.status : 400, { error: (err as Error).message });
        }
      });
      return;
    }
    if (path.startsWith("/api/v1/")) {
      void handleApi(req, res, path.slice("/api/v1/".length)).catch((err) => {
        if (!res.headersSent) fail(res, 500, `Internal error: ${(err as Error).message}`);
      });
      return;
    }
    send(res, 404, { Status: 404, Message: "Not Found" });
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const raw = await readBody(req);
  const type = req.headers["content-type"] ?? "";
  const form = new URLSearchParams(type.includes("application/json") ? "" : raw);
  if (type.includes("application/json") && raw.trim()) {
    for (const [k, v] of Object.entries(JSON.parse(raw) as Record<string, unknown>)) {
      form.set(k, typeof v === "string" ? v : JSON.stringify(v));
    }
  }
  // Multipart uploads carry auth in X-Comet-Admin-* headers (comet-api.md §1.1); honour them anywhere.
  for (const field of ["Username", "AuthType", "Password", "SessionKey", "TOTP"]) {
    const header = req.headers[`x-comet-admin-${field.toLowerCase()}`];
    if (typeof header === "string" && !form.has(field)) form.set(field, header);
  }
  return form;
}

/** Returns the admin username when the credentials are valid. Emits the login chatter a real server does. */
export function authenticate(state: SimState, form: URLSearchParams, path: string): string | undefined {
  const username = form.get("Username") ?? "";
  const authType = form.get("AuthType") || "Password";
  const admin = state.admin;
  if (username !== admin.username) return undefined;
  if (authType === "SessionKey") {
    return state.sessionKeys.has(form.get("SessionKey") ?? "") ? username : undefined;
  }
  const ok = (authType === "Password" || authType === "PasswordTOTP") && form.get("Password") === admin.password;
  state.emit(ok ? SEVT.ACCOUNT_ADMIN_LOGIN : SEVT.ACCOUNT_ADMIN_LOGIN_FAILED, username, "", path);
  return ok ? username : undefined;
}
