import { For } from "solid-js";
import Field from "../lib/Field.js";
import {
  errorOf,
  invalidOf,
  type ProvisionCustomer,
  type ProvisionErrors,
  type ProvisionTarget,
  type ProvisionValues,
  targetKey,
} from "./provision-form.js";

/** Where the account goes: the Comet server (a target of the customer's MSP) and the customer. */
export default function ProvisionTargetFields(props: {
  values: ProvisionValues;
  targets: ProvisionTarget[];
  customers: ProvisionCustomer[];
  /** Targets of several MSPs: each is named with its MSP. */
  spansMsps: boolean;
  loading: boolean;
  errors: ProvisionErrors;
  onChange: (patch: Partial<ProvisionValues>) => void;
}) {
  return (
    <>
      <Field label="Comet server" error={errorOf(props.errors, "serverId")}>
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "serverId")}
            // Another server has other policy groups and templates.
            onChange={(e) => props.onChange({ targetId: e.currentTarget.value, policyGroupId: "", providerId: "" })}
          >
            <option value="" selected={props.values.targetId === ""}>
              {props.loading ? "Loading…" : "Choose a server"}
            </option>
            <For each={props.targets}>
              {(t) => (
                <option value={targetKey(t)} selected={targetKey(t) === props.values.targetId}>
                  {props.spansMsps ? `${t.server.name} · ${t.mspName}` : t.server.name}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Field label="Customer" error={errorOf(props.errors, "customerId")}>
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "customerId")}
            onChange={(e) => props.onChange({ customerId: e.currentTarget.value })}
          >
            <option value="" selected={props.values.customerId === ""}>
              Unassigned
            </option>
            <For each={props.customers}>
              {(c) => (
                <option value={c.id} selected={c.id === props.values.customerId}>
                  {c.name}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
    </>
  );
}
