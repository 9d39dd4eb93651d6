import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, type Role, startActionKit } from "../../test/actions.js";

/** Sent; RUNNING when the stream mirrored the job before Comet's reply reached the API. */
const sentOrRunning = expect.stringMatching(/^(DISPATCHED|RUNNING)$/);

/** Software, revoke and storage-vault actions: each one's effect seen on the simulator and in the mirror. */

const result = `
    __typename
    ... on DeviceAction { id kind status summary }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }`;

const mutations = {
  updateClientSoftware: `mutation($input: UpdateClientSoftwareInput!) { updateClientSoftware(input: $input) { ${result} } }`,
  uninstallClientSoftware: `mutation($input: UninstallClientSoftwareInput!) { uninstallClientSoftware(input: $input) { ${result} } }`,
  revokeDevice: `mutation($input: RevokeDeviceInput!) { revokeDevice(input: $input) { ${result} } }`,
  applyRetentionRules: `mutation($input: ApplyRetentionRulesInput!) { applyRetentionRules(input: $input) { ${result} } }`,
  reindexStorageVault: `mutation($input: ReindexStorageVaultInput!) { reindexStorageVault(input: $input) { ${result} } }`,
};
type Name = keyof typeof mutations;

interface Outcome {
  __typename: string;
  id?: string;
  kind?: string;
  status?: string;
  summary?: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
}

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;
const prisma = () => kit.stack.db.prisma;

async function act(role: Role, name: Name, input: Record<string, unknown>): Promise<Outcome> {
  const res = await kit.run<Record<Name, Outcome>>(role, mutations[name], { input });
  if (res.errors) return { __typename: String(res.errors[0]!.extensions?.code) };
  return res.data![name];
}

const vaultOf = (accountId: string) => prisma().storageVault.findFirstOrThrow({ where: { accountId } });

describe("client software", () => {
  it("updates the client: an update job runs on the device and its client version changes", async () => {
    const device = await kit.device({ online: true });
    // Make the installed version visibly old first, so that the update has something to change.
    const profile = sim().getProfile(device.username);
    const config = profile.Devices[device.cometDeviceId]!;
    sim().editProfile(device.username, {
      Devices: { ...profile.Devices, [device.cometDeviceId]: { ...config, ClientVersion: "20.1.0" } },
    });
    await kit.waitFor(
      async () => (await prisma().device.findUnique({ where: { id: device.id } }))?.clientVersion === "20.1.0",
    );
    const targetId = sim().targetIdOf(device.username, device.cometDeviceId);
    const action = await act("operatorA", "updateClientSoftware", { deviceId: kit.gid("Device", device.id) });
    expect(action).toMatchObject({ __typename: "DeviceAction", kind: "UPDATE_SOFTWARE", status: sentOrRunning });
    expect(sim().calls({ pathPrefix: "admin/dispatcher/update-software" }).at(-1)?.params).toMatchObject({
      TargetID: targetId,
    });
    await kit.waitFor(() =>
      prisma().job.findFirst({ where: { deviceId: device.id, classification: "UPDATE", isRunning: true } }),
    );
    sim().advance(60_000);
    const updated = await kit.waitFor(async () => {
      const d = await prisma().device.findUniqueOrThrow({ where: { id: device.id } });
      return d.clientVersion !== "20.1.0" && d.clientVersion !== "" ? d : null;
    });
    expect(updated.clientVersion).toBe(sim().getProfile(device.username).Devices[device.cometDeviceId]!.ClientVersion);
  });

  it("refuses to uninstall unless the device's name is typed back, then uninstalls and the device goes offline", async () => {
    const device = await kit.device({ online: true, customer: "bravo" });
    sim().clearCalls();
    const input = { deviceId: kit.gid("Device", device.id), removeConfiguration: true };
    const wrong = await act("adminA", "uninstallClientSoftware", { ...input, confirmDeviceName: "someone else" });
    expect(wrong).toMatchObject({ __typename: "InvalidInputError" });
    expect(wrong.fieldErrors![0]!.path).toEqual(["input", "confirmDeviceName"]);
    expect(sim().calls({ pathPrefix: "admin/dispatcher/uninstall-software" })).toEqual([]);
    expect(await prisma().deviceAction.count({ where: { deviceId: device.id } })).toBe(0);

    const done = await act("adminA", "uninstallClientSoftware", { ...input, confirmDeviceName: device.friendlyName });
    expect(done).toMatchObject({ __typename: "DeviceAction", kind: "UNINSTALL_SOFTWARE", status: "SUCCEEDED" });
    expect(sim().calls({ pathPrefix: "admin/dispatcher/uninstall-software" }).at(-1)?.params).toMatchObject({
      RemoveConfigFile: "1",
    });
    await kit.waitFor(async () => !(await prisma().device.findUniqueOrThrow({ where: { id: device.id } })).isOnline);
  });

  it("refuses an offline device unless queued, and queues the update when asked", async () => {
    const device = await kit.device({ online: false });
    sim().clearCalls();
    const offline = await act("adminA", "updateClientSoftware", { deviceId: kit.gid("Device", device.id) });
    expect(offline.__typename).toBe("DeviceOfflineError");
    expect(sim().calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);
    const queued = await act("adminA", "updateClientSoftware", {
      deviceId: kit.gid("Device", device.id),
      queue: { expiresInHours: 3 },
    });
    expect(queued).toMatchObject({ __typename: "DeviceAction", status: "QUEUED" });
  });
});

