import { createMutation, createQuery } from "@urql/solid";
import { createMemo, Match, Show, Switch } from "solid-js";
import { graphql } from "../../gql/index.js";
import { requestErrorMessage } from "../../lib/form-errors.js";
import Modal from "../../lib/Modal.js";
import { useNotify } from "../../lib/toast.js";
import StepIndicator from "./StepIndicator.js";
import WizardStep from "./WizardStep.js";
import { createRestoreWizard } from "./wizard.js";
import { newIdempotencyKey, placeFieldErrors, restoreInput, type Step, stepTitles } from "./wizard-state.js";
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
  let heading: HTMLHeadingElement | undefined;
  const wizard = createRestoreWizard({ device, focusHeading: () => heading?.focus() });
  const [submitState, submit] = createMutation(RunRestoreMutation);
  const idempotencyKey = newIdempotencyKey();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (wizard.step() < 3) return wizard.next();
    if (wizard.showFirstProblem()) return;
    wizard.setFormError(null);
    const result = await submit({ input: restoreInput(props.deviceId, wizard.choices, idempotencyKey) });
    const payload = result.data?.runRestore;
    if (result.error || !payload) {
      wizard.setFormError(result.error ? requestErrorMessage(result.error) : "Something went wrong. Try again.");
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
        wizard.setErrors(placed.fields);
        wizard.setFormError(placed.form ?? (placed.step === null ? payload.message : null));
        if (placed.step !== null && placed.step !== wizard.step()) wizard.goTo(placed.step);
        return;
      }
      case "DeviceOfflineError":
        wizard.onOffline();
        wizard.setFormError(`${payload.message} Queue it to run when the device connects.`);
        return;
      default:
        wizard.setFormError(payload.message);
    }
  };

  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title="Restore" description={device()?.friendlyName}>
      <form class="restore-wizard" onSubmit={onSubmit} noValidate>
        <StepIndicator current={wizard.step()} reached={wizard.reached()} onGo={wizard.goTo} />
        <h3 class="restore-wizard__heading" tabindex="-1" ref={heading}>
          Step {wizard.step() + 1} of 4: {stepTitles[wizard.step()]}
        </h3>
        <Show when={wizard.offline()}>
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
          <Match when={device()}>{(d) => <WizardStep deviceId={props.deviceId} device={d()} wizard={wizard} />}</Match>
        </Switch>
        <Show when={wizard.formError()}>
          <p class="form-error" role="alert">
            {wizard.formError()}
          </p>
        </Show>
        <div class="modal-form__actions restore-wizard__actions">
          <button type="button" class="button button--ghost" onClick={() => props.onOpenChange(false)}>
            Cancel
          </button>
          <Show when={wizard.step() > 0}>
            <button type="button" class="button button--ghost" onClick={() => wizard.goTo((wizard.step() - 1) as Step)}>
              Back
            </button>
          </Show>
          <button type="submit" class="button button--primary" disabled={!device() || submitState.fetching}>
            {wizard.step() < 3
              ? "Next"
              : submitState.fetching
                ? "Starting…"
                : wizard.choices.queue
                  ? "Queue restore"
                  : "Start restore"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
