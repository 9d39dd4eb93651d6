import { createMutation } from "@urql/solid";
import { createEffect, createSignal, on } from "solid-js";
import type { CustomerRole } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";

const InviteUserMutation = graphql(`
  mutation InviteCustomerUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on Invitation { id email expiresAt }
      ...MutationErrorFields
    }
  }
`);

const inviteFields = ["email", "customerRole"] as const;
type InviteField = (typeof inviteFields)[number];

/** Invites someone to the customer by email, as a viewer or an owner. */
export default function InviteDialog(props: {
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
