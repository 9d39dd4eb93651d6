import { Match, Show, Switch } from "solid-js";
import ItemStep from "./ItemStep.js";
import MethodStep from "./MethodStep.js";
import ScopeStep from "./ScopeStep.js";
import SnapshotPicker from "./SnapshotPicker.js";
import VaultStep from "./VaultStep.js";
import type { RestoreWizardState, WizardDevice } from "./wizard.js";

/** The restore wizard's current step: vault, protected item and snapshot, method, or scope and summary. */
export default function WizardStep(props: { deviceId: string; device: WizardDevice; wizard: RestoreWizardState }) {
  const w = () => props.wizard;
  return (
    <Switch>
      <Match when={w().step() === 0}>
        <VaultStep
          vaults={props.device.storageVaults}
          value={w().choices.vaultId}
          onChange={w().chooseVault}
          error={w().errors().storageVault}
        />
      </Match>
      <Match when={w().step() === 1}>
        <ItemStep
          items={props.device.protectedItems}
          value={w().choices.itemId}
          onChange={w().chooseItem}
          errors={w().errors()}
          snapshots={
            <Show
              when={w().choices.vaultId && w().choices.itemId ? `${w().choices.vaultId} ${w().choices.itemId}` : null}
              keyed
            >
              <SnapshotPicker
                deviceId={props.deviceId}
                vaultId={w().choices.vaultId ?? ""}
                itemId={w().choices.itemId ?? ""}
                value={w().choices.snapshotId}
                onChange={(snapshotId) => w().change({ snapshotId, paths: [] })}
                onListed={w().listed}
                onOffline={w().onOffline}
                error={w().errors().snapshotId}
              />
            </Show>
          }
        />
      </Match>
      <Match when={w().step() === 2}>
        <MethodStep
          deviceId={props.deviceId}
          methods={w().item()?.restoreMethods ?? []}
          choices={w().choices}
          offline={w().offline()}
          onChange={w().change}
          onOffline={w().onOffline}
          errors={w().errors()}
        />
      </Match>
      <Match when={w().step() === 3}>
        <ScopeStep
          deviceId={props.deviceId}
          choices={w().choices}
          names={{
            vault: w().vault()?.description ?? "—",
            item: w().item() ? `${w().item()?.description} (${w().item()?.engineLabel})` : "—",
            snapshot: w().snapshotName(),
          }}
          browseSnapshotId={w().choices.snapshotId ?? w().choices.latestSnapshotId}
          offline={w().offline()}
          onChange={w().change}
          onOffline={w().onOffline}
          errors={w().errors()}
        />
      </Match>
    </Switch>
  );
}
