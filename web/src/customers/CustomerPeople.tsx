import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { CustomerPersonFragment, CustomerRole } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { ConfirmDialog } from "../lib/Modal.js";
import InviteDialog from "./InviteDialog.js";
import PersonRow, { type PersonRole } from "./PersonRow.js";

graphql(`
  fragment CustomerPerson on User {
    id
    name
    email
    status
    memberships { id kind role customerId }
  }
`);

const UpdateMembershipMutation = graphql(`
  mutation UpdateCustomerMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      __typename
      ... on Membership { id role }
      ...MutationErrorFields
    }
  }
`);

const RemoveMembershipMutation = graphql(`
  mutation RemoveCustomerMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input) {
      __typename
      ... on RemoveMembershipPayload { membershipId }
      ...MutationErrorFields
    }
  }
`);

/** Each person's role at this customer (their other memberships are not this page's business). */
const rowsOf = (people: CustomerPersonFragment[], customerId: string): PersonRole[] =>
  people.flatMap((person) =>
    person.memberships
      .filter((m) => m.kind === "CUSTOMER" && m.customerId === customerId)
      .map((m) => ({ person, membershipId: m.id, role: m.role })),
  );

/** People with a role at this customer; admins invite, change roles and remove. */
export default function CustomerPeople(props: {
  customerId: string;
  customerName: string;
  people: CustomerPersonFragment[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const [inviteOpen, setInviteOpen] = createSignal(false);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [rowError, setRowError] = createSignal<{ id: string; message: string } | null>(null);
  const [removing, setRemoving] = createSignal<PersonRole | null>(null);
  const [removeError, setRemoveError] = createSignal<string | null>(null);
  const [, updateMembership] = createMutation(UpdateMembershipMutation);
  const [removeState, removeMembership] = createMutation(RemoveMembershipMutation);

  const changeRole = async (row: PersonRole, role: CustomerRole) => {
    setRowError(null);
    const result = await updateMembership({ input: { membershipId: row.membershipId, role } });
    const problem = errorsOf(result, result.data?.updateMembership, "Membership");
    if (problem) setRowError({ id: row.membershipId, message: problem.form ?? "Changing the role failed." });
    props.onChanged();
  };

  const confirmRemove = async () => {
    const row = removing();
    if (!row) return;
    const result = await removeMembership({ input: { membershipId: row.membershipId } });
    const problem = errorsOf(result, result.data?.removeMembership, "RemoveMembershipPayload");
    if (problem) return setRemoveError(problem.form ?? "Removing failed.");
    setRemoving(null);
    props.onChanged();
  };

  return (
    <section class="card" aria-labelledby="cust-people-title">
      <header class="section-head">
        <h2 id="cust-people-title">People</h2>
        <Show when={props.canManage}>
          <button type="button" class="button button--primary" onClick={() => setInviteOpen(true)}>
            Invite someone
          </button>
        </Show>
      </header>
      <Show when={notice()}>
        <p class="cust-notice" role="status">
          {notice()}
        </p>
      </Show>
      <div class="customers__table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col">Role</th>
              <Show when={props.canManage}>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For
              each={rowsOf(props.people, props.customerId)}
              fallback={
                <tr>
                  <td colSpan={5} class="muted">
                    {props.canManage ? "Nobody yet: invite the customer's people." : "No people you may see."}
                  </td>
                </tr>
              }
            >
              {(row) => (
                <PersonRow
                  row={row}
                  canManage={props.canManage}
                  error={rowError()?.id === row.membershipId ? rowError()?.message : undefined}
                  onRole={(role) => void changeRole(row, role)}
                  onRemove={() => {
                    setRemoveError(null);
                    setRemoving(row);
                  }}
                />
              )}
            </For>
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={removing() !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove ${removing()?.person.email ?? ""}?`}
        description={`They lose their role at ${props.customerName} and their sessions through it end. Their account and other roles stay.`}
        confirmLabel="Remove"
        busy={removeState.fetching}
        error={removeError()}
        onConfirm={() => void confirmRemove()}
      />
      <InviteDialog
        open={inviteOpen()}
        onOpenChange={setInviteOpen}
        customerId={props.customerId}
        customerName={props.customerName}
        onInvited={(email) => {
          setInviteOpen(false);
          setNotice(`Invitation sent to ${email}.`);
          props.onChanged();
        }}
      />
    </section>
  );
}
