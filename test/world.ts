import { randomUUID } from "node:crypto";
import { newApiKey } from "../core/auth/credentials.js";
import type { PrismaClient } from "../prisma/db.js";
import type {
  CometAccount,
  CometServer,
  Customer,
  Device,
  Job,
  Msp,
  Prisma,
  ProtectedItem,
  StorageVault,
} from "../prisma/generated/prisma/client.js";
import type { ApiKeyCapability, CustomerRole, MspRole, TenantStatus } from "../prisma/generated/prisma/enums.js";
import { refreshDeviceLatestJob } from "../workers/ingest/device-latest-job.js";
import { addMembership, createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "./seed.js";
import {
  type Handles,
  isMspRole,
  isRunningOutcome,
  type JobSpec,
  type Kind,
  type LoginSpec,
  type Ref,
  type Rows,
  type ServerSpec,
  type Step,
  type Tables,
  type Target,
  type TestApiKey,
  tables,
  tenancyOf,
  toTarget,
  type WorldTarget,
} from "./world-specs.js";

export type { TestApiKey } from "./world-specs.js";

/**
 * The one world builder (STYLE rule 11): a test describes its tenants as a chain, and `build()`
 * writes them, in order, with the row builders of `seed.ts`:
 *
 *   const w = world()
 *     .msp("a", "MSP A").customer("alpha", "Alpha Co").login("alphaViewer", { role: "CUSTOMER_VIEWER" })
 *     .msp("b", "MSP B").customer("charlie", "Charlie Co")
 *     .server("shared", { sim: "shared", links: { "org-a": "a", "org-b": "b" } })
 *     .login("platform", { platform: true }).login("adminA", { msp: "a", role: "MSP_ADMIN" });
 *   stack = await startStack({ simulators: { shared: ... }, seed: w.seed });
 *   w.logins.adminA; w.customers.alpha.id; w.servers.shared.profileName
 *
 * Each step names what it makes; the names type the handles (`w.msps.a` is the Msp row) and the
 * references of later steps (`{ msp: "a" }`: a typo does not compile). A step without an explicit
 * owner takes the latest MSP, customer, server, account or login before it. The handles are
 * filled in place at build time, so they can be destructured before the database exists. A built
 * world can grow: chain more steps on it and `build()` again; only the new steps run.
 */

export class World<
  M extends string = never,
  C extends string = never,
  L extends string = never,
  S extends string = never,
  K extends string = never,
  A extends string = never,
  D extends string = never,
  I extends string = never,
  V extends string = never,
  J extends string = never,
> implements Handles<M, C, L, S, K, A, D, I, V, J>
{
  readonly msps = {} as Record<M, Msp>;
  readonly customers = {} as Record<C, Customer>;
  readonly logins = {} as Record<L, TestLogin>;
  readonly servers = {} as Record<S, CometServer>;
  readonly keys = {} as Record<K, TestApiKey>;
  readonly accounts = {} as Record<A, CometAccount>;
  readonly devices = {} as Record<D, Device>;
  readonly items = {} as Record<I, ProtectedItem>;
  readonly vaults = {} as Record<V, StorageVault>;
  readonly jobs = {} as Record<J, Job>;

  #target: Target | undefined;
  #pending: Step[] = [];
  #planned = new Set<string>();
  #latest: Partial<Record<Kind, string>> = {};

  constructor(target?: WorldTarget) {
    if (target) this.#target = toTarget(target);
  }

  /** Writes the steps not built yet and returns the handles. */
  async build(target?: WorldTarget): Promise<Handles<M, C, L, S, K, A, D, I, V, J>> {
    if (target) this.#target = toTarget(target);
    const t = this.#target;
    if (!t) throw new Error("world: build() needs a database (world(db) or build(db))");
    const touched = new Set<string>();
    while (this.#pending.length > 0) await this.#pending.shift()!(t, touched);
    // Jobs written row by row, not through the ingest: the devices' latest-job columns are recomputed.
    if (touched.size > 0) await refreshDeviceLatestJob(t.prisma, [...touched]);
    return this;
  }

  /** `startStack({ seed: w.seed })`: builds the world before the workers start. */
  readonly seed = async (target: WorldTarget): Promise<void> => {
    await this.build(target);
  };

  msp<Name extends string>(name: Name, label: string = name, o: { slug?: string; status?: TenantStatus } = {}) {
    this.#plan("msps", name, async ({ prisma }) => {
      let row = await createMsp(prisma, label, o.slug);
      if (o.status) row = await prisma.msp.update({ where: { id: row.id }, data: { status: o.status } });
      return row;
    });
    delete this.#latest.customers;
    return this as unknown as World<M | Name, C, L, S, K, A, D, I, V, J>;
  }

  /**
   * A customer of the latest MSP (or `msp`); `ref` is its externalRef (default: its name; `null`
   * for none), the simulator's slug of its accounts.
   */
  customer<Name extends string>(
    name: Name,
    label: string = name,
    o: { msp?: Ref<M>; ref?: string | null; status?: TenantStatus } = {},
  ) {
    const msp = this.#ref("msps", o.msp);
    this.#plan("customers", name, ({ prisma }) =>
      createCustomer(prisma, this.#id("msps", msp), o.ref === undefined ? name : o.ref, label, { status: o.status }),
    );
    return this as unknown as World<M, C | Name, L, S, K, A, D, I, V, J>;
  }

  /**
   * A person who can sign in: the platform operator, or a member of the latest MSP (an MSP role)
   * or the latest customer (a customer role) unless `msp` / `customer` says which.
   */
  login<Name extends string>(name: Name, spec: LoginSpec<M, C>) {
    if ("platform" in spec) {
      this.#plan("logins", name, ({ prisma }) => createLogin(prisma, { platform: true }));
    } else if (isMspRole(spec.role)) {
      const msp = this.#ref("msps", "msp" in spec ? spec.msp : undefined);
      const role = spec.role;
      this.#plan("logins", name, ({ prisma }) => createLogin(prisma, { mspId: this.#id("msps", msp), role }));
    } else {
      const customer = this.#ref("customers", "customer" in spec ? spec.customer : undefined);
      const role = spec.role;
      this.#plan("logins", name, ({ prisma }) =>
        createLogin(prisma, { customerId: this.#id("customers", customer), role }),
      );
    }
    return this as unknown as World<M, C, L | Name, S, K, A, D, I, V, J>;
  }

  /** Another membership for a login of this world (one person in two tenants). */
  member(login: L, spec: { role: MspRole; msp: Ref<M> } | { role: CustomerRole; customer: Ref<C> }) {
    this.#pending.push(async ({ prisma }) => {
      const { userId } = this.logins[login];
      if ("msp" in spec && isMspRole(spec.role)) {
        await addMembership(prisma, userId, { mspId: this.#id("msps", spec.msp), role: spec.role });
      } else if ("customer" in spec && !isMspRole(spec.role)) {
        await addMembership(prisma, userId, { customerId: this.#id("customers", spec.customer), role: spec.role });
      } else throw new Error(`world: ${spec.role} does not fit ${JSON.stringify(spec)}`);
    });
    return this;
  }

  /** An API key of an MSP (or, with `customer`, scoped to that customer), created by `by` (default: the latest login). */
  apiKey<Name extends string>(
    name: Name,
    o: {
      capabilities: ApiKeyCapability[];
      customer?: Ref<C>;
      msp?: Ref<M>;
      by?: Ref<L> | TestLogin;
      label?: string;
    },
  ) {
    const customer = o.customer;
    const msp = customer === undefined ? this.#ref("msps", o.msp) : undefined;
    const by = o.by ?? this.#ref("logins", undefined);
    this.#plan("keys", name, async ({ prisma }) => {
      const scope = customer === undefined ? null : await this.#get(prisma, "customers", customer);
      const mspId = scope ? scope.mspId : this.#id("msps", msp!);
      const creator = typeof by === "string" ? this.logins[by as L] : by;
      const createdById = "userId" in creator ? creator.userId : creator.id;
      const { key, prefix, secretHash } = newApiKey();
      const row = await prisma.apiKey.create({
        data: {
          prefix,
          secretHash,
          name: o.label ?? name,
          mspId,
          customerId: scope?.id ?? null,
          capabilities: o.capabilities,
          createdById,
        },
      });
      return { id: row.id, key, prefix, authorization: `Bearer ${key}` };
    });
    return this as unknown as World<M, C, L, S, K | Name, A, D, I, V, J>;
  }

  /** A Comet server: a simulator of the stack, owned by the latest MSP, or platform-shared with `links`. */
  server<Name extends string>(name: Name, spec: ServerSpec<M>) {
    const owner = spec.msp !== undefined ? spec.msp : spec.links ? null : this.#ref("msps", undefined, true);
    this.#plan("servers", name, ({ prisma, secrets, sims }) => {
      const sim = typeof spec.sim === "string" ? sims[spec.sim] : spec.sim;
      if (spec.sim && !sim) throw new Error(`world: no simulator "${String(spec.sim)}"`);
      const baseUrl = sim?.url ?? spec.baseUrl;
      if (!baseUrl) throw new Error(`world: server "${name}" needs a simulator or a baseUrl`);
      const links = Object.fromEntries(
        Object.entries(spec.links ?? {}).map(([org, msp]) => [org, this.#id("msps", msp as Ref<M>)]),
      );
      return registerServer(prisma, secrets, {
        baseUrl,
        mspId: owner == null ? null : this.#id("msps", owner),
        links,
        admin: spec.admin,
        profileName: spec.profileName,
        name: spec.label,
        isEnabled: spec.isEnabled,
      });
    });
    return this as unknown as World<M, C, L, S | Name, K, A, D, I, V, J>;
  }

  /** A mirrored Comet account on the latest server: its customer's (`null`: unassigned, of the latest MSP or `msp`). */
  account<Name extends string>(
    name: Name,
    o: {
      customer: Ref<C> | null;
      msp?: Ref<M>;
      server?: Ref<S>;
      username?: string;
      data?: Partial<Prisma.CometAccountUncheckedCreateInput>;
    },
  ) {
    const server = this.#ref("servers", o.server);
    const msp = o.customer === null ? this.#ref("msps", o.msp) : undefined;
    this.#plan("accounts", name, async ({ prisma }) => {
      const customer = o.customer === null ? null : await this.#get(prisma, "customers", o.customer);
      return prisma.cometAccount.create({
        data: {
          serverId: this.#id("servers", server),
          username: o.username ?? name,
          mspId: customer ? customer.mspId : this.#id("msps", msp!),
          customerId: customer?.id ?? null,
          ...o.data,
        },
      });
    });
    return this as unknown as World<M, C, L, S, K, A | Name, D, I, V, J>;
  }

  /** A device of the latest account (or `account`), with its tenancy copied from the account. */
  device<Name extends string>(
    name: Name,
    o: {
      account?: Ref<A>;
      friendlyName?: string;
      cometDeviceId?: string;
      isOnline?: boolean;
      revokedAt?: Date;
      data?: Partial<Prisma.DeviceUncheckedCreateInput>;
    } = {},
  ) {
    const account = this.#ref("accounts", o.account);
    this.#plan("devices", name, async ({ prisma }) => {
      const a = await this.#get(prisma, "accounts", account);
      const friendlyName = o.friendlyName ?? name;
      return prisma.device.create({
        data: {
          ...tenancyOf(a),
          accountId: a.id,
          cometDeviceId: o.cometDeviceId ?? `c-${friendlyName}`,
          friendlyName,
          isOnline: o.isOnline,
          revokedAt: o.revokedAt,
          ...o.data,
        },
      });
    });
    return this as unknown as World<M, C, L, S, K, A, D | Name, I, V, J>;
  }

  /** A protected item of a device (its account's tenancy). */
  item<Name extends string>(name: Name, o: { device: Ref<D>; engine: string; description?: string }) {
    this.#plan("items", name, async ({ prisma }) => {
      const d = await this.#get(prisma, "devices", o.device);
      return prisma.protectedItem.create({
        data: {
          ...tenancyOf(d),
          accountId: d.accountId,
          deviceId: d.id,
          cometSourceId: randomUUID(),
          engine: o.engine,
          description: o.description ?? name,
        },
      });
    });
    return this as unknown as World<M, C, L, S, K, A, D, I | Name, V, J>;
  }

  /** A storage vault of an account. */
  vault<Name extends string>(name: Name, o: { account: Ref<A>; usedBytes?: bigint }) {
    this.#plan("vaults", name, async ({ prisma }) => {
      const a = await this.#get(prisma, "accounts", o.account);
      return prisma.storageVault.create({
        data: { ...tenancyOf(a), accountId: a.id, cometDestinationId: randomUUID(), usedBytes: o.usedBytes },
      });
    });
    return this as unknown as World<M, C, L, S, K, A, D, I, V | Name, J>;
  }

  /**
   * A job row written directly (exact outcomes and times), on a device of this world or any device
   * row; `build()` then recomputes the devices' latest-job columns.
   */
  job<Name extends string>(name: Name, spec: JobSpec<D, I>) {
    this.#plan("jobs", name, async ({ prisma }, touched) => {
      const device =
        typeof spec.device !== "string" && "cometDeviceId" in spec.device
          ? spec.device
          : await this.#get(prisma, "devices", spec.device);
      const running = spec.isRunning ?? isRunningOutcome(spec.outcome);
      const item = spec.item == null ? null : await this.#get(prisma, "items", spec.item);
      touched.add(device.id);
      return prisma.job.create({
        data: {
          serverId: device.serverId,
          cometJobId: randomUUID(),
          accountId: device.accountId,
          mspId: device.mspId,
          customerId: device.customerId,
          deviceId: device.id,
          cometDeviceId: device.cometDeviceId,
          protectedItemId: item?.id ?? null,
          cometSourceId: item?.cometSourceId,
          classification: spec.classification ?? "BACKUP",
          cometStatus: spec.cometStatus ?? (running ? 6001 : 5000),
          outcome: spec.outcome,
          statusRank: running ? 1 : 2,
          isRunning: running,
          startedAt: spec.startedAt,
          endedAt:
            spec.endedAt !== undefined
              ? spec.endedAt
              : running
                ? null
                : new Date(spec.startedAt.getTime() + 10 * 60_000),
          ...spec.data,
        },
      });
    });
    return this as unknown as World<M, C, L, S, K, A, D, I, V, J | Name>;
  }

  /** Maps a Comet organization of a server to an MSP (a link added after the server). */
  tenantLink(organizationId: string, o: { msp?: Ref<M>; server?: Ref<S> } = {}) {
    const server = this.#ref("servers", o.server);
    const msp = this.#ref("msps", o.msp);
    this.#pending.push(async ({ prisma }) => {
      await prisma.cometTenantLink.create({
        data: { serverId: this.#id("servers", server), organizationId, mspId: this.#id("msps", msp) },
      });
    });
    return this;
  }

  #plan<T extends Kind>(kind: T, name: string, make: (t: Target, touched: Set<string>) => Promise<Rows[T]>) {
    const key = `${kind}:${name}`;
    if (this.#planned.has(key)) throw new Error(`world: ${kind} "${name}" is already defined`);
    this.#planned.add(key);
    this.#latest[kind] = name;
    this.#pending.push(async (t, touched) => {
      (this[kind] as Record<string, Rows[T]>)[name] = await make(t, touched);
    });
  }

  /** The given reference, or the latest row of that kind planned so far. */
  #ref(kind: Kind, ref: Ref<string> | undefined, optional?: false): Ref<string>;
  #ref(kind: Kind, ref: Ref<string> | undefined, optional: true): Ref<string> | null;
  #ref(kind: Kind, ref: Ref<string> | undefined, optional = false): Ref<string> | null {
    if (ref !== undefined) return ref;
    const latest = this.#latest[kind];
    if (latest !== undefined) return latest;
    if (optional) return null;
    throw new Error(`world: no ${kind} defined yet to attach to`);
  }

  /** A row of this world by name, or any row of its table by id. */
  async #get<T extends Tables>(prisma: PrismaClient, kind: T, ref: Ref<string>): Promise<Rows[T]> {
    if (typeof ref !== "string") return (await tables[kind](prisma, ref.id)) as Rows[T];
    const row = (this[kind] as Record<string, Rows[T]>)[ref];
    if (!row) throw new Error(`world: no ${kind} "${ref}"`);
    return row;
  }

  #id(kind: Tables, ref: Ref<string>): string {
    if (typeof ref !== "string") return ref.id;
    const row = (this[kind] as Record<string, { id: string }>)[ref];
    if (!row) throw new Error(`world: no ${kind} "${ref}"`);
    return row.id;
  }
}

/** Starts a world: `world()` to build later (`seed`, `build(db)`), `world(db)` to build into `db`. */
export function world(target?: WorldTarget): World {
  return new World(target);
}
