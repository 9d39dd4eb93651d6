import { For, Show } from "solid-js";
import type { BulkPreviewFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";

graphql(`
  fragment BulkPreview on BulkDeviceActionPreview {
    count
    onlineCount
    offlineCount
    unresolvedCount
    sample {
      id
      friendlyName
      isOnline
    }
    warnings
  }
`);

/** The dry run's answer: how many devices, online or not, the first few by name, and warnings. */
export function BulkPreview(props: { preview: BulkPreviewFragment }) {
  return (
    <section class="bulk-preview" aria-label="Preview">
      <p class="bulk-preview__count">
        <strong>{props.preview.count}</strong> {props.preview.count === 1 ? "device" : "devices"}:{" "}
        {props.preview.onlineCount} online, {props.preview.offlineCount} offline
        <Show when={props.preview.unresolvedCount > 0}>
          , {props.preview.unresolvedCount} without the named item or vault
        </Show>
      </p>
      <Show when={props.preview.sample.length > 0}>
        <ul class="bulk-preview__sample" aria-label="Sample devices">
          <For each={props.preview.sample}>
            {(device) => (
              <li>
                {device.friendlyName}
                <Show when={!device.isOnline}>
                  <span class="muted"> · offline</span>
                </Show>
              </li>
            )}
          </For>
          <Show when={props.preview.count > props.preview.sample.length}>
            <li class="muted">and {props.preview.count - props.preview.sample.length} more</li>
          </Show>
        </ul>
      </Show>
      <For each={props.preview.warnings}>
        {(warning) => (
          <p class="bulk-preview__warning" role="note">
            {warning}
          </p>
        )}
      </For>
    </section>
  );
}
