import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { graphql } from "../gql/index.js";
import { formatCount, formatDateTime } from "../lib/format.js";
import { useRouteId } from "../lib/route-id.js";
import CustomerAccounts from "./CustomerAccounts.js";
import CustomerForm from "./CustomerForm.js";
import CustomerInvitations from "./CustomerInvitations.js";
import CustomerPeople from "./CustomerPeople.js";
import { canManageCustomers } from "./permissions.js";
import { tenantStatusLabels } from "./tenant-status.js";
import "./customers.css";

const CustomerDetailQuery = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      id
      name
      externalRef
      notes
      status
      mspName
      accountCount
      deviceCount
      createdAt
      updatedAt
    }
    accounts(first: 100, customerId: $id) {
      totalCount
      edges { node { ...CustomerAccountRow } }
    }
    users(first: 100, customerId: $id) {
      edges { node { ...CustomerPerson } }
    }
    invitations(first: 100, pendingOnly: true) {
      edges { node { ...CustomerInvitation } }
    }
  }
`);

/** One customer: its details, its Comet accounts, its people and their pending invitations. */
export default function CustomerDetailPage() {
  const viewer = useSession().viewer;
  const id = useRouteId();
  const [detail, refetch] = createQuery({ query: CustomerDetailQuery, variables: () => ({ id: id() }) });
  const [editOpen, setEditOpen] = createSignal(false);
  const reload = () => refetch({ requestPolicy: "network-only" });

  return (
    <div class="customer-detail">
      <p>
        <A href="/customers">← Customers</A>
      </p>
      <Show when={detail.error}>
        <p class="form-error" role="alert">
          The customer could not be loaded. {detail.error?.graphQLErrors[0]?.message ?? ""}
        </p>
      </Show>
      <Show
        when={detail.data}
        fallback={<Show when={!detail.error}>{<p class="page-loading">Loading customer…</p>}</Show>}
      >
        {(data) => (
          <Show when={data().customer} fallback={<p class="muted">This customer does not exist or is not yours.</p>}>
            {(customer) => (
              <>
                <section class="card">
                  <header class="section-head">
                    <h2>{customer().name}</h2>
                    <Show when={canManageCustomers(viewer())}>
                      <button type="button" class="button button--ghost" onClick={() => setEditOpen(true)}>
                        Edit
                      </button>
                    </Show>
                  </header>
                  <dl class="customer-detail__facts">
                    <div>
                      <dt>Status</dt>
                      <dd>
                        <span class="tenant-status" data-status={customer().status}>
                          {tenantStatusLabels[customer().status]}
                        </span>
                      </dd>
                    </div>
                    <div>
                      <dt>External ref</dt>
                      <dd>{customer().externalRef ?? "—"}</dd>
                    </div>
                    <div>
                      <dt>MSP</dt>
                      <dd>{customer().mspName}</dd>
                    </div>
                    <div>
                      <dt>Accounts</dt>
                      <dd>{formatCount(customer().accountCount)}</dd>
                    </div>
                    <div>
                      <dt>Devices</dt>
                      <dd>{formatCount(customer().deviceCount)}</dd>
                    </div>
                    <div>
                      <dt>Created</dt>
                      <dd>{formatDateTime(customer().createdAt)}</dd>
                    </div>
                  </dl>
                  <Show when={customer().notes}>
                    <p class="customer-detail__notes">{customer().notes}</p>
                  </Show>
                </section>
                <CustomerAccounts
                  customerId={customer().id}
                  customerName={customer().name}
                  isArchived={customer().status === "ARCHIVED"}
                  accounts={data().accounts.edges.map((e) => e.node)}
                  totalCount={data().accounts.totalCount}
                  canManage={canManageCustomers(viewer())}
                  onChanged={reload}
                />
                <CustomerPeople
                  customerId={customer().id}
                  customerName={customer().name}
                  people={data().users.edges.map((e) => e.node)}
                  canManage={canManageCustomers(viewer())}
                  onChanged={reload}
                />
                <CustomerInvitations
                  invitations={data()
                    .invitations.edges.map((e) => e.node)
                    .filter((i) => i.customerId === customer().id)}
                  canManage={canManageCustomers(viewer())}
                  onChanged={reload}
                />
                <CustomerForm
                  open={editOpen()}
                  onOpenChange={setEditOpen}
                  customer={customer()}
                  onSaved={() => {
                    setEditOpen(false);
                    reload();
                  }}
                />
              </>
            )}
          </Show>
        )}
      </Show>
    </div>
  );
}
