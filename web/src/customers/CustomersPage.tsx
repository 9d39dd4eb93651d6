import { useNavigate } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { TenantStatus } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatCount } from "../lib/format.js";
import ArchiveCustomerDialog, { type CustomerRow } from "./ArchiveCustomerDialog.js";
import CustomerFilters from "./CustomerFilters.js";
import CustomerForm, { type EditableCustomer } from "./CustomerForm.js";
import CustomersTable from "./CustomersTable.js";
import { canManageCustomers } from "./permissions.js";
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

const pageSize = 25;

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
  const [confirming, setConfirming] = createSignal<CustomerRow | null>(null);

  const resetPaging = () => setCursors([null]);
  const openCreate = () => {
    setEditing(null);
    setFormOpen(true);
  };
  const openEdit = (row: CustomerRow) => {
    setEditing({ id: row.id, name: row.name, externalRef: row.externalRef, notes: row.notes });
    setFormOpen(true);
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
        <CustomerFilters
          search={search()}
          status={status()}
          onSearch={(value) => {
            setSearch(value);
            resetPaging();
          }}
          onStatus={(value) => {
            setStatus(value);
            resetPaging();
          }}
        />
        <Show when={page.error}>
          <p class="form-error" role="alert">
            Customers could not be loaded. {page.error?.graphQLErrors[0]?.message ?? ""}
          </p>
        </Show>
        <Show when={page.data?.customers} fallback={<p class="page-loading">Loading customers…</p>}>
          {(customers) => (
            <>
              <p class="muted">{formatCount(customers().totalCount)} customers</p>
              <CustomersTable
                customers={customers().edges.map((e) => e.node)}
                canManage={canManageCustomers(viewer())}
                onEdit={openEdit}
                onArchiveOrRestore={setConfirming}
              />
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
      <ArchiveCustomerDialog
        customer={confirming()}
        onClose={() => setConfirming(null)}
        onDone={() => {
          setConfirming(null);
          refetch({ requestPolicy: "network-only" });
        }}
      />
    </section>
  );
}
