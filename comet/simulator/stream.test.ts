import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openReadyStream, openStream } from "../../test/simulator.js";
import { SEVT } from "../client/constants.js";
import { type Simulator, startSimulator } from "./index.js";

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ seed: 7, autoRun: false, historyHours: 0 });
});
afterEach(async () => {
  await sim.stop();
});

const firstUser = () => sim.control.listAccounts()[0]!.username;

describe("event stream", () => {
  it("answers the 5-frame handshake with 200 OK and then SEVT_META_HELLO carrying the server version", async () => {
    const s = await openStream(sim);
    await s.waitForFrames(2);
    expect(s.frames[0]).toBe("200 OK");
    const hello = JSON.parse(s.frames[1]!);
    expect(hello).toMatchObject({ Type: SEVT.META_HELLO, TypeString: "SEVT_META_HELLO", Data: { Version: "25.9.8" } });
    s.close();
  });

  it("rejects a wrong password with a non-200 reply and closes the socket", async () => {
    const s = await openStream(sim, ["admin", "Password", "wrong", "", ""]);
    await s.closed;
    expect(s.frames[0]).not.toBe("200 OK");
    expect(s.frames).toHaveLength(1);
  });

  it("fails the handshake while setStreamAuthFails is on, even with good credentials", async () => {
    sim.control.setStreamAuthFails(true);
    const s = await openStream(sim);
    await s.closed;
    expect(s.frames[0]?.trim()).not.toBe("200 OK");
  });

  it("does not replay events that happened while no stream was connected", async () => {
    const first = await openReadyStream(sim);
    sim.control.dropStreams();
    await first.closed;
    const missed = sim.control.startJob({ username: firstUser() });
    const s = await openReadyStream(sim);
    const seen = sim.control.startJob({ username: firstUser() });
    await s.waitFor((e) => e.ResourceID === seen);
    expect(s.events().some((e) => e.ResourceID === missed)).toBe(false);
    s.close();
  });

  it("sends each of the next n events twice after duplicateNext(n)", async () => {
    const s = await openReadyStream(sim);
    sim.control.duplicateNext(1);
    const guid = sim.control.startJob({ username: firstUser() });
    const other = sim.control.startJob({ username: firstUser() });
    await s.waitFor((e) => e.ResourceID === other);
    expect(s.events().filter((e) => e.ResourceID === guid && e.Type === SEVT.JOB_NEW)).toHaveLength(2);
    expect(s.events().filter((e) => e.ResourceID === other)).toHaveLength(1);
    s.close();
  });

  it("delivers the next n events out of order after shuffleNext(n)", async () => {
    const s = await openReadyStream(sim);
    sim.control.shuffleNext(3);
    const guids = [1, 2, 3].map(() => sim.control.startJob({ username: firstUser() }));
    await s.waitForFrames(5);
    const order = s
      .events()
      .filter((e) => e.Type === SEVT.JOB_NEW)
      .map((e) => e.ResourceID);
    expect(order).toHaveLength(3);
    expect(order).not.toEqual(guids);
    expect([...order].sort()).toEqual([...guids].sort());
    s.close();
  });

  it("switches event Timestamps between seconds and milliseconds", async () => {
    const s = await openReadyStream(sim);
    const a = sim.control.startJob({ username: firstUser() });
    sim.control.setTimestampUnit("ms");
    const b = sim.control.startJob({ username: firstUser() });
    const evB = await s.waitFor((e) => e.ResourceID === b);
    const evA = s.events().find((e) => e.ResourceID === a)!;
    expect(evA.Timestamp).toBeLessThan(1e12);
    expect(evB.Timestamp).toBeGreaterThan(1e12);
    expect(Math.abs(evB.Timestamp / 1000 - evA.Timestamp)).toBeLessThan(5);
    s.close();
  });

  it("passes raw frames such as malformed JSON through sendRaw", async () => {
    const s = await openReadyStream(sim);
    sim.control.sendRaw("{not json");
    await s.waitForFrames(3);
    expect(s.frames[2]).toBe("{not json");
    s.close();
  });

  it("refuses the WebSocket upgrade while the server is down", async () => {
    sim.control.setDown(true);
    await expect(openStream(sim)).rejects.toThrow(/503/);
    sim.control.setDown(false);
    const s = await openReadyStream(sim);
    expect(s.frames[0]).toBe("200 OK");
    s.close();
  });
});
