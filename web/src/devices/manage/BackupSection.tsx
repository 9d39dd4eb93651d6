import { useClient } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import type { ManageDeviceTabFragment } from "../../gql/graphql.js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act, actionOn, type PanelDevice } from "./act.js";
import { RunBackupMutation } from "./operations.js";

/** Runs a backup of one protected item to one storage vault (the first of each until chosen). */
export default function BackupSection(props: { device: ManageDeviceTabFragment; target: PanelDevice }) {
  const client = useClient();
  const notify = useNotify();
  const ids = { item: createUniqueId(), vault: createUniqueId() };
  const [itemId, setItemId] = createSignal<string | null>(null);
  const [vaultId, setVaultId] = createSignal<string | null>(null);
  const item = () => itemId() ?? props.device.protectedItems[0]?.id ?? null;
  const vault = () => vaultId() ?? props.device.storageVaults[0]?.id ?? null;

  const runBackup = () =>
    act({
      ...actionOn(props.target, notify),
      failedTitle: "Backup not started",
      send: (extra) =>
        client
          .mutation(RunBackupMutation, {
            input: { deviceId: props.target.id, protectedItemId: item(), storageVaultId: vault(), ...extra },
          })
          .toPromise(),
      pick: (d) => d.runBackup,
    });

  return (
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
        <ActionButton label="Run backup" primary queued={!props.target.isOnline} onClick={runBackup} />
      </Show>
    </section>
  );
}
