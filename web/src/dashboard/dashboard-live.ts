import { onCleanup } from "solid-js";
import { graphql } from "../gql/index.js";
import type { LiveSubscribe } from "../lib/live.js";
import type { createFleet } from "./fleet-store.js";

const JobEventsSub = graphql(`
  subscription DashboardJobEvents($after: String, $mspId: ID) {
    jobEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      deviceId
      jobId
      outcome
      startedAt
      endedAt
    }
  }
`);

const DeviceEventsSub = graphql(`
  subscription DashboardDeviceEvents($after: String, $mspId: ID) {
    deviceEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      deviceId
      customerId
      isOnline
      friendlyName
    }
  }
`);

const IncidentEventsSub = graphql(`
  subscription DashboardIncidentEvents($after: String, $mspId: ID) {
    incidentEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      isSnoozed
    }
  }
`);

/**
 * What keeps the dashboard current while it is open: job and device events patch the fleet store
 * (and finished jobs refresh the usage cards, at most every 15 s), and newly opened incidents
 * refetch the summary. `refetchSoon` is that refetch, for the incidents panel's own changes.
 */
export function followDashboard(opts: {
  live: LiveSubscribe;
  /** The viewer's MSP; the platform operator outside one has none. */
  mspId: () => string | null;
  fleet: ReturnType<typeof createFleet>;
  /** Refetches the page query (cards and incidents) from the network. */
  refetch: () => void;
}) {
  const mspId = () => ({ mspId: opts.mspId() });
  // The cards' 24 h figures follow finished jobs, refreshed at most every 15 s.
  let cardsTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshCardsSoon = () => {
    cardsTimer ??= setTimeout(() => {
      cardsTimer = undefined;
      opts.refetch();
    }, 15_000);
  };
  onCleanup(() => clearTimeout(cardsTimer));
  opts.live(
    JobEventsSub,
    mspId,
    (d) => {
      opts.fleet.onJobEvent(d.jobEvents);
      if (d.jobEvents.kind === "ENDED") refreshCardsSoon();
    },
    (d) => d.jobEvents.cursor,
  );
  opts.live(
    DeviceEventsSub,
    mspId,
    (d) => opts.fleet.onDeviceEvent(d.deviceEvents),
    (d) => d.deviceEvents.cursor,
  );
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  // Bursts of failures refetch once: the panel is a page of 20, cheaper to ask again than to merge.
  const refetchSoon = () => {
    clearTimeout(refetchTimer);
    refetchTimer = setTimeout(() => opts.refetch(), 1_000);
  };
  onCleanup(() => clearTimeout(refetchTimer));
  opts.live(
    IncidentEventsSub,
    mspId,
    (d) => {
      if (d.incidentEvents.kind === "OPENED" && !d.incidentEvents.isSnoozed) refetchSoon();
    },
    (d) => d.incidentEvents.cursor,
  );

  return { refetchSoon };
}
