import { createMutation } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import type { ApiKeyRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { requestErrorMessage } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on ApiKey { ...ApiKeyRow }
      ...MutationErrorFields
    }
  }
`);

/** Revokes a key once confirmed: integrations using it stop at once. */
export default function RevokeKeyDialog(props: {
  apiKey: ApiKeyRowFragment;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const [error, setError] = createSignal<string | null>(null);
  const [state, revoke] = createMutation(RevokeApiKeyMutation);

  async function confirm() {
    setError(null);
    const result = await revoke({ id: props.apiKey.id });
    if (result.error) return setError(requestErrorMessage(result.error));
    const payload = result.data?.revokeApiKey;
    if (!payload) return setError("Revoking failed. Try again.");
    if (payload.__typename === "ApiKey") return props.onRevoked();
    setError(payload.message);
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`Revoke "${props.apiKey.name}"?`}>
      <div class="modal-form">
        <p>
          Integrations using <code>phk_{props.apiKey.prefix}_…</code> stop working at once. This cannot be undone.
        </p>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--danger" type="button" disabled={state.fetching} onClick={confirm}>
            {state.fetching ? "Revoking…" : "Revoke key"}
          </button>
        </div>
      </div>
    </Modal>
  );
}
