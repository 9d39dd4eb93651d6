import { encodeGlobalID } from "@pothos/plugin-relay";
import { JOB_STATUS } from "../comet/client/constants.js";
import { actionEvent, inTransaction } from "../core/actions/lifecycle.js";
import { newApiKey, sha256Hex } from "../core/auth/credentials.js";
import type { PrismaClient } from "../prisma/db.js";
import type { Device } from "../prisma/generated/prisma/client.js";
import type { ApiKeyCapability } from "../prisma/generated/prisma/enums.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "./seed.js";
import { type Stack, startStack } from "./stack.js";

/**
 * Two complete tenants for isolation tests. MSPs A and B share one simulated Comet server (one
 * organization each, mapped by tenant links) and A also owns a server of its own. Each MSP has two
 * customers with linked accounts (plus one unassigned account), devices, jobs, protected items,
 * vaults, API keys, people in every role (and one person in both tenants), a snooze and an invitation.
 * B gets one caller of every viewer kind; the platform operator is the positive control.
 */

/** Every kind of caller a tenant can have, besides the platform operator. */
export const viewerKinds = [
  "mspAdmin",
  "mspOperator",
  "customerOwner",
  "customerViewer",
  "mspKey",
  "customerKey",
] as const;
export type ViewerKind = (typeof viewerKinds)[number];

/** A caller: a person signing in with a password, or an integration's API key. */
export interface Caller {
  label: string;
  login?: TestLogin;
  apiKey?: string;
}

/** One tenant's database ids, by what they are. */
export interface TenantIds {
  msp: string;
  customers: [string, string];
  /** A's own server (B owns none); the shared server belongs to no tenant. */
  ownedServers: string[];
  accounts: string[];
  unassignedAccounts: string[];
  devices: string[];
  protectedItems: string[];
  storageVaults: string[];
  jobs: string[];
  apiKeys: string[];
  users: string[];
  mspMemberships: string[];
  customerMemberships: string[];
  snoozes: string[];
  /** Devices whose incidents the snoozes silence. */
  snoozedDevices: string[];
  invitations: string[];
  bulkOperations: string[];
  /** Device actions still QUEUED (on the second customer's device on the shared server). */
  queuedActions: string[];
  /** Comet usernames of the tenant's accounts on the shared server, for producing activity. */
  sharedAccounts: Array<{ username: string; cometDeviceIds: string[] }>;
}

export interface TenancyFixture {
  stack: Stack;
  A: TenantIds;
  B: TenantIds;
  sharedServer: string;
  /** B's callers, one per viewer kind. */
  viewers: Record<ViewerKind, Caller>;
  operator: Caller;
  /** A's MSP admin: only to produce A's own activity, never as a probe. */
  adminA: TestLogin;
  /** Raw database ids of A's rows (and of nothing else). */
  aRawIds: Set<string>;
  /** Raw database ids of B's rows, to show that B's callers do see their own. */
  bRawIds: Set<string>;
  /** Names, usernames, emails and prefixes of A's rows that no other tenant shares. */
  aNames: Set<string>;
  /** Global IDs of A's objects, by GraphQL node type. */
  aNodeIds: Record<string, string[]>;
}

/** Comet organizations on the shared server; customer slugs prefix the account usernames. */
const sharedFleet = {
  organizations: [
    {
      id: "org-a",
      name: "Tenant A",
      customers: [
        { slug: "aone", accounts: 1 },
        { slug: "atwo", accounts: 1 },
        { slug: "aloose", accounts: 1 },
      ],
    },
    {
      id: "org-b",
      name: "Tenant B",
      customers: [
        { slug: "bone", accounts: 1 },
        { slug: "btwo", accounts: 1 },
      ],
    },
  ],
  devicesPerAccount: [1, 1] as [number, number],
};

const ownedFleet = {
  organizations: [{ id: "", name: "A own", customers: [{ slug: "aone", accounts: 1 }] }],
  devicesPerAccount: [1, 1] as [number, number],
};

