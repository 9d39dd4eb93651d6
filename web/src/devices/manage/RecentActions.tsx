import { useClient } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { ManageActionRowFragment } from "../../gql/graphql.js";
import { formatDateTime } from "../../lib/format.js";
import { ToneBadge } from "../../lib/StatusBadge.js";
import { useNotify } from "../../lib/toast.js";
import type { PanelDevice } from "./act.js";
import { actionStatusLabels, actionTone } from "./action-status.js";
import { CancelDeviceActionMutation } from "./operations.js";

/** The device's last ten actions with their status; a queued one can still be cancelled. */
export default function RecentActions(props: { actions: ManageActionRowFragment[]; target: PanelDevice }) {
  const notify = useNotify();
  const client = useClient();
  const [cancelling, setCancelling] = createSignal<string | null>(null);
  const cancel = async (action: ManageActionRowFragment) => {
    setCancelling(action.id);
    try {
      const result = await client.mutation(CancelDeviceActionMutation, { input: { id: action.id } }).toPromise();
      const payload = result.data?.cancelDeviceAction;
      if (payload?.__typename === "DeviceAction") {
        notify("success", "Queued action cancelled", payload.summary);
      } else {
        notify("error", "Not cancelled", payload?.message ?? result.error?.message ?? "Unexpected answer.");
      }
      props.target.refresh();
    } finally {
      setCancelling(null);
    }
  };
  return (
    <section class="manage-recent" aria-labelledby="manage-recent-title">
      <h3 id="manage-recent-title">Recent actions</h3>
      <Show when={props.actions.length > 0} fallback={<p class="muted">No actions yet.</p>}>
        <ul class="manage-recent__list">
          <For each={props.actions}>
            {(action) => (
              <li class="manage-recent__item">
                <ToneBadge
                  tone={actionTone(action.status)}
                  live={action.status === "RUNNING"}
                  label={actionStatusLabels[action.status]}
                  class="manage-recent__status"
                />
                <span class="manage-recent__what">
                  <span>{action.summary || action.kindLabel}</span>
                  <span class="muted">
                    {formatDateTime(action.createdAt)}
                    <Show when={action.status === "QUEUED" && action.expiresAt}>
                      {(_) => <> · expires {formatDateTime(action.expiresAt)}</>}
                    </Show>
                    <Show when={action.errorMessage}>{(m) => <> · {m()}</>}</Show>
                  </span>
                </span>
                <Show when={action.status === "QUEUED"}>
                  <button
                    type="button"
                    class="button button--ghost manage-small"
                    disabled={cancelling() === action.id}
                    aria-label={`Cancel ${action.summary || action.kindLabel}`}
                    onClick={() => void cancel(action)}
                  >
                    Cancel
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
