import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { CometAuthError } from "../../comet/client/index.js";
import { type Simulator, startSimulator } from "../../comet/simulator/index.js";
import { buildSecretBox } from "../../secret-box.js";
import { createTestDb, type TestDb } from "../../test/db.js";
import { world } from "../../test/world.js";
import { RegisterServerError, registerCometServer } from "./register.js";

describe("registering a Comet server", () => {
  let db: TestDb;
  let sim: Simulator;
  const secrets = buildSecretBox(randomBytes(32));

  beforeAll(async () => {
    db = await createTestDb();
    sim = await startSimulator({ autoRun: false, historyHours: 0, admin: { username: "ws", password: "s3cret" } });
    // The registration names MSPs by slug.
    await world(db).msp("north", "North", { slug: "north" }).msp("south", "South", { slug: "south" }).build();
  });
  afterAll(async () => {
    await sim.stop();
    await db.destroy();
  });

  const input = (over: Record<string, unknown> = {}) => ({
    profileName: "shared",
    baseUrl: sim.url.slice(0, -1),
    adminUsername: "ws",
    adminPassword: "s3cret",
    tenantLinks: [{ organizationId: "", mspSlug: "north" }],
    ...over,
  });

  it("checks the credentials, seals the password and records the version and tenant links", async () => {
    const server = await registerCometServer(db.prisma, secrets, input());
    expect(server.baseUrl).toBe(sim.url);
    expect(server.serverVersion).toBe("25.9.8");
    expect(server.adminPasswordEnc).not.toContain("s3cret");
    expect(secrets.decrypt(server.adminPasswordEnc)).toBe("s3cret");
    const links = await db.prisma.cometTenantLink.findMany({ where: { serverId: server.id } });
    expect(links).toHaveLength(1);

    const again = await registerCometServer(
      db.prisma,
      secrets,
      input({ tenantLinks: [{ organizationId: "org-2", mspSlug: "south" }] }),
    );
    expect(again.id).toBe(server.id);
    const relinked = await db.prisma.cometTenantLink.findMany({ where: { serverId: server.id } });
    expect(relinked.map((l) => l.organizationId)).toEqual(["org-2"]);
  });

  it("refuses wrong credentials and writes nothing", async () => {
    await expect(
      registerCometServer(db.prisma, secrets, input({ profileName: "wrong", adminPassword: "nope" })),
    ).rejects.toBeInstanceOf(CometAuthError);
    expect(await db.prisma.cometServer.findUnique({ where: { profileName: "wrong" } })).toBeNull();
  });

  it("rejects bad input and unknown MSPs before contacting the server", async () => {
    await expect(registerCometServer(db.prisma, secrets, input({ profileName: "Has Spaces" }))).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(
      registerCometServer(db.prisma, secrets, input({ profileName: "ftp", baseUrl: "ftp://example.com/" })),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      registerCometServer(db.prisma, secrets, input({ profileName: "lost", mspSlug: "nowhere" })),
    ).rejects.toBeInstanceOf(RegisterServerError);
    expect(await db.prisma.cometServer.count({ where: { profileName: { in: ["ftp", "lost"] } } })).toBe(0);
  });
});
