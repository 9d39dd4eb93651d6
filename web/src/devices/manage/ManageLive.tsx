import { useSession } from "../../auth/session.js";
import { graphql } from "../../gql/index.js";
import { useLive } from "../../lib/api.js";

const ManageActionEvents = graphql(`
  subscription ManageActionEvents($after: String, $deviceId: ID, $mspId: ID) {
    deviceActionEvents(after: $after, deviceId: $deviceId, mspId: $mspId) {
      kind
      cursor
      deviceActionId
      status
    }
  }
`);

const ManageDeviceEvents = graphql(`
  subscription ManageDeviceEvents($after: String, $deviceId: ID, $mspId: ID) {
    deviceEvents(after: $after, deviceId: $deviceId, mspId: $mspId) {
      kind
      cursor
    }
  }
`);

/**
 * While the panel shows a device: its action events (queued, sent, running, ended) and its
 * device events (online, offline, revoked) ask the panel to refetch. Heartbeats only move the
 * resume cursor. The platform operator outside an MSP has no stream (the API requires `mspId`).
 */
export default function ManageLive(props: { deviceId: string; onChange: () => void }) {
  const viewer = useSession().viewer;
  const live = useLive();
  const mspId = viewer()?.mspId ?? null;
  if (!mspId && viewer()?.kind === "PLATFORM_OPERATOR") return null;
  live(
    ManageActionEvents,
    () => ({ deviceId: props.deviceId, mspId }),
    (d) => d.deviceActionEvents.kind !== "HEARTBEAT" && props.onChange(),
    (d) => d.deviceActionEvents.cursor,
  );
  live(
    ManageDeviceEvents,
    () => ({ deviceId: props.deviceId, mspId }),
    (d) => d.deviceEvents.kind !== "HEARTBEAT" && props.onChange(),
    (d) => d.deviceEvents.cursor,
  );
  return null;
}
