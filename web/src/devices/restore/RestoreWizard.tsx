import { createMutation, createQuery } from "@urql/solid";
import { createMemo, createSignal, Match, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { graphql } from "../../gql/index.js";
import { requestErrorMessage } from "../../lib/form-errors.js";
import { formatDateTime } from "../../lib/format.js";
import Modal from "../../lib/Modal.js";
import { useNotify } from "../../lib/toast.js";
import ItemStep from "./ItemStep.js";
import MethodStep from "./MethodStep.js";
import ScopeStep from "./ScopeStep.js";
import SnapshotPicker, { type Snapshot } from "./SnapshotPicker.js";
import StepIndicator from "./StepIndicator.js";
import VaultStep from "./VaultStep.js";
import {
  type Choices,
  emptyChoices,
  type FieldProblems,
  newIdempotencyKey,
  placeFieldErrors,
  restoreInput,
  type Step,
  stepProblems,
  stepTitles,
} from "./wizard-state.js";
import "./restore.css";

const RestoreWizardQuery = graphql(`
  query RestoreWizard($id: ID!) {
    node(id: $id) {
      __typename
      ... on Device {
        id
        friendlyName
        isOnline
        storageVaults {
          ...RestoreVaultOption
        }
        protectedItems {
          ...RestoreItemOption
        }
      }
    }
  }
`);

const RunRestoreMutation = graphql(`
  mutation RunRestore($input: RunRestoreInput!) {
    runRestore(input: $input) {
      __typename
      ... on DeviceAction {
        id
        status
        summary
      }
      ...MutationErrorFields
    }
  }
`);

const fieldOfChoice: Record<keyof Choices, keyof FieldProblems> = {
  vaultId: "storageVault",
  itemId: "protectedItem",
  snapshotId: "snapshotId",
  latestSnapshotId: "snapshotId",
  method: "method",
  destinationPath: "destinationPath",
  overwrite: "overwrite",
  archiveFormat: "archiveFormat",
  scope: "paths",
  paths: "paths",
  queue: "queue",
};

export interface RestoreWizardProps {
  /** Global ID of the device that restores. */
  deviceId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The restore wizard: Storage Vault, protected item and snapshot, method and destination, scope
 * and summary, then `runRestore`. Each opening is a new wizard (the launcher mounts it while open)
 * with one idempotency key, so a retried submit cannot start a second restore. Browsing asks the
 * device, so an offline device leaves only "All items", queued.
 */
export default function RestoreWizard(props: RestoreWizardProps) {
  const notify = useNotify();
  const [page] = createQuery({ query: RestoreWizardQuery, variables: () => ({ id: props.deviceId }) });
  const device = createMemo(() => {
    const node = page.data?.node;
    return node?.__typename === "Device" ? node : null;
  });
  const [choices, setChoices] = createStore<Choices>(emptyChoices());
  const [step, setStep] = createSignal<Step>(0);
  const [reached, setReached] = createSignal<Step>(0);
  const [errors, setErrors] = createSignal<FieldProblems>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [reportedOffline, setReportedOffline] = createSignal(false);
  const [snapshots, setSnapshots] = createSignal<Snapshot[] | null>(null);
  const [submitState, submit] = createMutation(RunRestoreMutation);
  const idempotencyKey = newIdempotencyKey();
  let heading: HTMLHeadingElement | undefined;

  const offline = () => reportedOffline() || device()?.isOnline === false;
  const item = () => device()?.protectedItems.find((i) => i.id === choices.itemId) ?? null;
  const vault = () => device()?.storageVaults.find((v) => v.id === choices.vaultId) ?? null;
  const context = () => ({
    methods: item()?.restoreMethods ?? [],
    offline: offline(),
    noSnapshots: snapshots()?.length === 0,
  });

  /** Applies a change and drops the messages about what it changed. */
  const change = (patch: Partial<Choices>) => {
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof Choices)[]) delete next[fieldOfChoice[key]];
      return next;
    });
    setChoices(patch);
  };
  const chooseVault = (vaultId: string) => {
    if (vaultId === choices.vaultId) return;
    setSnapshots(null);
    change({ vaultId, snapshotId: null, latestSnapshotId: null, paths: [] });
  };
  const chooseItem = (itemId: string) => {
    if (itemId === choices.itemId) return;
    const methods = device()?.protectedItems.find((i) => i.id === itemId)?.restoreMethods ?? [];
    const method = choices.method && methods.includes(choices.method) ? choices.method : (methods[0] ?? null);
    // Before the change: the picker it mounts may list the snapshots at once (cached).
    setSnapshots(null);
    change({ itemId, method, snapshotId: null, latestSnapshotId: null, paths: [] });
  };
  const onOffline = () => {
    setReportedOffline(true);
    if (choices.scope === "SELECTED") setChoices({ scope: "ALL", paths: [] });
  };

  const goTo = (next: Step) => {
    setStep(next);
    if (next > reached()) setReached(next);
    queueMicrotask(() => heading?.focus());
  };
  const next = () => {
    const problems = stepProblems(step(), choices, context());
    setErrors(problems);
    if (Object.keys(problems).length === 0) goTo((step() + 1) as Step);
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (step() < 3) return next();
    for (const s of [0, 1, 2, 3] as Step[]) {
      const problems = stepProblems(s, choices, context());
      if (Object.keys(problems).length > 0) {
        setErrors(problems);
        if (s !== step()) goTo(s);
        return;
      }
    }
    setFormError(null);
    const result = await submit({ input: restoreInput(props.deviceId, choices, idempotencyKey) });
    const payload = result.data?.runRestore;
    if (result.error || !payload) {
      setFormError(result.error ? requestErrorMessage(result.error) : "Something went wrong. Try again.");
      return;
    }
    switch (payload.__typename) {
      case "DeviceAction":
        notify(
          "success",
          payload.status === "QUEUED" ? "Restore queued" : "Restore started",
          payload.status === "QUEUED" ? `${payload.summary}; it runs when the device connects.` : payload.summary,
        );
        props.onOpenChange(false);
        return;
      case "InvalidInputError": {
        const placed = placeFieldErrors(payload.fieldErrors);
        setErrors(placed.fields);
        setFormError(placed.form ?? (placed.step === null ? payload.message : null));
        if (placed.step !== null && placed.step !== step()) goTo(placed.step);
        return;
      }
      case "DeviceOfflineError":
        onOffline();
        setFormError(`${payload.message} Queue it to run when the device connects.`);
        return;
      default:
        setFormError(payload.message);
    }
  };

  const snapshotName = () => {
    const at = (id: string | null) => snapshots()?.find((s) => s.id === id)?.createdAt;
    if (choices.snapshotId === null) {
      const latest = at(choices.latestSnapshotId);
      return latest ? `Latest (${formatDateTime(latest)})` : "Latest";
    }
    return at(choices.snapshotId) ? formatDateTime(at(choices.snapshotId)) : choices.snapshotId;
  };

  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title="Restore" description={device()?.friendlyName}>
      <form class="restore-wizard" onSubmit={onSubmit} noValidate>
        <StepIndicator current={step()} reached={reached()} onGo={goTo} />
        <h3 class="restore-wizard__heading" tabindex="-1" ref={heading}>
          Step {step() + 1} of 4: {stepTitles[step()]}
        </h3>
        <Show when={offline()}>
          <p class="alert alert--warning" role="status">
            The device is offline; browsing needs a live connection.
          </p>
        </Show>
        <Switch>
          <Match when={page.fetching && !page.data}>
            <p class="muted" role="status">
              Loading the device…
            </p>
          </Match>
          <Match when={page.error && !page.data}>
            <p class="form-error" role="alert">
              The device could not be loaded: {page.error ? requestErrorMessage(page.error) : ""}
            </p>
          </Match>
          <Match when={page.data && !device()}>
            <p class="form-error" role="alert">
              The device was not found.
            </p>
          </Match>
          <Match when={device()}>
            {(d) => (
              <Switch>
                <Match when={step() === 0}>
                  <VaultStep
                    vaults={d().storageVaults}
                    value={choices.vaultId}
                    onChange={chooseVault}
                    error={errors().storageVault}
                  />
                </Match>
                <Match when={step() === 1}>
                  <ItemStep
                    items={d().protectedItems}
                    value={choices.itemId}
                    onChange={chooseItem}
                    errors={errors()}
                    snapshots={
                      <Show
                        when={choices.vaultId && choices.itemId ? `${choices.vaultId} ${choices.itemId}` : null}
                        keyed
                      >
                        <SnapshotPicker
                          deviceId={props.deviceId}
                          vaultId={choices.vaultId ?? ""}
                          itemId={choices.itemId ?? ""}
                          value={choices.snapshotId}
                          onChange={(snapshotId) => change({ snapshotId, paths: [] })}
                          onListed={(list) => {
                            setChoices({ latestSnapshotId: list[0]?.id ?? null });
                            setSnapshots(list);
                          }}
                          onOffline={onOffline}
                          error={errors().snapshotId}
                        />
                      </Show>
                    }
                  />
                </Match>
                <Match when={step() === 2}>
                  <MethodStep
                    deviceId={props.deviceId}
                    methods={item()?.restoreMethods ?? []}
                    choices={choices}
                    offline={offline()}
                    onChange={change}
                    onOffline={onOffline}
                    errors={errors()}
                  />
                </Match>
                <Match when={step() === 3}>
                  <ScopeStep
                    deviceId={props.deviceId}
                    choices={choices}
                    names={{
                      vault: vault()?.description ?? "—",
                      item: item() ? `${item()?.description} (${item()?.engineLabel})` : "—",
                      snapshot: snapshotName(),
                    }}
                    browseSnapshotId={choices.snapshotId ?? choices.latestSnapshotId}
                    offline={offline()}
                    onChange={change}
                    onOffline={onOffline}
                    errors={errors()}
                  />
                </Match>
              </Switch>
            )}
          </Match>
        </Switch>
        <Show when={formError()}>
          <p class="form-error" role="alert">
            {formError()}
          </p>
        </Show>
        <div class="modal-form__actions restore-wizard__actions">
          <button type="button" class="button button--ghost" onClick={() => props.onOpenChange(false)}>
            Cancel
          </button>
          <Show when={step() > 0}>
            <button type="button" class="button button--ghost" onClick={() => goTo((step() - 1) as Step)}>
              Back
            </button>
          </Show>
          <button type="submit" class="button button--primary" disabled={!device() || submitState.fetching}>
            {step() < 3
              ? "Next"
              : submitState.fetching
                ? "Starting…"
                : choices.queue
                  ? "Queue restore"
                  : "Start restore"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
