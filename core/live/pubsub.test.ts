import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { buildPubSub, type LiveEventMessage, publishLiveEvents, subscriberBufferSize } from "./pubsub.js";

const message = (i: number, mspId = "msp-a"): LiveEventMessage => ({
  sequence: String(i),
  mspId,
  customerId: null,
  topic: "job.progress",
  payload: { i },
  createdAt: new Date(0).toISOString(),
});

describe("live pub/sub", () => {
  const { REDIS_URL } = loadConfig();

  it("delivers a 10,000-event burst to a reading subscriber in order, without crashing", async () => {
    const live = buildPubSub({ redisUrl: REDIS_URL });
    const sub = live.pubsub.subscribe("live", "msp-burst");
    await new Promise((r) => setTimeout(r, 100)); // let a Redis SUBSCRIBE settle
    const received: number[] = [];
    const reading = (async () => {
      for await (const m of sub) {
        received.push(Number(m.sequence));
        if (received.length === 10_000) break;
      }
    })();
    await publishLiveEvents(
      live,
      Array.from({ length: 10_000 }, (_, i) => message(i + 1, "msp-burst")),
    );
    await reading;
    expect(received).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 1));
    await live.close();
  });

  it("keeps only the newest events for a subscriber that stops reading, so memory stays bounded", async () => {
    const live = buildPubSub({});
    const sub = live.pubsub.subscribe("live", "msp-a");
    const first = sub.next(); // the subscription is live once the repeater starts
    live.pubsub.publish("live", "msp-a", message(0));
    await first;
    for (let i = 1; i <= subscriberBufferSize + 500; i++) live.pubsub.publish("live", "msp-a", message(i));
    const next = await sub.next();
    expect(Number((next.value as LiveEventMessage).sequence)).toBe(501);
    await sub.return();
  });

  it("tells a subscriber when its buffer dropped a message, so it can re-read the outbox", async () => {
    const live = buildPubSub({});
    let overflows = 0;
    const sub = live.pubsub.subscribe("live", "msp-a", { onOverflow: () => overflows++ });
    const first = sub.next();
    live.pubsub.publish("live", "msp-a", message(0));
    await first;
    for (let i = 1; i <= subscriberBufferSize; i++) live.pubsub.publish("live", "msp-a", message(i));
    expect(overflows).toBe(0);
    live.pubsub.publish("live", "msp-a", message(subscriberBufferSize + 1));
    expect(overflows).toBe(1);
    await sub.return();
  });

  it("counts an MSP's subscribers, releases each listener when its subscription ends, and warns of no leak", async () => {
    const live = buildPubSub({});
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    const subs = Array.from({ length: 100 }, () => live.pubsub.subscribe("live", "msp-a"));
    const firsts = subs.map((s) => s.next());
    expect(live.pubsub.subscriberCount("live", "msp-a")).toBe(100);
    expect(live.pubsub.subscriberCount("live", "msp-b")).toBe(0);
    live.pubsub.publish("live", "msp-a", message(1));
    await Promise.all(firsts);
    await Promise.all(subs.slice(0, 60).map((s) => s.return()));
    expect(live.pubsub.subscriberCount("live", "msp-a")).toBe(40);
    await Promise.all(subs.slice(60).map((s) => s.return()));
    expect(live.pubsub.subscriberCount("live", "msp-a")).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    process.off("warning", onWarning);
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("routes by MSP: a subscriber never sees another MSP's events", async () => {
    const live = buildPubSub({});
    const sub = live.pubsub.subscribe("live", "msp-a");
    const got = sub.next();
    live.pubsub.publish("live", "msp-b", message(1, "msp-b"));
    live.pubsub.publish("live", "msp-a", message(2, "msp-a"));
    expect(((await got).value as LiveEventMessage).mspId).toBe("msp-a");
    await sub.return();
  });
});
