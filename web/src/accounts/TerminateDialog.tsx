import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";
import { useNotify } from "../lib/toast.js";
import { newIdempotencyKey } from "./access.js";
import "./accounts.css";

const TerminateAccountMutation = graphql(`
  mutation TerminateAccount($input: TerminateAccountInput!) {
    terminateAccount(input: $input) {
      __typename
      ... on CometAccount { id missingSince }
      ...MutationErrorFields
    }
  }
`);

/**
 * Deletes the account from its Comet server. The username must be typed back (the API checks it
 * too: `confirmUsername`); the button stays disabled until it matches exactly.
 */
export default function TerminateDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  accountId: string;
  username: string;
  onTerminated?: () => void;
}) {
  const notify = useNotify();
  const [typed, setTyped] = createSignal("");
  const [uninstall, setUninstall] = createSignal(false);
  const [removeConfig, setRemoveConfig] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [state, terminate] = createMutation(TerminateAccountMutation);
  const id = createUniqueId();
  let key = newIdempotencyKey();
  const matches = () => typed() === props.username;

  const change = (open: boolean) => {
    if (!open) {
      setTyped("");
      setUninstall(false);
      setRemoveConfig(false);
      setError(null);
      key = newIdempotencyKey();
    }
    props.onOpenChange(open);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!matches() || state.fetching) return;
    const res = await terminate({
      input: {
        accountId: props.accountId,
        confirmUsername: typed(),
        uninstallDevices: uninstall(),
        removeConfiguration: uninstall() && removeConfig(),
        idempotencyKey: key,
      },
    });
    if (!res.error?.networkError) key = newIdempotencyKey();
    const problem = errorsOf(res, res.data?.terminateAccount, "CometAccount", ["confirmUsername"]);
    if (problem) {
      const message = problem.fields.confirmUsername ?? problem.form ?? "Terminating failed.";
      setError(message);
      notify("error", `${props.username} not terminated`, message);
      return;
    }
    notify("success", `${props.username} terminated`, "The account was deleted from its Comet server.");
    change(false);
    props.onTerminated?.();
  };

  return (
    <Modal
      open={props.open}
      onOpenChange={change}
      title={`Terminate ${props.username}?`}
      description="Deletes the account from its Comet server: its profile, storage vault settings and job history there. Stored data is not erased. This cannot be undone."
    >
      <form class="modal-form" onSubmit={(e) => void submit(e)}>
        <label class="account-check">
          <input type="checkbox" checked={uninstall()} onChange={(e) => setUninstall(e.currentTarget.checked)} />
          Also uninstall the Comet client from its connected devices
        </label>
        <Show when={uninstall()}>
          <label class="account-check">
            <input
              type="checkbox"
              checked={removeConfig()}
              onChange={(e) => setRemoveConfig(e.currentTarget.checked)}
            />
            And remove the client's configuration
          </label>
        </Show>
        <label class="field" for={id}>
          <span>
            Type <strong class="account-confirm__name">{props.username}</strong> to confirm
          </span>
          <input
            id={id}
            autocomplete="off"
            spellcheck={false}
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button type="button" class="button button--ghost" onClick={() => change(false)}>
            Cancel
          </button>
          <button type="submit" class="button button--danger" disabled={!matches() || state.fetching}>
            Terminate account
          </button>
        </div>
      </form>
    </Modal>
  );
}
