import { randomUUID } from "node:crypto";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { type GraphQLNamedType, getNamedType, isInterfaceType, isLeafType, isObjectType, isUnionType } from "graphql";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { JOB_STATUS } from "../comet/client/constants.js";
import { schema } from "../schema/index.js";
import type { GraphQLResponse } from "../test/stack.js";
import {
  authOf,
  type Caller,
  leaksOfA,
  mentions,
  startTenancyFixture,
  type TenancyFixture,
  type TenantIds,
  viewerKinds,
} from "../test/tenancy-fixture.js";
import {
  type Active,
  type Args,
  type Field,
  type MutationProbe,
  mutationProbes,
  type ProbeContext,
  type QueryProbe,
  queryProbes,
  refused,
  subscriptionProbes,
} from "../test/tenancy-probes.js";

/**
 * The tenancy matrix: every root field of the executable schema, called by every kind of caller
 * of tenant B with tenant A's ids, must show nothing of A, while the platform operator's identical
 * call does show A's rows (otherwise the probe proves nothing). Fields are discovered from the
 * schema: a new root field without `authScopes` or without a probe below fails this file, and
 * every field of every reachable type is selected, so a new relation that escapes the tenant
 * is caught without editing anything here.
 */

/** Object levels selected below a root field (connections and edges do not count). */
const depth = 3;
/** Page size of nested connections; root connections ask for the maximum. */
const nestedPage = 3;
const passThrough = (name: string) => /(Connection|Edge)$/.test(name) || name === "PageInfo";
/** Nested fields skipped because they take a required argument other than `first`. */
const skippedFields = new Set<string>();

