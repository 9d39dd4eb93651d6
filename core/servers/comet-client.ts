import { CometClient, openEventStream, type StreamableEvent, type StreamStatus } from "../../comet/client/index.js";
import type { Config } from "../../config.js";
import type { SecretBox } from "../../secret-box.js";

/**
 * The one place that turns a `CometServer` row into Comet connections, for the API's actions and
 * the workers alike. The admin password is decrypted here, per call, and lives only inside the
 * client: never on a long-lived object of ours.
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

type ClientRow = Pick<ServerConnectionRow, "baseUrl" | "adminUsername" | "adminPasswordEnc">;

/** An admin client per server row, bound to the process's secret box. */
export function cometClientFactory(secrets: SecretBox) {
  return (server: ClientRow) =>
    new CometClient({
      baseUrl: server.baseUrl,
      username: server.adminUsername,
      password: secrets.decrypt(server.adminPasswordEnc),
    });
}

export type CometClientFor = ReturnType<typeof cometClientFactory>;

export type StreamConfig = Pick<Config, "STREAM_IDLE_SECONDS" | "STREAM_BACKOFF_BASE_MS" | "STREAM_BACKOFF_MAX_MS">;

export interface EventStreamHandlers {
  onEvent(ev: StreamableEvent): void;
  onState(status: StreamStatus): void;
  onInvalidFrame?(raw: string, reason: string): void;
}

export type EventStreamHandle = ReturnType<typeof openEventStream>;

export function eventStreamFor(
  server: ClientRow,
  secrets: SecretBox,
  config: StreamConfig,
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
