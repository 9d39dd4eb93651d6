import { useNavigate } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";
import { useNotify } from "../lib/toast.js";
import { accountHref, gbToBytes, newIdempotencyKey, parseLimit } from "./access.js";
import PasswordOnce from "./PasswordOnce.js";
import "./accounts.css";

const ProvisionChoicesQuery = graphql(`
  query ProvisionChoices {
    provisioningTargets { server { id name } mspId mspName }
    customers(first: 100) { edges { node { id name status mspId } } }
  }
`);

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

const CreateCometAccountMutation = graphql(`
  mutation CreateCometAccount($input: CreateCometAccountInput!) {
    createCometAccount(input: $input) {
      __typename
      ... on CreateCometAccountPayload { password isGenerated account { id username } }
      ...MutationErrorFields
    }
  }
`);

const fields = [
  "serverId",
  "customerId",
  "username",
  "password",
  "email",
  "policyGroupId",
  "storageProviderId",
  "quotaBytes",
  "maxDevices",
  "protectedItemQuotaBytes",
] as const;
type ProvisionField = (typeof fields)[number];

export const restrictedGroupName = "Restricted (Partner Hub)";

/** A server is a target once per MSP it serves (several only for the platform operator). */
const targetKey = (t: { server: { id: string }; mspId: string }) => `${t.server.id} ${t.mspId}`;

/**
 * The provisioning module's create: a new Comet account with its package on a chosen server. A
 * generated password is shown once before the new account's page opens.
 */
