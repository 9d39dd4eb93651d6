import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { CustomerInvitationFragment, CustomerRole } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { formatDateTime } from "../lib/format.js";
import { customerRoleLabels } from "./PersonRow.js";

graphql(`
  fragment CustomerInvitation on Invitation {
    id
    email
    role
    expiresAt
    customerId
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeCustomerInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      __typename
      ... on Invitation { id status }
      ...MutationErrorFields
    }
  }
`);

/**
 * Invitations to this customer that nobody has accepted yet; admins revoke them. The page asks
 * for its tenant's pending invitations (the API has no per-customer filter) and passes these.
 */
export default function CustomerInvitations(props: {
  invitations: CustomerInvitationFragment[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = createSignal<{ id: string; message: string } | null>(null);
  const [state, revoke] = createMutation(RevokeInvitationMutation);

  const revokeOne = async (invitation: CustomerInvitationFragment) => {
    setError(null);
    const result = await revoke({ input: { invitationId: invitation.id } });
    const problem = errorsOf(result, result.data?.revokeInvitation, "Invitation");
    if (problem) setError({ id: invitation.id, message: problem.form ?? "Revoking failed." });
    props.onChanged();
  };

  return (
    <Show when={props.invitations.length > 0}>
      <section class="card" aria-labelledby="cust-invitations-title">
        <header class="section-head">
          <h2 id="cust-invitations-title">Pending invitations</h2>
        </header>
        <div class="customers__table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Expires</th>
                <Show when={props.canManage}>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.invitations}>
                {(invitation) => (
                  <tr>
                    <th scope="row">{invitation.email}</th>
                    <td>{customerRoleLabels[invitation.role as CustomerRole] ?? invitation.role}</td>
                    <td>{formatDateTime(invitation.expiresAt)}</td>
                    <Show when={props.canManage}>
                      <td>
                        <button
                          type="button"
                          class="button button--ghost"
                          disabled={state.fetching}
                          aria-label={`Revoke the invitation of ${invitation.email}`}
                          onClick={() => void revokeOne(invitation)}
                        >
                          Revoke
                        </button>
                        <Show when={error()?.id === invitation.id}>
                          <span class="cust-field__error" role="alert">
                            {error()?.message}
                          </span>
                        </Show>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}
