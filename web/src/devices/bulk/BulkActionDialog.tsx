import { createQuery, useClient } from "@urql/solid";
import { createSignal, Match, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { graphql } from "../../gql/index.js";
import Modal from "../../lib/Modal.js";
import { useNotify } from "../../lib/toast.js";
import { BulkChooser } from "./BulkChooser.js";
import { BulkPreview } from "./BulkPreview.js";
import { BulkProgress } from "./BulkProgress.js";
import { createBulkAction } from "./bulk-action.js";
import { type BulkForm, uninstallPhrase } from "./bulk-form.js";
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
  const [typed, setTyped] = createSignal("");

  const action = createBulkAction({ client, notify, form });
  const change = (patch: Partial<BulkForm>) => {
    setForm(patch);
    action.setPreview(null);
    setTyped("");
  };

  const confirmed = () =>
    form.kind !== "UNINSTALL_SOFTWARE" || typed() === uninstallPhrase(action.preview()?.answer.count ?? 0);

  return (
    <Modal open={props.open} onOpenChange={props.onOpenChange} title="Bulk action">
      <Switch>
        <Match when={action.operationId()}>{(id) => <BulkProgress operationId={id()} />}</Match>
        <Match when={!action.operationId()}>
          <form
            class="bulk-form"
            onSubmit={(e) => {
              e.preventDefault();
              void (action.preview() ? action.start() : action.runPreview());
            }}
          >
            <BulkChooser
              form={form}
              customers={customers.data?.customers.edges.map((e) => e.node) ?? []}
              onChange={change}
            />
            <Show when={action.error()}>
              <p class="form-error" role="alert">
                {action.error()}
              </p>
            </Show>
            <Show when={action.preview()}>
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
              <button
                type="button"
                class="button button--ghost"
                disabled={action.busy()}
                onClick={() => void action.runPreview()}
              >
                Preview
              </button>
              <button
                type="button"
                class="button button--primary"
                disabled={action.busy() || !action.preview() || action.preview()?.answer.count === 0 || !confirmed()}
                onClick={() => void action.start()}
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