export default function ProvisionAccountForm(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Preselected customer (the page it was opened from). */
  customerId?: string;
}) {
  const notify = useNotify();
  const navigate = useNavigate();
  const [targetId, setTargetId] = createSignal("");
  const [customerId, setCustomerId] = createSignal("");
  const [username, setUsername] = createSignal("");
  const [generate, setGenerate] = createSignal(true);
  const [password, setPassword] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [policyGroupId, setPolicyGroupId] = createSignal("");
  const [providerId, setProviderId] = createSignal("");
  const [vaultGb, setVaultGb] = createSignal("0");
  const [maxDevices, setMaxDevices] = createSignal("0");
  const [itemsGb, setItemsGb] = createSignal("0");
  const [errors, setErrors] = createSignal<FormErrors<ProvisionField> | null>(null);
  const [created, setCreated] = createSignal<{ id: string; username: string; password: string } | null>(null);
  let key = newIdempotencyKey();

  const [choices] = createQuery({ query: ProvisionChoicesQuery, pause: () => !props.open });
  const customers = () => choices.data?.customers.edges.map((e) => e.node).filter((c) => c.status !== "ARCHIVED") ?? [];
  const customerMspId = () => customers().find((c) => c.id === customerId())?.mspId;
  // The operator's targets span MSPs: only the chosen customer's MSP's servers (and organizations) fit.
  const targets = () =>
    (choices.data?.provisioningTargets ?? []).filter((t) => !customerMspId() || t.mspId === customerMspId());
  const target = () => targets().find((t) => targetKey(t) === targetId());
  const serverId = () => target()?.server.id ?? "";
  const severalMsps = () => new Set(choices.data?.provisioningTargets.map((t) => t.mspId)).size > 1;
  const [templates, refetchTemplates] = createQuery({
    query: ServerTemplatesQuery,
    variables: () => ({ serverId: serverId() }),
    pause: () => !props.open || serverId() === "",
  });
  const [groupState, createGroup] = createMutation(CreateRestrictedPolicyGroupMutation);
  const [createState, create] = createMutation(CreateCometAccountMutation);

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

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setCustomerId(props.customerId ?? "");
        setErrors(null);
        setCreated(null);
        key = newIdempotencyKey();
      },
    ),
  );
  // One server only (the usual case): choose it. A choice that no longer fits the customer is undone.
  createEffect(() => {
    const list = targets();
    if (targetId() !== "" && !target()) {
      setTargetId("");
      setPolicyGroupId("");
      setProviderId("");
    }
    if (targetId() === "" && list.length === 1) setTargetId(targetKey(list[0]!));
  });

  const change = (open: boolean) => {
    const made = created();
    if (!open) {
      // The password is forgotten with the form; the new account's page opens instead.
      setCreated(null);
      setPassword("");
      setUsername("");
      setEmail("");
    }
    props.onOpenChange(open);
    if (!open && made) navigate(accountHref(made.id));
  };

  const addRestrictedGroup = async () => {
    const res = await createGroup({
      input: { serverId: serverId(), name: restrictedGroupName, idempotencyKey: newIdempotencyKey() },
    });
    const payload = res.data?.createRestrictedPolicyGroup;
    const problem = errorsOf(res, payload, "CometPolicyGroup");
    if (problem || payload?.__typename !== "CometPolicyGroup") {
      notify("error", "Policy group not created", problem?.form ?? undefined);
      return;
    }
    refetchTemplates({ requestPolicy: "network-only" });
    setPolicyGroupId(payload.policyId);
    notify("success", "Restricted policy group ready", `"${payload.name}" is selected for the new account.`);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const local: Partial<Record<ProvisionField, string>> = {};
    if (serverId() === "") local.serverId = "Choose a Comet server.";
    const devices = parseLimit(maxDevices());
    if (devices === null) local.maxDevices = "Enter 0 (unlimited) or a whole number.";
    const itemsBytes = gbToBytes(itemsGb());
    if (itemsBytes === null) local.protectedItemQuotaBytes = "Enter 0 (no quota) or a number of GB.";
    const vaultBytes = gbToBytes(vaultGb());
    if (providerId() !== "" && vaultBytes === null) local.quotaBytes = "Enter 0 (no quota) or a number of GB.";
    if (!generate() && password() === "") local.password = "Type a password, or let Partner Hub generate one.";
    if (Object.keys(local).length > 0) return setErrors({ fields: local, form: null });

    const res = await create({
      input: {
        serverId: serverId(),
        customerId: customerId() || null,
        username: username().trim(),
        password: generate() ? null : password(),
        email: email().trim(),
        policyGroupId: policyGroupId() || null,
        initialVault:
          providerId() === "" ? null : { storageProviderId: providerId(), quotaBytes: (vaultBytes ?? 0n).toString() },
        maxDevices: devices,
        protectedItemQuotaBytes: (itemsBytes ?? 0n).toString(),
        idempotencyKey: key,
      },
    });
    if (!res.error?.networkError) key = newIdempotencyKey();
    const payload = res.data?.createCometAccount;
    const problem = errorsOf(res, payload, "CreateCometAccountPayload", fields);
    setErrors(problem);
    if (problem || payload?.__typename !== "CreateCometAccountPayload") {
      notify("error", "Account not created", problem?.form ?? "Check the highlighted fields.");
      return;
    }
    notify("success", `${payload.account.username} created`, "The account is ready on its Comet server.");
    setPassword("");
    if (payload.isGenerated) {
      setCreated({ id: payload.account.id, username: payload.account.username, password: payload.password });
    } else {
      props.onOpenChange(false);
      navigate(accountHref(payload.account.id));
    }
  };

  const error = (field: ProvisionField) => errors()?.fields[field];
  const invalid = (field: ProvisionField) => (error(field) ? "true" : undefined);

  return (
    <Modal open={props.open} onOpenChange={change} title="Provision a Comet account">
      <Show
        when={created()}
        fallback={
          <form class="modal-form provision-form" onSubmit={(e) => void submit(e)} noValidate>
            <Field label="Comet server" error={error("serverId")}>
              {(id, describedBy) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid("serverId")}
                  onChange={(e) => {
                    setTargetId(e.currentTarget.value);
                    setPolicyGroupId("");
                    setProviderId("");
                  }}
                >
                  <option value="" selected={targetId() === ""}>
                    {choices.fetching && !choices.data ? "Loading…" : "Choose a server"}
                  </option>
                  <For each={targets()}>
                    {(t) => (
                      <option value={targetKey(t)} selected={targetKey(t) === targetId()}>
                        {severalMsps() ? `${t.server.name} · ${t.mspName}` : t.server.name}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <Field label="Customer" error={error("customerId")}>
              {(id, describedBy) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid("customerId")}
                  onChange={(e) => setCustomerId(e.currentTarget.value)}
                >
                  <option value="" selected={customerId() === ""}>
                    Unassigned
                  </option>
                  <For each={customers()}>
                    {(c) => (
                      <option value={c.id} selected={c.id === customerId()}>
                        {c.name}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <Field label="Username" hint="Letters, digits, '.', '_', '-' or '@'." error={error("username")}>
              {(id, describedBy) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid("username")}
                  autocomplete="off"
                  spellcheck={false}
                  value={username()}
                  onInput={(e) => setUsername(e.currentTarget.value)}
                />
              )}
            </Field>
            <label class="account-check">
              <input type="checkbox" checked={generate()} onChange={(e) => setGenerate(e.currentTarget.checked)} />
              Generate a strong password
            </label>
            <Show when={!generate()}>
              <Field label="Password" hint="8-128 printable characters." error={error("password")}>
                {(id, describedBy) => (
                  <input
                    id={id}
                    type="password"
                    autocomplete="new-password"
                    aria-describedby={describedBy}
                    aria-invalid={invalid("password")}
                    value={password()}
                    onInput={(e) => setPassword(e.currentTarget.value)}
                  />
                )}
              </Field>
            </Show>
            <Field label="Email" hint="Where Comet sends the account's reports." error={error("email")}>
              {(id, describedBy) => (
                <input
                  id={id}
                  type="email"
                  aria-describedby={describedBy}
                  aria-invalid={invalid("email")}
                  value={email()}
                  onInput={(e) => setEmail(e.currentTarget.value)}
                />
              )}
            </Field>
            <Show when={templatesError()}>
              <p class="form-error" role="alert">
                The server's policy groups and storage templates could not be read: {templatesError()}
              </p>
            </Show>
            <div class="provision-form__group">
              <Field label="Policy group" error={error("policyGroupId")}>
                {(id, describedBy) => (
                  <select
                    id={id}
                    aria-describedby={describedBy}
                    aria-invalid={invalid("policyGroupId")}
                    disabled={serverId() === ""}
                    onChange={(e) => setPolicyGroupId(e.currentTarget.value)}
                  >
                    <option value="" selected={policyGroupId() === ""}>
                      None (the server's default)
                    </option>
                    <For each={groups()}>
                      {(g) => (
                        <option value={g.policyId} selected={g.policyId === policyGroupId()}>
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
                disabled={serverId() === "" || groupState.fetching}
                onClick={() => void addRestrictedGroup()}
              >
                Create restricted default group
              </button>
            </div>
            <div class="provision-form__pair">
              <Field
                label="Initial storage vault"
                hint="From a storage template; optional."
                error={error("storageProviderId")}
              >
                {(id, describedBy) => (
                  <select
                    id={id}
                    aria-describedby={describedBy}
                    aria-invalid={invalid("storageProviderId")}
                    disabled={serverId() === ""}
                    onChange={(e) => setProviderId(e.currentTarget.value)}
                  >
                    <option value="" selected={providerId() === ""}>
                      No vault
                    </option>
                    <For each={providers()}>
                      {(p) => (
                        <option value={p.storageProviderId} selected={p.storageProviderId === providerId()}>
                          {p.name}
                        </option>
                      )}
                    </For>
                  </select>
                )}
              </Field>
              <Field label="Vault quota (GB)" hint="0 = none." error={error("quotaBytes")}>
                {(id, describedBy) => (
                  <input
                    id={id}
                    inputMode="decimal"
                    aria-describedby={describedBy}
                    aria-invalid={invalid("quotaBytes")}
                    disabled={providerId() === ""}
                    value={vaultGb()}
                    onInput={(e) => setVaultGb(e.currentTarget.value)}
                  />
                )}
              </Field>
            </div>
            <div class="provision-form__pair">
              <Field label="Max devices" hint="0 = unlimited." error={error("maxDevices")}>
                {(id, describedBy) => (
                  <input
                    id={id}
                    inputMode="numeric"
                    aria-describedby={describedBy}
                    aria-invalid={invalid("maxDevices")}
                    value={maxDevices()}
                    onInput={(e) => setMaxDevices(e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field
                label="Protected-item quota (GB)"
                hint="Across all protected items; 0 = none."
                error={error("protectedItemQuotaBytes")}
              >
                {(id, describedBy) => (
                  <input
                    id={id}
                    inputMode="decimal"
                    aria-describedby={describedBy}
                    aria-invalid={invalid("protectedItemQuotaBytes")}
                    value={itemsGb()}
                    onInput={(e) => setItemsGb(e.currentTarget.value)}
                  />
                )}
              </Field>
            </div>
            <Show when={errors()?.form}>
              <p class="form-error" role="alert">
                {errors()?.form}
              </p>
            </Show>
            <div class="modal-form__actions">
              <button type="button" class="button button--ghost" onClick={() => change(false)}>
                Cancel
              </button>
              <button type="submit" class="button button--primary" disabled={createState.fetching}>
                {createState.fetching ? "Creating…" : "Create account"}
              </button>
            </div>
          </form>
        }
      >
        {(made) => (
          <div class="modal-form">
            <PasswordOnce
              username={made().username}
              password={made().password}
              advice="Sign the account's devices in with it; Partner Hub keeps no copy."
            />
            <div class="modal-form__actions">
              <button type="button" class="button button--primary" onClick={() => change(false)}>
                Open the account
              </button>
            </div>
          </div>
        )}
      </Show>
    </Modal>
  );
}
