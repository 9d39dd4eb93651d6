import { encodeGlobalID } from "@pothos/plugin-relay";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type NewLiveEvent, publishLiveEvents, writeLiveEvents } from "../../core/live/pubsub.js";
import { liveStream, maxQueued } from "../../core/live/resume.js";
import { createCustomer, createLogin, createMsp, type TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * Live subscriptions over a real graphql-ws socket. Events are written exactly as workers do:
 * outbox rows in a transaction, published after commit. Heartbeats come every second here.
 */

const jobEventsQuery = `subscription Jobs($after: String, $mspId: ID, $customerId: ID, $deviceId: ID) {
  jobEvents(after: $after, mspId: $mspId, customerId: $customerId, deviceId: $deviceId) {
    cursor kind at jobId cometJobId deviceId accountId customerId outcome uploadBytes
  }
}`;
const deviceEventsQuery = `subscription Devices($after: String) {
  deviceEvents(after: $after) { cursor kind deviceId customerId friendlyName isOnline }
}`;

type Received = { cursor: string; kind: string; customerId: string | null; deviceId: string | null };

let stack: Stack;
const ids = { mspA: "", mspB: "", alpha: "", bravo: "" };
const logins: Record<"adminA" | "adminB" | "alphaViewer" | "platform", TestLogin> = {} as never;
const clients: Client[] = [];

beforeAll(async () => {
  stack = await startStack({ config: { SUBSCRIPTION_HEARTBEAT_SECONDS: 1 } });
  const prisma = stack.db.prisma;
  const [a, b] = await Promise.all([createMsp(prisma, "A"), createMsp(prisma, "B")]);
  ids.mspA = a.id;
  ids.mspB = b.id;
  const [alpha, bravo] = await Promise.all([
    createCustomer(prisma, a.id, "alpha"),
    createCustomer(prisma, a.id, "bravo"),
  ]);
  ids.alpha = alpha.id;
  ids.bravo = bravo.id;
  [logins.adminA, logins.adminB, logins.alphaViewer, logins.platform] = await Promise.all([
    createLogin(prisma, { mspId: a.id, role: "MSP_ADMIN" }),
    createLogin(prisma, { mspId: b.id, role: "MSP_ADMIN" }),
    createLogin(prisma, { customerId: ids.alpha, role: "CUSTOMER_VIEWER" }),
    createLogin(prisma, { platform: true }),
  ]);
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await stack?.stop();
});

let counter = 0;
function jobEvent(
  mspId: string,
  customerId: string | null,
  topic: NewLiveEvent["topic"] = "job.progress",
): NewLiveEvent {
  counter += 1;
  const payload = {
    jobId: `job-${counter}`,
    cometJobId: `guid-${counter}`,
    deviceId: `dev-${customerId ?? "none"}`,
    accountId: `acct-${customerId ?? "none"}`,
    customerId,
    classification: "BACKUP",
    outcome: topic === "job.ended" ? "SUCCESS" : "RUNNING",
    cometStatus: topic === "job.ended" ? 5000 : 6001,
    startedAt: new Date().toISOString(),
    endedAt: null,
    progressCounter: counter,
    uploadBytes: String(counter * 1024),
  };
  return { mspId, customerId, topic, payload };
}

function deviceEvent(mspId: string, customerId: string | null, topic: NewLiveEvent["topic"]): NewLiveEvent {
  counter += 1;
  const payload = {
    deviceId: `dev-${counter}`,
    cometDeviceId: `cdev-${counter}`,
    accountId: `acct-${customerId ?? "none"}`,
    customerId,
    friendlyName: `Device ${counter}`,
    isOnline: topic === "device.online",
  };
  return { mspId, customerId, topic, payload };
}

/** What a worker does: outbox rows in the change's transaction, then publish after commit. */
async function emit(events: NewLiveEvent[]) {
  const messages = await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, events));
  await publishLiveEvents(stack.live, messages);
  return messages;
}

async function latestSequence(): Promise<string> {
  const rows = await stack.db.prisma.$queryRawUnsafe<{ max: string | null }[]>(
    `SELECT max("sequence")::text AS max FROM "LiveEvent"`,
  );
  return rows[0]?.max ?? "0";
}

