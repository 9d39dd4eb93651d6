import { useClient } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import type { DeviceActionKind, ManageDeviceTabFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act, type PanelDevice } from "./act.js";
import ConfirmByName from "./ConfirmByName.js";
import {
  RevokeDeviceMutation,
  RunBackupMutation,
  UninstallSoftwareMutation,
  UpdateSoftwareMutation,
} from "./operations.js";

export const ManageDeviceTab = graphql(`
  fragment ManageDeviceTab on Device {
    id
    protectedItems {
      id
      description
      engineLabel
    }
    storageVaults {
      id
      description
    }
  }
`);

/** The Device tab: run a backup, update or uninstall the client, revoke the device. */
export default function DeviceTab(props: {
  device: ManageDeviceTabFragment;
  target: PanelDevice;
  allowed: ReadonlySet<DeviceActionKind>;
  /** RESTORE SLOT: the restore wizard's entry; shown when given and RESTORE is allowed. */
  onRestore?: () => void;
}) {
  const client = useClient();
  const notify = useNotify();
  const ids = { item: createUniqueId(), vault: createUniqueId(), remove: createUniqueId() };
  const [itemId, setItemId] = createSignal<string | null>(null);
  const [vaultId, setVaultId] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<"uninstall" | "revoke" | null>(null);
  const [removeConfiguration, setRemoveConfiguration] = createSignal(false);
  const item = () => itemId() ?? props.device.protectedItems[0]?.id ?? null;
  const vault = () => vaultId() ?? props.device.storageVaults[0]?.id ?? null;
  const queued = () => !props.target.isOnline;
  const common = () => ({
    notify,
    deviceName: props.target.name,
    queue: props.target.queue,
    queueable: true,
    onSettled: props.target.refresh,
  });

  const runBackup = () =>
    act({
      ...common(),
      failedTitle: "Backup not started",
      send: (extra) =>
        client
          .mutation(RunBackupMutation, {
            input: { deviceId: props.target.id, protectedItemId: item(), storageVaultId: vault(), ...extra },
          })
          .toPromise(),
      pick: (d) => d.runBackup,
    });
  const update = () =>
    act({
      ...common(),
      failedTitle: "Client update not started",
      send: (extra) =>
        client.mutation(UpdateSoftwareMutation, { input: { deviceId: props.target.id, ...extra } }).toPromise(),
      pick: (d) => d.updateClientSoftware,
    });
  const uninstall = (confirmDeviceName: string) =>
    act({
      ...common(),
      failedTitle: "Uninstall not sent",
      send: (extra) =>
        client
          .mutation(UninstallSoftwareMutation, {
            input: {
              deviceId: props.target.id,
              confirmDeviceName,
              removeConfiguration: removeConfiguration(),
              ...extra,
            },
          })
          .toPromise(),
      pick: (d) => d.uninstallClientSoftware,
    });
  // Revoking works on the account profile, online or not: never queued.
  const revoke = (confirmDeviceName: string) =>
    act({
      ...common(),
      queue: null,
      queueable: false,
      failedTitle: "Device not revoked",
      send: (extra) =>
        client
          .mutation(RevokeDeviceMutation, {
            input: { deviceId: props.target.id, confirmDeviceName, idempotencyKey: extra.idempotencyKey },
          })
          .toPromise(),
      pick: (d) => d.revokeDevice,
    });

  const has = (kind: DeviceActionKind) => props.allowed.has(kind);
  const none = () =>
    !["RUN_BACKUP", "UPDATE_SOFTWARE", "UNINSTALL_SOFTWARE", "REVOKE_DEVICE"].some((k) => has(k as DeviceActionKind)) &&
    !(props.onRestore && has("RESTORE"));

  return (
    <div class="manage-sections">
      <Show when={none()}>
        <p class="muted">No device actions are allowed for you here.</p>
      </Show>
      <Show when={has("RUN_BACKUP")}>
        <section class="manage-section" aria-labelledby={`${ids.item}-h`}>
          <h3 id={`${ids.item}-h`}>Run backup</h3>
          <Show
            when={props.device.protectedItems.length > 0 && props.device.storageVaults.length > 0}
            fallback={<p class="muted">The device needs a protected item and a storage vault to back up.</p>}
          >
            <div class="manage-backup">
              <label class="field" for={ids.item}>
                <span>Protected item</span>
                <select id={ids.item} value={item() ?? ""} onChange={(e) => setItemId(e.currentTarget.value)}>
                  <For each={props.device.protectedItems}>
                    {(p) => (
                      <option value={p.id}>
                        {p.description || "(unnamed)"} · {p.engineLabel}
                      </option>
                    )}
                  </For>
                </select>
              </label>
              <label class="field" for={ids.vault}>
                <span>Storage vault</span>
                <select id={ids.vault} value={vault() ?? ""} onChange={(e) => setVaultId(e.currentTarget.value)}>
                  <For each={props.device.storageVaults}>
                    {(v) => <option value={v.id}>{v.description || "(unnamed)"}</option>}
                  </For>
                </select>
              </label>
            </div>
            <ActionButton label="Run backup" primary queued={queued()} onClick={runBackup} />
          </Show>
        </section>
      </Show>
      {/* RESTORE SLOT: the restore wizard (web/src/devices/restore/) opens through `onRestore`. */}
      <Show when={props.onRestore && has("RESTORE")}>
        <section class="manage-section">
          <h3>Restore</h3>
          <button type="button" class="button button--ghost manage-action" onClick={() => props.onRestore?.()}>
            Restore…
          </button>
        </section>
      </Show>
      <Show when={has("UPDATE_SOFTWARE") || has("UNINSTALL_SOFTWARE")}>
        <section class="manage-section">
          <h3>Client software</h3>
          <div class="manage-buttons">
            <Show when={has("UPDATE_SOFTWARE")}>
              <ActionButton label="Update client software" queued={queued()} onClick={update} />
            </Show>
            <Show when={has("UNINSTALL_SOFTWARE")}>
              <ActionButton
                label="Uninstall client software…"
                queued={queued()}
                onClick={() => void setConfirming("uninstall")}
              />
            </Show>
          </div>
        </section>
      </Show>
      <Show when={has("REVOKE_DEVICE")}>
        <section class="manage-section">
          <h3>Revoke</h3>
          <p class="muted">Removes the device from its account and frees its slot; its job history stays.</p>
          <ActionButton label="Revoke device…" queued={false} onClick={() => void setConfirming("revoke")} />
        </section>
      </Show>

      <ConfirmByName
        open={confirming() === "uninstall"}
        onOpenChange={(open) => !open && setConfirming(null)}
        title="Uninstall client software"
        description={`The Comet client is removed from ${props.target.name}: it disconnects for good and stops backing up.${
          queued() ? " The device is offline: this is queued until it connects." : ""
        }`}
        deviceName={props.target.name}
        confirmLabel={queued() ? "Queue uninstall" : "Uninstall"}
        onConfirm={uninstall}
      >
        <label class="manage-check" for={ids.remove}>
          <input
            id={ids.remove}
            type="checkbox"
            checked={removeConfiguration()}
            onChange={(e) => setRemoveConfiguration(e.currentTarget.checked)}
          />
          Also remove its configuration (reinstalling will not sign it in again)
        </label>
      </ConfirmByName>
      <ConfirmByName
        open={confirming() === "revoke"}
        onOpenChange={(open) => !open && setConfirming(null)}
        title="Revoke device"
        description={`${props.target.name} is removed from its account: it can no longer sign in or back up. Its job history is kept.`}
        deviceName={props.target.name}
        confirmLabel="Revoke device"
        onConfirm={revoke}
      />
    </div>
  );
}
