import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import type { RestoreWizardQuery } from "../../gql/graphql.js";
import { formatDateTime } from "../../lib/format.js";
import type { Snapshot } from "./SnapshotPicker.js";
import { type Choices, emptyChoices, type FieldProblems, type Step, stepProblems } from "./wizard-state.js";

export type WizardDevice = Extract<NonNullable<RestoreWizardQuery["node"]>, { __typename: "Device" }>;

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

/**
 * One opening of the restore wizard: the choices, the step reached, the messages per field, and
 * the moves between steps (wizard-state.ts has the rules; this wires them to signals). A change
 * drops the messages about what it changed; leaving a step checks it first.
 */
export function createRestoreWizard(opts: {
  device: () => WizardDevice | null;
  /** After moving to a step: focus its heading, so a screen reader reads where it is. */
  focusHeading: () => void;
}) {
  const [choices, setChoices] = createStore<Choices>(emptyChoices());
  const [step, setStep] = createSignal<Step>(0);
  const [reached, setReached] = createSignal<Step>(0);
  const [errors, setErrors] = createSignal<FieldProblems>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [reportedOffline, setReportedOffline] = createSignal(false);
  const [snapshots, setSnapshots] = createSignal<Snapshot[] | null>(null);

  const offline = () => reportedOffline() || opts.device()?.isOnline === false;
  const item = () => opts.device()?.protectedItems.find((i) => i.id === choices.itemId) ?? null;
  const vault = () => opts.device()?.storageVaults.find((v) => v.id === choices.vaultId) ?? null;
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
    const methods = opts.device()?.protectedItems.find((i) => i.id === itemId)?.restoreMethods ?? [];
    const method = choices.method && methods.includes(choices.method) ? choices.method : (methods[0] ?? null);
    // Before the change: the picker it mounts may list the snapshots at once (cached).
    setSnapshots(null);
    change({ itemId, method, snapshotId: null, latestSnapshotId: null, paths: [] });
  };
  const listed = (list: Snapshot[]) => {
    setChoices({ latestSnapshotId: list[0]?.id ?? null });
    setSnapshots(list);
  };
  const onOffline = () => {
    setReportedOffline(true);
    if (choices.scope === "SELECTED") setChoices({ scope: "ALL", paths: [] });
  };

  const goTo = (next: Step) => {
    setStep(next);
    if (next > reached()) setReached(next);
    queueMicrotask(opts.focusHeading);
  };
  const next = () => {
    const problems = stepProblems(step(), choices, context());
    setErrors(problems);
    if (Object.keys(problems).length === 0) goTo((step() + 1) as Step);
  };
  /** Before sending: the first step that still blocks, shown with its messages; false if none. */
  const showFirstProblem = () => {
    for (const s of [0, 1, 2, 3] as Step[]) {
      const problems = stepProblems(s, choices, context());
      if (Object.keys(problems).length > 0) {
        setErrors(problems);
        if (s !== step()) goTo(s);
        return true;
      }
    }
    return false;
  };

  const snapshotName = () => {
    const at = (id: string | null) => snapshots()?.find((s) => s.id === id)?.createdAt;
    if (choices.snapshotId === null) {
      const latest = at(choices.latestSnapshotId);
      return latest ? `Latest (${formatDateTime(latest)})` : "Latest";
    }
    return at(choices.snapshotId) ? formatDateTime(at(choices.snapshotId)) : choices.snapshotId;
  };

  return {
    choices,
    step,
    reached,
    errors,
    setErrors,
    formError,
    setFormError,
    offline,
    item,
    vault,
    snapshotName,
    change,
    chooseVault,
    chooseItem,
    listed,
    onOffline,
    goTo,
    next,
    showFirstProblem,
  };
}

export type RestoreWizardState = ReturnType<typeof createRestoreWizard>;
