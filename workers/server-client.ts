import { CometClient, openEventStream, type StreamableEvent, type StreamStatus } from "../comet/client/index.js";
import type { Config } from "../config.js";
import type { SecretBox } from "../secret-box.js";

/**
 * The one place that turns a `CometServer` row into live connections. The admin password is
 * decrypted here, per call, and never kept on a long-lived object outside the client itself.
 */

/** The columns of `CometServer` a connection needs. */
export interface ServerConnectionRow {
  id: string;
  profileName: string;
  baseUrl: string;
  adminUsername: string;
  adminPasswordEnc: string;
  mspId: string | null;
}

export type ClientConfig = Pick<Config, "STREAM_IDLE_SECONDS" | "STREAM_BACKOFF_BASE_MS" | "STREAM_BACKOFF_MAX_MS">;

export function clientFor(
  server: ServerConnectionRow,
  secrets: SecretBox,
  _config?: Partial<ClientConfig>,
): CometClient {
  return new CometClient({
    baseUrl: server.baseUrl,
    username: server.adminUsername,
    password: secrets.decrypt(server.adminPasswordEnc),
  });
}

export interface EventStreamHandlers {
  onEvent(ev: StreamableEvent): void;
  onState(status: StreamStatus): void;
  onInvalidFrame?(raw: string, reason: string): void;
}

export type EventStreamHandle = ReturnType<typeof openEventStream>;

export function eventStreamFor(
  server: ServerConnectionRow,
  secrets: SecretBox,
  config: ClientConfig,
  handlers: EventStreamHandlers,
): EventStreamHandle {
  return openEventStream({
    baseUrl: server.baseUrl,
    username: server.adminUsername,
    password: secrets.decrypt(server.adminPasswordEnc),
    idleTimeoutMs: config.STREAM_IDLE_SECONDS * 1000,
    backoff: { baseMs: config.STREAM_BACKOFF_BASE_MS, maxMs: config.STREAM_BACKOFF_MAX_MS },
    onEvent: handlers.onEvent,
    onState: handlers.onState,
    onInvalidFrame: handlers.onInvalidFrame,
  });
}
