import { randomUUID } from "node:crypto";
import type { GraphQLField } from "graphql";
import type { TenancyFixture, TenantIds } from "./tenancy-fixture.js";

/**
 * The probe tables of the tenancy matrix (api/tenancy-matrix.test.ts): for every root field, how
 * to call it with tenant A's ids, and what a refusal looks like. A root field without an entry
 * here fails the matrix.
 */

export type Args = Record<string, unknown>;
export type Field = GraphQLField<unknown, unknown>;

export interface Active {
  customer: string;
  account: string;
  device: string;
  username: string;
  cometDeviceId: string;
}

/** What the probes know about A (and B, for the cases that mix both). */
export interface ProbeContext {
  A: TenantIds;
  B: TenantIds;
  g: (type: string, id: string) => string;
  /** A's customer, account and device on the shared server that activity is produced for. */
  active: Active;
  /** The same for B: its callers must receive B's activity, proving their subscriptions are live. */
  activeB: Active;
  fx: TenancyFixture;
  ownedServerProfile: string;
  sharedServerProfile: string;
}

// --- Probe tables: how to call each root field with A's ids ------------------------------------

export interface QueryProbe {
  /** Argument sets to try (`first` is added for connections); each must show A's data to the operator. */
  variants: (c: ProbeContext) => Args[];
  /** Why the operator control cannot apply (the field never shows another tenant's data to anyone). */
  noControl?: string;
  /** Why B's MSP admin has no rows of its own here (its unfiltered call must otherwise show some). */
  noOwnRows?: string;
}

