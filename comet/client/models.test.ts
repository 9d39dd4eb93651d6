import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CometClient } from "./client.js";
import { CometApiError, CometResponseFormatError } from "./errors.js";
import { BackupJobDetailModel, StreamableEventModel, UserProfileConfigModel } from "./models.js";
import { cometTime } from "./time.js";

/**
 * Shapes the simulator never produces (Go nulls, omitted fields, garbage), served by a stand-in
 * Comet endpoint on a real socket: each test sets the body the next request gets.
 */

let server: Server;
let baseUrl: string;
let next: { status: number; body: string } = { status: 200, body: "{}" };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(next.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const client = () => new CometClient({ baseUrl, username: "admin", password: "pw" });
const reply = (body: unknown, status = 200) => {
  next = { status, body: typeof body === "string" ? body : JSON.stringify(body) };
};

describe("lenient models", () => {
  it("fills missing fields with zero values, turns null maps and arrays into empty ones, keeps unknown keys", async () => {
    reply({
      Username: "acme-1",
      Devices: null,
      Emails: null,
      Sources: { s1: { Engine: "engine1/file", PreExec: null } },
      NewIn26: 1,
    });
    const p = await client().getUserProfile("acme-1");
    expect(p.Devices).toEqual({});
    expect(p.Emails).toEqual([]);
    expect(p.AccountName).toBe("");
    expect(p.IsSuspended).toBe(false);
    expect(p.Sources.s1?.PreExec).toEqual([]);
    expect(p.Sources.s1?.Statistics).toBeUndefined();
    expect(p.NewIn26).toBe(1);
  });

  it("treats a null list body as an empty list", async () => {
    reply("null");
    expect(await client().getJobsRecent()).toEqual([]);
  });

  it("rejects a structurally wrong response with CometResponseFormatError", async () => {
    reply({ Username: "acme-1", Devices: ["not", "a", "map"] });
    const err = await client()
      .getUserProfile("acme-1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometResponseFormatError);
    expect((err as CometResponseFormatError).issues).toMatch(/Devices/);

    reply({ not: "a list" });
    expect(
      await client()
        .listUsers()
        .catch((e: unknown) => e),
    ).toBeInstanceOf(CometResponseFormatError);

    reply("<html>proxy error page</html>");
    expect(
      await client()
        .metaVersion()
        .catch((e: unknown) => e),
    ).toBeInstanceOf(CometResponseFormatError);
  });

  it("requires the profile in a profile-and-hash answer", async () => {
    reply({ Status: 200, Message: "OK", ProfileHash: "abc" });
    const err = await client()
      .getUserProfileAndHash("acme-1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometResponseFormatError);
  });

  it("never mistakes a bare job's Status for an error, but does fail on an envelope with Message", async () => {
    reply({ GUID: "j1", Status: 7002, EndTime: 1700000000 });
    expect((await client().getJobProperties("j1")).Status).toBe(7002);

    reply({ Status: 404, Message: "Job not found" });
    const err = await client()
      .getJobProperties("j1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
    expect((err as CometApiError).status).toBe(404);
    expect((err as CometApiError).message).toBe("Job not found");
  });

  it("fails an action whose envelope Status is >= 400 even without a Message", async () => {
    reply({ Status: 500 });
    expect(
      await client()
        .deletePolicy("p")
        .catch((e: unknown) => e),
    ).toBeInstanceOf(CometApiError);
  });

  it("spots a failure envelope on a plain-text endpoint but returns any other text verbatim", async () => {
    reply({ Status: 403, Message: "Permission denied" });
    expect(
      await client()
        .getJobLog("j")
        .catch((e: unknown) => e),
    ).toBeInstanceOf(CometApiError);
    reply("2024-01-01 I {not json");
    expect(await client().getJobLog("j")).toBe("2024-01-01 I {not json");
  });

  it("reports a non-envelope HTTP error with the HTTP status", async () => {
    reply("teapot", 418);
    const err = await client()
      .listUsers()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CometApiError);
    expect((err as CometApiError).status).toBe(418);
  });

  it("parses jobs and events from plain objects", () => {
    expect(BackupJobDetailModel.parse({ GUID: "g", Progress: null }).Progress).toBeUndefined();
    expect(StreamableEventModel.safeParse({ TypeString: "SEVT_JOB_NEW" }).success).toBe(false);
    expect(StreamableEventModel.parse({ Type: 4200 }).ResourceID).toBe("");
    expect(UserProfileConfigModel.safeParse("acme").success).toBe(false);
  });
});

describe("cometTime", () => {
  it("reads 0 as null, seconds as seconds and values past 1e12 as milliseconds", () => {
    expect(cometTime(0)).toBeNull();
    expect(cometTime(1_700_000_000)?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(cometTime(1_700_000_000_123)?.toISOString()).toBe("2023-11-14T22:13:20.123Z");
  });
});