describe("revokeDevice", () => {
  it("needs the device's name, then removes the device from Comet and the mirror marks it revoked", async () => {
    // Revoking works on the profile: an offline device can be revoked.
    const device = await kit.device({ online: false, customer: "bravo" });
    sim().clearCalls();
    const input = { deviceId: kit.gid("Device", device.id) };
    const wrong = await act("adminA", "revokeDevice", { ...input, confirmDeviceName: `${device.friendlyName}x` });
    expect(wrong.fieldErrors![0]!.path).toEqual(["input", "confirmDeviceName"]);
    expect(sim().calls({ pathPrefix: "admin/revoke-device" })).toEqual([]);

    const done = await act("adminA", "revokeDevice", { ...input, confirmDeviceName: ` ${device.friendlyName} ` });
    expect(done).toMatchObject({ __typename: "DeviceAction", kind: "REVOKE_DEVICE", status: "SUCCEEDED" });
    expect(sim().calls({ pathPrefix: "admin/revoke-device" }).at(-1)?.params).toMatchObject({
      TargetUser: device.username,
      TargetDevice: device.cometDeviceId,
    });
    expect(sim().getProfile(device.username).Devices[device.cometDeviceId]).toBeUndefined();
    await kit.waitFor(async () => (await prisma().device.findUniqueOrThrow({ where: { id: device.id } })).revokedAt);
    // A revoked device takes no more actions.
    const again = await act("adminA", "revokeDevice", { ...input, confirmDeviceName: device.friendlyName });
    expect(again.__typename).toBe("ConflictError");
  });
});

