import { A, useNavigate } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { TenantStatus } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { formatCount } from "../lib/format.js";
import { ConfirmDialog } from "../lib/Modal.js";
import CustomerForm, { type EditableCustomer } from "./CustomerForm.js";
import { canManageCustomers } from "./permissions.js";
import { tenantStatusLabels } from "./tenant-status.js";
import "./customers.css";

const CustomersQuery = graphql(`
  query Customers($first: Int!, $after: String, $search: String, $status: [TenantStatus!]) {
    customers(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id name externalRef notes status accountCount deviceCount mspName }
      }
    }
  }
`);

const ArchiveCustomerMutation = graphql(`
  mutation ArchiveCustomer($input: ArchiveCustomerInput!) {
    archiveCustomer(input: $input) {
      __typename
      ... on Customer { id status }
      ...MutationErrorFields
    }
  }
`);

const RestoreCustomerMutation = graphql(`
  mutation RestoreCustomer($input: RestoreCustomerInput!) {
    restoreCustomer(input: $input) {
      __typename
      ... on Customer { id status }
      ...MutationErrorFields
    }
  }
`);

const pageSize = 25;

type Row = EditableCustomer & { status: TenantStatus };

/** The MSP's customers: search, filter by state, page through; admins create, edit, archive, restore. */
export default function CustomersPage() {
  const viewer = useSession().viewer;
  const navigate = useNavigate();
  const [search, setSearch] = createSignal("");
  const [status, setStatus] = createSignal<TenantStatus | "">("");
  const [cursors, setCursors] = createSignal<(string | null)[]>([null]);
  const after = () => cursors().at(-1) ?? null;
  const [page, refetch] = createQuery({
    query: CustomersQuery,
    variables: () => ({
      first: pageSize,
      after: after(),
      search: search().trim() || null,
      status: status() ? [status() as TenantStatus] : null,
    }),
  });
  const [formOpen, setFormOpen] = createSignal(false);
  const [editing, setEditing] = createSignal<EditableCustomer | null>(null);
  const [confirming, setConfirming] = createSignal<Row | null>(null);
  const [confirmError, setConfirmError] = createSignal<string | null>(null);
  const [archiveState, archive] = createMutation(ArchiveCustomerMutation);
  const [restoreState, restore] = createMutation(RestoreCustomerMutation);

  const resetPaging = () => setCursors([null]);
  const openCreate = () => {
    setEditing(null);
    setFormOpen(true);
  };
  const openEdit = (row: Row) => {
    setEditing({ id: row.id, name: row.name, externalRef: row.externalRef, notes: row.notes });
    setFormOpen(true);
  };
  const askArchiveOrRestore = (row: Row) => {
    setConfirmError(null);
    setConfirming(row);
  };
  const confirm = async () => {
    const row = confirming();
    if (!row) return;
    const input = { id: row.id };
    const problem =
      row.status === "ARCHIVED"
        ? await restore({ input }).then((r) => errorsOf(r, r.data?.restoreCustomer, "Customer"))
        : await archive({ input }).then((r) => errorsOf(r, r.data?.archiveCustomer, "Customer"));
    if (problem) return setConfirmError(problem.form ?? "That did not work. Try again.");
    setConfirming(null);
    refetch({ requestPolicy: "network-only" });
  };

  return (
    <section class="card customers">
      <header class="section-head">
        <h2>Customers</h2>
        <Show when={canManageCustomers(viewer())}>
          <button type="button" class="button button--primary" onClick={openCreate}>
            New customer
          </button>
        </Show>
      </header>
      <Show when={isMspStaff(viewer())} fallback={<p class="muted">Customers are managed by your MSP.</p>}>
        <search class="customers__filters">
          <label class="field">
            <span>Search</span>
            <input
              type="search"
              placeholder="Name or external reference"
              value={search()}
              onInput={(e) => {
                setSearch(e.currentTarget.value);
                resetPaging();
              }}
            />
          </label>
          <label class="field">
            <span>Status</span>
            <select
              value={status()}
              onChange={(e) => {
                setStatus(e.currentTarget.value as TenantStatus | "");
                resetPaging();
              }}
            >
              <option value="">Any</option>
              <For each={Object.entries(tenantStatusLabels)}>
                {([value, label]) => <option value={value}>{label}</option>}
              </For>
            </select>
          </label>
        </search>
        <Show when={page.error}>
          <p class="form-error" role="alert">
            Customers could not be loaded. {page.error?.graphQLErrors[0]?.message ?? ""}
          </p>
        </Show>
        <Show when={page.data?.customers} fallback={<p class="page-loading">Loading customers…</p>}>
          {(customers) => (
            <>
              <p class="muted">{formatCount(customers().totalCount)} customers</p>
              <div class="customers__table-wrap">
                <table class="table customers__table">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">External ref</th>
                      <th scope="col">Status</th>
                      <th scope="col" class="num">
                        Accounts
                      </th>
                      <th scope="col" class="num">
                        Devices
                      </th>
                      <Show when={canManageCustomers(viewer())}>
                        <th scope="col">
                          <span class="visually-hidden">Actions</span>
                        </th>
                      </Show>
                    </tr>
                  </thead>
                  <tbody>
                    <For
                      each={customers().edges}
                      fallback={
                        <tr>
                          <td colSpan={6} class="muted">
                            No customers match.
                          </td>
                        </tr>
                      }
                    >
                      {(edge) => (
                        <tr>
                          <th scope="row">
                            <A href={`/customers/${encodeURIComponent(edge.node.id)}`}>{edge.node.name}</A>
                          </th>
                          <td>{edge.node.externalRef ?? "—"}</td>
                          <td>
                            <span class="tenant-status" data-status={edge.node.status}>
                              {tenantStatusLabels[edge.node.status]}
                            </span>
                          </td>
                          <td class="num">{formatCount(edge.node.accountCount)}</td>
                          <td class="num">{formatCount(edge.node.deviceCount)}</td>
                          <Show when={canManageCustomers(viewer())}>
                            <td class="customers__actions">
                              <button type="button" class="button button--ghost" onClick={() => openEdit(edge.node)}>
                                Edit<span class="visually-hidden"> {edge.node.name}</span>
                              </button>
                              <button
                                type="button"
                                class="button button--ghost"
                                onClick={() => askArchiveOrRestore(edge.node)}
                              >
                                {edge.node.status === "ARCHIVED" ? "Restore" : "Archive"}
                                <span class="visually-hidden"> {edge.node.name}</span>
                              </button>
                            </td>
                          </Show>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <nav class="customers__pager" aria-label="Pages">
                <button
                  type="button"
                  class="button button--ghost"
                  disabled={cursors().length <= 1}
                  onClick={() => setCursors((c) => c.slice(0, -1))}
                >
                  Previous
                </button>
                <button
                  type="button"
                  class="button button--ghost"
                  disabled={!customers().pageInfo.hasNextPage}
                  onClick={() => setCursors((c) => [...c, customers().pageInfo.endCursor ?? null])}
                >
                  Next
                </button>
              </nav>
            </>
          )}
        </Show>
      </Show>
      <CustomerForm
        open={formOpen()}
        onOpenChange={setFormOpen}
        customer={editing()}
        onSaved={(id) => {
          const created = !editing();
          setFormOpen(false);
          if (created) navigate(`/customers/${encodeURIComponent(id)}`);
          else refetch({ requestPolicy: "network-only" });
        }}
      />
      <ConfirmDialog
        open={confirming() !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={
          confirming()?.status === "ARCHIVED" ? `Restore ${confirming()?.name}?` : `Archive ${confirming()?.name}?`
        }
        description={
          confirming()?.status === "ARCHIVED"
            ? "The customer becomes active again; accounts can be linked to it."
            : "The customer stays listed as archived and keeps its accounts and history; no more accounts can be linked to it."
        }
        confirmLabel={confirming()?.status === "ARCHIVED" ? "Restore" : "Archive"}
        busy={archiveState.fetching || restoreState.fetching}
        error={confirmError()}
        onConfirm={() => void confirm()}
      />
    </section>
  );
}
