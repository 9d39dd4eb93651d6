import Field from "../lib/Field.js";
import { errorOf, invalidOf, type ProvisionErrors, type ProvisionValues } from "./provision-form.js";

/** The package's limits: devices and the storage quota across protected items (0 = none). */
export default function ProvisionLimitFields(props: {
  values: ProvisionValues;
  errors: ProvisionErrors;
  onChange: (patch: Partial<ProvisionValues>) => void;
}) {
  return (
    <div class="provision-form__pair">
      <Field label="Max devices" hint="0 = unlimited." error={errorOf(props.errors, "maxDevices")}>
        {(id, describedBy) => (
          <input
            id={id}
            inputMode="numeric"
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "maxDevices")}
            value={props.values.maxDevices}
            onInput={(e) => props.onChange({ maxDevices: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field
        label="Protected-item quota (GB)"
        hint="Across all protected items; 0 = none."
        error={errorOf(props.errors, "protectedItemQuotaBytes")}
      >
        {(id, describedBy) => (
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "protectedItemQuotaBytes")}
            value={props.values.itemsGb}
            onInput={(e) => props.onChange({ itemsGb: e.currentTarget.value })}
          />
        )}
      </Field>
    </div>
  );
}