async function apiKey(
  prisma: PrismaClient,
  o: { mspId: string; customerId?: string; createdById: string; name: string; capabilities?: ApiKeyCapability[] },
): Promise<{ id: string; key: string }> {
  const { key, prefix, secretHash } = newApiKey();
  const row = await prisma.apiKey.create({
    data: {
      prefix,
      secretHash,
      name: o.name,
      mspId: o.mspId,
      customerId: o.customerId ?? null,
      capabilities: o.capabilities ?? ["READ", "OPERATE", "ADMIN"],
      createdById: o.createdById,
    },
  });
  return { id: row.id, key };
}

interface People {
  mspAdmin: TestLogin;
  mspOperator: TestLogin;
  customerOwner: TestLogin;
  customerViewer: TestLogin;
  mspKey: string;
  customerKey: string;
}

/** The MSP, its two customers, people in every role, keys of both scopes. Before ingestion. */
async function seedTenant(prisma: PrismaClient, name: string, slugs: [string, string]) {
  const msp = await createMsp(prisma, name);
  const [c1, c2] = await Promise.all([
    createCustomer(prisma, msp.id, slugs[0], `${name} ${slugs[0]} customer`),
    createCustomer(prisma, msp.id, slugs[1], `${name} ${slugs[1]} customer`),
  ]);
  const mspAdmin = await createLogin(prisma, { mspId: msp.id, role: "MSP_ADMIN" });
  const key = (o: { name: string; customerId?: string; capabilities?: ApiKeyCapability[] }) =>
    apiKey(prisma, { mspId: msp.id, createdById: mspAdmin.userId, ...o });
  // Independent rows, created together (password hashing runs off the main thread).
  const [[mspOperator, customerOwner, customerViewer], [mspKey, customerKey]] = await Promise.all([
    Promise.all([
      createLogin(prisma, { mspId: msp.id, role: "MSP_OPERATOR" }),
      createLogin(prisma, { customerId: c1.id, role: "CUSTOMER_OWNER" }),
      createLogin(prisma, { customerId: c1.id, role: "CUSTOMER_VIEWER" }),
      // A second customer's people, so "the other customer of the same MSP" exists too.
      createLogin(prisma, { customerId: c2.id, role: "CUSTOMER_OWNER" }),
    ]),
    Promise.all([
      key({ name: `${name} MSP-wide key` }),
      key({ name: `${name} customer key`, customerId: c1.id }),
      // A key per single capability as well (the callers above hold every capability: the widest reach).
      key({ name: `${name} READ key`, capabilities: ["READ"] }),
      key({ name: `${name} OPERATE key`, capabilities: ["OPERATE"] }),
    ]),
  ]);
  const people: People = {
    mspAdmin,
    mspOperator,
    customerOwner,
    customerViewer,
    mspKey: mspKey.key,
    customerKey: customerKey.key,
  };
  return { msp, customers: [c1.id, c2.id] as [string, string], people };
}