/** Every field of `type`, `levels` object levels deep (then leaves only), every union member and implementation. */
function selectionOf(type: GraphQLNamedType, levels: number, path: string[], aliased = new Set<string>()): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    // Members may share a field name with different types or arguments: alias those apart.
    const shapes = new Map<string, Set<string>>();
    for (const m of members) {
      for (const f of Object.values(m.getFields())) {
        const shape = `${f.type}(${f.args.map((a) => `${a.name}:${a.type}`).join(",")})`;
        shapes.set(f.name, (shapes.get(f.name) ?? new Set()).add(shape));
      }
    }
    const clash = new Set([...shapes].filter(([, s]) => s.size > 1).map(([name]) => name));
    const fragments = members.map((m) => `... on ${m.name} ${selectionOf(m, levels, path, clash)}`);
    return `{ __typename ${fragments.join(" ")} }`;
  }
  if (!isObjectType(type)) return "";
  const parts = ["__typename"];
  for (const field of Object.values(type.getFields())) {
    const required = field.args.filter((a) => a.type.toString().endsWith("!") && a.defaultValue === undefined);
    if (required.some((a) => a.name !== "first")) {
      skippedFields.add(`${type.name}.${field.name}`);
      continue;
    }
    const name = aliased.has(field.name) ? `${field.name}_${type.name}: ${field.name}` : field.name;
    const args = required.length ? `(first: ${nestedPage})` : "";
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${name}${args}`);
      continue;
    }
    const through = passThrough(named.name);
    const next = through ? levels : levels - 1;
    // Past the depth, or back at a type already on the path: its leaves only (ids and names still show).
    if (!through && (next < 0 || path.includes(named.name))) {
      // Below the depth, a type already on the path is a cycle (Device.actions -> DeviceAction.device): stop.
      if (levels < 0 && path.includes(named.name)) continue;
      parts.push(`${name}${args} ${selectionOf(named, -1, [...path, named.name])}`);
    } else {
      parts.push(`${name}${args} ${selectionOf(named, next, [...path, named.name])}`);
    }
  }
  return `{ ${parts.join(" ")} }`;
}

function documentFor(
  operation: "query" | "mutation" | "subscription",
  field: Field,
  variables: Args,
): { query: string; variables: Args } {
  const vars = { ...variables };
  if (field.args.some((a) => a.name === "first") && vars.first === undefined) vars.first = 100;
  for (const name of Object.keys(vars)) {
    if (!field.args.some((a) => a.name === name)) {
      throw new Error(`the probe for ${field.name} passes "${name}", which ${field.name} does not take: update it`);
    }
  }
  const names = Object.keys(vars);
  const defs = names.map((n) => `$${n}: ${field.args.find((a) => a.name === n)!.type}`).join(", ");
  const call = names.length ? `(${names.map((n) => `${n}: $${n}`).join(", ")})` : "";
  const named = getNamedType(field.type);
  const selection = selectionOf(named, depth - 1, [named.name]);
  return { query: `${operation}${defs ? `(${defs})` : ""} { ${field.name}${call} ${selection} }`, variables: vars };
}

// --- Running probes -------------------------------------------------------------------------------

let fx: TenancyFixture;
let ctx: ProbeContext;
const anonymous: Caller = { label: "anonymous" };
/** Every caller of B, plus nobody at all. */
const callersOfB = () => [...viewerKinds.map((k) => fx.viewers[k]), anonymous];

beforeAll(async () => {
  fx = await startTenancyFixture();
  const prisma = fx.stack.db.prisma;
  const activeOf = async (t: TenantIds): Promise<Active> => {
    const account = await prisma.cometAccount.findFirstOrThrow({
      where: { mspId: t.msp, customerId: t.customers[0], serverId: fx.sharedServer },
      include: { devices: true },
    });
    const device = account.devices[0]!;
    return {
      customer: t.customers[0],
      account: account.id,
      device: device.id,
      username: account.username,
      cometDeviceId: device.cometDeviceId,
    };
  };
  const profile = async (id: string) => (await prisma.cometServer.findUniqueOrThrow({ where: { id } })).profileName;
  const [ownedServerProfile, sharedServerProfile, active, activeB] = await Promise.all([
    profile(fx.A.ownedServers[0]!),
    profile(fx.sharedServer),
    activeOf(fx.A),
    activeOf(fx.B),
  ]);
  ctx = { ownedServerProfile, sharedServerProfile, A: fx.A, B: fx.B, g: encodeGlobalID, fx, active, activeB };
}, 120_000);

afterAll(() => fx?.stack.stop());

const execute = (caller: Caller, doc: { query: string; variables: Args }) =>
  fx.stack.execute(doc.query, doc.variables, authOf(caller));

/** Error codes that refuse without telling anything; anything else (a masked crash) is reported. */
function unexpectedErrors(caller: Caller, body: GraphQLResponse): string[] {
  const allowed = caller === anonymous ? ["UNAUTHENTICATED"] : ["FORBIDDEN", "BAD_USER_INPUT"];
  return (body.errors ?? [])
    .filter((e) => !allowed.includes(String(e.extensions?.code)))
    .map((e) => `${caller.label}: error ${String(e.extensions?.code)} "${e.message}" at ${e.path?.join(".") ?? "-"}`);
}

const uuidLike = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The same variables with each of A's ids replaced by a made-up id of the same type. */
function withMadeUpIds(value: unknown): unknown {
  if (typeof value === "string") {
    if (fx.aRawIds.has(value)) return randomUUID();
    try {
      const { typename, id } = decodeGlobalID(value);
      const madeUp = id.replace(uuidLike, (raw) => (fx.aRawIds.has(raw) ? randomUUID() : raw));
      if (madeUp !== id) return encodeGlobalID(typename, madeUp);
    } catch {
      // not a global ID
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(withMadeUpIds);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMadeUpIds(v)]));
  }
  return value;
}

const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The response without what differs between two identical calls: times ("as of now") and cost. */
const comparable = (body: GraphQLResponse) =>
  JSON.stringify(
    {
      data: body.data,
      errors: body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
    },
    (_key, value) => (typeof value === "string" && isoTime.test(value) ? "<time>" : value),
  );

const sameAnswer = (a: GraphQLResponse, b: GraphQLResponse) => comparable(a) === comparable(b);

/**
 * Connections whose `totalCount` disagrees with a complete page: a count that forgets the tenant
 * fragment leaks how many rows other tenants have, without a single id.
 */
function miscounted(value: unknown, path = "data"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => miscounted(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const found = Object.entries(value).flatMap(([k, v]) => miscounted(v, `${path}.${k}`));
  const c = value as { totalCount?: unknown; edges?: unknown[]; pageInfo?: { hasNextPage?: boolean } };
  if (typeof c.totalCount === "number" && Array.isArray(c.edges) && c.pageInfo?.hasNextPage === false) {
    if (c.totalCount !== c.edges.length) found.push(`${path}.totalCount is ${c.totalCount} for ${c.edges.length} rows`);
  }
  return found;
}

function rootFields(type: "Query" | "Mutation" | "Subscription"): Field[] {
  const root =
    type === "Query"
      ? schema.getQueryType()
      : type === "Mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? Object.values(root.getFields()) : [];
}

// --- The static guard ------------------------------------------------------------------------------

describe("declared authorization", () => {
  it("declares authScopes on every root query, mutation and subscription field", () => {
    const missing = (["Query", "Mutation", "Subscription"] as const).flatMap((type) =>
      rootFields(type)
        .filter(
          (f) => (f.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes === undefined,
        )
        .map((f) => `${type}.${f.name}`),
    );
    expect(missing, "root fields without authScopes").toEqual([]);
  });

  it("has a probe for every root field and every node type in the fixture", () => {
    const missing = [
      ...rootFields("Query")
        .filter((f) => !queryProbes[f.name])
        .map((f) => `add a probe for Query.${f.name}`),
      ...rootFields("Mutation")
        .filter((f) => !mutationProbes[f.name])
        .map((f) => `add a probe for Mutation.${f.name}`),
      ...rootFields("Subscription")
        .filter((f) => !subscriptionProbes[f.name])
        .map((f) => `add a probe for Subscription.${f.name}`),
    ];
    // Every nested field must be selectable too: one with a required argument would go unprobed.
    for (const type of ["Query", "Mutation", "Subscription"] as const) {
      for (const f of rootFields(type)) documentFor("query", f, {});
    }
    missing.push(...[...skippedFields].map((f) => `${f} takes a required argument: teach selectionOf to pass it`));
    const node = schema.getType("Node");
    const nodeTypes = node && isInterfaceType(node) ? schema.getPossibleTypes(node) : [];
    for (const type of nodeTypes) {
      if (!fx.aNodeIds[type.name]) missing.push(`add node type ${type.name} to nodeIdsOf in test/tenancy-fixture.ts`);
      else if (fx.aNodeIds[type.name]!.length === 0) missing.push(`the fixture creates no ${type.name} for tenant A`);
    }
    expect(missing).toEqual([]);
  });
});

// --- Queries -------------------------------------------------------------------------------------------

/**
 * One variant of a query probe: the operator's control, then every caller of B with A's ids and
 * with made-up ids. The calls are independent reads, so they all run at once.
 */
async function probeQuery(field: Field, probe: QueryProbe, variant: Args): Promise<string[]> {
  const doc = documentFor("query", field, variant);
  const ghost = { query: doc.query, variables: withMadeUpIds(doc.variables) as Args };
  const namesA = JSON.stringify(ghost.variables) !== JSON.stringify(doc.variables);
  const checkControl = async (): Promise<string[]> => {
    const control = await execute(fx.operator, doc);
    if (control.errors?.some((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED")) {
      return [`invalid probe document for ${field.name}: ${control.errors[0]!.message}`];
    }
    const problems = [
      ...unexpectedErrors(fx.operator, control),
      ...miscounted(control.data).map((c) => `operator: ${c}`),
    ];
    // The operator must see A's rows, or (aggregates without ids) get a different answer for A's ids.
    const showsA =
      leaksOfA(fx, control).length > 0 || (namesA && sameAnswer(await execute(fx.operator, ghost), control) === false);
    if (!probe.noControl && !showsA) {
      problems.push(`operator control: ${JSON.stringify(variant)} shows nothing of A, so it proves nothing`);
    }
    return problems;
  };
  const checkCaller = async (caller: Caller): Promise<string[]> => {
    const [body, unknown] = await Promise.all([execute(caller, doc), namesA ? execute(caller, ghost) : undefined]);
    const where = `${caller.label} ${JSON.stringify(variant)}`;
    const problems = [
      ...leaksOfA(fx, body).map((leak) => `${where}: LEAK ${leak}`),
      ...unexpectedErrors(caller, body).map((e) => `${where}: ${e}`),
      ...miscounted(body.data).map((c) => `${where}: ${c}`),
    ];
    // B's admin must see B's own rows through an unfiltered list, or the deep selection was never exercised.
    const unfiltered = Object.keys(variant).length === 0 && !body.errors?.length;
    if (caller === fx.viewers.mspAdmin && unfiltered && !probe.noOwnRows) {
      if (mentions(fx.bRawIds, new Set(), body).length === 0) problems.push(`${where}: shows none of B's own rows`);
    }
    if (unknown && !sameAnswer(unknown, body)) {
      problems.push(
        `${where}: A's ids answer differently from made-up ids: ${comparable(body).slice(0, 300)} vs ${comparable(unknown).slice(0, 300)}`,
      );
    }
    return problems;
  };
  const [control, ...callers] = await Promise.all([checkControl(), ...callersOfB().map(checkCaller)]);
  // A document the schema rejects probes nothing: say only that.
  if (control[0]?.startsWith("invalid probe document")) return control;
  return [...control, ...callers.flat()];
}

