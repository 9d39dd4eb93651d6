import { createMutation, createQuery } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { formatCount } from "../lib/format.js";
import Modal from "../lib/Modal.js";
import { accountLabel } from "./AccountRow.js";

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

/** Picks unassigned accounts (searchable) and links them, all or nothing. */
export default function LinkAccountsDialog(props: {
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
