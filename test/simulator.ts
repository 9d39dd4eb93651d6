/**
 * Helpers for the simulator's own tests: plain fetch and a raw `ws` client, deliberately not our
 * Comet client, so the simulator is checked against the wire protocol rather than against itself.
 */
import WebSocket from "ws";
import type { Simulator } from "../comet/simulator/index.js";

export const ADMIN = { Username: "admin", AuthType: "Password", Password: "admin" };

export async function post(
  sim: Simulator,
  path: string,
  fields: Record<string, string> = {},
  auth: Record<string, string> = ADMIN,
): Promise<{ http: number; body: unknown; text: string }> {
  const res = await fetch(`${sim.url}api/v1/${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...auth, ...fields }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { http: res.status, body, text };
}

export interface StreamEvent {
  Actor: string;
  OwnerOrganizationID: string;
  ResourceID?: string;
  Type: number;
  Timestamp: number;
  TypeString: string;
  Data?: Record<string, unknown>;
}

export interface TestStream {
  /** Every text frame received, in order (the first is the handshake reply). */
  frames: string[];
  events(): StreamEvent[];
  waitFor(pred: (ev: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  waitForFrames(n: number, timeoutMs?: number): Promise<void>;
  closed: Promise<void>;
  close(): void;
}

export function openStream(sim: Simulator, creds = ["admin", "Password", "admin", "", ""]): Promise<TestStream> {
  const ws = new WebSocket(`${sim.url.replace(/^http/, "ws")}api/v1/events/stream`);
  const frames: string[] = [];
  const listeners = new Set<() => void>();
  ws.on("message", (data) => {
    frames.push(data.toString());
    for (const l of listeners) l();
  });
  const closed = new Promise<void>((resolve) => ws.on("close", () => resolve()));
  const events = () =>
    frames.flatMap((f) => {
      try {
        return [JSON.parse(f) as StreamEvent];
      } catch {
        return [];
      }
    });
  const until = (check: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve();
      };
      listeners.add(listener);
    });
  const stream: TestStream = {
    frames,
    events,
    closed,
    close: () => ws.close(),
    waitForFrames: (n, timeoutMs = 5000) => until(() => frames.length >= n, timeoutMs, `${n} frames`),
    async waitFor(pred, timeoutMs = 5000) {
      await until(() => events().some(pred), timeoutMs, "an event");
      return events().find(pred)!;
    },
  };
  return new Promise((resolve, reject) => {
    ws.on("open", () => {
      for (const f of creds) ws.send(f);
      resolve(stream);
    });
    ws.on("error", reject);
  });
}

/** Opens a stream and waits until the handshake reply and the hello arrived. */
export async function openReadyStream(sim: Simulator): Promise<TestStream> {
  const s = await openStream(sim);
  await s.waitForFrames(2);
  return s;
}

/** Wire JSON inspected loosely in assertions (the tests check shapes with expect, not with types). */
// biome-ignore lint/suspicious/noExplicitAny: assertions index freely into server JSON
export type Loose = any;
