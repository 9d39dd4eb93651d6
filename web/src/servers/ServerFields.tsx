import { For, Show } from "solid-js";
import type { ServerRowFragment } from "../gql/graphql.js";
import Field from "../lib/Field.js";
import type { FormErrors } from "../lib/form-errors.js";

export interface ServerValues {
  name: string;
  baseUrl: string;
  adminUsername: string;
  adminPassword: string;
  /** Whether Partner Hub mirrors the server (edit only). */
  isEnabled: boolean;
  /** The owning MSP (the platform operator registering a server). */
  mspId: string;
}

/** A Comet server's fields: owning MSP (when registering for one), name, URL, admin credentials, mirroring. */
export default function ServerFields(props: {
  /** The server edited; null when registering one. */
  existing: ServerRowFragment | null;
  msps: { id: string; name: string }[];
  values: ServerValues;
  errors: FormErrors;
  onChange: (patch: Partial<ServerValues>) => void;
}) {
  const error = (key: string) => props.errors.fields[key];
  return (
    <>
      <Show when={!props.existing && props.msps.length > 0}>
        <Field label="Owning MSP" error={error("mspId")}>
          {(id, describedBy) => (
            <select
              id={id}
              value={props.values.mspId}
              onChange={(e) => props.onChange({ mspId: e.currentTarget.value })}
              aria-describedby={describedBy}
            >
              <option value="">Choose an MSP…</option>
              <For each={props.msps}>{(m) => <option value={m.id}>{m.name}</option>}</For>
            </select>
          )}
        </Field>
      </Show>
      <Field label="Name" error={error("name")}>
        {(id, describedBy) => (
          <input
            id={id}
            value={props.values.name}
            onInput={(e) => props.onChange({ name: e.currentTarget.value })}
            required
            maxLength={120}
            aria-invalid={!!error("name")}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field label="Base URL" error={error("baseUrl")}>
        {(id, describedBy) => (
          <input
            id={id}
            type="url"
            value={props.values.baseUrl}
            placeholder="https://backup.example.com/"
            onInput={(e) => props.onChange({ baseUrl: e.currentTarget.value })}
            required
            aria-invalid={!!error("baseUrl")}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field label="Admin username" error={error("adminUsername")}>
        {(id, describedBy) => (
          <input
            id={id}
            value={props.values.adminUsername}
            autocomplete="off"
            placeholder={props.existing ? "Unchanged" : ""}
            onInput={(e) => props.onChange({ adminUsername: e.currentTarget.value })}
            required={!props.existing}
            aria-invalid={!!error("adminUsername")}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field
        label="Admin password"
        hint="Write-only: stored encrypted, never shown again."
        error={error("adminPassword")}
      >
        {(id, describedBy) => (
          <input
            id={id}
            type="password"
            value={props.values.adminPassword}
            autocomplete="new-password"
            placeholder={props.existing ? "Unchanged" : ""}
            onInput={(e) => props.onChange({ adminPassword: e.currentTarget.value })}
            required={!props.existing}
            aria-invalid={!!error("adminPassword")}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Show when={props.existing}>
        <label class="servers__check">
          <input
            type="checkbox"
            checked={props.values.isEnabled}
            onChange={(e) => props.onChange({ isEnabled: e.currentTarget.checked })}
          />
          Mirror this server (unticked pauses ingestion; its data stays)
        </label>
      </Show>
    </>
  );
}