async function loadTenant(prisma: PrismaClient, mspId: string, customers: [string, string]): Promise<TenantIds> {
  const ids = async (rows: Promise<Array<{ id: string }>>) => (await rows).map((r) => r.id);
  const byMsp = { where: { mspId }, select: { id: true }, orderBy: { id: "asc" as const } };
  const [users, accounts, devices, snoozes] = await Promise.all([
    prisma.user.findMany({
      where: {
        OR: [
          { mspMemberships: { some: { mspId } } },
          { customerMemberships: { some: { customer: { mspId } } } },
          { apiKeysCreated: { some: { mspId } } },
        ],
      },
      select: { id: true },
    }),
    prisma.cometAccount.findMany({
      where: { mspId },
      select: { id: true, username: true, customerId: true, server: { select: { mspId: true } } },
    }),
    prisma.device.findMany({ where: { mspId }, select: { id: true, accountId: true, cometDeviceId: true } }),
    prisma.incidentSnooze.findMany({ where: { mspId }, select: { id: true, deviceId: true }, orderBy: { id: "asc" } }),
  ]);
  const [
    ownedServers,
    protectedItems,
    storageVaults,
    jobs,
    apiKeys,
    mspMemberships,
    customerMemberships,
    invitations,
    bulkOperations,
    queuedActions,
  ] = await Promise.all([
    ids(prisma.cometServer.findMany(byMsp)),
    ids(prisma.protectedItem.findMany(byMsp)),
    ids(prisma.storageVault.findMany(byMsp)),
    ids(prisma.job.findMany(byMsp)),
    ids(prisma.apiKey.findMany(byMsp)),
    ids(prisma.mspMembership.findMany(byMsp)),
    ids(prisma.customerMembership.findMany({ where: { customer: { mspId } }, select: { id: true } })),
    ids(prisma.invitation.findMany(byMsp)),
    ids(prisma.bulkOperation.findMany(byMsp)),
    ids(prisma.deviceAction.findMany({ where: { mspId, status: "QUEUED" }, select: { id: true } })),
  ]);
  return {
    msp: mspId,
    customers,
    ownedServers,
    accounts: accounts.map((a) => a.id),
    unassignedAccounts: accounts.filter((a) => a.customerId === null).map((a) => a.id),
    devices: devices.map((d) => d.id),
    protectedItems,
    storageVaults,
    jobs,
    apiKeys,
    users: users.map((u) => u.id),
    mspMemberships,
    customerMemberships,
    snoozes: snoozes.map((s) => s.id),
    snoozedDevices: snoozes.map((s) => s.deviceId),
    invitations,
    bulkOperations,
    queuedActions,
    sharedAccounts: accounts
      .filter((a) => a.server.mspId === null)
      .map((a) => ({
        username: a.username,
        cometDeviceIds: devices.filter((d) => d.accountId === a.id).map((d) => d.cometDeviceId),
      })),
  };
}

/**
 * GraphQL node types and A's rows behind them. A node type missing here fails the tenancy test:
 * add its rows (and create some for A in `startTenancyFixture` when needed).
 */
function nodeIdsOf(t: TenantIds): Record<string, string[]> {
  return {
    Msp: [t.msp],
    Customer: [...t.customers],
    CometServer: t.ownedServers,
    CometAccount: t.accounts,
    Device: t.devices,
    ProtectedItem: t.protectedItems,
    StorageVault: t.storageVaults,
    Job: t.jobs,
    ApiKey: t.apiKeys,
    User: t.users,
    MspMembership: t.mspMemberships,
    CustomerMembership: t.customerMemberships,
    Membership: [...t.mspMemberships, ...t.customerMemberships],
    Invitation: t.invitations,
    IncidentSnooze: t.snoozes,
    BulkOperation: t.bulkOperations,
    DeviceAction: t.queuedActions,
  };
}

/** Human-readable strings of a tenant's rows (names, usernames, emails, key prefixes). */
async function namesOf(prisma: PrismaClient, t: TenantIds): Promise<Set<string>> {
  const mspId = t.msp;
  const [msp, customers, accounts, devices, items, vaults, keys, users, servers] = await Promise.all([
    prisma.msp.findUniqueOrThrow({ where: { id: mspId } }),
    prisma.customer.findMany({ where: { mspId } }),
    prisma.cometAccount.findMany({ where: { mspId } }),
    prisma.device.findMany({ where: { mspId } }),
    prisma.protectedItem.findMany({ where: { mspId } }),
    prisma.storageVault.findMany({ where: { mspId } }),
    prisma.apiKey.findMany({ where: { mspId } }),
    prisma.user.findMany({ where: { id: { in: t.users } } }),
    prisma.cometServer.findMany({ where: { mspId } }),
  ]);
  return new Set([
    msp.name,
    msp.slug,
    ...customers.flatMap((c) => [c.name, c.externalRef ?? ""]),
    ...accounts.flatMap((a) => [a.username, a.accountName, ...a.emails]),
    ...devices.flatMap((d) => [d.friendlyName, d.cometDeviceId]),
    ...items.flatMap((i) => [i.cometSourceId, i.description]),
    ...vaults.flatMap((v) => [v.cometDestinationId]),
    ...keys.flatMap((k) => [k.name, k.prefix]),
    ...users.flatMap((u) => [u.email, u.name]),
    ...servers.flatMap((s) => [s.profileName, s.baseUrl]),
  ]);
}

