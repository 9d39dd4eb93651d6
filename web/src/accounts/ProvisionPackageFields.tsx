import { createMutation, createQuery } from "@urql/solid";
import { For, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf } from "../lib/form-errors.js";
import { useNotify } from "../lib/toast.js";
import { newIdempotencyKey } from "./access.js";
import {
  errorOf,
  invalidOf,
  type ProvisionErrors,
  type ProvisionValues,
  restrictedGroupName,
} from "./provision-form.js";

const ServerTemplatesQuery = graphql(`
  query ServerTemplates($serverId: ID!) {
    cometPolicyGroups(serverId: $serverId) {
      __typename
      ... on CometPolicyGroupList {
        policyGroups { policyId name isDefault preventsStorageVaultChanges preventsPasswordChange }
      }
      ... on UserError { message }
    }
    cometStorageProviders(serverId: $serverId) {
      __typename
      ... on CometStorageProviderList { storageProviders { storageProviderId name } }
      ... on UserError { message }
    }
  }
`);

const CreateRestrictedPolicyGroupMutation = graphql(`
  mutation CreateRestrictedPolicyGroup($input: CreateRestrictedPolicyGroupInput!) {
    createRestrictedPolicyGroup(input: $input) {
      __typename
      ... on CometPolicyGroup { policyId name }
      ...MutationErrorFields
    }
  }
`);

/**
 * What the chosen server offers the new account: its policy groups (or a restricted default group
 * made on the spot) and its storage templates for an initial vault. Read from the server itself,
 * once a server is chosen.
 */
export default function ProvisionPackageFields(props: {
  /** The chosen server; "" for none yet. */
  serverId: string;
  values: ProvisionValues;
  errors: ProvisionErrors;
  onChange: (patch: Partial<ProvisionValues>) => void;
}) {
  const notify = useNotify();
  const [templates, refetchTemplates] = createQuery({
    query: ServerTemplatesQuery,
    variables: () => ({ serverId: props.serverId }),
    pause: () => props.serverId === "",
  });
  const [groupState, createGroup] = createMutation(CreateRestrictedPolicyGroupMutation);
  const groups = () => {
    const r = templates.data?.cometPolicyGroups;
    return r?.__typename === "CometPolicyGroupList" ? r.policyGroups : [];
  };
  const providers = () => {
    const r = templates.data?.cometStorageProviders;
    return r?.__typename === "CometStorageProviderList" ? r.storageProviders : [];
  };
  const templatesError = () => {
    const d = templates.data;
    const bad = [d?.cometPolicyGroups, d?.cometStorageProviders].find((r) => r && "message" in r);
    return bad && "message" in bad ? bad.message : null;
  };

  const addRestrictedGroup = async () => {
    const res = await createGroup({
      input: { serverId: props.serverId, name: restrictedGroupName, idempotencyKey: newIdempotencyKey() },
    });
    const payload = res.data?.createRestrictedPolicyGroup;
    const problem = errorsOf(res, payload, "CometPolicyGroup");
    if (problem || payload?.__typename !== "CometPolicyGroup") {
      notify("error", "Policy group not created", problem?.form ?? undefined);
      return;
    }
    refetchTemplates({ requestPolicy: "network-only" });
    props.onChange({ policyGroupId: payload.policyId });
    notify("success", "Restricted policy group ready", `"${payload.name}" is selected for the new account.`);
  };

  return (
    <>
      <Show when={templatesError()}>
        <p class="form-error" role="alert">
          The server's policy groups and storage templates could not be read: {templatesError()}
        </p>
      </Show>
      <div class="provision-form__group">
        <Field label="Policy group" error={errorOf(props.errors, "policyGroupId")}>
          {(id, describedBy) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalidOf(props.errors, "policyGroupId")}
              disabled={props.serverId === ""}
              onChange={(e) => props.onChange({ policyGroupId: e.currentTarget.value })}
            >
              <option value="" selected={props.values.policyGroupId === ""}>
                None (the server's default)
              </option>
              <For each={groups()}>
                {(g) => (
                  <option value={g.policyId} selected={g.policyId === props.values.policyGroupId}>
                    {g.name || g.policyId}
                    {g.isDefault ? " (default)" : ""}
                    {g.preventsStorageVaultChanges && g.preventsPasswordChange ? " · restricted" : ""}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <button
          type="button"
          class="button button--ghost"
          disabled={props.serverId === "" || groupState.fetching}
          onClick={() => void addRestrictedGroup()}
        >
          Create restricted default group
        </button>
      </div>
      <ProvisionVaultFields
        serverId={props.serverId}
        providers={providers()}
        values={props.values}
        errors={props.errors}
        onChange={props.onChange}
      />
    </>
  );
}

type StorageProvider = { storageProviderId: string; name: string };

/** The initial storage vault: a template of the server, and its quota (0 = none). */
function ProvisionVaultFields(props: {
  serverId: string;
  providers: StorageProvider[];
  values: ProvisionValues;
  errors: ProvisionErrors;
  onChange: (patch: Partial<ProvisionValues>) => void;
}) {
  return (
    <div class="provision-form__pair">
      <Field
        label="Initial storage vault"
        hint="From a storage template; optional."
        error={errorOf(props.errors, "storageProviderId")}
      >
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "storageProviderId")}
            disabled={props.serverId === ""}
            onChange={(e) => props.onChange({ providerId: e.currentTarget.value })}
          >
            <option value="" selected={props.values.providerId === ""}>
              No vault
            </option>
            <For each={props.providers}>
              {(p) => (
                <option value={p.storageProviderId} selected={p.storageProviderId === props.values.providerId}>
                  {p.name}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Field label="Vault quota (GB)" hint="0 = none." error={errorOf(props.errors, "quotaBytes")}>
        {(id, describedBy) => (
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            aria-invalid={invalidOf(props.errors, "quotaBytes")}
            disabled={props.values.providerId === ""}
            value={props.values.vaultGb}
            onInput={(e) => props.onChange({ vaultGb: e.currentTarget.value })}
          />
        )}
      </Field>
    </div>
  );
}
