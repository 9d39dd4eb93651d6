import { afterEach, describe, expect, it, vi } from "vitest";
import { type Loose, openReadyStream, post } from "../../test/simulator.js";
import { SEVT } from "../client/constants.js";
import { type Simulator, type SimulatorOptions, startSimulator } from "./index.js";

const sims: Simulator[] = [];
const start = async (opts: SimulatorOptions) => {
  const sim = await startSimulator({ autoRun: false, ...opts });
  sims.push(sim);
  return sim;
};
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
});

const simControl = async (sim: Simulator, name: string, body?: unknown) => {
  const res = await fetch(`${sim.url}__sim/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? "" : JSON.stringify(body),
  });
  return { http: res.status, body: (await res.json()) as { result?: unknown; error?: string } };
};

const FLEET = {
  organizations: [
    { id: "", name: "Top", customers: [{ slug: "acme", accounts: 4 }] },
    { id: "org-b", name: "Reseller B", customers: [{ slug: "zeta", accounts: 3 }] },
  ],
  devicesPerAccount: [1, 3] as [number, number],
};

describe("determinism", () => {
  it("builds the same fleet, profiles and history from the same seed and start time", async () => {
    const startTime = Date.UTC(2026, 0, 5, 12);
    const a = await start({ seed: 99, startTime, fleet: FLEET });
    const b = await start({ seed: 99, startTime, fleet: FLEET });
    const fullA = (await post(a, "admin/list-users-full")).body;
    expect((await post(b, "admin/list-users-full")).body).toEqual(fullA);
    expect((await post(b, "admin/get-jobs-all")).body).toEqual((await post(a, "admin/get-jobs-all")).body);
  });

  it("builds a different fleet from another seed, with usernames prefixed by customer slug", async () => {
    const a = await start({ seed: 1, fleet: FLEET, historyHours: 0 });
    const b = await start({ seed: 2, fleet: FLEET, historyHours: 0 });
    const usersA = (await post(a, "admin/list-users")).body as string[];
    expect(usersA).not.toEqual((await post(b, "admin/list-users")).body);
    expect(usersA.filter((u) => u.startsWith("acme-"))).toHaveLength(4);
    expect(usersA.filter((u) => u.startsWith("zeta-"))).toHaveLength(3);
    const zeta = a.control.getProfile(usersA.find((u) => u.startsWith("zeta-"))!);
    expect(zeta.OrganizationID).toBe("org-b");
  });

  it("covers the engine and vault mix on a demo-sized fleet", async () => {
    const sim = await start({
      seed: 4,
      historyHours: 0,
      fleet: { organizations: [{ id: "", name: "t", customers: [{ slug: "big", accounts: 120 }] }] },
    });
    const full = (await post(sim, "admin/list-users-full")).body as Record<string, Loose>;
    const engines = new Set<string>();
    const vaults = new Set<number>();
    const platforms = new Set<string>();
    for (const p of Object.values(full)) {
      for (const s of Object.values<Loose>(p.Sources)) engines.add(s.Engine);
      for (const v of Object.values<Loose>(p.Destinations)) vaults.add(v.DestinationType);
      for (const d of Object.values<Loose>(p.Devices)) platforms.add(d.PlatformVersion.os);
    }
    expect([...engines]).toEqual(
      expect.arrayContaining([
        "engine1/file",
        "engine1/windisk",
        "engine1/hyperv",
        "engine1/mssql",
        "engine1/winmsofficemail",
      ]),
    );
    expect([...engines]).toEqual(expect.arrayContaining(["engine1/systemstate", "engine1/proxmox"]));
    expect([...vaults].sort()).toEqual([1000, 1002, 1003, 1008]);
    expect([...platforms].sort()).toEqual(["darwin", "linux", "windows"]);
  });
});

describe("control API over HTTP", () => {
  it("maps POST /__sim/<kebab-name> to the control methods with positional or named arguments", async () => {
    const sim = await start({ seed: 3, historyHours: 0 });
    const stream = await openReadyStream(sim);
    const username = sim.control.listAccounts()[0]!.username;
    const started = await simControl(sim, "start-job", { username });
    const guid = started.body.result as string;
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
    await simControl(sim, "progress-job", [guid, 2]);
    expect(((await simControl(sim, "get-job", { guid })).body.result as Loose).Progress.Counter).toBe(2);
    await simControl(sim, "finish-job", { guid, status: 7002 });
    const done = await stream.waitFor((e) => e.Type === SEVT.JOB_COMPLETED && e.ResourceID === guid);
    expect(done.Data!.Status).toBe(7002);
    await simControl(sim, "set-down", true);
    expect((await post(sim, "admin/list-users")).http).toBe(503);
    await simControl(sim, "set-down", { down: false });
    expect((await post(sim, "admin/list-users")).http).toBe(200);
    stream.close();
  });

  it("registers, renames and removes devices with the matching events", async () => {
    const sim = await start({ seed: 8, historyHours: 0 });
    const stream = await openReadyStream(sim);
    const username = sim.control.listAccounts()[0]!.username;
    const deviceId = (await simControl(sim, "register-device", [username, "NEW-PC"])).body.result as string;
    const created = await stream.waitFor((e) => e.Type === SEVT.DEVICE_NEW);
    expect(created).toMatchObject({ ResourceID: deviceId, Actor: username, Data: { FriendlyName: "NEW-PC" } });
    await stream.waitFor((e) => e.Type === SEVT.DEVICE_LIVE_CONNECT && e.ResourceID === deviceId);
    await simControl(sim, "rename-device", [username, deviceId, "RENAMED-PC"]);
    const renamed = await stream.waitFor(
      (e) => e.Type === SEVT.ACCOUNT_UPDATED && (e.Data?.Devices as Loose)?.[deviceId]?.FriendlyName === "RENAMED-PC",
    );
    expect(renamed.ResourceID).toBe(username);
    await simControl(sim, "remove-device", { username, deviceId });
    await stream.waitFor((e) => e.Type === SEVT.DEVICE_REMOVED && e.ResourceID === deviceId);
    stream.close();
  });

  it("reports unknown control calls and bad arguments as errors", async () => {
    const sim = await start({ seed: 3, historyHours: 0 });
    expect((await simControl(sim, "no-such-call")).http).toBe(404);
    expect((await simControl(sim, "set-timestamp-unit", ["minutes"])).http).toBe(400);
  });

  it("keeps a live fleet busy when autoRun is on", async () => {
    const sim = await start({
      seed: 6,
      autoRun: true,
      speed: 600,
      fleet: { organizations: [{ id: "", name: "t", customers: [{ slug: "busy", accounts: 30 }] }] },
    });
    const stream = await openReadyStream(sim);
    await stream.waitFor((e) => e.Type === SEVT.JOB_COMPLETED, 10_000);
    // Jobs keep starting after one has completed.
    const types = () => stream.events().map((e) => e.Type);
    await vi.waitFor(
      () => expect(types().lastIndexOf(SEVT.JOB_NEW)).toBeGreaterThan(types().indexOf(SEVT.JOB_COMPLETED)),
      { timeout: 10_000 },
    );
    stream.close();
  });
});
