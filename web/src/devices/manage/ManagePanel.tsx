import { Tabs } from "@kobalte/core/tabs";
import { createQuery } from "@urql/solid";
import { createMemo, createSignal, onCleanup, Show } from "solid-js";
import { graphql } from "../../gql/index.js";
import SlideOver from "../../lib/SlideOver.js";
import type { PanelDevice } from "./act.js";
import { defaultQueueHours } from "./action-status.js";
import DeviceTab from "./DeviceTab.js";
import ManageLive from "./ManageLive.js";
import QueueSelect from "./QueueSelect.js";
import RecentActions from "./RecentActions.js";
import VaultsTab from "./VaultsTab.js";
import "./manage.css";

const ManageDeviceQuery = graphql(`
  query ManageDevice($id: ID!) {
    node(id: $id) {
      __typename
      ... on Device {
        id
        friendlyName
        cometDeviceId
        isOnline
        revokedAt
        allowedActions
        ...ManageDeviceTab
        ...ManageVaultsTab
        actions(first: 10) {
          edges {
            node {
              ...ManageActionRow
            }
          }
        }
      }
    }
  }
`);

/**
 * A device's Manage panel: the Device tab (backup, client software, revoke) and the Storage
 * vaults tab, each showing only the actions `allowedActions` grants; below them the device's
 * recent actions, kept current by the device's action events.
 */
export default function ManagePanel(props: {
  deviceId: string | null;
  onClose: () => void;
  onRestore?: (deviceId: string) => void;
}) {
  // Keep the last device while the panel slides out.
  const shownId = createMemo<string | null>((prev) => props.deviceId ?? prev, null);
  const [page, refetch] = createQuery({
    query: ManageDeviceQuery,
    variables: () => ({ id: shownId() ?? "" }),
    pause: () => !shownId(),
  });
  const device = createMemo(() => {
    const node = page.data?.node;
    return node?.__typename === "Device" && node.id === shownId() ? node : null;
  });
  const [queueHours, setQueueHours] = createSignal(defaultQueueHours);

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(refreshTimer));
  // Bursts (an action's QUEUED -> DISPATCHED -> RUNNING within a second) refetch once.
  const refresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => refetch({ requestPolicy: "network-only" }), 250);
  };

  const panelDevice = (): PanelDevice | null => {
    const d = device();
    if (!d) return null;
    return {
      id: d.id,
      name: d.friendlyName || d.cometDeviceId,
      isOnline: d.isOnline,
      queue: d.isOnline ? null : { expiresInHours: queueHours() },
      refresh,
    };
  };
  const allowed = () => new Set(device()?.allowedActions ?? []);
  const actions = () => device()?.actions.edges.map((e) => e.node) ?? [];

  return (
    <SlideOver
      open={props.deviceId !== null}
      onOpenChange={(open) => !open && props.onClose()}
      title={device() ? `Manage ${device()?.friendlyName || device()?.cometDeviceId}` : "Manage device"}
      subtitle={
        device() ? (device()?.isOnline ? "Online" : "Offline: actions are queued until it connects") : undefined
      }
    >
      <Show when={page.error && !page.data}>
        <p class="form-error" role="alert">
          The device could not be loaded: {page.error?.message}
        </p>
      </Show>
      <Show when={device()} fallback={<Show when={!page.error}>{<p class="muted">Loading…</p>}</Show>}>
        {(d) => (
          <Show when={panelDevice()}>
            {(pd) => (
              <>
                <Show when={props.deviceId}>{(id) => <ManageLive deviceId={id()} onChange={refresh} />}</Show>
                <Show
                  when={allowed().size > 0}
                  fallback={
                    <p class="muted manage-note">
                      {d().revokedAt
                        ? "This device was revoked: nothing can be done on it."
                        : "You may not act on this device."}
                    </p>
                  }
                >
                  <Show when={!d().isOnline}>
                    <QueueSelect hours={queueHours()} onChange={setQueueHours} />
                  </Show>
                  <Tabs class="manage-tabs" defaultValue="device">
                    <Tabs.List class="manage-tabs__list" aria-label="Actions">
                      <Tabs.Trigger class="manage-tabs__trigger" value="device">
                        Device
                      </Tabs.Trigger>
                      <Tabs.Trigger class="manage-tabs__trigger" value="vaults">
                        Storage vaults
                      </Tabs.Trigger>
                    </Tabs.List>
                    <Tabs.Content class="manage-tabs__content" value="device">
                      <DeviceTab
                        device={d()}
                        target={pd()}
                        allowed={allowed()}
                        onRestore={props.onRestore ? () => props.onRestore?.(d().id) : undefined}
                      />
                    </Tabs.Content>
                    <Tabs.Content class="manage-tabs__content" value="vaults">
                      <VaultsTab device={d()} target={pd()} allowed={allowed()} />
                    </Tabs.Content>
                  </Tabs>
                </Show>
                <RecentActions actions={actions()} target={pd()} />
              </>
            )}
          </Show>
        )}
      </Show>
    </SlideOver>
  );
}
