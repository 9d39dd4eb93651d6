import { useClient } from "@urql/solid";
import { For, Show } from "solid-js";
import type { DeviceActionKind, ManageVaultsTabFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act, actionOn, type PanelDevice } from "./act.js";
import { ApplyRetentionMutation, ReindexVaultMutation } from "./operations.js";

graphql(`
  fragment ManageVaultsTab on Device {
    id
    storageVaults {
      id
      description
      typeLabel
    }
  }
`);

/** The Storage vaults tab: per vault of the device's account, apply retention rules or reindex (the device does the work). */
export default function VaultsTab(props: {
  device: ManageVaultsTabFragment;
  target: PanelDevice;
  allowed: ReadonlySet<DeviceActionKind>;
}) {
  const client = useClient();
  const notify = useNotify();
  const retention = (storageVaultId: string) =>
    act({
      ...actionOn(props.target, notify),
      failedTitle: "Retention rules not applied",
      send: (extra) =>
        client
          .mutation(ApplyRetentionMutation, { input: { deviceId: props.target.id, storageVaultId, ...extra } })
          .toPromise(),
      pick: (d) => d.applyRetentionRules,
    });
  const reindex = (storageVaultId: string) =>
    act({
      ...actionOn(props.target, notify),
      failedTitle: "Reindex not started",
      send: (extra) =>
        client
          .mutation(ReindexVaultMutation, { input: { deviceId: props.target.id, storageVaultId, ...extra } })
          .toPromise(),
      pick: (d) => d.reindexStorageVault,
    });
  const any = () => props.allowed.has("APPLY_RETENTION") || props.allowed.has("REINDEX_VAULT");

  return (
    <Show when={any()} fallback={<p class="muted">No storage vault actions are allowed for you here.</p>}>
      <Show
        when={props.device.storageVaults.length > 0}
        fallback={<p class="muted">The account has no storage vaults.</p>}
      >
        <ul class="manage-vaults">
          <For each={props.device.storageVaults}>
            {(vault) => (
              <li class="manage-vault">
                <div>
                  <strong>{vault.description || "(unnamed)"}</strong>
                  <div class="muted">{vault.typeLabel}</div>
                </div>
                <div class="manage-buttons">
                  <Show when={props.allowed.has("APPLY_RETENTION")}>
                    <ActionButton
                      label="Apply retention rules"
                      context={`to ${vault.description}`}
                      queued={!props.target.isOnline}
                      onClick={() => retention(vault.id)}
                    />
                  </Show>
                  <Show when={props.allowed.has("REINDEX_VAULT")}>
                    <ActionButton
                      label="Reindex"
                      context={vault.description}
                      queued={!props.target.isOnline}
                      onClick={() => reindex(vault.id)}
                    />
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Show>
  );
}
