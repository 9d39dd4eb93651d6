import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  buildPubSub,
  type LivePubSub,
  type NewLiveEvent,
  publishLiveEvents,
  writeLiveEvents,
} from "../core/live/pubsub.js";
import { buildLogger } from "../log.js";
import type { SharedPubSubJobEventsSubscription } from "../test/gql/graphql.js";
import { graphql } from "../test/gql/index.js";
import { source } from "../test/operations.js";
import { type Stack, startStack } from "../test/stack.js";
import { world } from "../test/world.js";
import { type Api, buildApi } from "./index.js";

/**
 * Production runs several API processes and several workers on one Redis. Here three separate
 * Redis connections stand in for them: the test stack's API, a second API with its own Redis
 * client, and a "worker" publishing through a third. A subscriber on either API must receive
 * what the worker published. Only meaningful with Redis, so it runs when REDIS_URL is set (CI
 * runs the suite a second time against PostgreSQL and Redis).
 */

const redisUrl = process.env.REDIS_URL;

const JobEvents = graphql(`
  subscription SharedPubSubJobEvents {
    jobEvents { kind cometJobId }
  }
`);

describe.runIf(redisUrl)("several API processes on one Redis", () => {
  let stack: Stack;
  let second: { api: Api; live: LivePubSub; url: string };
  let worker: LivePubSub;
  const w = world().msp("shared", "Shared").login("admin", { role: "MSP_ADMIN" });
  const clients: Client[] = [];

  beforeAll(async () => {
    stack = await startStack();
    await w.build(stack);
    const live = buildPubSub({ redisUrl });
    const api = buildApi({
      db: stack.db,
      live,
      config: stack.config,
      logger: buildLogger("silent", "test"),
      workersHealth: () => stack.workers.health(),
    });
    second = { api, live, url: (await api.start()).url };
    worker = buildPubSub({ redisUrl });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await second?.api.stop();
    await second?.live.close();
    await worker?.close();
    await stack?.stop();
  });

  async function subscribe(baseUrl: string, token: string) {
    const client = createClient({
      url: `${baseUrl.replace("http", "ws")}graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on("connected", () => resolve());
      client.subscribe<SharedPubSubJobEventsSubscription>(
        { query: source(JobEvents) },
        {
          next: (r) => {
            const id = r.data?.jobEvents.cometJobId;
            if (id) received.push(id);
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    return received;
  }

  it("delivers a worker's events to subscribers of every API process", async () => {
    const token = await stack.login(w.logins.admin);
    const onFirst = await subscribe(stack.url, token);
    const onSecond = await subscribe(second.url, token);
    // Let both subscriptions reach Redis before publishing.
    await new Promise((r) => setTimeout(r, 300));
    const events: NewLiveEvent[] = ["a", "b", "c"].map((suffix) => ({
      mspId: w.msps.shared.id,
      customerId: null,
      topic: "job.started",
      payload: {
        jobId: `job-${suffix}`,
        cometJobId: `guid-${suffix}`,
        deviceId: null,
        accountId: "acct",
        customerId: null,
        classification: "BACKUP",
        outcome: "RUNNING",
        cometStatus: 6001,
        startedAt: new Date().toISOString(),
        endedAt: null,
        progressCounter: 0,
        uploadBytes: "0",
      },
    }));
    const messages = await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, events));
    await publishLiveEvents(worker, messages);
    const deadline = Date.now() + 10_000;
    while ((onFirst.length < 3 || onSecond.length < 3) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(onFirst).toEqual(["guid-a", "guid-b", "guid-c"]);
    expect(onSecond).toEqual(["guid-a", "guid-b", "guid-c"]);
  });
});
