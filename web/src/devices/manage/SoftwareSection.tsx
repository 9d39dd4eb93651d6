import { useClient } from "@urql/solid";
import { createSignal, createUniqueId, Show } from "solid-js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act, actionOn, type PanelDevice } from "./act.js";
import ConfirmByName from "./ConfirmByName.js";
import { UninstallSoftwareMutation, UpdateSoftwareMutation } from "./operations.js";

/** Updates the Comet client, or uninstalls it once the device's name is typed back. */
export default function SoftwareSection(props: { target: PanelDevice; canUpdate: boolean; canUninstall: boolean }) {
  const client = useClient();
  const notify = useNotify();
  const removeId = createUniqueId();
  const [confirming, setConfirming] = createSignal(false);
  const [removeConfiguration, setRemoveConfiguration] = createSignal(false);
  const queued = () => !props.target.isOnline;

  const update = () =>
    act({
      ...actionOn(props.target, notify),
      failedTitle: "Client update not started",
      send: (extra) =>
        client.mutation(UpdateSoftwareMutation, { input: { deviceId: props.target.id, ...extra } }).toPromise(),
      pick: (d) => d.updateClientSoftware,
    });
  const uninstall = (confirmDeviceName: string) =>
    act({
      ...actionOn(props.target, notify),
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

  return (
    <section class="manage-section">
      <h3>Client software</h3>
      <div class="manage-buttons">
        <Show when={props.canUpdate}>
          <ActionButton label="Update client software" queued={queued()} onClick={update} />
        </Show>
        <Show when={props.canUninstall}>
          <ActionButton label="Uninstall client software…" queued={queued()} onClick={() => void setConfirming(true)} />
        </Show>
      </div>
      <ConfirmByName
        open={confirming()}
        onOpenChange={(open) => !open && setConfirming(false)}
        title="Uninstall client software"
        description={`The Comet client is removed from ${props.target.name}: it disconnects for good and stops backing up.${
          queued() ? " The device is offline: this is queued until it connects." : ""
        }`}
        deviceName={props.target.name}
        confirmLabel={queued() ? "Queue uninstall" : "Uninstall"}
        onConfirm={uninstall}
      >
        <label class="manage-check" for={removeId}>
          <input
            id={removeId}
            type="checkbox"
            checked={removeConfiguration()}
            onChange={(e) => setRemoveConfiguration(e.currentTarget.checked)}
          />
          Also remove its configuration (reinstalling will not sign it in again)
        </label>
      </ConfirmByName>
    </section>
  );
}
