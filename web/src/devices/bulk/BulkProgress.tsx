import { createQuery } from "@urql/solid";
import { createEffect, For, onCleanup, Show } from "solid-js";
import { useSession } from "../../auth/session.js";
import type { DeviceActionStatus } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import { useLive } from "../../lib/api.js";

/**
 * A started bulk operation: counts per status and each device's result. It follows the
 * operation's action events live (each one refetches, at most once a second) and, because events
 * can lag the first fan-out, also asks every 2 s while an action is still on its way.
 */

const BulkOperationQuery = graphql(`
  query BulkOperation($id: ID!) {
    node(id: $id) {
      ... on BulkOperation {
        id
        kindLabel
        status
        total
        counts {
          queued
          dispatched
          running
          succeeded
          failed
          expired
          cancelled
        }
        actions(first: 100) {
          totalCount
          edges {
            node {
              id
              status
              errorMessage
              device {
                id
                friendlyName
              }
            }
          }
        }
      }
    }
  }
`);

const BulkActionEventsSub = graphql(`
  subscription BulkActionEvents($after: String, $mspId: ID) {
    deviceActionEvents(after: $after, mspId: $mspId) {
      kind
      cursor
      bulkOperationId
    }
  }
`);

const statusLabels: Record<DeviceActionStatus, string> = {
  QUEUED: "Queued",
  DISPATCHED: "Sent",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
};

const countOrder = ["queued", "dispatched", "running", "succeeded", "failed", "expired", "cancelled"] as const;
const countStatus = {
  queued: "QUEUED",
  dispatched: "DISPATCHED",
  running: "RUNNING",
  succeeded: "SUCCEEDED",
  failed: "FAILED",
  expired: "EXPIRED",
  cancelled: "CANCELLED",
} as const satisfies Record<(typeof countOrder)[number], DeviceActionStatus>;

export const pollMs = 2_000;

export function BulkProgress(props: { operationId: string }) {
  const viewer = useSession().viewer;
  const live = useLive();
  const [result, refetch] = createQuery({
    query: BulkOperationQuery,
    variables: () => ({ id: props.operationId }),
  });
  const operation = () => {
    const node = result.data?.node;
    return node && "status" in node ? node : null;
  };
  const again = () => refetch({ requestPolicy: "network-only" });

  // Queued actions wait for their device (hours): only sent and running ones keep the poll going.
  const moving = () => {
    const op = operation();
    if (!op) return true;
    return op.status !== "COMPLETED" || op.counts.dispatched + op.counts.running > 0;
  };
  createEffect(() => {
    if (!moving()) return;
    const timer = setInterval(again, pollMs);
    onCleanup(() => clearInterval(timer));
  });

  let soon: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(soon));
  live(
    BulkActionEventsSub,
    () => ({ mspId: viewer()?.mspId ?? null }),
    (d) => {
      if (d.deviceActionEvents.bulkOperationId !== props.operationId) return;
      soon ??= setTimeout(() => {
        soon = undefined;
        again();
      }, 1_000);
    },
    (d) => d.deviceActionEvents.cursor,
  );

  return (
    <section class="bulk-progress" aria-label="Progress">
      <Show when={result.error && !result.data}>
        <p class="form-error" role="alert">
          Progress could not be loaded: {result.error?.message}
        </p>
      </Show>
      <Show when={operation()} fallback={<p class="muted">Starting…</p>}>
        {(op) => (
          <>
            <p class="bulk-progress__head">
              {op().kindLabel} on {op().total} {op().total === 1 ? "device" : "devices"}:{" "}
              <strong>{op().status === "COMPLETED" ? "every device has its action" : "sending…"}</strong>
            </p>
            <dl class="bulk-progress__counts">
              <For each={countOrder.filter((key) => op().counts[key] > 0)}>
                {(key) => (
                  <div class={`bulk-count bulk-count--${key}`} data-status={countStatus[key]}>
                    <dt>{statusLabels[countStatus[key]]}</dt>
                    <dd>{op().counts[key]}</dd>
                  </div>
                )}
              </For>
            </dl>
            <ul class="bulk-progress__results" aria-label="Results per device">
              <For each={op().actions.edges}>
                {(edge) => (
                  <li class="bulk-result" data-status={edge.node.status}>
                    <span class="bulk-result__name">{edge.node.device.friendlyName}</span>
                    <span class="bulk-result__status">{statusLabels[edge.node.status]}</span>
                    <Show when={edge.node.errorMessage}>
                      <span class="bulk-result__error">{edge.node.errorMessage}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={op().actions.totalCount > op().actions.edges.length}>
              <p class="muted">
                The first {op().actions.edges.length} of {op().actions.totalCount} devices, by name.
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