describe("storage vault actions", () => {
  for (const [name, kind, classification] of [
    ["applyRetentionRules", "APPLY_RETENTION", "RETENTION"],
    ["reindexStorageVault", "REINDEX_VAULT", "REINDEX"],
  ] as const) {
    it(`${name} starts a ${classification} job on the device for the named vault`, async () => {
      const device = await kit.device({ online: true });
      const vault = await vaultOf(device.accountId);
      const action = await act("operatorA", name, {
        deviceId: kit.gid("Device", device.id),
        storageVaultName: vault.description.toLowerCase(),
      });
      expect(action).toMatchObject({ __typename: "DeviceAction", kind, status: sentOrRunning });
      expect(action.summary).toContain(vault.description);
      const path = name === "applyRetentionRules" ? "apply-retention-rules" : "reindex-storage-vault";
      expect(
        sim()
          .calls({ pathPrefix: `admin/dispatcher/${path}` })
          .at(-1)?.params,
      ).toMatchObject({
        TargetID: sim().targetIdOf(device.username, device.cometDeviceId),
        Destination: vault.cometDestinationId,
      });
      const job = await kit.waitFor(() => prisma().job.findFirst({ where: { deviceId: device.id, classification } }));
      expect(job.cometDestinationId).toBe(vault.cometDestinationId);
    });
  }

  it("names the vault field when the vault is unknown or missing, and an unknown device is NotFoundError", async () => {
    const device = await kit.device({ online: true });
    sim().clearCalls();
    const unknown = await act("adminA", "reindexStorageVault", {
      deviceId: kit.gid("Device", device.id),
      storageVaultName: "No such vault",
    });
    expect(unknown.fieldErrors![0]!.path).toEqual(["input", "storageVaultName"]);
    const missing = await act("adminA", "applyRetentionRules", { deviceId: kit.gid("Device", device.id) });
    expect(missing.fieldErrors![0]!.path).toEqual(["input", "storageVaultId"]);
    const vault = await vaultOf(device.accountId);
    const noDevice = await act("adminA", "applyRetentionRules", {
      deviceId: kit.gid("Device", "00000000-0000-0000-0000-000000000000"),
      storageVaultId: kit.gid("StorageVault", vault.id),
    });
    expect(noDevice.__typename).toBe("NotFoundError");
    expect(
      sim()
        .calls({ pathPrefix: "admin/dispatcher" })
        .filter((c) => !c.path.endsWith("list-active")),
    ).toEqual([]);
  });

  it("replays a repeated idempotency key and refuses the key with another vault", async () => {
    const device = await kit.device({ online: true });
    const vault = await vaultOf(device.accountId);
    const input = {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      idempotencyKey: `retention-${device.id}`,
    };
    const first = await act("adminA", "applyRetentionRules", input);
    const sent = sim().calls({ pathPrefix: "admin/dispatcher/apply-retention-rules" }).length;
    const again = await act("adminA", "applyRetentionRules", input);
    expect(again.id).toBe(first.id);
    expect(sim().calls({ pathPrefix: "admin/dispatcher/apply-retention-rules" }).length).toBe(sent);
    const other = await act("adminA", "applyRetentionRules", {
      ...input,
      storageVaultId: undefined,
      storageVaultName: "another vault",
    });
    expect(other.__typename).toBe("IdempotencyConflictError");
  });

  it("queues for an offline device when asked", async () => {
    const device = await kit.device({ online: false });
    const vault = await vaultOf(device.accountId);
    const queued = await act("adminA", "reindexStorageVault", {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
      queue: {},
    });
    expect(queued).toMatchObject({ __typename: "DeviceAction", kind: "REINDEX_VAULT", status: "QUEUED" });
  });
});

describe("who may act", () => {
  it("lets customer owners update software only when their MSP allows it; never viewers or other tenants", async () => {
    const device = await kit.device({ online: true });
    const input = { deviceId: kit.gid("Device", device.id) };
    const msp = { where: { id: kit.msps.a.id } };
    const before = await prisma().msp.findUniqueOrThrow(msp);
    expect(before.customerOwnerActions).not.toContain("UPDATE_SOFTWARE");
    sim().clearCalls();
    expect((await act("alphaOwner", "updateClientSoftware", input)).__typename).toBe("ForbiddenError");
    expect((await act("alphaViewer", "updateClientSoftware", input)).__typename).toBe("FORBIDDEN");
    for (const role of ["bravoOwner", "adminB"] as const) {
      expect((await act(role, "updateClientSoftware", input)).__typename).toBe("NotFoundError");
    }
    expect(sim().calls({ pathPrefix: "admin/dispatcher" })).toEqual([]);

    await prisma().msp.update({
      ...msp,
      data: { customerOwnerActions: [...before.customerOwnerActions, "UPDATE_SOFTWARE"] },
    });
    try {
      expect(await act("alphaOwner", "updateClientSoftware", input)).toMatchObject({ __typename: "DeviceAction" });
      // Still only for their own devices.
      expect((await act("bravoOwner", "updateClientSoftware", input)).__typename).toBe("NotFoundError");
    } finally {
      await prisma().msp.update({ ...msp, data: { customerOwnerActions: before.customerOwnerActions } });
    }
  });

  it("writes one audit row per action taken", async () => {
    const device = await kit.device({ online: true });
    const vault = await vaultOf(device.accountId);
    await act("operatorA", "reindexStorageVault", {
      deviceId: kit.gid("Device", device.id),
      storageVaultId: kit.gid("StorageVault", vault.id),
    });
    const action = await prisma().deviceAction.findFirstOrThrow({
      where: { deviceId: device.id, kind: "REINDEX_VAULT" },
      orderBy: { createdAt: "desc" },
    });
    const rows = await prisma().auditLog.findMany({
      where: {
        action: "device.reindexStorageVault",
        targetId: device.id,
        details: { path: ["deviceActionId"], equals: action.id },
      },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.details).toMatchObject({
      kind: "REINDEX_VAULT",
      params: { destinationId: vault.cometDestinationId },
    });
  });
});
