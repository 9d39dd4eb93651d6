import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { CustomersQuery } from "../gql/graphql.js";
import { formatCount } from "../lib/format.js";
import { tenantStatusLabels } from "./tenant-status.js";

type Customer = CustomersQuery["customers"]["edges"][number]["node"];

/** A page of the MSP's customers; admins get Edit and Archive (or Restore) on each row. */
export default function CustomersTable(props: {
  customers: Customer[];
  canManage: boolean;
  onEdit: (customer: Customer) => void;
  onArchiveOrRestore: (customer: Customer) => void;
}) {
  return (
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
            <Show when={props.canManage}>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For
            each={props.customers}
            fallback={
              <tr>
                <td colSpan={6} class="muted">
                  No customers match.
                </td>
              </tr>
            }
          >
            {(customer) => (
              <tr>
                <th scope="row">
                  <A href={`/customers/${encodeURIComponent(customer.id)}`}>{customer.name}</A>
                </th>
                <td>{customer.externalRef ?? "—"}</td>
                <td>
                  <span class="tenant-status" data-status={customer.status}>
                    {tenantStatusLabels[customer.status]}
                  </span>
                </td>
                <td class="num">{formatCount(customer.accountCount)}</td>
                <td class="num">{formatCount(customer.deviceCount)}</td>
                <Show when={props.canManage}>
                  <td class="customers__actions">
                    <button type="button" class="button button--ghost" onClick={() => props.onEdit(customer)}>
                      Edit<span class="visually-hidden"> {customer.name}</span>
                    </button>
                    <button
                      type="button"
                      class="button button--ghost"
                      onClick={() => props.onArchiveOrRestore(customer)}
                    >
                      {customer.status === "ARCHIVED" ? "Restore" : "Archive"}
                      <span class="visually-hidden"> {customer.name}</span>
                    </button>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
