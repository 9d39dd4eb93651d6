import { createMutation } from "@urql/solid";
import { createSignal, For, lazy, Show } from "solid-js";
import { canManageAccounts } from "../accounts/access.js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { CustomerAccountRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { formatCount } from "../lib/format.js";
import { ConfirmDialog } from "../lib/Modal.js";
import AccountRow from "./AccountRow.js";
import LinkAccountsDialog from "./LinkAccountsDialog.js";

const UnlinkAccountsMutation = graphql(`
  mutation UnlinkAccounts($input: UnlinkAccountsInput!) {
    unlinkAccounts(input: $input) {
      __typename
      ... on LinkAccountsPayload { movedAccounts movedDevices }
      ...MutationErrorFields
    }
  }
`);

// Loaded on first use: most visits to a customer provision nothing.
const ProvisionAccountForm = lazy(() => import("../accounts/ProvisionAccountForm.js"));

/** The customer's Comet accounts; admins link unassigned ones and unlink. */
export default function CustomerAccounts(props: {
  customerId: string;
  customerName: string;
  isArchived: boolean;
  accounts: CustomerAccountRowFragment[];
  totalCount: number;
  canManage: boolean;
  onChanged: () => void;
}) {
  const viewer = useSession().viewer;
  const [linkOpen, setLinkOpen] = createSignal(false);
  const [provisionOpen, setProvisionOpen] = createSignal(false);
  const [unlinking, setUnlinking] = createSignal<CustomerAccountRowFragment | null>(null);
  const [unlinkError, setUnlinkError] = createSignal<string | null>(null);
  const [unlinkState, unlink] = createMutation(UnlinkAccountsMutation);

  const confirmUnlink = async () => {
    const account = unlinking();
    if (!account) return;
    const result = await unlink({ input: { accountIds: [account.id] } });
    const problem = errorsOf(result, result.data?.unlinkAccounts, "LinkAccountsPayload");
    if (problem) return setUnlinkError(problem.form ?? "Unlinking failed.");
    setUnlinking(null);
    props.onChanged();
  };

  return (
    <section class="card" aria-labelledby="cust-accounts-title">
      <header class="section-head">
        <h2 id="cust-accounts-title">Comet accounts ({formatCount(props.totalCount)})</h2>
        <div class="customers__actions">
          <Show when={canManageAccounts(viewer()) && !props.isArchived}>
            <button type="button" class="button button--ghost" onClick={() => setProvisionOpen(true)}>
              Provision account
            </button>
          </Show>
          <Show when={props.canManage && !props.isArchived}>
            <button type="button" class="button button--primary" onClick={() => setLinkOpen(true)}>
              Link accounts
            </button>
          </Show>
        </div>
      </header>
      <div class="customers__table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Server</th>
              <th scope="col" class="num">
                Devices
              </th>
              <th scope="col">State</th>
              <Show when={props.canManage}>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For
              each={props.accounts}
              fallback={
                <tr>
                  <td colSpan={5} class="muted">
                    No accounts linked yet.
                  </td>
                </tr>
              }
            >
              {(account) => (
                <AccountRow
                  account={account}
                  linked={isMspStaff(viewer())}
                  canManage={props.canManage}
                  onUnlink={() => {
                    setUnlinkError(null);
                    setUnlinking(account);
                  }}
                />
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={props.totalCount > props.accounts.length}>
        <p class="muted">Showing the first {props.accounts.length} accounts.</p>
      </Show>
      <ConfirmDialog
        open={unlinking() !== null}
        onOpenChange={(open) => !open && setUnlinking(null)}
        title={`Unlink ${unlinking()?.username ?? ""}?`}
        description={`The account becomes unassigned; its devices and history leave ${props.customerName} with it.`}
        confirmLabel="Unlink"
        busy={unlinkState.fetching}
        error={unlinkError()}
        onConfirm={() => void confirmUnlink()}
      />
      <Show when={provisionOpen()}>
        <ProvisionAccountForm open onOpenChange={setProvisionOpen} customerId={props.customerId} />
      </Show>
      <LinkAccountsDialog
        open={linkOpen()}
        onOpenChange={setLinkOpen}
        customerId={props.customerId}
        customerName={props.customerName}
        onLinked={() => {
          setLinkOpen(false);
          props.onChanged();
        }}
      />
    </section>
  );
}
