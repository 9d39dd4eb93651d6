import WebSocket from "ws";
import { type StreamableEvent, StreamableEventModel } from "./models.js";
import { type CometAuthType, defaultAuthType, normaliseBaseUrl } from "./transport.js";

/**
 * Comet's live event stream (comet-api.md §4.2): WebSocket `api/v1/events/stream`, five auth text frames,
 * "200 OK", then one JSON StreamableEvent per frame, first SEVT_META_HELLO. The server keeps no replay, so
 * every reconnect must be followed by a reconcile; the "connected" state transition is that signal.
 * Reconnects forever (capped full-jitter backoff) until close().
 */

export type StreamState = "connecting" | "connected" | "backoff" | "auth_failed" | "closed";

export interface StreamStatus {
  state: StreamState;
  /** Connection attempts after the first one (every retry counts, successful or not). */
  reconnects: number;
  /** When the current connection got "200 OK"; unset while not connected. */
  connectedAt?: Date;
  /** Last valid event received (across connections). */
  lastEventAt?: Date;
  lastError?: string;
  /** Set while waiting to retry (states "backoff" and "auth_failed"). */
  nextRetryAt?: Date;
}

export interface EventStreamOptions {
  baseUrl: string;
  username: string;
  password: string;
  authType?: CometAuthType;
  sessionKey?: string;
  totp?: string;
  /** No frame at all for this long recycles the connection; Comet sends no heartbeats, so keep it minutes. */
  idleTimeoutMs?: number;
  /** Retry delay = random() * min(maxMs, baseMs * 2^attempt); attempt resets once a connection delivers an event. */
  backoff: { baseMs: number; maxMs: number };
  /** Called synchronously in stream order; a consumer that does async work must queue it itself. */
  onEvent(ev: StreamableEvent): void;
  /** Called with a snapshot on every state transition (and when a consumer callback fails). */
  onState(s: StreamStatus): void;
  /** Non-JSON or non-StreamableEvent frames; the stream carries on. */
  onInvalidFrame?(raw: string, reason: string): void;
  /** Injectable for tests; defaults to Math.random. */
  random?: () => number;
  /** Upgrade + "200 OK" must arrive within this; default min(idleTimeoutMs, 30 s). */
  authTimeoutMs?: number;
}

export interface EventStream {
  /** Stops reconnecting; resolves once the socket is closed. Idempotent. */
  close(): Promise<void>;
  status(): StreamStatus;
}

export function eventStreamUrl(baseUrl: string): string {
  const url = new URL("api/v1/events/stream", normaliseBaseUrl(baseUrl));
  if (url.protocol === "http:") url.protocol = "ws:";
  else if (url.protocol === "https:") url.protocol = "wss:";
  else if (url.protocol !== "ws:" && url.protocol !== "wss:") throw new TypeError(`unsupported scheme ${url.protocol}`);
  url.username = "";
  url.password = "";
  return url.href;
}

/** Throws only for an unusable base URL; everything after that is reported through onState. */
export function openEventStream(opts: EventStreamOptions): EventStream {
  const stream = new StreamConnection(opts, eventStreamUrl(opts.baseUrl));
  stream.connect();
  return { close: () => stream.close(), status: () => stream.status() };
}