describe("queries", () => {
  for (const field of rootFields("Query")) {
    it(`${field.name}: shows B's callers nothing of A (same as a made-up id) and the operator A's rows`, async () => {
      const probe = queryProbes[field.name];
      expect(probe, `add a probe for Query.${field.name} to queryProbes`).toBeDefined();
      const problems = await Promise.all(probe!.variants(ctx).map((variant) => probeQuery(field, probe!, variant)));
      expect(problems.flat()).toEqual([]);
    });
  }

  it("resolves every one of A's objects of every node type to null for B's callers, and to itself for the operator", async () => {
    const node = schema.getType("Node");
    const types = node && isInterfaceType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : [];
    const ids = types.flatMap((t) => fx.aNodeIds[t] ?? []);
    const query = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";
    const control = await fx.stack.execute<{ nodes: Array<{ id: string } | null> }>(
      query,
      { ids },
      authOf(fx.operator),
    );
    expect(control.errors).toBeUndefined();
    const missingForOperator = ids.filter((id, i) => control.data?.nodes[i]?.id !== id);
    expect(missingForOperator.map((id) => decodeGlobalID(id).typename)).toEqual([]);
    const answers = await Promise.all(
      callersOfB().map(async (caller) => ({
        caller,
        res: await fx.stack.execute<{ nodes: unknown[] }>(query, { ids }, authOf(caller)),
      })),
    );
    for (const { caller, res } of answers) {
      const shown = res.data?.nodes.filter((n) => n !== null) ?? [];
      expect(shown, `${caller.label} resolves A's objects`).toEqual([]);
      expect(leaksOfA(fx, res), caller.label).toEqual([]);
    }
  });
});

