import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { ApiKeyCapability } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { type FormErrors, formErrorsOf, noErrors, requestErrorMessage } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload {
        key
        apiKey { ...ApiKeyRow }
      }
      ...MutationErrorFields
    }
  }
`);

const allCapabilities: ApiKeyCapability[] = ["READ", "OPERATE", "ADMIN"];
const capabilityHints: Record<ApiKeyCapability, string> = {
  READ: "Run queries and subscriptions",
  OPERATE: "Act on devices and jobs",
  ADMIN: "Manage settings",
};

/** Creates a key: its name, scope (the whole MSP or one customer), capabilities and an optional end. */
export default function CreateKeyDialog(props: {
  customers: { id: string; name: string }[];
  onClose: () => void;
  onCreated: (key: string, name: string) => void;
}) {
  const [name, setName] = createSignal("");
  const [customerId, setCustomerId] = createSignal("");
  const [capabilities, setCapabilities] = createSignal<ReadonlySet<ApiKeyCapability>>(new Set(["READ"]));
  const [expires, setExpires] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors>(noErrors);
  const [state, create] = createMutation(CreateApiKeyMutation);

  const toggle = (cap: ApiKeyCapability, on: boolean) =>
    setCapabilities((s) => {
      const next = new Set(s);
      if (on) next.add(cap);
      else next.delete(cap);
      return next;
    });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors(noErrors);
    // A date input means "until the end of that day" in the browser's time zone.
    const expiresAt = expires() ? new Date(`${expires()}T23:59:59`).toISOString() : null;
    const result = await create({
      input: {
        name: name().trim(),
        capabilities: allCapabilities.filter((c) => capabilities().has(c)),
        customerId: customerId() || null,
        expiresAt,
      },
    });
    if (result.error) return setErrors({ form: requestErrorMessage(result.error), fields: {} });
    const payload = result.data?.createApiKey;
    if (!payload) return setErrors({ form: "Creating the key failed. Try again.", fields: {} });
    if (payload.__typename === "CreateApiKeyPayload") return props.onCreated(payload.key, payload.apiKey.name);
    setErrors(formErrorsOf(payload, ["name", "customerId", "capabilities", "expiresAt"]));
  }

  const fieldError = (key: string) => errors().fields[key];

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title="Create an API key">
      <form class="modal-form" onSubmit={submit} noValidate>
        <Show when={errors().form}>
          <p class="form-error" role="alert">
            {errors().form}
          </p>
        </Show>
        <Field label="Name" error={fieldError("name")}>
          {(id, describedBy) => (
            <input
              id={id}
              value={name()}
              placeholder="PSA sync"
              maxLength={100}
              required
              onInput={(e) => setName(e.currentTarget.value)}
              aria-invalid={!!fieldError("name")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label="Scope" error={fieldError("customerId")}>
          {(id, describedBy) => (
            <select
              id={id}
              value={customerId()}
              onChange={(e) => setCustomerId(e.currentTarget.value)}
              aria-describedby={describedBy}
            >
              <option value="">Whole MSP</option>
              <For each={props.customers}>{(c) => <option value={c.id}>Only {c.name}</option>}</For>
            </select>
          )}
        </Field>
        <CapabilityChoices chosen={capabilities()} error={fieldError("capabilities")} onToggle={toggle} />
        <Field label="Expires (optional)" hint="Works until the end of that day." error={fieldError("expiresAt")}>
          {(id, describedBy) => (
            <input
              id={id}
              type="date"
              value={expires()}
              onInput={(e) => setExpires(e.currentTarget.value)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--primary" type="submit" disabled={state.fetching}>
            {state.fetching ? "Creating…" : "Create key"}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** What a key may do, one checkbox per capability with what it allows. */
function CapabilityChoices(props: {
  chosen: ReadonlySet<ApiKeyCapability>;
  error: string | undefined;
  onToggle: (capability: ApiKeyCapability, on: boolean) => void;
}) {
  return (
    <fieldset class="api-keys__caps">
      <legend>Capabilities</legend>
      <For each={allCapabilities}>
        {(cap) => (
          <label class="api-keys__cap">
            <input
              type="checkbox"
              checked={props.chosen.has(cap)}
              onChange={(e) => props.onToggle(cap, e.currentTarget.checked)}
            />
            <span>
              <strong>{cap}</strong> <span class="muted">{capabilityHints[cap]}</span>
            </span>
          </label>
        )}
      </For>
      <Show when={props.error}>
        <span class="field-error">{props.error}</span>
      </Show>
    </fieldset>
  );
}
