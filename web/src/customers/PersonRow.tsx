import { For, Show } from "solid-js";
import type { CustomerPersonFragment, CustomerRole, MembershipRole } from "../gql/graphql.js";

export const customerRoleLabels: Record<CustomerRole, string> = {
  CUSTOMER_OWNER: "Owner",
  CUSTOMER_VIEWER: "Viewer",
};

const userStatusLabels: Record<CustomerPersonFragment["status"], string> = {
  ACTIVE: "Active",
  DISABLED: "Disabled",
  INVITED: "Invited",
};

/** A person with their one membership at the customer. */
export type PersonRole = { person: CustomerPersonFragment; membershipId: string; role: MembershipRole };

/** One person's role at the customer: a select for admins, and Remove. */
export default function PersonRow(props: {
  row: PersonRole;
  canManage: boolean;
  error: string | undefined;
  onRole: (role: CustomerRole) => void;
  onRemove: () => void;
}) {
  return (
    <tr>
      <th scope="row">{props.row.person.name || "—"}</th>
      <td>{props.row.person.email}</td>
      <td>{userStatusLabels[props.row.person.status]}</td>
      <td>
        <Show when={props.canManage} fallback={customerRoleLabels[props.row.role as CustomerRole] ?? props.row.role}>
          <select
            class="cust-role-select"
            aria-label={`Role of ${props.row.person.email}`}
            value={props.row.role}
            onChange={(e) => props.onRole(e.currentTarget.value as CustomerRole)}
          >
            <For each={Object.entries(customerRoleLabels)}>
              {([value, label]) => <option value={value}>{label}</option>}
            </For>
          </select>
        </Show>
        <Show when={props.error}>
          <span class="cust-field__error" role="alert">
            {props.error}
          </span>
        </Show>
      </td>
      <Show when={props.canManage}>
        <td>
          <button type="button" class="button button--ghost" onClick={() => props.onRemove()}>
            Remove<span class="visually-hidden"> {props.row.person.email}</span>
          </button>
        </td>
      </Show>
    </tr>
  );
}