// --- Mutations --------------------------------------------------------------------------------------------

/** A's rows that a mutation could touch, per table, as comparable text. */
async function fingerprintOfA(): Promise<Record<string, string>> {
  const prisma = fx.stack.db.prisma;
  const mspId = fx.A.msp;
  const users = { id: { in: fx.A.users } };
  const tables = {
    msp: prisma.msp.findMany({ where: { id: mspId } }),
    customers: prisma.customer.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    // Mirrored rows change with every Comet event (ingestion runs throughout): only what the API could change.
    accounts: prisma.cometAccount.findMany({
      where: { mspId },
      select: { id: true, mspId: true, customerId: true, serverId: true },
      orderBy: { id: "asc" },
    }),
    devices: prisma.device.findMany({
      where: { mspId },
      select: { id: true, mspId: true, customerId: true, accountId: true, friendlyName: true },
      orderBy: { id: "asc" },
    }),
    rowsByCustomer: Promise.all([
      prisma.job.groupBy({ by: ["customerId"], where: { mspId }, _count: true, orderBy: { customerId: "asc" } }),
      prisma.protectedItem.groupBy({
        by: ["customerId"],
        where: { mspId },
        _count: true,
        orderBy: { customerId: "asc" },
      }),
      prisma.storageVault.groupBy({
        by: ["customerId"],
        where: { mspId },
        _count: true,
        orderBy: { customerId: "asc" },
      }),
    ]),
    mspMemberships: prisma.mspMembership.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    customerMemberships: prisma.customerMembership.findMany({ where: { customer: { mspId } }, orderBy: { id: "asc" } }),
    invitations: prisma.invitation.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    servers: prisma.cometServer.findMany({
      where: { OR: [{ mspId }, { id: fx.sharedServer }] },
      select: {
        id: true,
        profileName: true,
        name: true,
        baseUrl: true,
        adminUsername: true,
        adminPasswordEnc: true,
        mspId: true,
        isEnabled: true,
      },
      orderBy: { id: "asc" },
    }),
    tenantLinks: prisma.cometTenantLink.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    snoozes: prisma.incidentSnooze.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    apiKeys: prisma.apiKey.findMany({ where: { mspId }, orderBy: { id: "asc" } }),
    users: prisma.user.findMany({ where: users, orderBy: { id: "asc" } }),
    sessions: prisma.session.findMany({
      where: { userId: users.id },
      select: { id: true, revokedAt: true, expiresAt: true },
      orderBy: { id: "asc" },
    }),
  };
  const text = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
  const entries = await Promise.all(Object.entries(tables).map(async ([k, rows]) => [k, text(await rows)] as const));
  return Object.fromEntries(entries);
}

