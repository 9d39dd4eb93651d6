import { A } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { createSignal, For, lazy, Show } from "solid-js";
import { accountHref, canManageAccounts } from "../accounts/access.js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { CustomerAccountRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { formatCount } from "../lib/format.js";
import Modal, { ConfirmDialog } from "../lib/Modal.js";

export const CustomerAccountRowFragmentDoc = graphql(`
  fragment CustomerAccountRow on CometAccount {
    id
    username
    accountName
    serverName
    deviceCount
    isSuspended
    missingSince
  }
`);

const UnassignedAccountsQuery = graphql(`
  query UnassignedAccounts($search: String) {
    accounts(first: 100, isUnassigned: true, search: $search) {
      totalCount
      edges { node { ...CustomerAccountRow } }
    }
  }
`);

const LinkAccountsMutation = graphql(`
  mutation LinkAccountsToCustomer($input: LinkAccountsToCustomerInput!) {
    linkAccountsToCustomer(input: $input) {
      __typename
      ... on LinkAccountsPayload { movedAccounts movedDevices customer { id accountCount deviceCount } }
      ...MutationErrorFields
    }
  }
`);

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

function accountLabel(a: CustomerAccountRowFragment) {
  return a.accountName && a.accountName !== a.username ? `${a.username} (${a.accountName})` : a.username;
}

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
                <tr>
                  <th scope="row">
                    <Show when={isMspStaff(viewer())} fallback={accountLabel(account)}>
                      <A href={accountHref(account.id)}>{accountLabel(account)}</A>
                    </Show>
                  </th>
                  <td>{account.serverName}</td>
                  <td class="num">{formatCount(account.deviceCount)}</td>
                  <td>{account.missingSince ? "Gone from Comet" : account.isSuspended ? "Suspended" : "—"}</td>
                  <Show when={props.canManage}>
                    <td>
                      <button
                        type="button"
                        class="button button--ghost"
                        onClick={() => {
                          setUnlinkError(null);
                          setUnlinking(account);
                        }}
                      >
                        Unlink<span class="visually-hidden"> {account.username}</span>
                      </button>
                    </td>
                  </Show>
                </tr>
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

/** Picks unassigned accounts (searchable) and links them, all or nothing. */
function LinkAccountsDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  customerId: string;
  customerName: string;
  onLinked: () => void;
}) {
  const [search, setSearch] = createSignal("");
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [error, setError] = createSignal<string | null>(null);
  const [unassigned] = createQuery({
    query: UnassignedAccountsQuery,
    variables: () => ({ search: search().trim() || null }),
    pause: () => !props.open,
    requestPolicy: "cache-and-network",
  });
  const [linkState, link] = createMutation(LinkAccountsMutation);

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const accountIds = [...selected()];
    if (accountIds.length === 0) return setError("Choose at least one account.");
    const result = await link({ input: { customerId: props.customerId, accountIds } });
    const problem = errorsOf(result, result.data?.linkAccountsToCustomer, "LinkAccountsPayload");
    if (problem) return setError(problem.form ?? "Linking failed.");
    setSelected(new Set<string>());
    setError(null);
    props.onLinked();
  };

  return (
    <Modal
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={`Link accounts to ${props.customerName}`}
      description="Their devices, protected items, vaults and job history move with them."
    >
      <form class="cust-form" onSubmit={submit}>
        <label class="field">
          <span>Search unassigned accounts</span>
          <input type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <fieldset class="cust-picklist">
          <legend class="visually-hidden">Unassigned accounts</legend>
          <Show when={unassigned.data?.accounts} fallback={<p class="muted">Loading…</p>}>
            {(accounts) => (
              <For each={accounts().edges} fallback={<p class="muted">No unassigned accounts.</p>}>
                {(edge) => (
                  <label class="cust-picklist__item">
                    <input
                      type="checkbox"
                      checked={selected().has(edge.node.id)}
                      onChange={(e) => toggle(edge.node.id, e.currentTarget.checked)}
                    />
                    <span>
                      {accountLabel(edge.node)}
                      <span class="muted">
                        {" "}
                        · {edge.node.serverName} · {formatCount(edge.node.deviceCount)} devices
                      </span>
                    </span>
                  </label>
                )}
              </For>
            )}
          </Show>
        </fieldset>
        {error() && (
          <p class="form-error" role="alert">
            {error()}
          </p>
        )}
        <div class="modal-form__actions">
          <button type="button" class="button button--ghost" onClick={() => props.onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" class="button button--primary" disabled={linkState.fetching}>
            Link {selected().size || ""} {selected().size === 1 ? "account" : "accounts"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
