import { useClient } from "@urql/solid";
import { createSignal } from "solid-js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act, actionOn, type PanelDevice } from "./act.js";
import ConfirmByName from "./ConfirmByName.js";
import { RevokeDeviceMutation } from "./operations.js";

/** Revokes the device from its account once its name is typed back. */
export default function RevokeSection(props: { target: PanelDevice }) {
  const client = useClient();
  const notify = useNotify();
  const [confirming, setConfirming] = createSignal(false);
  // Revoking works on the account profile, online or not: never queued.
  const revoke = (confirmDeviceName: string) =>
    act({
      ...actionOn(props.target, notify),
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

  return (
    <section class="manage-section">
      <h3>Revoke</h3>
      <p class="muted">Removes the device from its account and frees its slot; its job history stays.</p>
      <ActionButton label="Revoke device…" queued={false} onClick={() => void setConfirming(true)} />
      <ConfirmByName
        open={confirming()}
        onOpenChange={(open) => !open && setConfirming(false)}
        title="Revoke device"
        description={`${props.target.name} is removed from its account: it can no longer sign in or back up. Its job history is kept.`}
        deviceName={props.target.name}
        confirmLabel="Revoke device"
        onConfirm={revoke}
      />
    </section>
  );
}