export async function startTenancyFixture(): Promise<TenancyFixture> {
  const seeded = {} as {
    a: Awaited<ReturnType<typeof seedTenant>>;
    b: Awaited<ReturnType<typeof seedTenant>>;
    operator: TestLogin;
    sharedServer: string;
  };
  const stack = await startStack({
    simulators: {
      shared: { seed: 11, historyHours: 3, fleet: sharedFleet },
      ownedByA: { seed: 23, historyHours: 3, fleet: ownedFleet },
    },
    linkAccounts: true,
    // The probes are about resolvers, not the transport: in-process, without a socket per request.
    transport: "yoga",
    // Probes select every field of every type several levels deep: far above a client's limits.
    config: {
      GRAPHQL_MAX_DEPTH: 40,
      GRAPHQL_MAX_TOKENS: 200_000,
      GRAPHQL_MAX_COST: 1_000_000_000,
      GRAPHQL_MAX_ALIASES: 100_000,
      API_KEY_COST_PER_MINUTE: 1_000_000_000,
    },
    seed: async ({ db, sims, secrets }) => {
      const prisma = db.prisma;
      [seeded.a, seeded.b, seeded.operator] = await Promise.all([
        seedTenant(prisma, "Tenant A", ["aone", "atwo"]),
        seedTenant(prisma, "Tenant B", ["bone", "btwo"]),
        createLogin(prisma, { platform: true }),
      ]);
      const [, shared] = await Promise.all([
        (async () => {
          // One person in both tenants (B's operator, a viewer at A's second customer): B may list the
          // person, never the A membership.
          const dual = await createLogin(prisma, { mspId: seeded.b.msp.id, role: "MSP_OPERATOR" });
          await prisma.customerMembership.create({
            data: { userId: dual.userId, customerId: seeded.a.customers[1], role: "CUSTOMER_VIEWER" },
          });
        })(),
        registerServer(prisma, secrets, {
          baseUrl: sims.shared!.url,
          links: { "org-a": seeded.a.msp.id, "org-b": seeded.b.msp.id },
        }),
        registerServer(prisma, secrets, { baseUrl: sims.ownedByA!.url, mspId: seeded.a.msp.id }),
      ]);
      seeded.sharedServer = shared.id;
    },
  });
  const prisma = stack.db.prisma;
  const { a, b } = seeded;

  // Rows that only exist once ingestion mirrored the fleet, or that no mutation creates yet. The two
  // tenants' rows are independent (their own devices on the shared server): both are seeded at once.
  await Promise.all(
    [a, b].map(async (t) => {
      const device = await prisma.device.findFirstOrThrow({ where: { mspId: t.msp.id, customerId: t.customers[0] } });
      await Promise.all([
        prisma.incidentSnooze.create({
          data: {
            mspId: t.msp.id,
            customerId: device.customerId,
            deviceId: device.id,
            snoozedUntil: new Date(Date.now() + 86_400_000),
            reason: `${t.msp.name} snooze`,
            createdById: t.people.mspAdmin.userId,
          },
        }),
        createInvitation(prisma, t.msp.id, t.customers[0], t.people.mspAdmin.userId, t.msp.name),
        createBulkOperation(prisma, device, t.people.mspAdmin.userId),
      ]);
      await failJob(stack, t.customers[1]);
      await seedDeviceActions(stack, t.customers);
    }),
  );

  const [B, tenantA] = await Promise.all([
    loadTenant(prisma, b.msp.id, b.customers),
    loadTenant(prisma, a.msp.id, a.customers),
  ]);
  // People in both tenants are B's too: only their A memberships are A's.
  const A = { ...tenantA, users: tenantA.users.filter((u) => !B.users.includes(u)) };
  const aRawIds = new Set(Object.values(nodeIdsOf(A)).flat());
  const [bNames, namesOfA, sharedServer] = await Promise.all([
    namesOf(prisma, B),
    namesOf(prisma, A),
    prisma.cometServer.findUniqueOrThrow({ where: { id: seeded.sharedServer } }),
  ]);
  // Strings B (or the shared server) also has say nothing about A; short ones match by accident.
  const aNames = new Set(
    [...namesOfA].filter(
      (s) => s.length >= 6 && !bNames.has(s) && s !== sharedServer.baseUrl && s !== sharedServer.profileName,
    ),
  );
  const aNodeIds = Object.fromEntries(
    Object.entries(nodeIdsOf(A)).map(([type, ids]) => [type, ids.map((id) => encodeGlobalID(type, id))]),
  );
  const p = b.people;
  return {
    stack,
    A,
    B,
    sharedServer: seeded.sharedServer,
    viewers: {
      mspAdmin: { label: "B MSP admin", login: p.mspAdmin },
      mspOperator: { label: "B MSP operator", login: p.mspOperator },
      customerOwner: { label: "B customer owner", login: p.customerOwner },
      customerViewer: { label: "B customer viewer", login: p.customerViewer },
      mspKey: { label: "B MSP-wide API key", apiKey: p.mspKey },
      customerKey: { label: "B customer API key", apiKey: p.customerKey },
    },
    operator: { label: "platform operator", login: seeded.operator },
    adminA: a.people.mspAdmin,
    aRawIds,
    bRawIds: new Set(Object.values(nodeIdsOf(B)).flat()),
    aNames,
    aNodeIds,
  };
}