/** Where two fingerprints part, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${a.slice(Math.max(0, i - 120), i + 80)} -> ${b.slice(Math.max(0, i - 120), i + 80)}`;
}

const isPublic = (field: Field) =>
  (field.extensions as { pothosOptions?: { authScopes?: { public?: boolean } } }).pothosOptions?.authScopes?.public ===
  true;

function outcomeOf(fieldName: string, body: GraphQLResponse): string {
  if (body.errors?.length) return String(body.errors[0]!.extensions?.code);
  const result = (body.data as Record<string, unknown> | null | undefined)?.[fieldName];
  if (result && typeof result === "object") {
    const r = result as { __typename: string; fieldErrors?: Array<{ path: string[] }> };
    return r.fieldErrors?.length ? `${r.__typename}@${r.fieldErrors[0]!.path.join(".")}` : r.__typename;
  }
  return String(result);
}

/**
 * One caller of B sending one variant of a mutation probe, with A's ids and then with made-up ids.
 * Every call is refused, so callers and variants run at once; the fingerprint around the whole
 * probe shows that none of them changed A.
 */
async function probeMutation(field: Field, probe: MutationProbe, variant: Args, caller: Caller): Promise<string[]> {
  const doc = documentFor("mutation", field, variant);
  const auth =
    probe.freshSession && caller.login
      ? { authorization: `Bearer ${await fx.stack.login(caller.login)}` }
      : authOf(caller);
  const body = await fx.stack.execute(doc.query, doc.variables, auth);
  const outcome = outcomeOf(field.name, body);
  const expected = probe.outcomes ?? refused;
  const allowed = caller !== anonymous ? expected : ["UNAUTHENTICATED", ...(isPublic(field) ? expected : [])];
  const problems: string[] = [];
  if (!allowed.includes(outcome)) problems.push(`${caller.label} ${JSON.stringify(variant)}: got ${outcome}`);
  problems.push(...leaksOfA(fx, body).map((leak) => `${caller.label}: LEAK ${leak}`));
  // "Not yours" must read exactly like "does not exist".
  const madeUp = withMadeUpIds(doc.variables) as Args;
  if (JSON.stringify(madeUp) !== JSON.stringify(doc.variables)) {
    const unknown = await fx.stack.execute(doc.query, madeUp, auth);
    if (!sameAnswer(unknown, body)) {
      problems.push(
        `${caller.label} ${JSON.stringify(variant)}: A's ids answer differently from made-up ids: ${comparable(body).slice(0, 300)} vs ${comparable(unknown).slice(0, 300)}`,
      );
    }
  }
  return problems;
}

