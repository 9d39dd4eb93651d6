import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_STATUS } from "../comet/client/constants.js";
import { createCustomer, createLogin, createMsp, registerServer, type TestLogin } from "../test/seed.js";
import { type Stack, startStack } from "../test/stack.js";

/**
 * The example automation script, run as an integrator would: a child process with an API key in
 * its environment, against a real stack whose simulated Comet server ran (and failed) the jobs.
 * Two MSPs share the server; each key must list exactly its own tenant's failing devices.
 */

const run = promisify(execFile);

let stack: Stack;
const logins: Record<"adminA" | "adminB", TestLogin> = {} as never;
const ids = { alpha: "" };
/** Expected rows per device, keyed by account username (one device per account). */
const failing = new Map<string, { deviceId: string; name: string; customer: string; outcome: string }>();

// Names a spreadsheet would mangle: a comma and quotes, and a leading `=` (a formula).
const quotedName = 'Ops, "main" PC';
const formulaName = "=SUM(1,2)";

beforeAll(async () => {
  stack = await startStack({
    simulators: {
      shared: {
        historyHours: 0,
        fleet: {
          organizations: [
            {
              id: "org-a",
              name: "A",
              customers: [
                { slug: "alpha", accounts: 3 },
                { slug: "bravo", accounts: 3 },
              ],
            },
            { id: "org-b", name: "B", customers: [{ slug: "charlie", accounts: 2 }] },
          ],
          devicesPerAccount: [1, 1],
        },
      },
    },
    linkAccounts: true,
    seed: async ({ db, sims, secrets }) => {
      const mspA = await createMsp(db.prisma, "MSP A");
      const mspB = await createMsp(db.prisma, "MSP B");
      ids.alpha = (await createCustomer(db.prisma, mspA.id, "alpha", "Alpha Co")).id;
      await createCustomer(db.prisma, mspA.id, "bravo", "Bravo Co");
      await createCustomer(db.prisma, mspB.id, "charlie", "Charlie Co");
      await registerServer(db.prisma, secrets, {
        baseUrl: sims.shared!.url,
        links: { "org-a": mspA.id, "org-b": mspB.id },
      });
      logins.adminA = await createLogin(db.prisma, { mspId: mspA.id, role: "MSP_ADMIN" });
      logins.adminB = await createLogin(db.prisma, { mspId: mspB.id, role: "MSP_ADMIN" });
      // Renamed before the first reconcile, so the database mirrors these names.
      const control = sims.shared!.control;
      const [alpha1, , , , bravo2] = accounts(control);
      control.renameDevice(alpha1!.username, alpha1!.deviceId, quotedName);
      control.renameDevice(bravo2!.username, bravo2!.deviceId, formulaName);
    },
  });
  await runJobs();
}, 120_000);

afterAll(() => stack?.stop());

type Control = Stack["sims"][string]["control"];

/** The fleet's accounts in a fixed order (alpha-*, bravo-*, charlie-*), with their one device. */
function accounts(control: Control) {
  return control
    .listAccounts()
    .sort((a, b) => a.username.localeCompare(b.username))
    .map((a) => ({ username: a.username, deviceId: a.devices[0]!.deviceId }));
}

/**
 * Jobs through the simulator's own event stream, as Comet would run them. A device's latest job
 * decides: a failure followed by a success is healthy again; a success followed by a timeout is
 * failing; so is a device whose latest job failed; a warning or a job still running is not.
 */
