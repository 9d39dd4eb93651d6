import { createMutation } from "@urql/solid";
import { createSignal, Show } from "solid-js";
import type { AccountQuotasCardFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import { useNotify } from "../lib/toast.js";
import { bytesToGb, newIdempotencyKey } from "./access.js";
import QuotasForm from "./QuotasForm.js";
import QuotasList from "./QuotasList.js";
import { checkQuotas, formValues, type Limits, type QuotaField, quotaFields } from "./quotas.js";

graphql(`
  fragment AccountQuotasCard on CometAccount {
    id
    username
    profileHash
    missingSince
    quotas {
      maxDevices
      maxMicrosoft365Accounts
      maxHyperVGuests
      maxVMwareGuests
      protectedItemQuotaBytes
      deviceCount
      microsoft365AccountCount
      hyperVGuestCount
      vmwareGuestCount
    }
  }
`);

const RefreshAccountProfileMutation = graphql(`
  mutation RefreshAccountProfile($input: RefreshAccountProfileInput!) {
    refreshAccountProfile(input: $input) {
      __typename
      ... on CometAccount { ...AccountQuotasCard }
      ...MutationErrorFields
    }
  }
`);

const ChangeAccountPackageMutation = graphql(`
  mutation ChangeAccountPackage($input: ChangeAccountPackageInput!) {
    changeAccountPackage(input: $input) {
      __typename
      ... on CometAccount { ...AccountQuotasCard }
      ... on ProfileConflictError {
        message
        freshHash: profileHash
        current { maxDevices maxMicrosoft365Accounts maxHyperVGuests maxVMwareGuests protectedItemQuotaBytes }
      }
      ...MutationErrorFields
    }
  }
`);

interface Editing {
  /** The hash the form's values came with: the write is refused if Comet's profile moved on since. */
  profileHash: string;
  /** The storage quota as loaded: sent only when the GB field changed, so rounding never rewrites it. */
  loadedBytes: string;
}

/**
 * The account's package: each limit (0 = unlimited) beside what the account uses now. Editing
 * first reloads the profile from Comet (the mirror's hash may be stale), then writes with that hash;
 * a change made meanwhile elsewhere comes back as a conflict whose values replace the form's, so
 * nothing is overwritten silently.
 */
export default function QuotasCard(props: { account: AccountQuotasCardFragment; canEdit: boolean }) {
  const notify = useNotify();
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [values, setValues] = createSignal<Record<QuotaField, string>>(formValues(props.account.quotas));
  const [errors, setErrors] = createSignal<FormErrors<QuotaField> | null>(null);
  const [conflict, setConflict] = createSignal(false);
  const [refreshState, refresh] = createMutation(RefreshAccountProfileMutation);
  const [saveState, save] = createMutation(ChangeAccountPackageMutation);
  let key = newIdempotencyKey();

  const load = (limits: Limits, profileHash: string) => {
    setValues(formValues(limits));
    setEditing({ profileHash, loadedBytes: limits.protectedItemQuotaBytes });
    key = newIdempotencyKey();
  };

  const startEdit = async () => {
    setErrors(null);
    setConflict(false);
    const res = await refresh({ input: { accountId: props.account.id } });
    const payload = res.data?.refreshAccountProfile;
    const problem = errorsOf(res, payload, "CometAccount");
    if (problem || payload?.__typename !== "CometAccount") {
      notify("error", "Cannot edit the quotas", problem?.form ?? undefined);
      return;
    }
    if (!payload.profileHash) {
      notify("error", "Cannot edit the quotas", "Comet returned no profile hash for this account.");
      return;
    }
    load(payload.quotas, payload.profileHash);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const edit = editing();
    if (!edit) return;
    const v = values();
    const checked = checkQuotas(v);
    if ("problems" in checked) return setErrors({ fields: checked.problems, form: null });
    const { limits, bytes } = checked;
    const gbChanged = v.protectedItemQuotaBytes.trim() !== bytesToGb(edit.loadedBytes);
    const res = await save({
      input: {
        accountId: props.account.id,
        expectedProfileHash: edit.profileHash,
        ...limits,
        ...(gbChanged ? { protectedItemQuotaBytes: bytes.toString() } : {}),
        idempotencyKey: key,
      },
    });
    if (!res.error?.networkError) key = newIdempotencyKey();
    const payload = res.data?.changeAccountPackage;
    if (payload?.__typename === "ProfileConflictError") {
      load(payload.current, payload.freshHash);
      setConflict(true);
      setErrors(null);
      notify("error", "Quotas not saved", "Someone changed this account meanwhile. Review the current values.");
      return;
    }
    const problem = errorsOf(res, payload, "CometAccount", quotaFields);
    setErrors(problem);
    if (problem) {
      notify("error", "Quotas not saved", problem.form ?? "Check the highlighted fields.");
      return;
    }
    setEditing(null);
    setConflict(false);
    notify("success", "Quotas saved", `${props.account.username}'s package was updated in Comet.`);
  };

  const cancel = () => {
    setEditing(null);
    setConflict(false);
    setErrors(null);
  };

  return (
    <section class="card quotas-card" aria-labelledby="quotas-title">
      <header class="section-head">
        <h2 id="quotas-title">Quotas</h2>
        <Show when={props.canEdit && !editing() && !props.account.missingSince}>
          <button
            type="button"
            class="button button--ghost"
            disabled={refreshState.fetching}
            onClick={() => void startEdit()}
          >
            {refreshState.fetching ? "Loading from Comet…" : "Edit quotas"}
          </button>
        </Show>
      </header>
      <Show when={editing()} fallback={<QuotasList quotas={props.account.quotas} />}>
        <QuotasForm
          quotas={props.account.quotas}
          values={values()}
          errors={errors()}
          conflict={conflict()}
          saving={saveState.fetching}
          onInput={(field, value) => setValues((prev) => ({ ...prev, [field]: value }))}
          onSubmit={(e) => void submit(e)}
          onCancel={cancel}
        />
      </Show>
    </section>
  );
}
