import { For, Show } from "solid-js";
import type { ServerRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatDateTime, formatRelative } from "../lib/format.js";
import { formatLag, formatReconcileStats, streamLabel, streamTone } from "./stream-state.js";

graphql(`
  fragment ServerRow on CometServer {
    id
    name
    profileName
    baseUrl
    isEnabled
    isPlatformShared
    streamState
    streamConnectedAt
    lastStreamError
    lastEventAt
    lastHeartbeatAt
    reconnectCount
    lastReconcileAt
    lastReconcileStats
    serverVersion
  }
`);

/** The Comet servers and how their ingestion is doing; admins get Edit and Remove on each. */
export default function ServersTable(props: {
  servers: ServerRowFragment[];
  now: number;
  canManage: boolean;
  onEdit: (server: ServerRowFragment) => void;
  onRemove: (server: ServerRowFragment) => void;
}) {
  return (
    <div class="table-wrap">
      <table class="table servers__table">
        <thead>
          <tr>
            <th scope="col">Server</th>
            <th scope="col">Stream</th>
            <th scope="col">Last event</th>
            <th scope="col">Lag</th>
            <th scope="col">Last heartbeat</th>
            <th scope="col">Reconnects</th>
            <th scope="col">Last reconcile</th>
            <Show when={props.canManage}>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={props.servers}>
            {(server) => (
              <ServerTableRow
                server={server}
                now={props.now}
                canManage={props.canManage}
                onEdit={() => props.onEdit(server)}
                onRemove={() => props.onRemove(server)}
              />
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** One server: its name and address, the stream's state and last error, event and reconcile times. */
function ServerTableRow(props: {
  server: ServerRowFragment;
  now: number;
  canManage: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <tr>
      <td data-label="Server">
        <div class="servers__name">
          {props.server.name}
          <Show when={!props.server.isEnabled}>
            <span class="servers__tag">Paused</span>
          </Show>
          <Show when={props.server.isPlatformShared}>
            <span class="servers__tag">Shared</span>
          </Show>
        </div>
        <div class="muted">
          <code>{props.server.profileName}</code> · {props.server.baseUrl}
          <Show when={props.server.serverVersion}> · v{props.server.serverVersion}</Show>
        </div>
      </td>
      <td data-label="Stream">
        <div>
          <span class={`stream-state stream-state--${streamTone(props.server.streamState)}`}>
            <span class={`tone-dot tone-dot--${streamTone(props.server.streamState)}`} aria-hidden="true" />
            {streamLabel(props.server.streamState)}
          </span>
          <Show when={props.server.lastStreamError}>
            <div class="servers__error">{props.server.lastStreamError}</div>
          </Show>
        </div>
      </td>
      <td data-label="Last event" title={formatDateTime(props.server.lastEventAt)}>
        {formatRelative(props.server.lastEventAt, props.now)}
      </td>
      <td data-label="Lag">{formatLag(props.server.lastEventAt, props.now)}</td>
      <td data-label="Last heartbeat" title={formatDateTime(props.server.lastHeartbeatAt)}>
        {formatRelative(props.server.lastHeartbeatAt, props.now)}
      </td>
      <td data-label="Reconnects">{props.server.reconnectCount}</td>
      <td data-label="Last reconcile">
        <div>
          <span title={formatDateTime(props.server.lastReconcileAt)}>
            {formatRelative(props.server.lastReconcileAt, props.now)}
          </span>
          <Show when={formatReconcileStats(props.server.lastReconcileStats)}>
            {(stats) => <div class="muted">{stats()}</div>}
          </Show>
        </div>
      </td>
      <Show when={props.canManage}>
        <td class="servers__actions">
          <button
            class="button button--ghost"
            type="button"
            onClick={() => props.onEdit()}
            aria-label={`Edit ${props.server.name}`}
          >
            Edit
          </button>
          <button
            class="button button--ghost servers__remove"
            type="button"
            onClick={() => props.onRemove()}
            aria-label={`Remove ${props.server.name}`}
          >
            Remove
          </button>
        </td>
      </Show>
    </tr>
  );
}
