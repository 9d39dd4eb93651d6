import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { SlowConsumerJobEventsSubscription } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { source } from "../test/operations.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";
import { slowConsumerCloseCode, slowConsumerLimits } from "./graphql-ws.js";

/**
 * Slow consumers over graphql-ws: a client that stops reading is disconnected (its subscriptions
 * end and release their pub/sub listeners) while the other subscribers of its MSP keep receiving;
 * closed sockets release every listener. The stall limit is shortened to one second here.
 */

let stack: Stack;
let mspId = "";
let token = "";
const clients: Client[] = [];
const sockets: WebSocket[] = [];

const JobEvents = graphql(`
  subscription SlowConsumerJobEvents {
    jobEvents { cursor kind cometJobId }
  }
`);
const DeviceEvents = graphql(`
  subscription SlowConsumerDeviceEvents {
    deviceEvents { cursor }
  }
`);
const IncidentEvents = graphql(`
  subscription SlowConsumerIncidentEvents {
    incidentEvents { cursor }
  }
`);

beforeAll(async () => {
  Object.assign(slowConsumerLimits, { stallMs: 1000, checkMs: 100, closeGraceMs: 200 });
  stack = await startStack({ config: { SUBSCRIPTION_HEARTBEAT_SECONDS: 3600 } });
  const w = await world(stack).msp("slow", "Slow").login("admin", { role: "MSP_ADMIN" }).build();
  mspId = w.msps.slow.id;
  token = await stack.login(w.logins.admin);
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  for (const s of sockets) s.terminate();
  await stack?.stop();
});

const wsUrl = () => `${stack.url.replace("http", "ws")}graphql`;
const subscribers = () => stack.live.pubsub.subscriberCount("live", mspId);

async function eventually(check: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A graphql-ws client speaking the protocol by hand, so its socket can stop reading. */
async function rawSubscriber(query: string) {
  const socket = new WebSocket(wsUrl(), "graphql-transport-ws");
  sockets.push(socket);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) =>
    socket.on("message", (data) => {
      if (JSON.parse(String(data)).type === "connection_ack") resolve();
    }),
  );
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
  return { socket, closed };
}

function healthySubscriber() {
  const client = createClient({
    url: wsUrl(),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const received: string[] = [];
  client.subscribe<SlowConsumerJobEventsSubscription>(
    { query: source(JobEvents) },
    {
      next: (r) => {
        if (r.data?.jobEvents.kind !== "HEARTBEAT") received.push(r.data?.jobEvents.cursor ?? "error");
      },
      error: () => received.push("error"),
      complete: () => {},
    },
  );
  return { client, received };
}

let sequence = 1_000_000;
/** A large job event straight on the MSP's channel (the socket fills fast; no outbox needed to stay live). */
function publishLarge(bytes: number) {
  sequence += 1;
  stack.live.pubsub.publish("live", mspId, {
    sequence: String(sequence),
    mspId,
    customerId: null,
    topic: "job.progress",
    payload: {
      jobId: `job-${sequence}`,
      cometJobId: "x".repeat(bytes),
      deviceId: null,
      accountId: "acct",
      customerId: null,
      classification: "BACKUP",
      outcome: "RUNNING",
      cometStatus: 6001,
      startedAt: null,
      endedAt: null,
      progressCounter: sequence,
      uploadBytes: "0",
    },
    createdAt: new Date().toISOString(),
  });
  return String(sequence);
}

describe("slow graphql-ws consumers", () => {
  it("closes a socket that stops reading and releases its listener, while its MSP's other subscribers keep receiving", async () => {
    const healthy = healthySubscriber();
    const slow = await rawSubscriber(source(JobEvents));
    await eventually(() => subscribers() === 2, "two live subscriptions");

    slow.socket.pause(); // stops reading: the kernel buffers fill, then the server's send buffer
    const published: string[] = [];
    for (let i = 0; i < 200; i++) {
      published.push(publishLarge(100_000));
      if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 10));
    }

    // The stalled socket is closed and its subscription's listener released; the healthy one stays.
    await eventually(() => subscribers() === 1, "the slow subscriber's listener to be released");
    await eventually(() => healthy.received.length === published.length, "the healthy subscriber's events");
    expect(healthy.received).toEqual(published);

    // When the slow client reads again it finds its connection ended (with 1013 "Try Again Later"
    // if the close frame got through the backlog, else abnormally): graphql-ws clients reconnect.
    slow.socket.resume();
    const { code } = await slow.closed;
    expect([slowConsumerCloseCode, 1006]).toContain(code);

    const after = publishLarge(10);
    await eventually(() => healthy.received.at(-1) === after, "an event after the slow socket was closed");
    expect(subscribers()).toBe(1);
  }, 30_000);

  it("releases every listener when sockets close, whether cleanly or abruptly", async () => {
    const before = subscribers();
    const a = healthySubscriber();
    const b = healthySubscriber();
    const raw = await rawSubscriber(source(JobEvents));
    const rawDevices = await rawSubscriber(source(DeviceEvents));
    const rawIncidents = await rawSubscriber(source(IncidentEvents));
    await eventually(() => subscribers() === before + 5, "five more live subscriptions");

    await a.client.dispose();
    raw.socket.close();
    rawDevices.socket.terminate(); // no close handshake
    rawIncidents.socket.send(JSON.stringify({ id: "1", type: "complete" })); // unsubscribes, socket stays
    await eventually(() => subscribers() === before + 1, "four listeners released");
    expect(subscribers()).toBe(before + 1);
    await b.client.dispose();
    await eventually(() => subscribers() === before, "every listener released");
    expect(subscribers()).toBe(before);
  }, 30_000);
});
