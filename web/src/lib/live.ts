import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { stringifyDocument } from "@urql/core";
import type { Client as WsClient } from "graphql-ws";
import { createEffect, getOwner, on, onCleanup, untrack } from "solid-js";

/**
 * A resumable live subscription on the tab's one graphql-ws socket. Calls `onData` for every
 * item (events AND heartbeats: check `kind === "HEARTBEAT"` yourself), remembers the cursor
 * (`cursorOf`), and after a dropped socket resubscribes with `after: <last cursor>` so nothing is
 * missed or repeated. Disposed with the calling Solid owner (onCleanup) or by the returned fn.
 * Components get one from `useLive()` (lib/api.tsx): the app's is `subscribeLive` on its socket.
 */
export type LiveSubscribe = <Data, Vars extends { after?: string | null }>(
  document: TypedDocumentNode<Data, Vars>,
  variables: () => Omit<Vars, "after">,
  onData: (data: Data) => void,
  cursorOf: (data: Data) => string | null | undefined,
) => () => void;

/**
 * A live subscription on a given graphql-ws client (the app's socket; tests pass one with Node's `ws`).
 *
 * Why resubscribe on `closed` rather than let graphql-ws retry: on reconnect graphql-ws resends
 * each active subscription with its ORIGINAL variables, i.e. without the newest cursor, which
 * would replay duplicates (or, with no `after` yet, skip what happened meanwhile). So the moment
 * the socket drops, the old subscription is released (graphql-ws then never resends it) and a
 * new one with `after: lastCursor` is queued; it is what drives the reconnection. No item can
 * arrive between the drop and the resubscription, so the cursor is exact.
 */
export function subscribeLive<Data, Vars extends { after?: string | null }>(
  socket: WsClient,
  document: TypedDocumentNode<Data, Vars>,
  variables: () => Omit<Vars, "after">,
  onData: (data: Data) => void,
  cursorOf: (data: Data) => string | null | undefined,
): () => void {
  const query = stringifyDocument(document);
  let lastCursor: string | null = null;
  let current: { gen: number; stop: () => void } | null = null;
  let gen = 0;
  let vars: Omit<Vars, "after"> | null = null;
  let disposed = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function start() {
    clearTimeout(retryTimer);
    current?.stop();
    if (disposed || !vars) return;
    const mine = ++gen;
    const payload = { query, variables: { ...vars, after: lastCursor } as Record<string, unknown> };
    const stop = socket.subscribe<Data>(payload, {
      next: (result) => {
        // A released subscription's late messages belong to a stream we already replaced.
        if (mine !== gen) return;
        if (result.errors?.length) console.warn("live subscription error", result.errors);
        const data = result.data as Data | null | undefined;
        if (data == null) return;
        failures = 0;
        const cursor = cursorOf(data);
        if (cursor) lastCursor = cursor;
        onData(data);
      },
      error: (err) => {
        if (mine !== gen) return;
        console.warn("live subscription ended with an error", err);
        // The server refused the operation itself (bad variables, lost access): retrying the
        // same payload would only be refused again, in a tight loop once the idle socket closes.
        current = null;
        if (Array.isArray(err)) return;
        // Anything else (a failed connection): try again later, backing off up to 30 s.
        failures += 1;
        retryTimer = setTimeout(start, Math.min(30_000, 500 * 2 ** failures));
      },
      complete: () => {},
    });
    current = { gen: mine, stop };
  }

  const unlisten = socket.on("closed", () => {
    if (disposed || !current) return;
    // Release now, before graphql-ws's retry loop could resend the stale payload; subscribe
    // again once its own close handling (which forgets the dead socket) has run.
    gen++;
    current.stop();
    current = null;
    queueMicrotask(start);
  });

  function dispose() {
    if (disposed) return;
    disposed = true;
    clearTimeout(retryTimer);
    unlisten();
    gen++;
    current?.stop();
    current = null;
  }

  if (getOwner()) {
    // New filters are a new stream: start live from now (the page refetches its query).
    createEffect(
      on(variables, (next) => {
        vars = next;
        lastCursor = null;
        start();
      }),
    );
    onCleanup(dispose);
  } else {
    vars = untrack(variables);
    start();
  }
  return dispose;
}
