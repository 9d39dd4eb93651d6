import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionKit, startActionKit } from "../../test/actions.js";

const reset = `mutation Reset($input: ResetAccountPasswordInput!) {
  resetAccountPassword(input: $input) {
    __typename
    ... on ResetAccountPasswordPayload { password isGenerated advice account { id username } }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

const accountFields = `id username isSuspended profileHash missingSince
  quotas { maxDevices maxMicrosoft365Accounts maxHyperVGuests maxVMwareGuests protectedItemQuotaBytes
           deviceCount hyperVGuestCount vmwareGuestCount microsoft365AccountCount }`;

const updateQuotas = `mutation Quotas($input: UpdateAccountQuotasInput!) {
  updateAccountQuotas(input: $input) {
    __typename
    ... on CometAccount { ${accountFields} }
    ... on ProfileConflictError { message freshHash: profileHash isSuspended current { maxDevices maxHyperVGuests maxVMwareGuests maxMicrosoft365Accounts } }
    ... on UserError { message }
  }
}`;

const refresh = `mutation Refresh($input: RefreshAccountProfileInput!) {
  refreshAccountProfile(input: $input) { __typename ... on CometAccount { ${accountFields} } ... on UserError { message } }
}`;

const suspend = (name: string) => `mutation S($input: AccountSuspensionInput!) {
  ${name}(input: $input) { __typename ... on CometAccount { ${accountFields} } ... on UserError { message } }
}`;

const terminate = `mutation T($input: TerminateAccountInput!) {
  terminateAccount(input: $input) {
    __typename
    ... on CometAccount { id missingSince }
    ... on UserError { message }
    ... on InvalidInputError { fieldErrors { path message } }
  }
}`;

type Data = Record<string, Record<string, unknown> & { __typename: string }>;

let kit: ActionKit;
beforeAll(async () => {
  kit = await startActionKit();
}, 120_000);
afterAll(() => kit?.stack.stop());

const sim = () => kit.stack.sims.shared!.control;

/** An account of the customer not used by another test (tests change and delete accounts). */
async function account(customer: "alpha" | "bravo", index: number) {
  const rows = await kit.stack.db.prisma.cometAccount.findMany({
    where: { customerId: kit.customers[customer].id },
    orderBy: { username: "asc" },
  });
  const row = rows[index];
  if (!row) throw new Error(`no account ${index} of ${customer}`);
  return { ...row, gid: kit.gid("CometAccount", row.id) };
}

describe("resetAccountPassword", () => {
  it("generates a strong password, shows it once, and replays the same one for the same idempotency key", async () => {
    const acc = await account("alpha", 0);
    const input = { accountId: acc.gid, idempotencyKey: `reset-${acc.id}` };
    const first = await kit.run<Data>("operatorA", reset, { input });
    const payload = first.data!.resetAccountPassword!;
    expect(payload).toMatchObject({ __typename: "ResetAccountPasswordPayload", isGenerated: true });
    const password = payload.password as string;
    expect(password).toHaveLength(20);
    expect(payload.advice).toContain("re-signed");
    expect(sim().passwordOf(acc.username)).toBe(password);
    const resets = () => sim().calls({ pathPrefix: "admin/reset-user-password" }).length;
    const before = resets();
    const again = await kit.run<Data>("operatorA", reset, { input });
    expect(again.data!.resetAccountPassword!.password).toBe(password);
    expect(resets()).toBe(before);
    // The replayable password is sealed, never stored as it is.
    const record = await kit.stack.db.prisma.idempotencyRecord.findFirstOrThrow({
      where: { key: input.idempotencyKey },
    });
    expect(JSON.stringify(record)).not.toContain(password);
    const other = await kit.run<Data>("operatorA", reset, { input: { ...input, newPassword: "another-password-1" } });
    expect(other.data!.resetAccountPassword!.__typename).toBe("IdempotencyConflictError");
    expect(sim().passwordOf(acc.username)).toBe(password);
  });

  it("sets a given password (change password) and refuses a short one without calling Comet", async () => {
    const acc = await account("alpha", 0);
    const res = await kit.run<Data>("adminA", reset, {
      input: { accountId: acc.gid, newPassword: "chosen-password-42" },
    });
    expect(res.data!.resetAccountPassword).toMatchObject({ isGenerated: false, password: "chosen-password-42" });
    expect(sim().passwordOf(acc.username)).toBe("chosen-password-42");
    sim().clearCalls();
    const short = await kit.run<Data>("adminA", reset, { input: { accountId: acc.gid, newPassword: "short" } });
    expect(short.data!.resetAccountPassword!.__typename).toBe("InvalidInputError");
    expect(sim().calls({ pathPrefix: "admin/reset-user-password" })).toEqual([]);
  });
});

describe("quotas", () => {
  it("refuses a stale profile hash with the fresh values and writes nothing", async () => {
    const acc = await account("alpha", 1);
    const loaded = await kit.run<Data>("adminA", refresh, { input: { accountId: acc.gid } });
    const hash = loaded.data!.refreshAccountProfile!.profileHash as string;
    expect(hash).toBeTruthy();
    // Someone else changes the account in Comet after the card was loaded.
    sim().editProfile(acc.username, { QuotaHyperVGuests: 7 } as never);
    sim().clearCalls();
    const res = await kit.run<Data>("adminA", updateQuotas, {
      input: { accountId: acc.gid, expectedProfileHash: hash, maxDevices: 3, maxHyperVGuests: 1 },
    });
    expect(res.errors).toBeUndefined();
    const conflict = res.data!.updateAccountQuotas!;
    expect(conflict.__typename).toBe("ProfileConflictError");
    expect(conflict.current).toMatchObject({ maxHyperVGuests: 7 });
    expect(conflict.freshHash).not.toBe(hash);
    expect(sim().calls({ pathPrefix: "admin/set-user-profile" })).toEqual([]);
    expect(sim().getProfile(acc.username).MaximumDevices ?? 0).not.toBe(3);

    // Retrying with the fresh hash succeeds and the mirror shows the new values at once.
    const retry = await kit.run<Data>("adminA", updateQuotas, {
      input: {
        accountId: acc.gid,
        expectedProfileHash: conflict.freshHash,
        maxDevices: 3,
        maxMicrosoft365Accounts: 0,
        maxHyperVGuests: 2,
        maxVMwareGuests: 4,
      },
    });
    const updated = retry.data!.updateAccountQuotas!;
    expect(updated.__typename).toBe("CometAccount");
    expect(updated.quotas).toMatchObject({ maxDevices: 3, maxHyperVGuests: 2, maxVMwareGuests: 4 });
    expect(updated.quotas).toHaveProperty("deviceCount", 2);
    const profile = sim().getProfile(acc.username) as Record<string, unknown>;
    expect(profile).toMatchObject({ MaximumDevices: 3, QuotaHyperVGuests: 2, QuotaVMwareGuests: 4 });
    expect(updated.profileHash).not.toBe(conflict.freshHash);
  });

  it("turns a concurrent change between read and write into the same conflict", async () => {
    const acc = await account("alpha", 1);
    const loaded = await kit.run<Data>("adminA", refresh, { input: { accountId: acc.gid } });
    const hash = loaded.data!.refreshAccountProfile!.profileHash as string;
    // The simulator is slowed so the edit lands after get-user-profile-and-hash and before the write.
    sim().clearCalls();
    kit.stack.sims.shared!.control.setSlow(300);
    const pending = kit.run<Data>("adminA", updateQuotas, {
      input: { accountId: acc.gid, expectedProfileHash: hash, maxDevices: 9 },
    });
    await kit.waitFor(async () => sim().calls({ pathPrefix: "admin/get-user-profile-and-hash" }).length > 0);
    sim().editProfile(acc.username, { QuotaVMwareGuests: 11 } as never);
    const res = await pending;
    kit.stack.sims.shared!.control.setSlow(0);
    const out = res.data!.updateAccountQuotas!;
    expect(["ProfileConflictError"]).toContain(out.__typename);
    expect(out.current).toMatchObject({ maxVMwareGuests: 11 });
    expect(sim().getProfile(acc.username).MaximumDevices).not.toBe(9);
    // The write was attempted with the hash read before the edit, and refused.
    expect(sim().calls({ pathPrefix: "admin/set-user-profile-hash" })).toHaveLength(1);
  });
});

describe("quota usage", () => {
  it("counts devices, Hyper-V and VMware guests and Microsoft 365 accounts from the mirrored items", async () => {
    const prisma = kit.stack.db.prisma;
    const engines = { hyperV: "engine1/hyperv", vmware: "engine1/vmware", m365: "engine1/winmsofficemail" };
    const items = await prisma.protectedItem.findMany({
      where: { mspId: kit.msps.a.id, engine: { in: Object.values(engines) } },
    });
    expect(items.length).toBeGreaterThan(0);
    const accountIds = [...new Set(items.map((i) => i.accountId))];
    const admin = await kit.run<{ nodes: ({ quotas: Record<string, number> } | null)[] }>(
      "adminA",
      `query Q($ids: [ID!]!) { nodes(ids: $ids) { ... on CometAccount { quotas { deviceCount hyperVGuestCount vmwareGuestCount microsoft365AccountCount } } } }`,
      { ids: accountIds.map((id) => kit.gid("CometAccount", id)) },
    );
    expect(admin.errors).toBeUndefined();
    expect(items.some((it) => it.vmCount + it.m365AccountCount > 0)).toBe(true);
    for (const [i, accountId] of accountIds.entries()) {
      const mine = items.filter((it) => it.accountId === accountId);
      const sum = (engine: string, pick: (it: (typeof items)[number]) => number) =>
        mine.filter((it) => it.engine === engine).reduce((n, it) => n + pick(it), 0);
      const devices = await prisma.device.count({ where: { accountId, revokedAt: null } });
      expect(admin.data!.nodes[i]!.quotas).toEqual({
        deviceCount: devices,
        hyperVGuestCount: sum(engines.hyperV, (it) => it.vmCount),
        vmwareGuestCount: sum(engines.vmware, (it) => it.vmCount),
        microsoft365AccountCount: sum(engines.m365, (it) => it.m365AccountCount),
      });
    }
  });
});

describe("suspend, unsuspend, terminate", () => {
  it("suspends and unsuspends with LastSuspended kept by Comet", async () => {
    const acc = await account("bravo", 0);
    const s = await kit.run<Data>("operatorA", suspend("suspendAccount"), { input: { accountId: acc.gid } });
    expect(s.data!.suspendAccount).toMatchObject({ __typename: "CometAccount", isSuspended: true });
    const suspended = sim().getProfile(acc.username) as Record<string, unknown>;
    expect(suspended.IsSuspended).toBe(true);
    expect(suspended.LastSuspended).toBeGreaterThan(0);
    const u = await kit.run<Data>("operatorA", suspend("unsuspendAccount"), { input: { accountId: acc.gid } });
    expect(u.data!.unsuspendAccount).toMatchObject({ __typename: "CometAccount", isSuspended: false });
    expect(sim().getProfile(acc.username).IsSuspended).toBe(false);
  });

  it("refuses a wrong confirmation without calling Comet, then terminates and flags the mirror row", async () => {
    const acc = await account("bravo", 0);
    sim().clearCalls();
    const wrong = await kit.run<Data>("adminA", terminate, {
      input: { accountId: acc.gid, confirmUsername: `${acc.username}x` },
    });
    expect(wrong.data!.terminateAccount).toMatchObject({
      __typename: "InvalidInputError",
      fieldErrors: [{ path: ["input", "confirmUsername"] }],
    });
    expect(sim().calls({ pathPrefix: "admin/delete-user" })).toEqual([]);
    const done = await kit.run<Data>("adminA", terminate, {
      input: { accountId: acc.gid, confirmUsername: acc.username, uninstallDevices: true },
    });
    expect(done.data!.terminateAccount!.missingSince).toBeTruthy();
    expect(sim().calls({ pathPrefix: "admin/delete-user" }).at(-1)?.params).toMatchObject({
      TargetUser: acc.username,
    });
    expect(
      sim()
        .listAccounts()
        .some((a) => a.username === acc.username),
    ).toBe(false);
    const again = await kit.run<Data>("adminA", terminate, {
      input: { accountId: acc.gid, confirmUsername: acc.username },
    });
    expect(again.data!.terminateAccount!.__typename).toBe("ConflictError");
  });
});

describe("who may manage accounts", () => {
  it("refuses customers (FORBIDDEN) and another MSP's staff (NotFoundError), with no Comet call", async () => {
    const acc = await account("alpha", 1);
    sim().clearCalls();
    for (const role of ["alphaOwner", "alphaViewer"] as const) {
      const res = await kit.run<Data>(role, reset, { input: { accountId: acc.gid } });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const other = await kit.run<Data>("adminB", reset, { input: { accountId: acc.gid } });
    expect(other.data!.resetAccountPassword!.__typename).toBe("NotFoundError");
    const quotas = await kit.run<Data>("adminB", updateQuotas, {
      input: { accountId: acc.gid, expectedProfileHash: "x", maxDevices: 1 },
    });
    expect(quotas.data!.updateAccountQuotas!.__typename).toBe("NotFoundError");
    // Only the ingest worker's reads may reach Comet meanwhile.
    for (const path of ["admin/reset-user-password", "admin/set-user-profile"]) {
      expect(sim().calls({ pathPrefix: path })).toEqual([]);
    }
  });
});
