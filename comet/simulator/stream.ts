/**
 * The live event stream: WebSocket on `/api/v1/events/stream` (comet-api.md §4.2, third-party
 * evidence). Handshake: the client sends 5 text frames (Username, AuthType, Password, SessionKey, TOTP);
 * the server answers `200 OK`, then a SEVT_META_HELLO frame (Data = ServerMetaVersionInfo), then one
 * StreamableEvent JSON object per text frame. Frames are sent without awaiting, corked per batch.
 *
 * Guesses: the failure reply text (we send `403 Forbidden` and close with 1008); the upgrade is refused
 * with HTTP 503 while the server is "down"; no application heartbeats (matches [EZB]'s 300 s idle
 * recycle); events produced before a stream finished its handshake are not replayed to it.
 */
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { SEVT } from "../client/constants.js";
import type { HttpSwitches } from "./http.js";
import type { SimState } from "./state.js";

export const STREAM_PATH = "/api/v1/events/stream";
const HANDSHAKE_TIMEOUT_MS = 10_000;

export interface StreamServer {
  dropAll(): void;
  count(): number;
  authFails: boolean;
  close(): Promise<void>;
}

export function attachStream(deps: {
  server: Server;
  state: SimState;
  switches: HttpSwitches;
  hello: () => unknown;
}): StreamServer {
  const { state, switches } = deps;
  const wss = new WebSocketServer({ noServer: true });
  const live = new Set<WebSocket>();
  const api: StreamServer = {
    authFails: false,
    dropAll: () => {
      for (const ws of wss.clients) ws.terminate();
    },
    count: () => live.size,
    close: () =>
      new Promise((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };

  deps.server.on("upgrade", (req, socket: Duplex, head) => {
    const path = new URL(req.url ?? "/", "http://sim").pathname;
    if (path !== STREAM_PATH || switches.down) {
      const status = switches.down ? "503 Service Unavailable" : "404 Not Found";
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
  });

  function onConnection(ws: WebSocket): void {
    const frames: string[] = [];
    let detach: (() => void) | undefined;
    const timer = setTimeout(() => ws.close(1008, "handshake timeout"), HANDSHAKE_TIMEOUT_MS);
    ws.on("error", () => {});
    ws.on("close", () => {
      clearTimeout(timer);
      detach?.();
      live.delete(ws);
    });
    ws.on("message", (data, isBinary) => {
      if (detach || frames.length >= 5) return; // after the handshake, client frames are ignored
      frames.push(isBinary ? "" : data.toString());
      if (frames.length < 5) return;
      clearTimeout(timer);
      const [username, authType, password, sessionKey] = frames as [string, string, string, string];
      const admin = state.admin;
      const ok =
        !api.authFails &&
        username === admin.username &&
        (authType === "SessionKey"
          ? state.sessionKeys.has(sessionKey)
          : (authType === "Password" || authType === "PasswordTOTP") && password === admin.password);
      if (!ok) {
        ws.send("403 Forbidden");
        ws.close(1008, "authentication failed");
        return;
      }
      ws.send("200 OK");
      ws.send(JSON.stringify(helloEvent(state, username, deps.hello())));
      live.add(ws);
      detach = state.bus.addSink((batch) => sendBatch(ws, batch));
    });
  }
  return api;
}

function helloEvent(state: SimState, actor: string, data: unknown) {
  return {
    Actor: actor,
    OwnerOrganizationID: "",
    Type: SEVT.META_HELLO,
    Timestamp: state.bus.timestampUnit === "ms" ? state.clock.now() : state.clock.nowSec(),
    TypeString: "SEVT_META_HELLO",
    Data: data,
  };
}

/** One cork per batch: thousands of frames leave in a few TCP writes instead of one syscall each. */
function sendBatch(ws: WebSocket, batch: string[]): void {
  if (ws.readyState !== ws.OPEN) return;
  const socket = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  socket?.cork();
  for (const frame of batch) ws.send(frame);
  socket?.uncork();
}
