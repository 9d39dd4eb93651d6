import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { WebSocket } from "ws";
import { graphql } from "./gql/index.js";

/**
 * Follows backup jobs live (graphql-ws on /graphql) and prints each event as one JSON line.
 * The last cursor is saved to a file after every event, so a restart (or a dropped connection)
 * resumes with `jobEvents(after: <cursor>)`: the server first replays what was missed, in order,
 * then continues live, with no gap and no duplicate.
 *
 *   PARTNER_HUB_API_KEY=phk_... npx tsx examples/watch-jobs.ts >> jobs.jsonl
 *
 * A client script, not the platform, so it reads `process.env` itself:
 * - PARTNER_HUB_API_KEY (required), PARTNER_HUB_URL (default http://127.0.0.1:4000/graphql);
 * - PARTNER_HUB_CURSOR_FILE (default `.job-events.cursor`): where the last cursor is kept;
 * - PARTNER_HUB_SILENCE_SECONDS (default 60): reconnect when nothing, not even a heartbeat, arrived
 *   for this long (the server sends one every SUBSCRIPTION_HEARTBEAT_SECONDS, 25 by default).
 */

const WatchJobs = graphql(`
  subscription WatchJobs($after: String) {
    jobEvents(after: $after) {
      cursor
      kind
      at
      jobId
      deviceId
      customerId
      classification
      outcome
      progressCounter
      uploadBytes
      endedAt
    }
  }
`);

type JobEvent = ResultOf<typeof WatchJobs>["jobEvents"];

const apiKey = process.env.PARTNER_HUB_API_KEY;
if (!apiKey) {
  process.stderr.write("Set PARTNER_HUB_API_KEY to an API key (phk_...) with the READ capability.\n");
  process.exit(2);
}
const url = (process.env.PARTNER_HUB_URL ?? "http://127.0.0.1:4000/graphql").replace(/^http/, "ws");
const cursorFile = process.env.PARTNER_HUB_CURSOR_FILE ?? ".job-events.cursor";
const silenceMs = Number(process.env.PARTNER_HUB_SILENCE_SECONDS ?? 60) * 1000;

const readCursor = () => (existsSync(cursorFile) ? readFileSync(cursorFile, "utf8").trim() || null : null);

/** Write then rename: a crash mid-write never leaves a torn cursor behind. */
function saveCursor(cursor: string) {
  writeFileSync(`${cursorFile}.tmp`, cursor);
  renameSync(`${cursorFile}.tmp`, cursorFile);
}

/** Errors that waiting will not fix: stop instead of retrying forever. */
const fatalCodes = new Set(["UNAUTHENTICATED", "FORBIDDEN", "QUERY_TOO_COMPLEX", "BAD_USER_INPUT"]);

class FatalError extends Error {}

/** One connection: subscribes after the saved cursor and returns when the socket goes away. */
async function follow(after: string | null, onEvent: (event: JobEvent) => void) {
  // Our own reconnect loop, not graphql-ws retries: a retry would re-send the first `after`
  // and replay events we already printed.
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
    lazy: true,
  });
  // A half-open connection (a sleeping laptop, a NAT that forgot us) looks like a quiet stream;
  // heartbeats tell them apart, so silence past their interval means reconnect.
  let silence = setTimeout(() => client.terminate(), silenceMs);
  try {
    const results = client.iterate<ResultOf<typeof WatchJobs>>({ query: print(WatchJobs), variables: { after } });
    for await (const result of results) {
      clearTimeout(silence);
      silence = setTimeout(() => client.terminate(), silenceMs);
      const error = result.errors?.[0];
      if (error) {
        const code = String(error.extensions?.code ?? "ERROR");
        const message = `${code}: ${error.message}`;
        throw fatalCodes.has(code) ? new FatalError(message) : new Error(message);
      }
      if (result.data) onEvent(result.data.jobEvents);
    }
  } finally {
    clearTimeout(silence);
    await client.dispose();
  }
}

async function main() {
  let cursor = readCursor();
  let backoffMs = 1000;
  // Runs until stopped (Ctrl-C): the cursor on disk is the last event printed (or a later heartbeat).
  for (;;) {
    try {
      await follow(cursor, (event) => {
        // A heartbeat only moves the cursor: resuming after it skips a quiet stretch.
        if (event.kind !== "HEARTBEAT") process.stdout.write(`${JSON.stringify(event)}\n`);
        cursor = event.cursor;
        saveCursor(cursor);
        backoffMs = 1000;
      });
    } catch (err) {
      if (err instanceof FatalError) throw err;
      const reason = err instanceof Error ? err.message : `connection closed (${describeClose(err)})`;
      process.stderr.write(`${reason}; reconnecting within ${Math.round(backoffMs / 1000)} s after cursor ${cursor}\n`);
    }
    // Full jitter, capped: many scripts restarting together do not reconnect in lockstep.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs));
    backoffMs = Math.min(backoffMs * 2, 30_000);
  }
}

function describeClose(event: unknown): string {
  const e = event as { code?: number; reason?: string };
  return e?.code ? `${e.code}${e.reason ? ` ${e.reason}` : ""}` : String(event);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
