import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { AccountQuotasCardFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { errorsOf, type FormErrors } from "../lib/form-errors.js";
import { formatBytes, formatCount } from "../lib/format.js";
import { useNotify } from "../lib/toast.js";
import { bytesToGb, gbToBytes, limitLabel, newIdempotencyKey, parseLimit } from "./access.js";

export const AccountQuotasCardFragmentDoc = graphql(`
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

type Limits = Pick<
  AccountQuotasCardFragment["quotas"],
  "maxDevices" | "maxMicrosoft365Accounts" | "maxHyperVGuests" | "maxVMwareGuests" | "protectedItemQuotaBytes"
>;
const limitFields = ["maxDevices", "maxMicrosoft365Accounts", "maxHyperVGuests", "maxVMwareGuests"] as const;
type LimitField = (typeof limitFields)[number];
const fields = [...limitFields, "protectedItemQuotaBytes"] as const;
type QuotaField = (typeof fields)[number];

type Quotas = AccountQuotasCardFragment["quotas"];
const rows: { field: LimitField; label: string; formLabel: string; usage: (q: Quotas) => number }[] = [
  { field: "maxDevices", label: "Devices", formLabel: "Max devices", usage: (q) => q.deviceCount },
  {
    field: "maxMicrosoft365Accounts",
    label: "Microsoft 365 accounts",
    formLabel: "Max Microsoft 365 accounts",
    usage: (q) => q.microsoft365AccountCount,
  },
  {
    field: "maxHyperVGuests",
    label: "Hyper-V guests",
    formLabel: "Max Hyper-V guests",
    usage: (q) => q.hyperVGuestCount,
  },
  {
    field: "maxVMwareGuests",
    label: "VMware guests",
    formLabel: "Max VMware guests",
    usage: (q) => q.vmwareGuestCount,
  },
];

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
    const local: Partial<Record<QuotaField, string>> = {};
    const limits = {} as Record<LimitField, number>;
    for (const field of limitFields) {
      const n = parseLimit(v[field]);
      if (n === null) local[field] = "Enter 0 (unlimited) or a whole number.";
      else limits[field] = n;
    }
    const bytes = gbToBytes(v.protectedItemQuotaBytes);
    if (bytes === null) local.protectedItemQuotaBytes = "Enter 0 (no quota) or a number of GB.";
    if (Object.keys(local).length > 0) return setErrors({ fields: local, form: null });
    const gbChanged = v.protectedItemQuotaBytes.trim() !== bytesToGb(edit.loadedBytes);
    const res = await save({
      input: {
        accountId: props.account.id,
        expectedProfileHash: edit.profileHash,
        ...limits,
        ...(gbChanged && bytes !== null ? { protectedItemQuotaBytes: bytes.toString() } : {}),
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
    const problem = errorsOf(res, payload, "CometAccount", fields);
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

  const error = (field: QuotaField) => errors()?.fields[field];
  const input = (field: QuotaField, inputMode: "numeric" | "decimal") => (id: string, describedBy?: string) => (
    <input
      id={id}
      name={field}
      inputMode={inputMode}
      aria-describedby={describedBy}
      aria-invalid={error(field) ? "true" : undefined}
      value={values()[field]}
      onInput={(e) => {
        const value = e.currentTarget.value;
        setValues((prev) => ({ ...prev, [field]: value }));
      }}
    />
  );

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
      <Show
        when={editing()}
        fallback={
          <dl class="quotas">
            <For each={rows}>
              {(row) => (
                <div class="quotas__row">
                  <dt>{row.label}</dt>
                  <dd>
                    <span class="quotas__usage">{formatCount(row.usage(props.account.quotas))}</span>
                    <span class="muted"> of </span>
                    <span class="quotas__limit">{limitLabel(props.account.quotas[row.field])}</span>
                  </dd>
                </div>
              )}
            </For>
            <div class="quotas__row">
              <dt>Protected-item storage quota</dt>
              <dd class="quotas__limit">
                {props.account.quotas.protectedItemQuotaBytes === "0"
                  ? "None"
                  : formatBytes(props.account.quotas.protectedItemQuotaBytes)}
              </dd>
            </div>
          </dl>
        }
      >
        <form class="quotas-form" onSubmit={(e) => void submit(e)} noValidate>
          <Show when={conflict()}>
            <p class="alert alert--warning" role="alert">
              Someone changed this account meanwhile. The form now shows its current values: review them and save again.
            </p>
          </Show>
          <For each={rows}>
            {(row) => (
              <Field
                label={row.formLabel}
                hint={`In use: ${formatCount(row.usage(props.account.quotas))}. 0 = unlimited.`}
                error={error(row.field)}
              >
                {input(row.field, "numeric")}
              </Field>
            )}
          </For>
          <Field
            label="Protected-item storage quota (GB)"
            hint="Across all protected items. 0 = no quota."
            error={error("protectedItemQuotaBytes")}
          >
            {input("protectedItemQuotaBytes", "decimal")}
          </Field>
          <Show when={errors()?.form}>
            <p class="form-error" role="alert">
              {errors()?.form}
            </p>
          </Show>
          <div class="modal-form__actions">
            <button type="button" class="button button--ghost" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" class="button button--primary" disabled={saveState.fetching}>
              Save quotas
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}

function formValues(limits: Limits): Record<QuotaField, string> {
  return {
    maxDevices: String(limits.maxDevices),
    maxMicrosoft365Accounts: String(limits.maxMicrosoft365Accounts),
    maxHyperVGuests: String(limits.maxHyperVGuests),
    maxVMwareGuests: String(limits.maxVMwareGuests),
    protectedItemQuotaBytes: bytesToGb(limits.protectedItemQuotaBytes),
  };
}
