import { useSession } from "../auth/session.js";
import type { JobEventsLiveSubscription } from "../gql/graphql.js";
import { useLive } from "../lib/api.js";
import { JobEventsLive } from "./job-events.js";

export type JobEventItem = JobEventsLiveSubscription["jobEvents"];

/**
 * Listens to job events while mounted (render it only once the page knows what to watch, so a
 * not-found device never opens a stream). Heartbeats are consumed here: they only move the
 * resume cursor. The platform operator must name an MSP; without one there is no stream.
 */
export default function LiveJobEvents(props: {
  deviceId?: string | null;
  customerId?: string | null;
  onEvent: (event: JobEventItem) => void;
}) {
  const viewer = useSession().viewer;
  const live = useLive();
  const mspId = viewer()?.mspId ?? null;
  if (mspId || viewer()?.kind !== "PLATFORM_OPERATOR") {
    live(
      JobEventsLive,
      () => ({ deviceId: props.deviceId ?? null, customerId: props.customerId ?? null, mspId }),
      (data) => {
        if (data.jobEvents.kind !== "HEARTBEAT") props.onEvent(data.jobEvents);
      },
      (data) => data.jobEvents.cursor,
    );
  }
  return null;
}
