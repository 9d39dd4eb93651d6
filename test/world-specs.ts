import type { Db, PrismaClient } from "../prisma/db.js";
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
import type { CustomerRole, JobClassification, JobOutcome, MspRole } from "../prisma/generated/prisma/enums.js";
import type { SecretBox } from "../secret-box.js";
import type { TestLogin } from "./seed.js";

/** The world builder's (`world.ts`) handles, step specs and targets. */

export interface Rows {
  msps: Msp;
  customers: Customer;
  logins: TestLogin;
  servers: CometServer;
  keys: TestApiKey;
  accounts: CometAccount;
  devices: Device;
  items: ProtectedItem;
  vaults: StorageVault;
  jobs: Job;
}
export type Kind = keyof Rows;

/**
 * The names given so far, one union per kind of row (flat type parameters: a nested "names"
 * object grows too deep for the compiler over a long chain).
 */
export interface Handles<
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
> {
  msps: Record<M, Msp>;
  customers: Record<C, Customer>;
  logins: Record<L, TestLogin>;
  servers: Record<S, CometServer>;
  keys: Record<K, TestApiKey>;
  accounts: Record<A, CometAccount>;
  devices: Record<D, Device>;
  items: Record<I, ProtectedItem>;
  vaults: Record<V, StorageVault>;
  jobs: Record<J, Job>;
}

/** A row made by this world (by name) or any row of that table (by id). */
export type Ref<Name extends string> = Name | { id: string };

/** An API key as a client presents it; `authorization` makes it usable as `stack.execute`'s options. */
export interface TestApiKey {
  id: string;
  key: string;
  prefix: string;
  authorization: string;
}

export type LoginSpec<M extends string, C extends string> =
  | { platform: true }
  | { role: MspRole; msp?: Ref<M> }
  | { role: CustomerRole; customer?: Ref<C> };

export interface ServerSpec<M extends string> {
  /** A simulator of the stack by name, or anything with a URL; else `baseUrl`. */
  sim?: string | { url: string };
  baseUrl?: string;
  /** The owning MSP; `null` for a platform-shared server. Default: shared with `links`, else the latest MSP. */
  msp?: Ref<M> | null;
  /** Comet organization id -> MSP. */
  links?: Record<string, Ref<M>>;
  admin?: { username: string; password: string };
  profileName?: string;
  label?: string;
  isEnabled?: boolean;
}

export interface JobSpec<D extends string, I extends string> {
  device: Ref<D> | Pick<Device, "id" | "accountId" | "serverId" | "mspId" | "customerId" | "cometDeviceId">;
  outcome: JobOutcome;
  startedAt: Date;
  item?: Ref<I> | null;
  classification?: JobClassification;
  /** Default: 6001 while running, else 5000. */
  cometStatus?: number;
  /** Default: RUNNING and REVIVED are running. */
  isRunning?: boolean;
  /** Default: ten minutes after the start, or none while running. */
  endedAt?: Date | null;
  /** Any other column (progress, item and vault links by id, ...). */
  data?: Partial<Prisma.JobUncheckedCreateInput>;
}

/** What a world is built into: a database, or a stack (its simulators and secret box too). */
export type WorldTarget =
  | Pick<Db, "prisma">
  | { db: Pick<Db, "prisma">; secrets?: SecretBox; sims?: Record<string, { url: string }> };

export interface Target {
  prisma: PrismaClient;
  secrets?: SecretBox;
  sims: Record<string, { url: string }>;
}

export type Step = (t: Target, touched: Set<string>) => Promise<void>;

export const isRunningOutcome = (o: JobOutcome) => o === "RUNNING" || o === "REVIVED";

/** The tables a reference by id is looked up in. */
export const tables = {
  msps: (p: PrismaClient, id: string) => p.msp.findUniqueOrThrow({ where: { id } }),
  customers: (p: PrismaClient, id: string) => p.customer.findUniqueOrThrow({ where: { id } }),
  servers: (p: PrismaClient, id: string) => p.cometServer.findUniqueOrThrow({ where: { id } }),
  accounts: (p: PrismaClient, id: string) => p.cometAccount.findUniqueOrThrow({ where: { id } }),
  devices: (p: PrismaClient, id: string) => p.device.findUniqueOrThrow({ where: { id } }),
  items: (p: PrismaClient, id: string) => p.protectedItem.findUniqueOrThrow({ where: { id } }),
};
export type Tables = keyof typeof tables;

export function toTarget(t: WorldTarget): Target {
  if ("db" in t) return { prisma: t.db.prisma, secrets: t.secrets, sims: t.sims ?? {} };
  return { prisma: t.prisma, sims: {} };
}

export const isMspRole = (role: MspRole | CustomerRole): role is MspRole => role.startsWith("MSP_");

export const tenancyOf = (row: { serverId: string; mspId: string; customerId: string | null }) => ({
  serverId: row.serverId,
  mspId: row.mspId,
  customerId: row.customerId,
});
