import { For, Show } from "solid-js";
import type { ProtectedItemRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatBytes, formatCount, formatDateTime, formatRelative } from "../lib/format.js";
import StatusBadge from "../lib/StatusBadge.js";
import { chipLabels, chipOf } from "../lib/status.js";
import "./device.css";

graphql(`
  fragment ProtectedItemRow on ProtectedItem {
    id
    description
    engineLabel
    totalBytes
    totalFiles
    lastJobAt
    lastJobOutcome
    lastSuccessAt
  }
`);

/** What the device backs up, with each item's last result. */
export default function ProtectedItemsTable(props: { items: ProtectedItemRowFragment[]; now: number }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="muted">This device protects nothing yet.</p>}>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Type</th>
              <th scope="col" class="num">
                Size
              </th>
              <th scope="col" class="num hide-narrow">
                Files
              </th>
              <th scope="col">Last result</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr>
                  <td>{item.description || "(unnamed)"}</td>
                  <td>{item.engineLabel}</td>
                  <td class="num">{formatBytes(item.totalBytes)}</td>
                  <td class="num hide-narrow">{formatCount(item.totalFiles)}</td>
                  <td>
                    <Show when={item.lastJobOutcome} fallback={<span class="muted">Never ran</span>}>
                      {(outcome) => (
                        <span title={`Last success: ${formatDateTime(item.lastSuccessAt)}`}>
                          <StatusBadge outcome={outcome()} label={chipLabels[chipOf(outcome())]} />{" "}
                          <span class="muted">{formatRelative(item.lastJobAt, props.now)}</span>
                        </span>
                      )}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
