import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, startTestSimulator, waitFor } from "../../test/comet-client.js";
import type { Simulator } from "../simulator/index.js";
import { SEVT } from "./constants.js";
import { type EventStream, type EventStreamOptions, openEventStream, type StreamStatus } from "./event-stream.js";
import { BackupJobDetailModel, type StreamableEvent } from "./models.js";

let sim: Simulator;
const open: EventStream[] = [];

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await sim.control.setStreamAuthFails(false);
  await sim.control.setDown(false);
});
afterAll(async () => {
  await sim?.stop();
});

/** Opens a stream against the simulator and records everything it reports. */
function watch(overrides: Partial<EventStreamOptions> = {}) {
  const events: StreamableEvent[] = [];
  const states: StreamStatus[] = [];
  const invalid: Array<{ raw: string; reason: string }> = [];
  const stream = openEventStream({
    baseUrl: sim.url,
    ...ADMIN,
    backoff: { baseMs: 20, maxMs: 200 },
    onEvent: (ev) => events.push(ev),
    onState: (s) => states.push(s),
    onInvalidFrame: (raw, reason) => invalid.push({ raw, reason }),
    ...overrides,
  });
  open.push(stream);
  const hellos = () => events.filter((e) => e.Type === SEVT.META_HELLO).length;
  return { stream, events, states, invalid, hellos };
}

async function firstUser(): Promise<string> {
  const [first] = await sim.control.listAccounts();
  if (!first) throw new Error("the test fleet has no accounts");
  return first.username;
}