describe("mutations", () => {
  let startedAt: Date;
  /** A as the previous probe left it: nothing else writes A's rows between these tests. */
  let fingerprint: Record<string, string>;
  beforeAll(async () => {
    startedAt = new Date();
    fingerprint = await fingerprintOfA();
  });

  for (const field of rootFields("Mutation")) {
    it(`${field.name}: refuses B's callers with A's ids and changes none of A's rows`, async () => {
      const probe = mutationProbes[field.name];
      expect(probe, `add a probe for Mutation.${field.name} to mutationProbes`).toBeDefined();
      const before = fingerprint;
      const calls = await Promise.allSettled(
        probe!
          .variants(ctx)
          .flatMap((variant) => callersOfB().map((caller) => probeMutation(field, probe!, variant, caller))),
      );
      const after = await fingerprintOfA();
      fingerprint = after;
      const problems = calls.flatMap((c) => {
        if (c.status === "rejected") throw c.reason;
        return c.value;
      });
      for (const table of Object.keys(before)) {
        if (before[table] !== after[table])
          problems.push(`A's ${table} changed: ${firstDifference(before[table]!, after[table]!)}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("wrote no audit row about A while B's callers probed the mutations", async () => {
    const rows = await fx.stack.db.prisma.auditLog.findMany({
      where: {
        at: { gte: startedAt },
        OR: [{ mspId: fx.A.msp }, { customerId: { in: fx.A.customers } }, { targetId: { in: [...fx.aRawIds] } }],
      },
    });
    expect(rows.map((r) => `${r.action} ${r.targetType} ${r.targetId}`)).toEqual([]);
  });
});

// --- Subscriptions ---------------------------------------------------------------------------------------

interface Collected {
  label: string;
  field: string;
  variant: Args;
  events: unknown[];
  errors: unknown[];
  /** The same subscription with made-up ids in place of A's: it must be refused (or not) alike. */
  twin?: Collected;
}

/** Subscription errors without what differs per operation (its request id). */
const errorText = (errors: unknown[]) =>
  JSON.stringify(
    errors.map((e) => {
      const { message, extensions } = e as { message?: string; extensions?: { code?: string } };
      return { message, code: extensions?.code };
    }),
  );

/** The caller's API key or (signed in once for the whole file) session token. */
const tokenOf = async (caller: Caller) => caller.apiKey ?? (caller.login ? await fx.stack.session(caller.login) : null);

async function socketFor(caller: Caller, clients: Client[]): Promise<Client> {
  const token = await tokenOf(caller);
  const client = createClient({
    url: `${fx.stack.url.replace("http", "ws")}graphql`,
    webSocketImpl: WebSocket,
    ...(token ? { connectionParams: { authorization: `Bearer ${token}` } } : {}),
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Resolves at the next message of any subscription, or after `ms`. */
let delivered = () => {};
const nextDelivery = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    delivered = () => {
      clearTimeout(timer);
      resolve();
    };
  });

function subscribe(client: Client, label: string, field: Field, variant: Args): Collected {
  const doc = documentFor("subscription", field, variant);
  const got: Collected = { label, field: field.name, variant, events: [], errors: [] };
  client.subscribe(doc, {
    next: (r) => {
      if (r.errors) got.errors.push(...r.errors);
      if (r.data) got.events.push(r.data);
      delivered();
    },
    error: (e) => {
      got.errors.push(e instanceof Error ? e.message : e);
      delivered();
    },
    complete: () => {},
  });
  return got;
}

/** Waits, message by message, until `done()` (false after `ms`). */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await nextDelivery(deadline - Date.now());
  return done();
}

/** A tenant's activity on the shared server, through the simulator and ingestion like in production. */
function produceActivity({ username, cometDeviceId }: Active) {
  const control = fx.stack.sims.shared!.control;
  control.setDeviceOnline(username, cometDeviceId, false);
  control.setDeviceOnline(username, cometDeviceId, true);
  control.renameDevice(username, cometDeviceId, `renamed-${randomUUID().slice(0, 6)}`);
  const guid = control.startJob({ username, deviceId: cometDeviceId });
  control.progressJob(guid, 2);
  control.finishJob(guid, JOB_STATUS.FAILED_ERROR);
}

describe("subscriptions", () => {
  it("deliver A's activity to the operator and none of it to B's callers, whatever the filters", async () => {
    const missing = rootFields("Subscription")
      .filter((f) => !subscriptionProbes[f.name])
      .map((f) => `add a probe for Subscription.${f.name}`);
    expect(missing).toEqual([]);
    const clients: Client[] = [];
    const controls: Collected[] = [];
    const probes: Collected[] = [];
    try {
      const operatorSocket = await socketFor(fx.operator, clients);
      const sockets = await Promise.all(viewerKinds.map((k) => socketFor(fx.viewers[k], clients)));
      for (const field of rootFields("Subscription")) {
        for (const variant of subscriptionProbes[field.name]!.variants(ctx)) {
          const takesMsp = field.args.some((a) => a.name === "mspId");
          const operatorVariant = takesMsp ? { ...variant, mspId: ctx.g("Msp", fx.A.msp) } : variant;
          controls.push(subscribe(operatorSocket, fx.operator.label, field, operatorVariant));
          const madeUp = withMadeUpIds(variant) as Args;
          for (const [i, k] of viewerKinds.entries()) {
            const probe = subscribe(sockets[i]!, fx.viewers[k].label, field, variant);
            probes.push(probe);
            if (JSON.stringify(madeUp) !== JSON.stringify(variant)) {
              probe.twin = subscribe(sockets[i]!, fx.viewers[k].label, field, madeUp);
            }
          }
        }
      }
      const bDevice = ctx.g("Device", ctx.activeB.device);
      const unfilteredB = probes.filter((p) => Object.keys(p.variant).length === 0);
      const seesA = (c: Collected, from = 0) => leaksOfA(fx, c.events.slice(from)).length > 0;
      const seesB = (p: Collected, from = 0) => JSON.stringify(p.events.slice(from)).includes(bDevice);
      const live = () => controls.every((c) => seesA(c)) && unfilteredB.every((p) => seesB(p));
      // Subscriptions go live asynchronously (after replaying the outbox): keep both tenants busy
      // until every control and every unfiltered B subscription has seen its own tenant's events.
      const deadline = Date.now() + 20_000;
      while (!live() && Date.now() < deadline) {
        produceActivity(ctx.active);
        produceActivity(ctx.activeB);
        await until(live, 300);
      }
      // Then one more round for both tenants, as a barrier: once every control has A's new events and
      // every unfiltered B subscription B's, all earlier activity went through ingestion and pub/sub,
      // and anything meant for B would have been delivered alongside the operator's copy of it.
      const marks = new Map([...controls, ...unfilteredB].map((c) => [c, c.events.length]));
      produceActivity(ctx.active);
      produceActivity(ctx.activeB);
      const barrierPassed = await until(
        () => controls.every((c) => seesA(c, marks.get(c))) && unfilteredB.every((p) => seesB(p, marks.get(p))),
        10_000,
      );
      expect(barrierPassed, "every live subscription received the last round of activity").toBe(true);
    } finally {
      for (const c of clients) await c.dispose();
    }
    const problems: string[] = [];
    for (const c of controls) {
      if (leaksOfA(fx, c.events).length === 0) {
        problems.push(
          `operator control: ${c.field} ${JSON.stringify(c.variant)} received none of A's activity (${JSON.stringify(c.errors)})`,
        );
      }
    }
    const bDevice = ctx.g("Device", ctx.activeB.device);
    for (const p of probes) {
      const where = `${p.label} ${p.field} ${JSON.stringify(p.variant)}`;
      if (Object.keys(p.variant).length === 0 && !JSON.stringify(p.events).includes(bDevice)) {
        problems.push(
          `${where}: received none of B's own activity (${JSON.stringify(p.errors)}), so it proves nothing`,
        );
      }
      problems.push(...leaksOfA(fx, p.events).map((leak) => `${where}: LEAK ${leak}`));
      problems.push(...leaksOfA(fx, p.errors).map((leak) => `${where}: LEAK in error ${leak}`));
      if (p.twin && errorText(p.twin.errors) !== errorText(p.errors)) {
        problems.push(
          `${where}: A's ids are refused unlike made-up ids: ${errorText(p.errors)} vs ${errorText(p.twin.errors)}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Collects a subscription over SSE (a POST accepting text/event-stream) until `enough` or 10 s. */
async function overSse(token: string, doc: { query: string; variables: Args }, enough: (got: unknown[]) => boolean) {
  const res = await fx.stack.api.yoga.fetch(`${fx.stack.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
    body: JSON.stringify(doc),
  });
  const got: unknown[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const timer = setTimeout(() => void reader.cancel(), 10_000);
  let buffer = "";
  try {
    while (!enough(got)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim());
        if (lines.includes("event: next") && data.length) got.push(JSON.parse(data.join("\n")));
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return got;
}

describe("subscriptions over SSE", () => {
  it("replays none of A's outbox to B's callers, and A's events to the operator", async () => {
    const bDevice = ctx.g("Device", ctx.activeB.device);
    // Every stream is an independent replay of the outbox: all of them at once.
    const perField = rootFields("Subscription").map(async (field) => {
      const operatorDoc = documentFor("subscription", field, { after: "0", mspId: ctx.g("Msp", fx.A.msp) });
      const doc = documentFor("subscription", field, { after: "0" });
      const control = overSse((await tokenOf(fx.operator))!, operatorDoc, (got) => leaksOfA(fx, got).length > 0);
      const callers = viewerKinds.map(async (kind): Promise<string[]> => {
        const caller = fx.viewers[kind];
        // B's own replayed events prove the stream works; A's would have come in the same replay.
        const got = await overSse((await tokenOf(caller))!, doc, (g) => JSON.stringify(g).includes(bDevice));
        return [
          ...(JSON.stringify(got).includes(bDevice) ? [] : [`${caller.label} ${field.name}: no B events over SSE`]),
          ...leaksOfA(fx, got).map((leak) => `${caller.label} ${field.name} over SSE: LEAK ${leak}`),
        ];
      });
      const controlProblems =
        leaksOfA(fx, await control).length === 0 ? [`operator control: ${field.name} replayed none of A's events`] : [];
      return [...controlProblems, ...(await Promise.all(callers)).flat()];
    });
    expect((await Promise.all(perField)).flat()).toEqual([]);
  });
});

// --- Mutation controls (last: they change A for real) ---------------------------------------------------

/** Run last, so that each earlier control still finds the rows it names. */
const destructive = ["revokeInvitation", "removeMembership", "archiveCustomer", "unlinkAccounts", "removeCometServer"];

describe("mutation controls", () => {
  it("finds A's rows in every mutation probe when the platform operator sends it", async () => {
    const fields = rootFields("Mutation").sort((a, b) => destructive.indexOf(a.name) - destructive.indexOf(b.name));
    const problems: string[] = [];
    for (const field of fields) {
      const probe = mutationProbes[field.name];
      if (!probe || probe.note || probe.noControl) continue;
      for (const variant of (probe.controlVariants ?? probe.variants)(ctx)) {
        const doc = documentFor("mutation", field, variant);
        const outcome = outcomeOf(field.name, await execute(fx.operator, doc));
        if (["NotFoundError", "ForbiddenError", "FORBIDDEN", "UNAUTHENTICATED"].includes(outcome)) {
          problems.push(
            `${field.name} ${JSON.stringify(variant)}: the operator got ${outcome}, so the probe proves nothing`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
