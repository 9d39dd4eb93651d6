import { createMutation } from "@urql/solid";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import type { CustomerPersonFragment, CustomerRole, MembershipRole } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import Modal, { ConfirmDialog } from "../lib/Modal.js";

export const CustomerPersonFragmentDoc = graphql(`
  fragment CustomerPerson on User {
    id
    name
    email
    status
    memberships { id kind role customerId }
  }
`);

const InviteUserMutation = graphql(`
  mutation InviteCustomerUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on Invitation { id email expiresAt }
      ...MutationErrorFields
    }
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

export const customerRoleLabels: Record<CustomerRole, string> = {
  CUSTOMER_OWNER: "Owner",
  CUSTOMER_VIEWER: "Viewer",
};

const userStatusLabels: Record<CustomerPersonFragment["status"], string> = {
  ACTIVE: "Active",
  DISABLED: "Disabled",
  INVITED: "Invited",
};

type Row = { person: CustomerPersonFragment; membershipId: string; role: MembershipRole };

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
  const [removing, setRemoving] = createSignal<Row | null>(null);
  const [removeError, setRemoveError] = createSignal<string | null>(null);
  const [, updateMembership] = createMutation(UpdateMembershipMutation);
  const [removeState, removeMembership] = createMutation(RemoveMembershipMutation);

  const rows = (): Row[] =>
    props.people.flatMap((person) =>
      person.memberships
        .filter((m) => m.kind === "CUSTOMER" && m.customerId === props.customerId)
        .map((m) => ({ person, membershipId: m.id, role: m.role })),
    );

  const changeRole = async (row: Row, role: CustomerRole) => {
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
              each={rows()}
              fallback={
                <tr>
                  <td colSpan={5} class="muted">
                    {props.canManage ? "Nobody yet: invite the customer's people." : "No people you may see."}
                  </td>
                </tr>
              }
            >
              {(row) => (
                <tr>
                  <th scope="row">{row.person.name || "—"}</th>
                  <td>{row.person.email}</td>
                  <td>{userStatusLabels[row.person.status]}</td>
                  <td>
                    <Show when={props.canManage} fallback={customerRoleLabels[row.role as CustomerRole] ?? row.role}>
                      <select
                        class="cust-role-select"
                        aria-label={`Role of ${row.person.email}`}
                        value={row.role}
                        onChange={(e) => void changeRole(row, e.currentTarget.value as CustomerRole)}
                      >
                        <For each={Object.entries(customerRoleLabels)}>
                          {([value, label]) => <option value={value}>{label}</option>}
                        </For>
                      </select>
                    </Show>
                    <Show when={rowError()?.id === row.membershipId}>
                      <span class="cust-field__error" role="alert">
                        {rowError()?.message}
                      </span>
                    </Show>
                  </td>
                  <Show when={props.canManage}>
                    <td>
                      <button
                        type="button"
                        class="button button--ghost"
                        onClick={() => {
                          setRemoveError(null);
                          setRemoving(row);
                        }}
                      >
                        Remove<span class="visually-hidden"> {row.person.email}</span>
                      </button>
                    </td>
                  </Show>
                </tr>
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

const inviteFields = ["email", "customerRole"] as const;
type InviteField = (typeof inviteFields)[number];

function InviteDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  customerId: string;
  customerName: string;
  onInvited: (email: string) => void;
}) {
  const [email, setEmail] = createSignal("");
  const [role, setRole] = createSignal<CustomerRole>("CUSTOMER_VIEWER");
  const [errors, setErrors] = createSignal<FormErrors<InviteField> | null>(null);
  const [state, invite] = createMutation(InviteUserMutation);

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setEmail("");
        setRole("CUSTOMER_VIEWER");
        setErrors(null);
      },
    ),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await invite({
      input: { email: email().trim(), customerId: props.customerId, customerRole: role() },
    });
    const payload = result.data?.inviteUser;
    const problem = errorsOf(result, payload, "Invitation", inviteFields);
    setErrors(problem);
    if (!problem && payload?.__typename === "Invitation") props.onInvited(payload.email);
  };

  const fieldError = (field: InviteField) => errors()?.fields[field];

  return (
    <Modal
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={`Invite someone to ${props.customerName}`}
      description="They get an email with a link to join; a pending invitation to the same address is replaced."
    >
      <form class="cust-form" onSubmit={submit} noValidate>
        <Field label="Email" error={fieldError("email")}>
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              type="email"
              inputmode="email"
              autocomplete="off"
              required
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
              aria-invalid={fieldError("email") ? "true" : undefined}
            />
          )}
        </Field>
        <Field label="Role" error={fieldError("customerRole")}>
          {(id, describedBy) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={role()}
              onChange={(e) => setRole(e.currentTarget.value as CustomerRole)}
              aria-invalid={fieldError("customerRole") ? "true" : undefined}
            >
              <option value="CUSTOMER_VIEWER">Viewer — sees the customer's fleet</option>
              <option value="CUSTOMER_OWNER">Owner — also manages the customer's people</option>
            </select>
          )}
        </Field>
        {errors()?.form && (
          <p class="form-error" role="alert">
            {errors()?.form}
          </p>
        )}
        <div class="modal-form__actions">
          <button type="button" class="button button--ghost" onClick={() => props.onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" class="button button--primary" disabled={state.fetching}>
            Send invitation
          </button>
        </div>
      </form>
    </Modal>
  );
}
