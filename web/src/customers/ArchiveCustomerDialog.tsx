import { createMutation } from "@urql/solid";
import { createEffect, createSignal, on } from "solid-js";
import type { TenantStatus } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import { ConfirmDialog } from "../lib/Modal.js";
import type { EditableCustomer } from "./CustomerForm.js";

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

export type CustomerRow = EditableCustomer & { status: TenantStatus };

/** Archives an active customer or restores an archived one, once confirmed; open while `customer` is set. */
export default function ArchiveCustomerDialog(props: {
  customer: CustomerRow | null;
  onClose: () => void;
  /** Done: the list shows the customer's new state after a refetch. */
  onDone: () => void;
}) {
  const [error, setError] = createSignal<string | null>(null);
  const [archiveState, archive] = createMutation(ArchiveCustomerMutation);
  const [restoreState, restore] = createMutation(RestoreCustomerMutation);
  // Each question starts without the previous one's failure.
  createEffect(
    on(
      () => props.customer,
      () => setError(null),
    ),
  );

  const confirm = async () => {
    const row = props.customer;
    if (!row) return;
    const input = { id: row.id };
    const problem =
      row.status === "ARCHIVED"
        ? await restore({ input }).then((r) => errorsOf(r, r.data?.restoreCustomer, "Customer"))
        : await archive({ input }).then((r) => errorsOf(r, r.data?.archiveCustomer, "Customer"));
    if (problem) return setError(problem.form ?? "That did not work. Try again.");
    props.onDone();
  };

  const archived = () => props.customer?.status === "ARCHIVED";
  return (
    <ConfirmDialog
      open={props.customer !== null}
      onOpenChange={(open) => !open && props.onClose()}
      title={archived() ? `Restore ${props.customer?.name}?` : `Archive ${props.customer?.name}?`}
      description={
        archived()
          ? "The customer becomes active again; accounts can be linked to it."
          : "The customer stays listed as archived and keeps its accounts and history; no more accounts can be linked to it."
      }
      confirmLabel={archived() ? "Restore" : "Archive"}
      busy={archiveState.fetching || restoreState.fetching}
      error={error()}
      onConfirm={() => void confirm()}
    />
  );
}