export const queryProbes: Record<string, QueryProbe> = {
  me: { variants: () => [{}], noControl: "`me` describes the caller only" },
  node: { variants: (c) => [{ id: c.g("Customer", c.A.customers[0]) }, { id: c.g("Device", c.active.device) }] },
  nodes: { variants: (c) => [{ ids: [c.g("Msp", c.A.msp), c.g("Job", c.A.jobs[0]!)] }] },
  msps: { variants: () => [{}, { search: "Tenant A" }] },
  msp: { variants: (c) => [{ id: c.g("Msp", c.A.msp) }] },
  customers: {
    variants: (c) => [
      {},
      { search: "Tenant A" },
      { mspId: c.g("Msp", c.A.msp) },
      { mspId: c.g("Msp", c.A.msp), search: "Tenant A aone" },
    ],
  },
  customer: { variants: (c) => [{ id: c.g("Customer", c.A.customers[0]) }, { id: c.g("Customer", c.A.customers[1]) }] },
  accounts: {
    variants: (c) => [
      {},
      { customerId: c.g("Customer", c.A.customers[0]) },
      { serverId: c.g("CometServer", c.A.ownedServers[0]!) },
      { search: c.active.username },
      { serverId: c.g("CometServer", c.fx.sharedServer), isUnassigned: true, search: "aloose" },
    ],
  },
  apiKeys: { variants: () => [{}] },
  cometServers: { variants: () => [{}], noOwnRows: "B uses only the platform-shared server, which it cannot see" },
  devices: {
    variants: (c) => [
      {},
      { customerId: c.g("Customer", c.A.customers[0]) },
      { search: c.active.username },
      { serverId: c.g("CometServer", c.A.ownedServers[0]!) },
    ],
  },
  dashboard: {
    variants: (c) => [{ customerId: c.g("Customer", c.A.customers[1]) }, { mspId: c.g("Msp", c.A.msp) }],
  },
  incidentSnoozes: {
    variants: (c) => [{}, { isActive: true }, { deviceId: c.g("Device", c.A.snoozedDevices[0]!) }],
  },
  incidents: { variants: (c) => [{}, { customerId: c.g("Customer", c.A.customers[1]) }] },
  invitations: { variants: () => [{}, { pendingOnly: true }] },
  job: { variants: (c) => [{ id: c.g("Job", c.A.jobs[0]!) }] },
  jobs: {
    variants: (c) => [
      {},
      { customerId: c.g("Customer", c.A.customers[0]) },
      { deviceId: c.g("Device", c.active.device) },
      { accountId: c.g("CometAccount", c.active.account) },
      { serverId: c.g("CometServer", c.A.ownedServers[0]!) },
    ],
  },
  protectedItems: {
    variants: (c) => [
      {},
      { customerId: c.g("Customer", c.A.customers[0]) },
      { deviceId: c.g("Device", c.active.device) },
      { accountId: c.g("CometAccount", c.active.account) },
    ],
  },
  storageVaults: {
    variants: (c) => [
      {},
      { customerId: c.g("Customer", c.A.customers[0]) },
      { accountId: c.g("CometAccount", c.active.account) },
    ],
  },
  // Restore wizard reads: they ask A's device through the dispatcher (or are DeviceOfflineError); the
  // item and vault need not be the device's for the probe (the device is looked up first).
  restoreSnapshots: {
    variants: (c) => [
      {
        deviceId: c.g("Device", c.active.device),
        storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
        protectedItemId: c.g("ProtectedItem", c.A.protectedItems[0]!),
      },
    ],
  },
  snapshotObjects: {
    variants: (c) => [
      {
        deviceId: c.g("Device", c.active.device),
        storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
        snapshotId: "probe",
      },
    ],
  },
  deviceFilesystem: { variants: (c) => [{ deviceId: c.g("Device", c.active.device) }] },
  users: { variants: (c) => [{}, { customerId: c.g("Customer", c.A.customers[0]) }, { search: c.fx.adminA.email }] },
  cometPolicyGroups: { variants: (c) => [{ serverId: c.g("CometServer", c.A.ownedServers[0]!) }] },
  cometStorageProviders: { variants: (c) => [{ serverId: c.g("CometServer", c.A.ownedServers[0]!) }] },
  provisioningTargets: { variants: () => [{}] },
  deviceActions: {
    // The fixture's action (in its bulk operation) is on the snoozed device of A's first customer.
    variants: (c) => [
      {},
      { deviceId: c.g("Device", c.A.snoozedDevices[0]!) },
      { customerId: c.g("Customer", c.A.customers[0]) },
      { statuses: ["FAILED"], kinds: ["UPDATE_SOFTWARE"] },
    ],
  },
  previewBulkDeviceAction: {
    variants: (c) => [
      { input: { kind: "UPDATE_SOFTWARE", filter: { deviceIds: [c.g("Device", c.active.device)] } } },
      { input: { kind: "UPDATE_SOFTWARE", filter: { customerId: c.g("Customer", c.A.customers[0]) } } },
    ],
  },
};

export interface MutationProbe {
  /** Inputs naming A's rows; each B caller must be refused and nothing of A may change. */
  variants: (c: ProbeContext) => Args[];
  /** What a B caller may get back: result type names, `InvalidInputError@input.field`, or error codes. */
  outcomes?: string[];
  /** For mutations that take none of A's ids: what the probe checks instead. */
  note?: string;
  /** Why the operator's run of the probe cannot show that A's ids resolve. */
  noControl?: string;
  /** The variants the operator control runs, when some mix A's and B's rows on purpose. */
  controlVariants?: (c: ProbeContext) => Args[];
  /** Runs on a session of its own (logout ends the caller's session). */
  freshSession?: boolean;
}

export const refused = ["NotFoundError", "ForbiddenError", "FORBIDDEN"];

