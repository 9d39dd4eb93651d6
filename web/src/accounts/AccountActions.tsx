import { createMutation } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import type { AccountActionsFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { ConfirmDialog } from "../lib/Modal.js";
import { useNotify } from "../lib/toast.js";
import { newIdempotencyKey } from "./access.js";
import ResetPasswordDialog from "./ResetPasswordDialog.js";
import TerminateDialog from "./TerminateDialog.js";

graphql(`
  fragment AccountActions on CometAccount {
    id
    username
    isSuspended
    missingSince
  }
`);

const SuspendAccountMutation = graphql(`
  mutation SuspendAccount($input: AccountSuspensionInput!) {
    suspendAccount(input: $input) {
      __typename
      ... on CometAccount { id isSuspended }
      ...MutationErrorFields
    }
  }
`);

const UnsuspendAccountMutation = graphql(`
  mutation UnsuspendAccount($input: AccountSuspensionInput!) {
    unsuspendAccount(input: $input) {
      __typename
      ... on CometAccount { id isSuspended }
      ...MutationErrorFields
    }
  }
`);

/** The account's lifecycle buttons: reset password, suspend or unsuspend, terminate; each confirmed first. */
export default function AccountActions(props: { account: AccountActionsFragment; onChanged: () => void }) {
  const notify = useNotify();
  const [resetOpen, setResetOpen] = createSignal(false);
  const [suspendOpen, setSuspendOpen] = createSignal(false);
  const [terminateOpen, setTerminateOpen] = createSignal(false);
  const [suspendError, setSuspendError] = createSignal<string | null>(null);
  const [suspendState, suspend] = createMutation(SuspendAccountMutation);
  const [unsuspendState, unsuspend] = createMutation(UnsuspendAccountMutation);
  let key = newIdempotencyKey();

  const toggleSuspension = async () => {
    const suspending = !props.account.isSuspended;
    // No expectedProfileHash: the API re-reads the profile and keeps any concurrent edit.
    const input = { accountId: props.account.id, idempotencyKey: key };
    const { res, payload } = suspending
      ? await suspend({ input }).then((r) => ({ res: r, payload: r.data?.suspendAccount }))
      : await unsuspend({ input }).then((r) => ({ res: r, payload: r.data?.unsuspendAccount }));
    if (!res.error?.networkError) key = newIdempotencyKey();
    const problem = errorsOf(res, payload, "CometAccount");
    const verb = suspending ? "suspended" : "unsuspended";
    if (problem) {
      setSuspendError(problem.form);
      notify("error", `${props.account.username} not ${verb}`, problem.form ?? undefined);
      return;
    }
    setSuspendOpen(false);
    notify(
      "success",
      `${props.account.username} ${verb}`,
      suspending ? "Its devices cannot back up until it is unsuspended." : "Its devices may back up again.",
    );
    props.onChanged();
  };

  return (
    <Show when={!props.account.missingSince}>
      <div class="account-actions">
        <button type="button" class="button button--ghost" onClick={() => setResetOpen(true)}>
          Reset password
        </button>
        <button
          type="button"
          class="button button--ghost"
          onClick={() => {
            setSuspendError(null);
            setSuspendOpen(true);
          }}
        >
          {props.account.isSuspended ? "Unsuspend" : "Suspend"}
        </button>
        <button type="button" class="button button--danger" onClick={() => setTerminateOpen(true)}>
          Terminate…
        </button>
      </div>
      <ResetPasswordDialog
        open={resetOpen()}
        onOpenChange={setResetOpen}
        accountId={props.account.id}
        username={props.account.username}
      />
      <ConfirmDialog
        open={suspendOpen()}
        onOpenChange={setSuspendOpen}
        title={`${props.account.isSuspended ? "Unsuspend" : "Suspend"} ${props.account.username}?`}
        description={
          props.account.isSuspended
            ? "Its devices may back up again."
            : "Comet stops its devices from backing up; its data and settings stay. You can unsuspend it later."
        }
        confirmLabel={props.account.isSuspended ? "Unsuspend" : "Suspend"}
        busy={suspendState.fetching || unsuspendState.fetching}
        error={suspendError()}
        onConfirm={() => void toggleSuspension()}
      />
      <TerminateDialog
        open={terminateOpen()}
        onOpenChange={setTerminateOpen}
        accountId={props.account.id}
        username={props.account.username}
        onTerminated={props.onChanged}
      />
    </Show>
  );
}
