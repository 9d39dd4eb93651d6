import { createMutation } from "@urql/solid";
import { createEffect, createSignal, on } from "solid-js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";

const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on Customer { id name externalRef notes status }
      ...MutationErrorFields
    }
  }
`);

const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      __typename
      ... on Customer { id name externalRef notes status updatedAt }
      ...MutationErrorFields
    }
  }
`);

export const customerFields = ["name", "externalRef", "notes"] as const;
export type CustomerField = (typeof customerFields)[number];

export type EditableCustomer = { id: string; name: string; externalRef: string | null; notes: string | null };

/** Creates a customer (no `customer`) or edits one; per-field messages sit under their fields. */
export default function CustomerForm(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  customer?: EditableCustomer | null;
  onSaved: (id: string) => void;
}) {
  const [name, setName] = createSignal("");
  const [externalRef, setExternalRef] = createSignal("");
  const [notes, setNotes] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors<CustomerField> | null>(null);
  const [createState, create] = createMutation(CreateCustomerMutation);
  const [updateState, update] = createMutation(UpdateCustomerMutation);

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setName(props.customer?.name ?? "");
        setExternalRef(props.customer?.externalRef ?? "");
        setNotes(props.customer?.notes ?? "");
        setErrors(null);
      },
    ),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = {
      name: name().trim(),
      externalRef: externalRef().trim() || null,
      notes: notes().trim() || null,
    };
    const id = props.customer?.id;
    if (id) {
      const result = await update({ input: { id, ...fields } });
      const problem = errorsOf(result, result.data?.updateCustomer, "Customer", customerFields);
      setErrors(problem);
      if (!problem) props.onSaved(id);
    } else {
      const result = await create({ input: fields });
      const payload = result.data?.createCustomer;
      const problem = errorsOf(result, payload, "Customer", customerFields);
      setErrors(problem);
      if (!problem && payload?.__typename === "Customer") props.onSaved(payload.id);
    }
  };

  const fieldError = (field: CustomerField) => errors()?.fields[field];

  return (
    <Modal
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.customer ? `Edit ${props.customer.name}` : "New customer"}
    >
      <form class="cust-form" onSubmit={submit} noValidate>
        <Field label="Name" error={fieldError("name")}>
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              name="name"
              required
              value={name()}
              onInput={(e) => setName(e.currentTarget.value)}
              aria-invalid={fieldError("name") ? "true" : undefined}
            />
          )}
        </Field>
        <Field
          label="External reference"
          hint="Your PSA/CRM id; unique among your customers."
          error={fieldError("externalRef")}
        >
          {(id, describedBy) => (
            <input
              id={id}
              aria-describedby={describedBy}
              name="externalRef"
              maxLength={100}
              value={externalRef()}
              onInput={(e) => setExternalRef(e.currentTarget.value)}
              aria-invalid={fieldError("externalRef") ? "true" : undefined}
            />
          )}
        </Field>
        <Field label="Notes" error={fieldError("notes")}>
          {(id, describedBy) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              name="notes"
              rows={3}
              value={notes()}
              onInput={(e) => setNotes(e.currentTarget.value)}
              aria-invalid={fieldError("notes") ? "true" : undefined}
            />
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
          <button type="submit" class="button button--primary" disabled={createState.fetching || updateState.fetching}>
            {props.customer ? "Save" : "Create customer"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
