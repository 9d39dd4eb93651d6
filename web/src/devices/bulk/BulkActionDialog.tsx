import { createQuery, useClient } from "@urql/solid";
import { createSignal, Match, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import type { BulkPreviewFragment, PreviewBulkDeviceActionInput } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import Modal from "../../lib/Modal.js";
import { useNotify } from "../../lib/toast.js";
import { BulkChooser } from "./BulkChooser.js";
import { BulkPreview } from "./BulkPreview.js";
import { BulkProgress } from "./BulkProgress.js";
import { type BulkForm, missing, previewInput, uninstallPhrase } from "./bulk-form.js";
import "./bulk.css";

/**
 * One bulk action, from choice to result: choose the action and the devices, preview it (a dry
 * run), start it with the previewed count (the API refuses when the fleet changed since: the
 * dialog then previews again), and follow its progress. Each opening mounts a new dialog.
 */

const BulkCustomersQuery = graphql(`
  query BulkCustomers {
    customers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PreviewBulkQuery = graphql(`
  query PreviewBulkDeviceAction($input: PreviewBulkDeviceActionInput!) {
    previewBulkDeviceAction(input: $input) {
      __typename
      ...BulkPreview
      ... on UserError {
        message
      }
    }
  }
`);

const StartBulkMutation = graphql(`
  mutation StartBulkDeviceAction($input: StartBulkDeviceActionInput!) {
    startBulkDeviceAction(input: $input) {
      __typename
      ... on BulkOperation {
        id
        kindLabel
        total
      }
      ...MutationErrorFields
    }
  }
`);

export default function BulkActionDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The dashboard's search when the dialog opened: the default scope. */
  search: string;
}) {
  const notify = useNotify();
  const client = useClient();
  const [customers] = createQuery({ query: BulkCustomersQuery });
  const [form, setForm] = createStore<BulkForm>({
    kind: "UPDATE_SOFTWARE",
    customerId: null,
    search: props.search,
    removeConfiguration: false,
    storageVaultName: "",
    protectedItemName: "",
    queueOffline: false,
  });
  // The preview and the exact input it answered: Start sends that input, not later edits.
  const [preview, setPreview] = createSignal<{
    input: PreviewBulkDeviceActionInput;
    answer: BulkPreviewFragment;
  } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [typed, setTyped] = createSignal("");
  const [operationId, setOperationId] = createSignal<string | null>(null);

  const change = (patch: Partial<BulkForm>) => {
    setForm(patch);
    setPreview(null);
    setTyped("");
  };

  async function runPreview() {
    const lacking = missing(form);
    if (lacking) return setError(lacking);
    setBusy(true);
    setError(null);
    const input = previewInput(form);
    const result = await client.query(PreviewBulkQuery, { input }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    const answer = result.data?.previewBulkDeviceAction;
    if (answer?.__typename === "BulkDeviceActionPreview") return setPreview({ input, answer });
    setPreview(null);
    setError(answer && "message" in answer ? answer.message : (result.error?.message ?? "Unexpected answer."));
  }

  async function start() {
    const previewed = preview();
    if (!previewed) return;
    setBusy(true);
    setError(null);
    const input = {
      ...previewed.input,
      expectedCount: previewed.answer.count,
      // One key per click: a retried request cannot start the operation twice.
      idempotencyKey: crypto.randomUUID(),
    };
    const result = await client.mutation(StartBulkMutation, { input }).toPromise();
    setBusy(false);
    const answer = result.data?.startBulkDeviceAction;
    if (answer?.__typename === "BulkOperation") {
      notify(
        "success",
        `${answer.kindLabel} started`,
        `On ${answer.total} ${answer.total === 1 ? "device" : "devices"}.`,
      );
      return setOperationId(answer.id);
    }
    const message = answer && "message" in answer ? answer.message : (result.error?.message ?? "Unexpected answer.");
    notify("error", "Bulk action not started", message);
    setError(message);
    // The fleet changed since the preview: show what it would do now.
    if (answer?.__typename === "ConflictError") await runPreview().then(() => setError(message));
  }

  const confirmed = () =>
    form.kind !== "UNINSTALL_SOFTWARE" || typed() === uninstallPhrase(preview()?.answer.count ?? 0);

  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title="Bulk action">
      <Switch>
        <Match when={operationId()}>{(id) => <BulkProgress operationId={id()} />}</Match>
        <Match when={!operationId()}>
          <form
            class="bulk-form"
            onSubmit={(e) => {
              e.preventDefault();
              void (preview() ? start() : runPreview());
            }}
          >
            <BulkChooser
              form={form}
              customers={customers.data?.customers.edges.map((e) => e.node) ?? []}
              onChange={change}
            />
            <Show when={error()}>
              <p class="form-error" role="alert">
                {error()}
              </p>
            </Show>
            <Show when={preview()}>
              {(p) => (
                <>
                  <BulkPreview preview={p().answer} />
                  <Show when={form.kind === "UNINSTALL_SOFTWARE" && p().answer.count > 0}>
                    <label class="field">
                      <span>
                        Type <strong>{uninstallPhrase(p().answer.count)}</strong> to confirm
                      </span>
                      <input value={typed()} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
                    </label>
                  </Show>
                </>
              )}
            </Show>
            <div class="modal-form__actions">
              <button type="button" class="button button--ghost" disabled={busy()} onClick={() => void runPreview()}>
                Preview
              </button>
              <button
                type="button"
                class="button button--primary"
                disabled={busy() || !preview() || preview()?.answer.count === 0 || !confirmed()}
                onClick={() => void start()}
              >
                Start
              </button>
            </div>
          </form>
        </Match>
      </Switch>
    </Modal>
  );
}
