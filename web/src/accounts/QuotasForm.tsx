import { For, Show } from "solid-js";
import Field from "../lib/Field.js";
import type { FormErrors } from "../lib/form-errors.js";
import { formatCount } from "../lib/format.js";
import { type QuotaField, type Quotas, quotaRows } from "./quotas.js";

/** The quotas being edited, each with what is in use; after a conflict, the values Comet has now. */
export default function QuotasForm(props: {
  quotas: Quotas;
  values: Record<QuotaField, string>;
  errors: FormErrors<QuotaField> | null;
  /** Someone changed the account meanwhile: the values are Comet's current ones. */
  conflict: boolean;
  saving: boolean;
  onInput: (field: QuotaField, value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}) {
  const error = (field: QuotaField) => props.errors?.fields[field];
  const input = (field: QuotaField, inputMode: "numeric" | "decimal") => (id: string, describedBy?: string) => (
    <input
      id={id}
      name={field}
      inputMode={inputMode}
      aria-describedby={describedBy}
      aria-invalid={error(field) ? "true" : undefined}
      value={props.values[field]}
      onInput={(e) => props.onInput(field, e.currentTarget.value)}
    />
  );

  return (
    <form class="quotas-form" onSubmit={(e) => props.onSubmit(e)} noValidate>
      <Show when={props.conflict}>
        <p class="alert alert--warning" role="alert">
          Someone changed this account meanwhile. The form now shows its current values: review them and save again.
        </p>
      </Show>
      <For each={quotaRows}>
        {(row) => (
          <Field
            label={row.formLabel}
            hint={`In use: ${formatCount(row.usage(props.quotas))}. 0 = unlimited.`}
            error={error(row.field)}
          >
            {input(row.field, "numeric")}
          </Field>
        )}
      </For>
      <Field
        label="Protected-item storage quota (GB)"
        hint="Across all protected items. 0 = no quota."
        error={error("protectedItemQuotaBytes")}
      >
        {input("protectedItemQuotaBytes", "decimal")}
      </Field>
      <Show when={props.errors?.form}>
        <p class="form-error" role="alert">
          {props.errors?.form}
        </p>
      </Show>
      <div class="modal-form__actions">
        <button type="button" class="button button--ghost" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="submit" class="button button--primary" disabled={props.saving}>
          Save quotas
        </button>
      </div>
    </form>
  );
}
