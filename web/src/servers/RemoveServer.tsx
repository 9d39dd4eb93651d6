import { createMutation } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import type { ServerRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formErrorsOf, requestErrorMessage } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";

const RemoveServerMutation = graphql(`
  mutation RemoveCometServer($input: RemoveCometServerInput!) {
    removeCometServer(input: $input) {
      __typename
      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }
      ...MutationErrorFields
    }
  }
`);

/** Removal deletes everything mirrored from the server: the profile name must be typed again. */
export default function RemoveServer(props: {
  server: ServerRowFragment;
  onClose: () => void;
  onRemoved: (message: string) => void;
}) {
  const [typed, setTyped] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [state, remove] = createMutation(RemoveServerMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setError(null);
    const result = await remove({ input: { id: props.server.id, confirmProfileName: typed() } });
    if (result.error) return setError(requestErrorMessage(result.error));
    const payload = result.data?.removeCometServer;
    if (!payload) return setError("Removing failed. Try again.");
    if (payload.__typename === "RemoveCometServerPayload")
      return props.onRemoved(
        `Removed ${payload.profileName} with ${payload.removedAccounts} accounts and ${payload.removedDevices} devices.`,
      );
    setError(formErrorsOf(payload).form ?? "Removing failed. Try again.");
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`Remove ${props.server.name}?`}>
      <form class="modal-form" onSubmit={submit}>
        <p class="alert alert--warning">
          This deletes every account, device, protected item, vault and job mirrored from this server. It cannot be
          undone. The Comet server itself is not touched. To only stop mirroring, edit the server and pause it.
        </p>
        <label class="field">
          <span>
            Type <code>{props.server.profileName}</code> to confirm
          </span>
          <input value={typed()} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button
            class="button button--danger"
            type="submit"
            disabled={state.fetching || typed() !== props.server.profileName}
          >
            {state.fetching ? "Removing…" : "Remove server and its data"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
