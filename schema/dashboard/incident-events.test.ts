import { encodeGlobalID } from "@pothos/plugin-relay";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type NewLiveEvent, publishLiveEvents, writeLiveEvents } from "../../core/live/pubsub.js";
import { type Fleet, seedFleet } from "../../test/dashboard.js";
import type {
  DashboardIncidentEventsSubscription,
  DashboardIncidentEventsSubscriptionVariables,
} from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";
import { source } from "../../test/operations.js";
import type { TestLogin } from "../../test/seed.js";
import { type Stack, startStack } from "../../test/stack.js";

/**
 * incidentEvents over a real graphql-ws socket. Job ends are written as the ingest worker writes
 * them (outbox rows in a transaction, published after commit), for jobs of the seeded fleet.
 */

let stack: Stack;
let fleet: Fleet;
const clients: Client[] = [];

beforeAll(async () => {
  // Heartbeats every second, so a quiet stream shows them within the test.
  stack = await startStack({ config: { SUBSCRIPTION_HEARTBEAT_SECONDS: 1 } });
  fleet = await seedFleet(stack.db.prisma);
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await stack?.stop();
});

const IncidentEvents = graphql(`
  subscription DashboardIncidentEvents($after: String, $customerId: ID, $mspId: ID) {
    incidentEvents(after: $after, customerId: $customerId, mspId: $mspId) {
      cursor kind jobId deviceId customerId status outcome outcomeLabel incidentId isSnoozed
    }
  }
`);
type Received = DashboardIncidentEventsSubscription["incidentEvents"];

async function socketFor(as: TestLogin): Promise<Client> {
  const token = await stack.login(as);
  const client = createClient({
    url: `${stack.url.replace("http", "ws")}graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

function collect(client: Client, variables: DashboardIncidentEventsSubscriptionVariables) {
  const events: Received[] = [];
  const heartbeats: Received[] = [];
  let failure: unknown = null;
  const unsubscribe = client.subscribe<DashboardIncidentEventsSubscription>(
    { query: source(IncidentEvents), variables },
    {
      next: (r) => {
        if (r.errors) failure = r.errors;
        const e = r.data?.incidentEvents;
        if (e) (e.kind === "HEARTBEAT" ? heartbeats : events).push(e);
      },
      error: (err) => {
        failure = err;
      },
      complete: () => {},
    },
  );
  const until = async (n: number) => {
    for (let i = 0; i < 200 && events.length < n && !failure; i++) await new Promise((r) => setTimeout(r, 50));
    if (events.length < n) throw new Error(`got ${events.length} of ${n} events (${JSON.stringify(failure)})`);
  };
  return { events, heartbeats, unsubscribe, until };
}

/** A `job.*` outbox message as the ingest worker writes it, for a seeded job. */
function ended(
  key: string,
  outcome: string,
  mspId: string,
  customerId: string | null,
  topic: NewLiveEvent["topic"] = "job.ended",
): NewLiveEvent {
  const deviceId =
    { d1Error: fleet.devices.d1, d1Warning: fleet.devices.d1, d2Success: fleet.devices.d2, d6Error: fleet.devices.d6 }[
      key
    ] ?? null;
  return {
    mspId,
    customerId,
    topic,
    payload: {
      jobId: fleet.jobs[key],
      cometJobId: `guid-${key}`,
      deviceId,
      accountId: "acct",
      customerId,
      classification: "BACKUP",
      outcome,
      cometStatus: 7000,
      startedAt: new Date().toISOString(),
      endedAt: topic === "job.ended" ? new Date().toISOString() : null,
      progressCounter: 3,
      uploadBytes: "0",
    },
  };
}

async function emit(events: NewLiveEvent[]) {
  const messages = await stack.db.prisma.$transaction((tx) => writeLiveEvents(tx, events));
  await publishLiveEvents(stack.live, messages);
  return messages;
}

async function latestSequence(): Promise<string> {
  const rows = await stack.db.prisma.$queryRawUnsafe<{ max: string | null }[]>(
    `SELECT max("sequence")::text AS max FROM "LiveEvent"`,
  );
  return rows[0]?.max ?? "0";
}

describe("incidentEvents", () => {
  it("delivers a job ending with an error or a warning, not a success or progress, nor another MSP's", async () => {
    const after = await latestSequence();
    const admin = collect(await socketFor(fleet.logins.adminA), { after });
    const written = await emit([
      ended("d2Success", "SUCCESS", fleet.mspA, fleet.alpha),
      ended("d1Error", "RUNNING", fleet.mspA, fleet.alpha, "job.progress"),
      ended("d1Error", "ERROR", fleet.mspA, fleet.alpha),
      ended("d6Error", "ERROR", fleet.mspB, fleet.charlie),
      ended("d1Warning", "WARNING", fleet.mspA, fleet.alpha),
    ]);
    await admin.until(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(admin.events).toEqual([
      {
        cursor: written[2]!.sequence,
        kind: "OPENED",
        jobId: encodeGlobalID("Job", fleet.jobs.d1Error!),
        status: "ERROR",
        outcome: "ERROR",
        outcomeLabel: "Error",
        deviceId: encodeGlobalID("Device", fleet.devices.d1),
        customerId: encodeGlobalID("Customer", fleet.alpha),
        incidentId: encodeGlobalID("Incident", `${fleet.devices.d1}:${fleet.items.item1}`),
        isSnoozed: false,
      },
      expect.objectContaining({ cursor: written[4]!.sequence, status: "WARNING" }),
    ]);
  });

  it("replays missed incidents after a cursor, only the customer's for a customer member", async () => {
    const after = await latestSequence();
    const written = await emit([
      ended("d1Error", "TIMEOUT", fleet.mspA, fleet.alpha),
      ended("d1Error", "MISSED", fleet.mspA, fleet.bravo),
      ended("d2Success", "SUCCESS", fleet.mspA, fleet.alpha),
    ]);
    const member = collect(await socketFor(fleet.logins.alphaViewer), { after });
    await member.until(1);
    await emit([ended("d1Warning", "WARNING", fleet.mspA, fleet.alpha)]);
    await member.until(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(member.events.map((e) => [e.cursor, e.status, e.outcome])).toEqual([
      [written[0]!.sequence, "ERROR", "TIMEOUT"],
      [expect.any(String), "WARNING", "WARNING"],
    ]);
  });

  it("sends heartbeats whose cursor moves past the jobs it filtered out", async () => {
    const after = await latestSequence();
    const admin = collect(await socketFor(fleet.logins.adminA), { after });
    const [success] = await emit([ended("d2Success", "SUCCESS", fleet.mspA, fleet.alpha)]);
    for (let i = 0; i < 60 && !admin.heartbeats.some((h) => BigInt(h.cursor) >= BigInt(success!.sequence)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(admin.events).toEqual([]);
    const last = admin.heartbeats.at(-1)!;
    expect(BigInt(last.cursor)).toBeGreaterThanOrEqual(BigInt(success!.sequence));
    expect(last).toMatchObject({ kind: "HEARTBEAT", jobId: null, status: null, isSnoozed: null });
  });
});
