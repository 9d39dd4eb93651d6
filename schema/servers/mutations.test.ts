import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, buildApi } from "../../api/index.js";
import { buildLogger } from "../../log.js";
import type { RegisterCometServerInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { source } from "../../test/operations.js";
import type { TestLogin } from "../../test/seed.js";
import { type GraphQLResponse, type Stack, startStack } from "../../test/stack.js";
import { type TestApiKey, world } from "../../test/world.js";

/**
 * Comet servers registered, changed and removed through the API, against real simulators; the
 * workers (asked to rescan) pick a registered server up and ingest its devices.
 */

const admin = { username: "ws", password: "s3cret" };
const fleet = {
  organizations: [{ id: "", name: "Top", customers: [{ slug: "acme", accounts: 2 }] }],
  devicesPerAccount: [1, 2] as [number, number],
};

let stack: Stack;
/** A second API process on the same parts: registering works through any API process. */
let api: { api: Api; url: string };
const w = world()
  .msp("a", "A")
  .msp("b", "B")
  .customer("acme", "acme", { msp: "a" })
  .login("platform", { platform: true })
  .login("adminA", { msp: "a", role: "MSP_ADMIN" })
  .login("adminB", { msp: "b", role: "MSP_ADMIN" })
  .login("operatorA", { msp: "a", role: "MSP_OPERATOR" })
  .login("customerA", { customer: "acme", role: "CUSTOMER_OWNER" });
const { logins, msps } = w;

beforeAll(async () => {
  stack = await startStack({
    simulators: { own: { admin, fleet }, shared: { admin, fleet }, spare: { admin, fleet } },
  });
  await w.build(stack);
  const second = buildApi({
    db: stack.db,
    live: stack.live,
    config: stack.config,
    logger: buildLogger("silent", "test"),
    secrets: stack.secrets,
  });
  api = { api: second, url: (await second.start()).url };
}, 90_000);

afterAll(async () => {
  await api?.api.stop();
  await stack?.stop();
});

const tokens = new Map<string, Promise<string>>();

/** Runs an operation on the second API process, as a login (signed in once) or with an API key. */
async function run<R, V>(
  as: TestLogin | Pick<TestApiKey, "key">,
  document: TypedDocumentNode<R, V>,
  variables: NoInfer<V>,
): Promise<GraphQLResponse<R>> {
  let bearer: string;
  if ("key" in as) bearer = as.key;
  else {
    if (!tokens.has(as.email)) tokens.set(as.email, stack.login(as));
    bearer = await tokens.get(as.email)!;
  }
  const res = await fetch(`${api.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: source(document), variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

// Register and update answer different unions of the same members, hence the same selection twice.
const Register = graphql(`
  mutation ServersRegister($input: RegisterCometServerInput!) {
    registerCometServer(input: $input) {
      __typename
      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);
const Update = graphql(`
  mutation ServersUpdate($input: UpdateCometServerInput!) {
    updateCometServer(input: $input) {
      __typename
      ... on CometServer { id profileName name baseUrl isEnabled isPlatformShared serverVersion }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);
const Remove = graphql(`
  mutation ServersRemove($input: RemoveCometServerInput!) {
    removeCometServer(input: $input) {
      __typename
      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }
      ... on UserError { message }
      ... on InvalidInputError { fieldErrors { path message } }
    }
  }
`);
const DeviceTotal = graphql(`
  query ServersDeviceTotal {
    devices(first: 1) { totalCount }
  }
`);
const Servers = graphql(`
  query ServersList {
    cometServers { profileName }
  }
`);
const ServerFields = graphql(`
  query ServersFields {
    __type(name: "CometServer") { fields { name } }
  }
`);

const serverCount = () => stack.db.prisma.cometServer.count();
const auditRows = (action: string) => stack.db.prisma.auditLog.findMany({ where: { action } });
const input = (sim: keyof Stack["sims"], over: Partial<RegisterCometServerInput> = {}): RegisterCometServerInput => ({
  name: "Backup EU",
  baseUrl: stack.sims[sim]!.url,
  adminUsername: admin.username,
  adminPassword: admin.password,
  ...over,
});

describe("registerCometServer", () => {
  it("checks the credentials, seals the password, and the workers then ingest the server's devices", async () => {
    const r = await run(logins.adminA, Register, { input: input("own", { name: "Acme Backup (EU)" }) });
    const server = r.data?.registerCometServer;
    expect(server).toMatchObject({
      __typename: "CometServer",
      profileName: "acme-backup-eu",
      baseUrl: stack.sims.own!.url,
      isPlatformShared: false,
      serverVersion: "25.9.8",
    });
    const row = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { profileName: "acme-backup-eu" } });
    expect(row.mspId).toBe(msps.a.id);
    expect(row.adminPasswordEnc).not.toContain(admin.password);
    expect(stack.secrets.decrypt(row.adminPasswordEnc)).toBe(admin.password);
    const audits = await auditRows("cometServer.register");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ mspId: msps.a.id, targetId: row.id });
    expect(JSON.stringify(audits[0]!.details)).not.toContain(admin.password);

    // Picked up on the workers' next rescan (forced here), reconciled, and visible to the MSP.
    await stack.workers.rescan();
    await stack.workers.reconciled("acme-backup-eu");
    const devices = await run(logins.adminA, DeviceTotal, {});
    expect(devices.data?.devices.totalCount).toBe(stack.sims.own!.snapshot().devices);
    expect(devices.data?.devices.totalCount).toBeGreaterThan(0);
  });

  it("answers wrong credentials and an unreachable server with CometServerError and saves nothing", async () => {
    const before = await serverCount();
    const wrong = await run(logins.adminA, Register, { input: input("spare", { adminPassword: "nope" }) });
    expect(wrong.data?.registerCometServer).toMatchObject({
      __typename: "CometServerError",
      message: expect.stringMatching(/rejected the admin username or password/),
    });
    const closed = await run(logins.adminA, Register, { input: input("spare", { baseUrl: "http://127.0.0.1:9/" }) });
    expect(closed.data?.registerCometServer).toMatchObject({
      __typename: "CometServerError",
      message: expect.stringMatching(/Could not use the Comet server at http:\/\/127\.0\.0\.1:9\//),
    });
    const bad = await run(logins.adminA, Register, { input: input("spare", { baseUrl: "ftp://x.example/" }) });
    expect(bad.data?.registerCometServer).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "baseUrl"], message: "must be an http(s) URL" }],
    });
    expect(await serverCount()).toBe(before);
    expect(await auditRows("cometServer.register")).toHaveLength(1);
  });

  it("refuses a URL that is already registered, even by another MSP", async () => {
    const again = await run(logins.adminB, Register, { input: input("own", { name: "Mine now" }) });
    expect(again.data?.registerCometServer).toMatchObject({ __typename: "ConflictError" });
  });

  it("keeps the owner options to the platform operator, and server management to admins", async () => {
    const shared = await run(logins.adminA, Register, { input: input("spare", { isPlatformShared: true }) });
    expect(shared.data?.registerCometServer).toMatchObject({ __typename: "ForbiddenError" });
    const other = await run(logins.adminA, Register, {
      input: input("spare", { mspId: encodeGlobalID("Msp", msps.b.id) }),
    });
    expect(other.data?.registerCometServer).toMatchObject({ __typename: "NotFoundError" });
    for (const who of [logins.operatorA, logins.customerA]) {
      const denied = await run(who, Register, { input: input("spare") });
      expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const unowned = await run(logins.platform, Register, { input: input("spare") });
    expect(unowned.data?.registerCometServer).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "mspId"] }],
    });
    expect(await stack.db.prisma.cometServer.count({ where: { baseUrl: stack.sims.spare!.url } })).toBe(0);
  });

  it("lets the platform operator register a shared server mapped to MSPs by organization", async () => {
    const r = await run(logins.platform, Register, {
      input: input("shared", {
        name: "Shared",
        isPlatformShared: true,
        tenantLinks: [
          { organizationId: "", mspId: encodeGlobalID("Msp", msps.b.id) },
          { organizationId: "org-2", mspId: encodeGlobalID("Msp", msps.a.id) },
        ],
      }),
    });
    expect(r.data?.registerCometServer).toMatchObject({ __typename: "CometServer", isPlatformShared: true });
    const row = await stack.db.prisma.cometServer.findUniqueOrThrow({
      where: { profileName: "shared" },
      include: { tenantLinks: true },
    });
    expect(row.mspId).toBeNull();
    expect(row.tenantLinks.map((l) => [l.organizationId, l.mspId]).sort()).toEqual([
      ["", msps.b.id],
      ["org-2", msps.a.id],
    ]);
    // MSP staff do not see platform infrastructure.
    const seen = await run(logins.adminB, Servers, {});
    expect(seen.data?.cometServers.map((s) => s.profileName)).not.toContain("shared");
  });
});

describe("registerCometServer by API key", () => {
  it("accepts an MSP-wide key holding ADMIN and refuses one without it", async () => {
    const { keys } = await w
      .apiKey("reader", { msp: "a", by: "adminA", label: "automation", capabilities: ["READ", "OPERATE"] })
      .apiKey("admin", { msp: "a", by: "adminA", label: "automation", capabilities: ["READ", "ADMIN"] })
      .build();
    const reader = await run(keys.reader, Register, { input: input("spare") });
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const r = await run(keys.admin, Register, { input: input("spare", { name: "Spare" }) });
    expect(r.data?.registerCometServer).toMatchObject({ __typename: "CometServer", profileName: "spare" });
    const [row] = await auditRows("cometServer.register").then((rows) =>
      rows.filter((a) => (a.details as { profileName?: string }).profileName === "spare"),
    );
    expect(row).toMatchObject({ actorKind: "API_KEY", mspId: msps.a.id });
  });
});

describe("updateCometServer and removeCometServer", () => {
  const idOf = async (profileName: string) =>
    encodeGlobalID("CometServer", (await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { profileName } })).id);

  it("re-checks changed credentials, saves nothing when they fail, and audits each real change once", async () => {
    const id = await idOf("acme-backup-eu");
    const before = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { profileName: "acme-backup-eu" } });
    const wrong = await run(logins.adminA, Update, { input: { id, adminPassword: "nope", name: "Renamed" } });
    expect(wrong.data?.updateCometServer).toMatchObject({ __typename: "CometServerError" });
    const unchanged = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { id: before.id } });
    expect(unchanged).toMatchObject({ name: before.name, adminPasswordEnc: before.adminPasswordEnc });

    const renamed = await run(logins.adminA, Update, { input: { id, name: "Renamed", adminPassword: admin.password } });
    expect(renamed.data?.updateCometServer).toMatchObject({ __typename: "CometServer", name: "Renamed" });
    const same = await run(logins.adminA, Update, { input: { id, name: "Renamed" } });
    expect(same.data?.updateCometServer).toMatchObject({ __typename: "CometServer", name: "Renamed" });
    const audits = await auditRows("cometServer.update");
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ changed: ["name"] });

    const paused = await run(logins.adminA, Update, { input: { id, isEnabled: false } });
    expect(paused.data?.updateCometServer).toMatchObject({ isEnabled: false });
    expect(await auditRows("cometServer.update")).toHaveLength(2);
  });

  it("treats another MSP's server as not found", async () => {
    const id = await idOf("acme-backup-eu");
    const r = await run(logins.adminB, Update, { input: { id, name: "Hijacked" } });
    expect(r.data?.updateCometServer).toMatchObject({ __typename: "NotFoundError" });
    const gone = await run(logins.adminB, Remove, { input: { id, confirmProfileName: "acme-backup-eu" } });
    expect(gone.data?.removeCometServer).toMatchObject({ __typename: "NotFoundError" });
    const shared = await run(logins.adminB, Remove, {
      input: { id: await idOf("shared"), confirmProfileName: "shared" },
    });
    expect(shared.data?.removeCometServer).toMatchObject({ __typename: "NotFoundError" });
  });

  it("removes a server with its mirrored rows only when its profile name is confirmed", async () => {
    const id = await idOf("acme-backup-eu");
    const server = await stack.db.prisma.cometServer.findUniqueOrThrow({ where: { profileName: "acme-backup-eu" } });
    const devices = await stack.db.prisma.device.count({ where: { account: { serverId: server.id } } });
    expect(devices).toBeGreaterThan(0);

    const unconfirmed = await run(logins.adminA, Remove, { input: { id, confirmProfileName: "acme" } });
    expect(unconfirmed.data?.removeCometServer).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "confirmProfileName"] }],
    });
    expect(await stack.db.prisma.cometServer.count({ where: { id: server.id } })).toBe(1);

    const removed = await run(logins.adminA, Remove, { input: { id, confirmProfileName: "acme-backup-eu" } });
    expect(removed.data?.removeCometServer).toMatchObject({
      __typename: "RemoveCometServerPayload",
      id,
      profileName: "acme-backup-eu",
      removedDevices: devices,
    });
    expect(await stack.db.prisma.cometServer.count({ where: { id: server.id } })).toBe(0);
    expect(await stack.db.prisma.cometAccount.count({ where: { serverId: server.id } })).toBe(0);
    expect(await stack.db.prisma.device.count({ where: { account: { serverId: server.id } } })).toBe(0);
    expect(await auditRows("cometServer.remove")).toHaveLength(1);
  });

  it("never exposes the admin password or username through the schema", async () => {
    const r = await run(logins.platform, ServerFields, {});
    const names = r.data?.__type?.fields?.map((f) => f.name) ?? [];
    expect(names).toContain("profileName");
    expect(names.filter((n) => /password|adminUsername/i.test(n))).toEqual([]);
  });
});