export const mutationProbes: Record<string, MutationProbe> = {
  login: {
    note: "takes no ids: signing in as A's admin without the password fails and leaves A untouched",
    variants: (c) => [{ email: c.fx.adminA.email, password: "not-the-password" }],
    outcomes: ["UNAUTHENTICATED"],
  },
  logout: {
    note: "takes no ids: ends only the caller's own (fresh) session, never A's sessions",
    variants: () => [{}],
    outcomes: ["true", "FORBIDDEN"],
    freshSession: true,
  },
  createApiKey: {
    variants: (c) => [
      { input: { name: "stolen", capabilities: ["READ"], customerId: c.g("Customer", c.A.customers[0]) } },
    ],
    outcomes: [...refused, "InvalidInputError@input.customerId"],
    noControl: "only an MSP's own admins create keys; B's admin gets InvalidInputError on A's customerId",
  },
  revokeApiKey: { variants: (c) => c.A.apiKeys.map((id) => ({ id: c.g("ApiKey", id) })) },
  createCustomer: {
    variants: (c) => [{ input: { name: "Planted by B", mspId: c.g("Msp", c.A.msp) } }],
    outcomes: [...refused, "InvalidInputError@input.mspId"],
  },
  updateCustomer: { variants: (c) => [{ input: { id: c.g("Customer", c.A.customers[0]), name: "Renamed by B" } }] },
  archiveCustomer: { variants: (c) => [{ input: { id: c.g("Customer", c.A.customers[1]) } }] },
  restoreCustomer: { variants: (c) => [{ input: { id: c.g("Customer", c.A.customers[1]) } }] },
  linkAccountsToCustomer: {
    variants: (c) => [
      // A's accounts into B's customer, and B's accounts into A's customer.
      {
        input: {
          accountIds: c.A.accounts.map((id) => c.g("CometAccount", id)),
          customerId: c.g("Customer", c.B.customers[0]),
        },
      },
      {
        input: {
          accountIds: c.B.accounts.map((id) => c.g("CometAccount", id)),
          customerId: c.g("Customer", c.A.customers[0]),
        },
      },
    ],
  },
  acceptInvitation: {
    note: "takes a secret token, not an id: a made-up token is refused and A's invitation stays pending",
    variants: () => [{ input: { token: `made-up-${randomUUID()}`, password: "long-enough-password", name: "B" } }],
    outcomes: ["InvalidInvitationError"],
  },
  inviteUser: {
    variants: (c) => [
      { input: { email: "intruder@b.example", mspId: c.g("Msp", c.A.msp), mspRole: "MSP_ADMIN" } },
      {
        input: {
          email: "intruder@b.example",
          customerId: c.g("Customer", c.A.customers[0]),
          customerRole: "CUSTOMER_OWNER",
        },
      },
    ],
    outcomes: [...refused, "InvalidInputError@input.mspId", "InvalidInputError@input.customerId"],
  },
  revokeInvitation: {
    variants: (c) => c.A.invitations.map((id) => ({ input: { invitationId: c.g("Invitation", id) } })),
  },
  updateMembership: {
    variants: (c) => [
      ...c.A.mspMemberships.map((id) => ({
        input: { membershipId: c.g("Membership", `m:${id}`), role: "MSP_OPERATOR" },
      })),
      ...c.A.customerMemberships.map((id) => ({
        input: { membershipId: c.g("Membership", `c:${id}`), role: "CUSTOMER_VIEWER" },
      })),
    ],
  },
  removeMembership: {
    variants: (c) => [
      ...c.A.mspMemberships.map((id) => ({ input: { membershipId: c.g("Membership", `m:${id}`) } })),
      ...c.A.customerMemberships.map((id) => ({ input: { membershipId: c.g("Membership", `c:${id}`) } })),
    ],
  },
  switchViewer: {
    noControl:
      "it only ever finds the caller's own memberships (the operator has none in A); the operator acting within A " +
      "is schema/users/operator-view.test.ts",
    variants: (c) => [
      { input: { membershipId: c.g("Membership", `m:${c.A.mspMemberships[0]}`) } },
      { input: { membershipId: c.g("Membership", `c:${c.A.customerMemberships[0]}`) } },
      { input: { mspId: c.g("Msp", c.A.msp) } },
    ],
  },
  snoozeIncident: {
    variants: (c) => [
      { input: { deviceId: c.g("Device", c.active.device), hours: 2, reason: "by B" } },
      {
        input: {
          deviceId: c.g("Device", c.B.devices[0]!),
          protectedItemId: c.g("ProtectedItem", c.A.protectedItems[0]!),
          hours: 2,
        },
      },
    ],
    outcomes: [...refused, "InvalidInputError@input.protectedItemId"],
    // The second variant pairs B's device with A's item: no caller can snooze that.
    controlVariants: (c) => [{ input: { deviceId: c.g("Device", c.active.device), hours: 2, reason: "control" } }],
  },
  unsnoozeIncident: { variants: (c) => c.A.snoozes.map((id) => ({ input: { snoozeId: c.g("IncidentSnooze", id) } })) },
  runRestore: {
    variants: (c) => [
      {
        input: {
          deviceId: c.g("Device", c.active.device),
          storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
          protectedItemId: c.g("ProtectedItem", c.A.protectedItems[0]!),
          method: "SIMULATE",
          queue: { expiresInHours: 1 },
        },
      },
    ],
  },
  registerCometServer: {
    variants: (c) => [
      {
        input: {
          name: "B's grab",
          baseUrl: "http://127.0.0.1:9/",
          adminUsername: "admin",
          adminPassword: "admin",
          mspId: c.g("Msp", c.A.msp),
        },
      },
      {
        input: {
          name: "B's grab",
          baseUrl: "http://127.0.0.1:9/",
          adminUsername: "admin",
          adminPassword: "admin",
          tenantLinks: [{ organizationId: "org-a", mspId: c.g("Msp", c.A.msp) }],
        },
      },
    ],
    outcomes: [...refused, "InvalidInputError@input.mspId", "InvalidInputError@input.tenantLinks", "CometServerError"],
  },
  updateCometServer: {
    variants: (c) => [
      { input: { id: c.g("CometServer", c.A.ownedServers[0]!), name: "Hijacked by B" } },
      { input: { id: c.g("CometServer", c.fx.sharedServer), isEnabled: false } },
    ],
  },
  removeCometServer: {
    variants: (c) => [
      { input: { id: c.g("CometServer", c.A.ownedServers[0]!), confirmProfileName: c.ownedServerProfile } },
      { input: { id: c.g("CometServer", c.fx.sharedServer), confirmProfileName: c.sharedServerProfile } },
    ],
  },
  unlinkAccounts: { variants: (c) => [{ input: { accountIds: c.A.accounts.map((id) => c.g("CometAccount", id)) } }] },
  // Account provisioning: the operator's controls stop at a typed error after the lookup (stale hash, wrong
  // confirmation, unknown storage template), so they prove A's ids resolve without changing A in Comet.
  resetAccountPassword: {
    variants: (c) => [{ input: { accountId: c.g("CometAccount", c.active.account), newPassword: "set-by-probe-1" } }],
  },
  refreshAccountProfile: { variants: (c) => [{ input: { accountId: c.g("CometAccount", c.active.account) } }] },
  updateAccountQuotas: {
    variants: (c) => [
      { input: { accountId: c.g("CometAccount", c.active.account), expectedProfileHash: "stale", maxDevices: 1 } },
    ],
  },
  changeAccountPackage: {
    variants: (c) => [
      {
        input: {
          accountId: c.g("CometAccount", c.active.account),
          expectedProfileHash: "stale",
          protectedItemQuotaBytes: "1",
        },
      },
    ],
  },
  suspendAccount: {
    variants: (c) => [{ input: { accountId: c.g("CometAccount", c.active.account), expectedProfileHash: "stale" } }],
  },
  unsuspendAccount: {
    variants: (c) => [{ input: { accountId: c.g("CometAccount", c.active.account), expectedProfileHash: "stale" } }],
  },
  terminateAccount: {
    variants: (c) => [
      { input: { accountId: c.g("CometAccount", c.active.account), confirmUsername: "not-the-username" } },
    ],
  },
  createCometAccount: {
    variants: (c) => [
      {
        input: {
          serverId: c.g("CometServer", c.A.ownedServers[0]!),
          username: "planted-by-b",
          email: "b@b.example",
          initialVault: { storageProviderId: "no-such-template" },
        },
      },
      {
        input: {
          serverId: c.g("CometServer", c.fx.sharedServer),
          customerId: c.g("Customer", c.A.customers[0]),
          username: "planted-by-b",
          email: "b@b.example",
          initialVault: { storageProviderId: "no-such-template" },
        },
      },
    ],
  },
  createRestrictedPolicyGroup: {
    variants: (c) => [{ input: { serverId: c.g("CometServer", c.A.ownedServers[0]!), name: "Planted by B" } }],
  },
  // Device actions. The operator's control may really act on A's device (it runs last); the destructive
  // ones carry a wrong confirmation, so the control proves the device resolves (InvalidInputError) and
  // nothing is removed.
  updateClientSoftware: { variants: (c) => [{ input: { deviceId: c.g("Device", c.active.device) } }] },
  uninstallClientSoftware: {
    variants: (c) => [
      {
        input: { deviceId: c.g("Device", c.active.device), removeConfiguration: true, confirmDeviceName: "not-it" },
      },
    ],
  },
  revokeDevice: {
    variants: (c) => [{ input: { deviceId: c.g("Device", c.active.device), confirmDeviceName: "not-it" } }],
  },
  runBackup: {
    variants: (c) => [
      {
        input: {
          deviceId: c.g("Device", c.active.device),
          protectedItemId: c.g("ProtectedItem", c.A.protectedItems[0]!),
          storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
          queue: { expiresInHours: 1 },
        },
      },
    ],
  },
  applyRetentionRules: {
    variants: (c) => [
      {
        input: {
          deviceId: c.g("Device", c.active.device),
          storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
          queue: { expiresInHours: 1 },
        },
      },
    ],
  },
  reindexStorageVault: {
    variants: (c) => [
      {
        input: {
          deviceId: c.g("Device", c.active.device),
          storageVaultId: c.g("StorageVault", c.A.storageVaults[0]!),
          queue: { expiresInHours: 1 },
        },
      },
    ],
  },
  cancelJob: { variants: (c) => [{ input: { jobId: c.g("Job", c.A.jobs[0]!) } }] },
  cancelDeviceAction: { variants: (c) => c.A.queuedActions.map((id) => ({ input: { id: c.g("DeviceAction", id) } })) },
  abandonJob: { variants: (c) => [{ input: { jobId: c.g("Job", c.A.jobs[0]!) } }] },
  // expectedCount 0: B's callers match none of A's devices (InvalidInputError, as for made-up ids); the
  // operator's control matches one, so it gets a ConflictError and nothing is sent.
  startBulkDeviceAction: {
    variants: (c) => [
      { input: { kind: "UPDATE_SOFTWARE", filter: { deviceIds: [c.g("Device", c.active.device)] }, expectedCount: 0 } },
    ],
    outcomes: [...refused, "InvalidInputError@input.filter"],
  },
  updateMspActionSettings: {
    variants: (c) => [{ input: { mspId: c.g("Msp", c.A.msp), customerOwnerActions: ["RUN_BACKUP"] } }],
  },
};

export interface SubscriptionProbe {
  /** Filters to subscribe with as each B caller (the operator adds `mspId` of A when the field takes it). */
  variants: (c: ProbeContext) => Args[];
}

export const subscriptionProbes: Record<string, SubscriptionProbe> = {
  jobEvents: { variants: liveVariants },
  incidentEvents: { variants: liveVariants },
  deviceEvents: { variants: liveVariants },
  deviceActionEvents: { variants: liveVariants },
};

export function liveVariants(c: ProbeContext): Args[] {
  return [
    {},
    { after: "0" },
    { mspId: c.g("Msp", c.A.msp) },
    { customerId: c.g("Customer", c.active.customer) },
    { accountId: c.g("CometAccount", c.active.account) },
    { deviceId: c.g("Device", c.active.device) },
  ];
}

// --- Documents generated from the schema ------------------------------------------------------
