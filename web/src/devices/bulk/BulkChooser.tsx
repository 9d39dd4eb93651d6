import { For, Show } from "solid-js";
import { type BulkForm, type BulkKind, bulkKinds, needsVault } from "./bulk-form.js";

/** The bulk dialog's choices: which action (and what it needs), which devices, and offline ones. */
export function BulkChooser(props: {
  form: BulkForm;
  customers: { id: string; name: string }[];
  onChange: (patch: Partial<BulkForm>) => void;
}) {
  return (
    <>
      <fieldset class="bulk-form__kinds">
        <legend>Action</legend>
        <For each={bulkKinds}>
          {(k) => (
            <label class="field field--inline">
              <input
                type="radio"
                name="bulk-kind"
                value={k.kind}
                checked={props.form.kind === k.kind}
                onChange={() => props.onChange({ kind: k.kind as BulkKind })}
              />
              <span>{k.label}</span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={props.form.kind === "UNINSTALL_SOFTWARE"}>
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={props.form.removeConfiguration}
            onChange={(e) => props.onChange({ removeConfiguration: e.currentTarget.checked })}
          />
          <span>Also remove the client's configuration</span>
        </label>
      </Show>
      <Show when={props.form.kind === "RUN_BACKUP"}>
        <label class="field">
          <span>Protected item name</span>
          <input
            value={props.form.protectedItemName}
            onInput={(e) => props.onChange({ protectedItemName: e.currentTarget.value })}
          />
        </label>
      </Show>
      <Show when={needsVault(props.form.kind)}>
        <label class="field">
          <span>Storage vault name</span>
          <input
            value={props.form.storageVaultName}
            onInput={(e) => props.onChange({ storageVaultName: e.currentTarget.value })}
          />
        </label>
      </Show>
      <div class="bulk-form__scope">
        <label class="field">
          <span>Customer</span>
          <select
            value={props.form.customerId ?? ""}
            onChange={(e) => props.onChange({ customerId: e.currentTarget.value || null })}
          >
            <option value="">All customers</option>
            <For each={props.customers}>{(c) => <option value={c.id}>{c.name}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>Devices matching</span>
          <input
            type="search"
            placeholder="Every device"
            value={props.form.search}
            onInput={(e) => props.onChange({ search: e.currentTarget.value })}
          />
        </label>
      </div>
      <label class="field field--inline">
        <input
          type="checkbox"
          checked={props.form.queueOffline}
          onChange={(e) => props.onChange({ queueOffline: e.currentTarget.checked })}
        />
        <span>Queue offline devices until they connect (24 hours)</span>
      </label>
    </>
  );
}
