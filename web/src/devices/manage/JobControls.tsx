import { useClient } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import type { DeviceActionKind } from "../../gql/graphql.js";
import { ConfirmDialog } from "../../lib/Modal.js";
import { useNotify } from "../../lib/toast.js";
import ActionButton from "./ActionButton.js";
import { act } from "./act.js";
import { AbandonJobMutation, CancelJobMutation } from "./operations.js";
import "./manage.css";

/**
 * Cancel and Abandon for a running job (device page history, job page), as far as the viewer may.
 * Cancelling asks the device (it must be online); abandoning only marks the job on the Comet
 * server, for a job whose device went away mid-run, so it is confirmed first.
 */
export default function JobControls(props: {
  jobId: string;
  deviceName: string;
  allowed: readonly DeviceActionKind[];
  onDone?: () => void;
}) {
  const client = useClient();
  const notify = useNotify();
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const common = () => ({
    notify,
    deviceName: props.deviceName,
    queue: null,
    queueable: false,
    onSettled: props.onDone,
  });
  const cancel = () =>
    act({
      ...common(),
      failedTitle: "Job not cancelled",
      send: (extra) =>
        client
          .mutation(CancelJobMutation, { input: { jobId: props.jobId, idempotencyKey: extra.idempotencyKey } })
          .toPromise(),
      pick: (d) => d.cancelJob,
    });
  const abandon = async () => {
    setBusy(true);
    try {
      await act({
        ...common(),
        failedTitle: "Job not abandoned",
        send: (extra) =>
          client
            .mutation(AbandonJobMutation, { input: { jobId: props.jobId, idempotencyKey: extra.idempotencyKey } })
            .toPromise(),
        pick: (d) => d.abandonJob,
      });
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="job-controls">
      <Show when={props.allowed.includes("CANCEL_JOB")}>
        <ActionButton label="Cancel" queued={false} onClick={cancel} />
      </Show>
      <Show when={props.allowed.includes("ABANDON_JOB")}>
        <ActionButton label="Abandon…" queued={false} onClick={() => void setConfirming(true)} />
        <ConfirmDialog
          open={confirming()}
          onOpenChange={setConfirming}
          title="Abandon this job?"
          description={`The job is marked abandoned on the Comet server without contacting ${props.deviceName}. Use it for a job stuck after its device went offline; a device that is still running it keeps going.`}
          confirmLabel="Abandon job"
          busy={busy()}
          error={null}
          onConfirm={() => void abandon()}
        />
      </Show>
    </span>
  );
}