async function runJobs() {
  const sim = stack.sims.shared!;
  const control = sim.control;
  const [alpha1, alpha2, alpha3, bravo1, bravo2, bravo3, charlie1, charlie2] = accounts(control);
  const guids: string[] = [];
  const job = (device: { username: string; deviceId: string } | undefined, status?: number) => {
    const guid = control.startJob({ username: device!.username, deviceId: device!.deviceId });
    if (status !== undefined) control.finishJob(guid, status);
    guids.push(guid);
  };
  job(alpha1, JOB_STATUS.FAILED_ERROR);
  job(alpha2, JOB_STATUS.FAILED_ERROR);
  job(alpha3, JOB_STATUS.STOP_SUCCESS);
  job(bravo1, JOB_STATUS.FAILED_WARNING);
  job(bravo2, JOB_STATUS.FAILED_CANCELLED);
  job(bravo3, JOB_STATUS.FAILED_ERROR);
  job(charlie1, JOB_STATUS.FAILED_ERROR);
  job(charlie2, JOB_STATUS.FAILED_QUOTA);
  // Comet times are whole seconds: the second job of a device must start in a later one.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  job(alpha2, JOB_STATUS.STOP_SUCCESS);
  job(alpha3, JOB_STATUS.FAILED_TIMEOUT);
  job(bravo3); // still running
  const running = 1;

  await waitFor(async () => {
    const rows = await stack.db.prisma.job.findMany({
      where: { cometJobId: { in: guids } },
      select: { isRunning: true },
    });
    return rows.length === guids.length && rows.filter((r) => r.isRunning).length === running;
  });

  const devices = await stack.db.prisma.device.findMany({
    select: {
      id: true,
      friendlyName: true,
      account: { select: { username: true, customer: { select: { name: true } } } },
    },
  });
  const failingDevice = (device: { username: string } | undefined, outcome: string) => {
    const row = devices.find((d) => d.account.username === device!.username)!;
    failing.set(device!.username, {
      deviceId: encodeGlobalID("Device", row.id),
      // As the CSV shows it: a leading formula character is defused with a quote.
      name: /^[=+\-@]/.test(row.friendlyName) ? `'${row.friendlyName}` : row.friendlyName,
      customer: row.account.customer?.name ?? "",
      outcome,
    });
  };
  failingDevice(alpha1, "Error");
  failingDevice(alpha3, "Timeout");
  failingDevice(bravo2, "Cancelled");
  failingDevice(charlie1, "Error");
  failingDevice(charlie2, "Quota exceeded");
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("the jobs did not arrive in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createKey(as: TestLogin, input: Record<string, unknown>): Promise<string> {
  const res = await stack.execute<{ createApiKey: { key?: string; message?: string } }>(
    `mutation($input: CreateApiKeyInput!) {
      createApiKey(input: $input) { ... on CreateApiKeyPayload { key } ... on UserError { message } }
    }`,
    { input },
    { as },
  );
  const key = res.data?.createApiKey.key;
  if (!key) throw new Error(`createApiKey failed: ${JSON.stringify(res)}`);
  return key;
}

/** Runs the script as a separate process, exactly as the README shows. */
async function failedDevices(env: Record<string, string>) {
  return run("node_modules/.bin/tsx", ["examples/failed-devices.ts"], {
    env: { ...process.env, PARTNER_HUB_URL: `${stack.url}graphql`, ...env },
    timeout: 60_000,
  });
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const header = [
  "device_id",
  "device",
  "account",
  "customer",
  "status",
  "outcome",
  "classification",
  "started_at",
  "ended_at",
];

/** The rows the script printed, as objects keyed by the header. */
function records(stdout: string) {
  const [head, ...rows] = parseCsv(stdout);
  expect(head).toEqual(header);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function expectedRows(usernames: string[]) {
  return usernames.map((username) => {
    const d = failing.get(username)!;
    return expect.objectContaining({
      device_id: d.deviceId,
      device: d.name,
      account: username,
      customer: d.customer,
      status: "ERROR",
      outcome: d.outcome,
      classification: "BACKUP",
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ended_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });
}

describe("examples/failed-devices.ts", () => {
  it("prints one CSV row per failing device of the key's MSP, following every page, and none of another MSP's", async () => {
    const key = await createKey(logins.adminA, { name: "failed devices report", capabilities: ["READ"] });
    // Pages of two: the three failing devices take two requests, the second after `endCursor`.
    const { stdout, stderr } = await failedDevices({ PARTNER_HUB_API_KEY: key, PARTNER_HUB_PAGE_SIZE: "2" });
    expect(stderr).toBe("");
    const rows = records(stdout);
    const usernames = [...failing.keys()].filter((u) => !u.startsWith("charlie-"));
    expect(rows).toHaveLength(usernames.length);
    expect(rows).toEqual(expect.arrayContaining(expectedRows(usernames)));
  });

  it("quotes commas and quotes, and defuses a name a spreadsheet would run as a formula", async () => {
    const key = await createKey(logins.adminA, { name: "quoting", capabilities: ["READ"] });
    const { stdout } = await failedDevices({ PARTNER_HUB_API_KEY: key });
    expect(stdout).toContain(`"Ops, ""main"" PC"`);
    const names = records(stdout).map((r) => r.device);
    expect(names).toContain(quotedName);
    expect(names).toContain(`'${formulaName}`);
  });

  it("lists only that customer's failing devices for a customer-scoped key", async () => {
    const key = await createKey(logins.adminA, {
      name: "alpha report",
      capabilities: ["READ"],
      customerId: encodeGlobalID("Customer", ids.alpha),
    });
    const rows = records((await failedDevices({ PARTNER_HUB_API_KEY: key })).stdout);
    const usernames = [...failing.keys()].filter((u) => u.startsWith("alpha-"));
    expect(rows).toHaveLength(usernames.length);
    expect(rows).toEqual(expect.arrayContaining(expectedRows(usernames)));
  });

  it("lists the other MSP's failing devices for its own key", async () => {
    const key = await createKey(logins.adminB, { name: "B report", capabilities: ["READ"] });
    const rows = records((await failedDevices({ PARTNER_HUB_API_KEY: key })).stdout);
    const usernames = [...failing.keys()].filter((u) => u.startsWith("charlie-"));
    expect(rows).toHaveLength(usernames.length);
    expect(rows).toEqual(expect.arrayContaining(expectedRows(usernames)));
  });

  it("exits non-zero with the error code and request id when the key is wrong", async () => {
    const bad = "phk_aaaaaaaa_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_aaaaaa";
    const failure = await failedDevices({ PARTNER_HUB_API_KEY: bad }).catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /^UNAUTHENTICATED: invalid credentials \(.*request id [\w-]+\)\n$/,
    );
  });
});