const snippet = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}...` : text);
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function frameText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}

/** What one socket has seen; decided before its close handler runs. */
interface Attempt {
  ws: WebSocket;
  authed: boolean;
  authRejected: boolean;
  failure?: string;
}

class StreamConnection {
  readonly #opts: EventStreamOptions;
  readonly #url: string;
  readonly #idleMs: number;
  readonly #authMs: number;
  #status: StreamStatus = { state: "connecting", reconnects: 0 };
  #current: Attempt | undefined;
  #attempt = 0;
  #retryTimer: NodeJS.Timeout | undefined;
  #idleTimer: NodeJS.Timeout | undefined;
  #closing: Promise<void> | undefined;

  constructor(opts: EventStreamOptions, url: string) {
    this.#opts = opts;
    this.#url = url;
    this.#idleMs = opts.idleTimeoutMs ?? 300_000;
    this.#authMs = opts.authTimeoutMs ?? Math.min(this.#idleMs, 30_000);
  }

  status(): StreamStatus {
    return { ...this.#status };
  }

  connect(): void {
    if (this.#closing) return;
    this.#update("connecting", { connectedAt: undefined, nextRetryAt: undefined });
    const ws = new WebSocket(this.#url, { handshakeTimeout: this.#authMs, origin: new URL(this.#opts.baseUrl).origin });
    const at: Attempt = { ws, authed: false, authRejected: false };
    this.#current = at;
    this.#armIdle(at);

    ws.on("open", () => {
      const o = this.#opts;
      // Always all five frames, in this order, unused ones empty (comet-api.md §4.2).
      for (const f of [o.username, defaultAuthType(o), o.password ?? "", o.sessionKey ?? "", o.totp ?? ""]) ws.send(f);
    });
    ws.on("message", (data, isBinary) => {
      if (at !== this.#current || this.#closing) return;
      // refresh() re-arms the same timer: cheap enough for bursts of thousands of frames.
      this.#idleTimer?.refresh();
      const text = frameText(data);
      if (at.authed) {
        this.#frame(text, isBinary);
        return;
      }
      if (text.trim() === "200 OK") {
        at.authed = true;
        this.#armIdle(at);
        this.#update("connected", { connectedAt: new Date() });
        return;
      }
      // The failure frame's wording is undocumented; it is server text and never contains our password.
      at.authRejected = true;
      at.failure = `authentication rejected: ${snippet(text.trim())}`;
      ws.close(1000);
    });
    ws.on("ping", () => {
      if (at.authed && at === this.#current) this.#idleTimer?.refresh();
    });
    ws.on("error", (err) => {
      // An upgrade answered 401/403 is an auth failure too (a proxy or the simulator may do that).
      if (/Unexpected server response: 40[13]\b/.test(err.message)) at.authRejected = true;
      at.failure ??= errorText(err);
    });
    ws.on("close", (code, reason) => {
      if (at !== this.#current) return;
      this.#clearIdle();
      this.#current = undefined;
      if (this.#closing) return;
      // 1008 = policy violation, 4401/4403 = app-defined "unauthorised"/"forbidden", before any "200 OK".
      if (!at.authed && (code === 1008 || code === 4401 || code === 4403)) at.authRejected = true;
      const why = reason.length ? `: ${reason.toString("utf8")}` : "";
      this.#status.lastError = at.failure ?? `stream closed by server (code ${code}${why})`;
      this.#scheduleRetry(at.authRejected ? "auth_failed" : "backoff");
    });
  }

  /** Before "200 OK" the auth timeout applies, after it the idle timeout (comet-api.md §4.2: Comet sends no
   * heartbeats, [EZB] recycles after 300 s of silence). terminate() emits "close", which schedules the retry. */
  #armIdle(at: Attempt): void {
    this.#clearIdle();
    const ms = at.authed ? this.#idleMs : this.#authMs;
    this.#idleTimer = setTimeout(() => {
      if (at !== this.#current) return;
      at.failure = at.authed ? `no frame for ${ms} ms: connection recycled` : `no "200 OK" within ${ms} ms`;
      at.ws.terminate();
    }, ms);
  }

  #clearIdle(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
  }

  #frame(text: string, isBinary: boolean): void {
    if (isBinary) {
      this.#invalid(text, "binary frame");
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      this.#invalid(text, `not JSON: ${errorText(err)}`);
      return;
    }
    const parsed = StreamableEventModel.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
      this.#invalid(text, `not a StreamableEvent: ${issues.join("; ")}`);
      return;
    }
    this.#status.lastEventAt = new Date();
    // A connection that delivered an event is healthy: the next drop starts the backoff from scratch.
    this.#attempt = 0;
    this.#guard("onEvent", () => this.#opts.onEvent(parsed.data));
  }

  #invalid(raw: string, reason: string): void {
    const cb = this.#opts.onInvalidFrame;
    if (cb) this.#guard("onInvalidFrame", () => cb(raw, reason));
  }

  /** A throwing consumer must not kill the socket listener (it would become an uncaught exception). */
  #guard(name: string, fn: () => unknown): void {
    const report = (err: unknown) => {
      this.#status.lastError = `${name} failed: ${errorText(err)}`;
      this.#update(this.#status.state, {});
    };
    try {
      const r = fn();
      if (r instanceof Promise) r.catch(report);
    } catch (err) {
      report(err);
    }
  }

  #scheduleRetry(state: "backoff" | "auth_failed"): void {
    const { baseMs, maxMs } = this.#opts.backoff;
    const cap = Math.min(maxMs, baseMs * 2 ** Math.min(this.#attempt, 30));
    const delay = (this.#opts.random ?? Math.random)() * cap;
    this.#attempt++;
    this.#update(state, { connectedAt: undefined, nextRetryAt: new Date(Date.now() + delay) });
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#status.reconnects++;
      this.connect();
    }, delay);
  }

  #update(state: StreamState, patch: Partial<StreamStatus>): void {
    this.#status = { ...this.#status, ...patch, state };
    const snapshot = this.status();
    try {
      this.#opts.onState(snapshot);
    } catch {
      // onState is informational; a failing consumer must not break the reconnect loop.
    }
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#clearIdle();
    const ws = this.#current?.ws;
    if (ws && ws.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        // A peer that never answers the close handshake must not hang shutdown.
        const force = setTimeout(() => ws.terminate(), 2_000);
        ws.once("close", () => {
          clearTimeout(force);
          resolve();
        });
        ws.close(1000);
      });
    }
    this.#current = undefined;
    this.#update("closed", { connectedAt: undefined, nextRetryAt: undefined });
  }
}