/** A job of the customer's first device on the shared server that ends in error: an incident. */
async function failJob(stack: Stack, customerId: string) {
  const prisma = stack.db.prisma;
  const device = await prisma.device.findFirstOrThrow({
    where: { customerId, account: { server: { mspId: null } } },
    include: { account: true },
  });
  const control = stack.sims.shared!.control;
  const guid = control.startJob({ username: device.account.username, deviceId: device.cometDeviceId });
  control.finishJob(guid, JOB_STATUS.FAILED_ERROR);
  for (let i = 0; i < 100; i++) {
    const job = await prisma.job.findFirst({ where: { cometJobId: guid, endedAt: { not: null } } });
    if (job) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the failed job was not ingested within 5 s");
}

/** A finished bulk operation with one failed action on the device (no Comet call involved). */
async function createBulkOperation(prisma: PrismaClient, device: Device, by: string) {
  const tenant = { mspId: device.mspId, customerId: device.customerId };
  const requestedBy = { requestedByKind: "USER", requestedById: by };
  await prisma.bulkOperation.create({
    data: {
      ...tenant,
      ...requestedBy,
      kind: "UPDATE_SOFTWARE",
      total: 1,
      status: "COMPLETED",
      finishedAt: new Date(),
      actions: {
        create: {
          ...tenant,
          ...requestedBy,
          serverId: device.serverId,
          accountId: device.accountId,
          deviceId: device.id,
          kind: "UPDATE_SOFTWARE",
          status: "FAILED",
          summary: "Update the Comet client (bulk)",
          errorMessage: "device offline",
          finishedAt: new Date(),
        },
      },
    },
  });
}

/**
 * Device actions for the action probes: one QUEUED on the second customer's shared-server device
 * (to cancel), and backups DISPATCHED to the first customer's, which the jobs the tenancy matrix
 * starts there link and end one by one, so `deviceActionEvents` has live traffic of each tenant.
 * Written with their outbox events, as the dispatch core writes them.
 */
async function seedDeviceActions(stack: Stack, customers: [string, string]) {
  const prisma = stack.db.prisma;
  const deviceOf = (customerId: string) =>
    prisma.device.findFirstOrThrow({
      where: { customerId, account: { server: { mspId: null } } },
      include: { account: true },
    });
  const [active, other] = [await deviceOf(customers[0]), await deviceOf(customers[1])];
  // The vault and item the simulator's manual jobs on the device use (the backup must name them).
  const control = stack.sims.shared!.control;
  const guid = control.startJob({ username: active.account.username, deviceId: active.cometDeviceId });
  control.finishJob(guid, JOB_STATUS.STOP_SUCCESS);
  let job = null;
  for (let i = 0; i < 100 && !job; i++) {
    job = await prisma.job.findFirst({ where: { cometJobId: guid, endedAt: { not: null } } });
    if (!job) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!job) throw new Error("the probe job was not ingested within 5 s");
  const params = {
    sourceId: job.cometSourceId,
    sourceName: "probe item",
    destinationId: job.cometDestinationId,
    destinationName: "probe vault",
  };
  const row = (device: Device, status: "QUEUED" | "DISPATCHED") => ({
    mspId: device.mspId,
    customerId: device.customerId,
    serverId: device.serverId,
    accountId: device.accountId,
    deviceId: device.id,
    kind: "RUN_BACKUP" as const,
    status,
    params,
    summary: "Back up probe item to probe vault",
    requestedByKind: "USER",
    ...(status === "QUEUED"
      ? { expiresAt: new Date(Date.now() + 86_400_000) }
      : { dispatchedAt: new Date(), cometJobId: null }),
  });
  await inTransaction({ prisma, live: stack.live.pubsub }, async (tx, emit) => {
    const data = [row(other, "QUEUED"), ...Array.from({ length: 40 }, () => row(active, "DISPATCHED"))];
    for (const action of await tx.deviceAction.createManyAndReturn({ data })) emit(actionEvent(action));
  });
}

/** A pending invitation to the first customer (only its hash is stored, so a made-up one will do). */
async function createInvitation(prisma: PrismaClient, mspId: string, customerId: string, by: string, name: string) {
  const email = `invited-${name.replace(/\W/g, "").toLowerCase()}@test.example`;
  await prisma.invitation.create({
    data: {
      tokenHash: sha256Hex(`token-${email}`),
      email,
      mspId,
      customerId,
      customerRole: "CUSTOMER_VIEWER",
      invitedById: by,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

/** Options for `stack.execute` that authenticate as this caller. */
export function authOf(caller: Caller): { as?: TestLogin; authorization?: string } {
  if (caller.apiKey) return { authorization: `Bearer ${caller.apiKey}` };
  return caller.login ? { as: caller.login } : {};
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Every place in a response (data, errors, extensions) that names one of A's rows: a raw id, an id
 * inside a global ID or cursor (both base64), or one of A's names. Empty when nothing of A shows.
 */
export function leaksOfA(fx: Pick<TenancyFixture, "aRawIds" | "aNames">, body: unknown): string[] {
  return mentions(fx.aRawIds, fx.aNames, body);
}

/** Every place in `body` that names one of these rows (raw, in a global ID or a cursor) or names. */
export function mentions(rawIds: Set<string>, names: Set<string>, body: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (names.has(value)) found.add(`${path} = ${JSON.stringify(value)} (a name)`);
      for (const text of [value, Buffer.from(value, "base64").toString("latin1")]) {
        for (const id of text.match(uuidPattern) ?? []) {
          if (rawIds.has(id.toLowerCase())) found.add(`${path} = ${JSON.stringify(value)} (row ${id})`);
        }
      }
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, `${path}[${i}]`);
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(body, "");
  return [...found];
}