describe("openEventStream", () => {
  it("authenticates with five frames, reports connected, then delivers SEVT_META_HELLO and job events", async () => {
    const w = watch();
    await waitFor("HELLO", () => w.hellos() === 1);
    expect(w.states.map((s) => s.state).slice(0, 2)).toEqual(["connecting", "connected"]);
    expect(w.stream.status().connectedAt).toBeInstanceOf(Date);
    expect(w.events[0]?.Type).toBe(SEVT.META_HELLO);

    const guid = await sim.control.startJob({ username: await firstUser() });
    const jobNew = await waitFor("JOB_NEW", () =>
      w.events.find((e) => e.Type === SEVT.JOB_NEW && e.ResourceID === guid),
    );
    const job = BackupJobDetailModel.parse(jobNew.Data);
    expect(job.GUID).toBe(guid);
    expect(job.EndTime).toBe(0);
    expect(w.stream.status().lastEventAt).toBeInstanceOf(Date);
    expect(w.invalid).toEqual([]);
  });

  it("reports auth_failed on a wrong password and keeps retrying with capped full-jitter backoff", async () => {
    const w = watch({ password: "wrong-Pa55word", random: () => 1, backoff: { baseMs: 10, maxMs: 40 } });
    await waitFor("four failed attempts", () => w.states.filter((s) => s.state === "auth_failed").length >= 4);
    const failed = w.states.filter((s) => s.state === "auth_failed");
    expect(failed.every((s) => s.nextRetryAt instanceof Date)).toBe(true);
    expect(failed[0]!.reconnects).toBe(0);
    expect(failed[3]!.reconnects).toBe(3);
    expect(failed.every((s) => s.lastError?.startsWith("authentication rejected"))).toBe(true);
    expect(JSON.stringify(w.states)).not.toContain("wrong-Pa55word");
    expect(w.events).toEqual([]);
  });

  it("computes each retry delay as random() * min(maxMs, baseMs * 2^attempt)", async () => {
    const draws: number[] = [];
    const w = watch({
      password: "wrong",
      backoff: { baseMs: 10, maxMs: 40 },
      random: () => {
        draws.push(Date.now());
        return 1;
      },
    });
    await waitFor("five failed attempts", () => w.states.filter((s) => s.state === "auth_failed").length >= 5);
    const failed = w.states.filter((s) => s.state === "auth_failed");
    const planned = failed.map((s, i) => s.nextRetryAt!.getTime() - draws[i]!);
    for (const [i, cap] of [10, 20, 40, 40, 40].entries()) expect(Math.abs(planned[i]! - cap)).toBeLessThanOrEqual(2);
  });

  it("recovers from server-side auth failures once the server accepts the login again", async () => {
    await sim.control.setStreamAuthFails(true);
    const w = watch();
    await waitFor("auth_failed", () => w.states.some((s) => s.state === "auth_failed"));
    await sim.control.setStreamAuthFails(false);
    await waitFor("connected after auth failures", () => w.stream.status().state === "connected");
    expect(w.stream.status().reconnects).toBeGreaterThanOrEqual(1);
  });

  it("reconnects after the server drops the stream and counts the reconnect", async () => {
    const w = watch();
    await waitFor("HELLO", () => w.hellos() === 1);
    await sim.control.dropStreams();
    await waitFor("second HELLO", () => w.hellos() === 2);
    const states = w.states.map((s) => s.state);
    expect(states).toEqual(["connecting", "connected", "backoff", "connecting", "connected"]);
    expect(w.stream.status().reconnects).toBe(1);
    expect(w.states[2]?.lastError).toMatch(/closed|1006/);
  });

  it("backs off while the server is down and connects when it is back", async () => {
    await sim.control.setDown(true);
    const w = watch();
    await waitFor("two attempts refused", () => w.states.filter((s) => s.state === "backoff").length >= 2);
    expect(w.stream.status().lastError).toMatch(/503/);
    await sim.control.setDown(false);
    await waitFor("connected", () => w.stream.status().state === "connected");
  });

  it("reports malformed frames through onInvalidFrame and keeps streaming", async () => {
    const w = watch();
    await waitFor("HELLO", () => w.hellos() === 1);
    await sim.control.sendRaw("{not json");
    await sim.control.sendRaw(JSON.stringify({ Actor: "x", Data: {} }));
    await sim.control.sendRaw("[1,2]");
    await waitFor("three invalid frames", () => w.invalid.length === 3);
    expect(w.invalid[0]).toMatchObject({ raw: "{not json" });
    expect(w.invalid[0]?.reason).toMatch(/not JSON/);
    expect(w.invalid[1]?.reason).toMatch(/Type/);

    const guid = await sim.control.startJob({ username: await firstUser() });
    await waitFor("JOB_NEW after garbage", () => w.events.find((e) => e.ResourceID === guid));
    expect(w.stream.status()).toMatchObject({ state: "connected", reconnects: 0 });
  });

  it("survives a consumer whose onEvent throws and reports it as lastError", async () => {
    let calls = 0;
    const w = watch({
      onEvent: () => {
        calls++;
        throw new Error("consumer bug");
      },
    });
    await waitFor("connected", () => w.stream.status().state === "connected");
    await sim.control.startJob({ username: await firstUser() });
    await waitFor("two events handled", () => calls >= 2);
    expect(w.stream.status()).toMatchObject({ state: "connected", lastError: "onEvent failed: consumer bug" });
  });

  it("recycles a connection that stays silent for idleTimeoutMs", async () => {
    const w = watch({ idleTimeoutMs: 300 });
    await waitFor("HELLO", () => w.hellos() === 1);
    await waitFor("recycled and reconnected", () => w.hellos() === 2, 3_000);
    expect(w.states.some((s) => s.lastError?.includes("no frame for 300 ms"))).toBe(true);
    expect(w.stream.status().reconnects).toBeGreaterThanOrEqual(1);
  });

  it("close() resolves once the socket is closed and stops all reconnecting", async () => {
    const w = watch();
    await waitFor("HELLO", () => w.hellos() === 1);
    await w.stream.close();
    expect(w.stream.status().state).toBe("closed");
    const count = w.states.length;
    await sim.control.dropStreams();
    await new Promise((r) => setTimeout(r, 150));
    expect(w.states.length).toBe(count);
    await w.stream.close(); // idempotent
  });

  it("close() during backoff cancels the pending retry", async () => {
    await sim.control.setDown(true);
    const w = watch({ backoff: { baseMs: 50, maxMs: 50 }, random: () => 1 });
    await waitFor("backoff", () => w.stream.status().state === "backoff");
    await w.stream.close();
    const count = w.states.length;
    await new Promise((r) => setTimeout(r, 120));
    expect(w.states.length).toBe(count);
    expect(w.stream.status().state).toBe("closed");
  });
});