/** A socket signed in with the person's session (one per person for the file, like a browser's). */
async function socketFor(as: TestLogin | null): Promise<Client> {
  const token = as ? await stack.session(as) : null;
  const client = createClient({
    url: `${stack.url.replace("http", "ws")}graphql`,
    webSocketImpl: WebSocket,
    ...(token ? { connectionParams: { authorization: `Bearer ${token}` } } : {}),
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Subscribes and collects events (heartbeats apart); `until(n)` resolves once n events have arrived. */
function collect(client: Client, query: string, variables: Record<string, unknown>, field: string) {
  const events: Received[] = [];
  const heartbeats: Received[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let failure: unknown = null;
  const settle = () => {
    for (const w of waiters.filter((w) => events.length >= w.n || failure)) w.resolve();
  };
  const unsubscribe = client.subscribe<Record<string, Received>>(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) failure = r.errors;
        const event = r.data?.[field];
        if (event?.kind === "HEARTBEAT") heartbeats.push(event);
        else if (event) events.push(event);
        settle();
      },
      error: (err) => {
        failure = err;
        settle();
      },
      complete: () => {},
    },
  );
  return {
    events,
    heartbeats,
    /** Resolves with the first heartbeat whose cursor is at least `cursor`. */
    heartbeatAtLeast: async (cursor: string, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = heartbeats.find((h) => BigInt(h.cursor) >= BigInt(cursor));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no heartbeat at or above ${cursor}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    unsubscribe,
    get failure() {
      return failure;
    },
    until: (n: number, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`got ${events.length} of ${n} events`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        settle();
      }),
  };
}

describe("live subscriptions", () => {
  it("delivers only the viewer's MSP's events, and only its customer's to a customer user", async () => {
    const after = await latestSequence();
    const adminA = collect(await socketFor(logins.adminA), deviceEventsQuery, { after }, "deviceEvents");
    const adminB = collect(await socketFor(logins.adminB), deviceEventsQuery, { after }, "deviceEvents");
    const alpha = collect(await socketFor(logins.alphaViewer), deviceEventsQuery, { after }, "deviceEvents");
    await emit([
      deviceEvent(ids.mspA, ids.alpha, "device.online"),
      deviceEvent(ids.mspA, ids.bravo, "device.offline"),
      deviceEvent(ids.mspB, null, "device.added"),
      jobEvent(ids.mspA, ids.alpha),
      deviceEvent(ids.mspA, null, "device.renamed"),
    ]);
    await Promise.all([adminA.until(3), adminB.until(1), alpha.until(1)]);
    // A last event for everyone: when it arrives, nothing else was on its way before it.
    await emit([deviceEvent(ids.mspA, ids.alpha, "device.removed"), deviceEvent(ids.mspB, null, "device.removed")]);
    await Promise.all([adminA.until(4), adminB.until(2), alpha.until(2)]);

    const alphaId = encodeGlobalID("Customer", ids.alpha);
    expect(adminA.events.map((e) => e.kind)).toEqual(["ONLINE", "OFFLINE", "RENAMED", "REMOVED"]);
    expect(adminB.events.map((e) => [e.kind, e.customerId])).toEqual([
      ["ADDED", null],
      ["REMOVED", null],
    ]);
    expect(alpha.events.map((e) => [e.kind, e.customerId])).toEqual([
      ["ONLINE", alphaId],
      ["REMOVED", alphaId],
    ]);
  });

  it("resumes after a cursor with exactly the outbox's sequence: no gap, no duplicate", async () => {
    const baseline = await latestSequence();
    const first = collect(await socketFor(logins.adminA), jobEventsQuery, { after: baseline }, "jobEvents");
    await emit([jobEvent(ids.mspA, ids.alpha, "job.started"), jobEvent(ids.mspB, null), jobEvent(ids.mspA, null)]);
    await first.until(2);
    first.unsubscribe();
    const seenBefore = first.events.map((e) => e.cursor);

    // Missed while disconnected, then more written while the new subscription replays and goes live.
    for (let i = 0; i < 3; i++) await emit([jobEvent(ids.mspA, ids.bravo), jobEvent(ids.mspB, null)]);
    const resumed = collect(await socketFor(logins.adminA), jobEventsQuery, { after: seenBefore.at(-1) }, "jobEvents");
    const writing = (async () => {
      for (let i = 0; i < 20; i++) {
        await emit([jobEvent(ids.mspA, ids.alpha), jobEvent(ids.mspA, null, "job.ended"), jobEvent(ids.mspB, null)]);
      }
    })();
    await writing;
    await resumed.until(3 + 40);
    // A last event: when it arrives, a duplicate of any earlier one would have arrived before it.
    await emit([jobEvent(ids.mspA, ids.alpha)]);
    await resumed.until(3 + 40 + 1);

    const outbox = await stack.db.prisma.$queryRawUnsafe<{ sequence: string }[]>(
      `SELECT "sequence"::text AS sequence FROM "LiveEvent"
       WHERE "mspId" = $1 AND "topic" LIKE 'job.%' AND "sequence" > $2::bigint ORDER BY "LiveEvent"."sequence"`,
      ids.mspA,
      baseline,
    );
    expect([...seenBefore, ...resumed.events.map((e) => e.cursor)]).toEqual(outbox.map((r) => r.sequence));
  });

  it("replays a backlog longer than one outbox page in order", async () => {
    const after = await latestSequence();
    const written = await emit(Array.from({ length: 1200 }, () => jobEvent(ids.mspA, ids.alpha)));
    const resumed = collect(await socketFor(logins.alphaViewer), jobEventsQuery, { after }, "jobEvents");
    await resumed.until(1200, 20_000);
    expect(resumed.events.map((e) => e.cursor)).toEqual(written.map((m) => m.sequence));
  });

  it("delivers a burst larger than a stream's queue complete and in order", async () => {
    const live = collect(await socketFor(logins.adminA), jobEventsQuery, {}, "jobEvents");
    await live.heartbeatAtLeast("0");
    const burst = maxQueued + 1000;
    const written = await stack.db.prisma.$transaction((tx) =>
      writeLiveEvents(
        tx,
        Array.from({ length: burst }, () => jobEvent(ids.mspA, ids.alpha)),
      ),
    );
    // All at once, within one turn of the event loop: the stream's queue overflows and it re-reads the outbox.
    for (const m of written) stack.live.pubsub.publish("live", m.mspId, m);
    await live.until(burst, 20_000);
    // A last event: when it arrives, a duplicate of any earlier one would have arrived before it.
    const [last] = await emit([jobEvent(ids.mspA, ids.alpha)]);
    await live.until(burst + 1);
    expect(live.events.map((e) => e.cursor)).toEqual([...written, last!].map((m) => m.sequence));
  });

  it("filters by customer and device, and narrows a customer user's filter to its own customer", async () => {
    const after = await latestSequence();
    const admin = collect(
      await socketFor(logins.adminA),
      jobEventsQuery,
      { after, deviceId: encodeGlobalID("Device", `dev-${ids.bravo}`) },
      "jobEvents",
    );
    const alpha = collect(
      await socketFor(logins.alphaViewer),
      jobEventsQuery,
      { after, customerId: encodeGlobalID("Customer", ids.bravo) },
      "jobEvents",
    );
    const [, bravoJob] = await emit([jobEvent(ids.mspA, ids.alpha), jobEvent(ids.mspA, ids.bravo)]);
    await admin.until(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(admin.events.map((e) => e.cursor)).toEqual([bravoJob!.sequence]);
    expect(alpha.events).toEqual([]);
    expect(alpha.failure).toBeNull();
  });

  it("rejects an unauthenticated subscription", async () => {
    const anonymous = collect(await socketFor(null), jobEventsQuery, {}, "jobEvents");
    await anonymous.until(1).catch(() => {});
    expect(anonymous.failure).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }),
    ]);
    expect(anonymous.events).toEqual([]);
  });

  it("requires the platform operator to choose an MSP, then delivers that MSP's events", async () => {
    const client = await socketFor(logins.platform);
    const without = collect(client, jobEventsQuery, {}, "jobEvents");
    await without.until(1).catch(() => {});
    expect(without.failure).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argumentName: "mspId" }),
      }),
    ]);

    const after = await latestSequence();
    const chosen = collect(client, jobEventsQuery, { after, mspId: encodeGlobalID("Msp", ids.mspB) }, "jobEvents");
    const [, b] = await emit([jobEvent(ids.mspA, null), jobEvent(ids.mspB, null)]);
    await chosen.until(1);
    expect(chosen.events.map((e) => e.cursor)).toEqual([b!.sequence]);
  });

  it("sends heartbeats while idle whose cursor passes other tenants' events, and resuming there replays nothing", async () => {
    const after = await latestSequence();
    const idle = collect(await socketFor(logins.adminA), jobEventsQuery, { after }, "jobEvents");
    const written = await emit([jobEvent(ids.mspB, null), jobEvent(ids.mspB, null)]);
    const heartbeat = await idle.heartbeatAtLeast(written[1]!.sequence);
    expect(heartbeat).toMatchObject({ kind: "HEARTBEAT", deviceId: null, customerId: null });
    expect(idle.events).toEqual([]);

    idle.unsubscribe();
    const [next] = await emit([jobEvent(ids.mspA, ids.alpha)]);
    const resumed = collect(await socketFor(logins.adminA), jobEventsQuery, { after: heartbeat.cursor }, "jobEvents");
    await resumed.until(1);
    // A last event: anything replayed from before the heartbeat would have arrived before it.
    const [last] = await emit([jobEvent(ids.mspA, ids.alpha)]);
    await resumed.until(2);
    expect(resumed.events.map((e) => e.cursor)).toEqual([next!.sequence, last!.sequence]);
  });

  it("never lets a heartbeat pass an event that is committed but not published yet", async () => {
    const live = collect(await socketFor(logins.alphaViewer), jobEventsQuery, {}, "jobEvents");
    await live.heartbeatAtLeast("0");
    // A worker committed this row and has not published it (slow, or it died in between).
    const [stuck] = await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, [jobEvent(ids.mspA, ids.alpha)]));
    const heartbeat = await live.heartbeatAtLeast(stuck!.sequence);
    // The heartbeat's read of the outbox delivered it first, so its cursor is safe to resume from.
    expect(live.events.map((e) => e.cursor)).toEqual([stuck!.sequence]);
    expect(live.heartbeats.indexOf(heartbeat)).toBeGreaterThanOrEqual(0);

    // The late publish is a duplicate and is dropped.
    await publishLiveEvents(stack.live, [stuck!]);
    // The next event arrives after the dropped duplicate would have: nothing between them.
    const [after] = await emit([jobEvent(ids.mspA, ids.alpha)]);
    await live.until(2);
    expect(live.events.map((e) => e.cursor)).toEqual([stuck!.sequence, after!.sequence]);
  });

  it("beats an MSP's streams together, so they share one outbox count per heartbeat", async () => {
    let max = 100;
    const queries = { max: 0, count: 0 };
    const prisma = {
      $queryRawUnsafe: async (sql: string) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (sql.includes("max(")) {
          queries.max += 1;
          max += 10; // events keep committing between heartbeats: every beat needs its count
          return [{ max: String(max) }];
        }
        if (sql.includes("count(")) {
          queries.count += 1;
          return [{ n: 0 }];
        }
        return [];
      },
    } as unknown as Parameters<typeof liveStream>[0]["prisma"];
    // Streams opened (and read) one by one over a whole heartbeat period, as dashboards connect.
    const streams: ReturnType<typeof liveStream>[] = [];
    const seen: number[] = [];
    const reading: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      const stream = liveStream({
        prisma,
        channel: stack.live.pubsub,
        mspId: "msp-lockstep",
        topicPrefix: "job.",
        after: null,
        customerId: null,
        accept: () => true,
        heartbeatMs: 300,
      });
      streams.push(stream);
      seen.push(0);
      reading.push(
        (async () => {
          for (;;) {
            const r = await stream.next();
            if (r.done) return;
            if (r.value.topic === "heartbeat") seen[i]! += 1;
          }
        })(),
      );
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const beats = async (n: number) => {
      while (seen.some((b) => b < n)) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await beats(2);
    const before = { ...queries };
    await beats(4);
    await Promise.all(streams.map((stream) => stream.return?.(undefined)));
    await Promise.all(reading);
    // Two more beats of 20 streams: 40 counts and 40 maxima one by one; in lockstep one per beat.
    expect(queries.count - before.count).toBeLessThanOrEqual(3);
    expect(queries.max - before.max).toBeLessThanOrEqual(3);
  });

  it("releases a closed stream at once, even while it waits for the next event", async () => {
    const stream = liveStream({
      prisma: stack.db.prisma,
      channel: stack.live.pubsub,
      mspId: ids.mspA,
      topicPrefix: "job.",
      after: null,
      customerId: null,
      accept: () => true,
      heartbeatMs: 60_000,
    });
    const waiting = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = Date.now();
    await stream.return?.(undefined);
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(Date.now() - closing).toBeLessThan(1000);
  });
});
