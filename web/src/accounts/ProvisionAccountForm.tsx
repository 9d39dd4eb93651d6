import { useNavigate } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { createEffect, createSignal, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { graphql } from "../gql/index.js";
import { errorsOf } from "../lib/form-errors.js";
import Modal from "../lib/Modal.js";
import { useNotify } from "../lib/toast.js";
import { accountHref, newIdempotencyKey } from "./access.js";
import PasswordOnce from "./PasswordOnce.js";
import ProvisionLimitFields from "./ProvisionLimitFields.js";
import ProvisionLoginFields from "./ProvisionLoginFields.js";
import ProvisionPackageFields from "./ProvisionPackageFields.js";
import ProvisionTargetFields from "./ProvisionTargetFields.js";
import {
  emptyProvisionValues,
  openCustomers,
  type ProvisionErrors,
  type ProvisionValues,
  provisionFields,
  provisionRequest,
  spansMsps,
  targetKey,
  targetsFor,
} from "./provision-form.js";
import "./accounts.css";

const ProvisionChoicesQuery = graphql(`
  query ProvisionChoices {
    provisioningTargets { server { id name } mspId mspName }
    customers(first: 100) { edges { node { id name status mspId } } }
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
  const navigate = useNavigate();
  const notify = useNotify();
  const [values, setValues] = createStore<ProvisionValues>(emptyProvisionValues());
  const [errors, setErrors] = createSignal<ProvisionErrors>(null);
  const [created, setCreated] = createSignal<{ id: string; username: string; password: string } | null>(null);
  let key = newIdempotencyKey();

  const [choices] = createQuery({ query: ProvisionChoicesQuery, pause: () => !props.open });
  const [createState, create] = createMutation(CreateCometAccountMutation);
  const targets = () => targetsFor(choices.data, values.customerId);
  const target = () => targets().find((t) => targetKey(t) === values.targetId);
  const serverId = () => target()?.server.id ?? "";

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setValues({ customerId: props.customerId ?? "" });
        setErrors(null);
        setCreated(null);
        key = newIdempotencyKey();
      },
    ),
  );
  // One server only (the usual case): choose it. A choice that no longer fits the customer is undone.
  createEffect(() => {
    const list = targets();
    if (values.targetId !== "" && !target()) setValues({ targetId: "", policyGroupId: "", providerId: "" });
    if (values.targetId === "" && list.length === 1) setValues({ targetId: targetKey(list[0]!) });
  });

  const change = (open: boolean) => {
    const made = created();
    if (!open) {
      // The password is forgotten with the form; the new account's page opens instead.
      setCreated(null);
      setValues({ password: "", username: "", email: "" });
    }
    props.onOpenChange(open);
    if (!open && made) navigate(accountHref(made.id));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const request = provisionRequest(values, serverId(), key);
    if ("problems" in request) return setErrors({ fields: request.problems, form: null });
    const res = await create({ input: request.input });
    if (!res.error?.networkError) key = newIdempotencyKey();
    const payload = res.data?.createCometAccount;
    const problem = errorsOf(res, payload, "CreateCometAccountPayload", provisionFields);
    setErrors(problem);
    if (problem || payload?.__typename !== "CreateCometAccountPayload") {
      notify("error", "Account not created", problem?.form ?? "Check the highlighted fields.");
      return;
    }
    notify("success", `${payload.account.username} created`, "The account is ready on its Comet server.");
    setValues({ password: "" });
    if (payload.isGenerated) {
      setCreated({ id: payload.account.id, username: payload.account.username, password: payload.password });
    } else {
      props.onOpenChange(false);
      navigate(accountHref(payload.account.id));
    }
  };

  return (
    <Modal open={props.open} onOpenChange={change} title="Provision a Comet account">
      <Show
        when={created()}
        fallback={
          <form class="modal-form provision-form" onSubmit={(e) => void submit(e)} noValidate>
            <ProvisionTargetFields
              values={values}
              targets={targets()}
              customers={openCustomers(choices.data)}
              spansMsps={spansMsps(choices.data)}
              loading={choices.fetching && !choices.data}
              errors={errors()}
              onChange={setValues}
            />
            <ProvisionLoginFields values={values} errors={errors()} onChange={setValues} />
            <ProvisionPackageFields serverId={serverId()} values={values} errors={errors()} onChange={setValues} />
            <ProvisionLimitFields values={values} errors={errors()} onChange={setValues} />
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
          <CreatedAccount username={made().username} password={made().password} onOpen={() => change(false)} />
        )}
      </Show>
    </Modal>
  );
}

/** The generated password, once, before the new account's page opens. */
function CreatedAccount(props: { username: string; password: string; onOpen: () => void }) {
  return (
    <div class="modal-form">
      <PasswordOnce
        username={props.username}
        password={props.password}
        advice="Sign the account's devices in with it; Partner Hub keeps no copy."
      />
      <div class="modal-form__actions">
        <button type="button" class="button button--primary" onClick={() => props.onOpen()}>
          Open the account
        </button>
      </div>
    </div>
  );
}
