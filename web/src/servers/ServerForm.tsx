import { createMutation } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { ServerRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { type FormErrors, formErrorsOf, noErrors, requestErrorMessage } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";
import ServerFields, { type ServerValues } from "./ServerFields.js";

const RegisterServerMutation = graphql(`
  mutation RegisterCometServer($input: RegisterCometServerInput!) {
    registerCometServer(input: $input) {
      __typename
      ... on CometServer { ...ServerRow }
      ...MutationErrorFields
    }
  }
`);

const UpdateServerMutation = graphql(`
  mutation UpdateCometServer($input: UpdateCometServerInput!) {
    updateCometServer(input: $input) {
      __typename
      ... on CometServer { ...ServerRow }
      ...MutationErrorFields
    }
  }
`);

const serverFields = ["name", "baseUrl", "adminUsername", "adminPassword", "isEnabled", "mspId"];

export type Editing = { mode: "register" } | { mode: "edit"; server: ServerRowFragment };

/** Register a server, or edit one (a blank password keeps the stored one). */
export default function ServerForm(props: {
  editing: Editing;
  /** Platform operator only: the MSP that owns a newly registered server. */
  msps: { id: string; name: string }[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const existing = () => (props.editing.mode === "edit" ? props.editing.server : null);
  const [values, setValues] = createStore<ServerValues>({
    name: existing()?.name ?? "",
    baseUrl: existing()?.baseUrl ?? "",
    adminUsername: "",
    adminPassword: "",
    isEnabled: existing()?.isEnabled ?? true,
    mspId: "",
  });
  const [errors, setErrors] = createSignal<FormErrors>(noErrors);
  const [cometError, setCometError] = createSignal<string | null>(null);
  const [register, doRegister] = createMutation(RegisterServerMutation);
  const [update, doUpdate] = createMutation(UpdateServerMutation);
  const busy = () => register.fetching || update.fetching;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors(noErrors);
    setCometError(null);
    const server = existing();
    const result = server
      ? await doUpdate({
          input: {
            id: server.id,
            ...(values.name !== server.name ? { name: values.name } : {}),
            ...(values.baseUrl !== server.baseUrl ? { baseUrl: values.baseUrl } : {}),
            ...(values.adminUsername ? { adminUsername: values.adminUsername } : {}),
            ...(values.adminPassword ? { adminPassword: values.adminPassword } : {}),
            ...(values.isEnabled !== server.isEnabled ? { isEnabled: values.isEnabled } : {}),
          },
        })
      : await doRegister({
          input: {
            name: values.name,
            baseUrl: values.baseUrl,
            adminUsername: values.adminUsername,
            adminPassword: values.adminPassword,
            ...(values.mspId ? { mspId: values.mspId } : {}),
          },
        });
    if (result.error) return setErrors({ form: requestErrorMessage(result.error), fields: {} });
    const payload =
      result.data && "updateCometServer" in result.data
        ? result.data.updateCometServer
        : result.data && "registerCometServer" in result.data
          ? result.data.registerCometServer
          : null;
    if (!payload) return setErrors({ form: "Saving failed. Try again.", fields: {} });
    if (payload.__typename === "CometServer")
      return props.onSaved(server ? `Saved ${payload.name}.` : `Registered ${payload.name} (${payload.profileName}).`);
    if (payload.__typename === "CometServerError") return setCometError(payload.message);
    setErrors(formErrorsOf(payload, serverFields));
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={existing() ? `Edit ${existing()?.name}` : "Register a Comet server"}
      description={
        existing()
          ? "Changed URLs and credentials are checked against the server before anything is saved. Leave the credentials blank to keep them."
          : "Partner Hub signs in with these admin credentials first; nothing is saved if that fails."
      }
    >
      <form class="modal-form" onSubmit={submit} noValidate>
        <Show when={cometError()}>
          <p class="alert" role="alert">
            <strong>The Comet server refused or could not be reached:</strong> {cometError()}
          </p>
        </Show>
        <Show when={errors().form}>
          <p class="form-error" role="alert">
            {errors().form}
          </p>
        </Show>
        <ServerFields existing={existing()} msps={props.msps} values={values} errors={errors()} onChange={setValues} />
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--primary" type="submit" disabled={busy()}>
            {busy() ? "Checking…" : existing() ? "Save" : "Register"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
