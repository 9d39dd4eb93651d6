import { For, Show } from "solid-js";
import type { ApiKeyRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatDateTime, formatRelative } from "../lib/format.js";

graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    customerId
    capabilities
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

/** The MSP's API keys with their scope and state; keys not yet revoked can be revoked. */
export default function ApiKeysTable(props: {
  keys: ApiKeyRowFragment[];
  /** The name of a key's customer scope ("Whole MSP" for none). */
  customerName: (id: string | null | undefined) => string;
  onRevoke: (key: ApiKeyRowFragment) => void;
}) {
  return (
    <div class="table-wrap">
      <table class="table api-keys__table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Scope</th>
            <th scope="col">Capabilities</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.keys}>
            {(key) => (
              <ApiKeyTableRow apiKey={key} customerName={props.customerName} onRevoke={() => props.onRevoke(key)} />
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** One key: expired and revoked keys read as inactive. */
function ApiKeyTableRow(props: {
  apiKey: ApiKeyRowFragment;
  customerName: (id: string | null | undefined) => string;
  onRevoke: () => void;
}) {
  const expired = () => !!props.apiKey.expiresAt && Date.parse(props.apiKey.expiresAt) <= Date.now();
  return (
    <tr classList={{ "api-keys__row--inactive": !!props.apiKey.revokedAt || expired() }}>
      <td data-label="Name" class="api-keys__name">
        {props.apiKey.name}
      </td>
      <td data-label="Prefix">
        <code>phk_{props.apiKey.prefix}_…</code>
      </td>
      <td data-label="Scope">{props.customerName(props.apiKey.customerId)}</td>
      <td data-label="Capabilities">{props.apiKey.capabilities.join(", ")}</td>
      <td data-label="Created" title={formatDateTime(props.apiKey.createdAt)}>
        {formatRelative(props.apiKey.createdAt)}
      </td>
      <td data-label="Expires">{props.apiKey.expiresAt ? formatDateTime(props.apiKey.expiresAt) : "Never"}</td>
      <td data-label="Last used" title={formatDateTime(props.apiKey.lastUsedAt)}>
        {formatRelative(props.apiKey.lastUsedAt)}
      </td>
      <td data-label="Status">
        <Show
          when={props.apiKey.revokedAt}
          fallback={
            <span class={expired() ? "api-keys__status--off" : "api-keys__status--on"}>
              {expired() ? "Expired" : "Active"}
            </span>
          }
        >
          <span class="api-keys__status--off" title={formatDateTime(props.apiKey.revokedAt)}>
            Revoked {formatRelative(props.apiKey.revokedAt)}
          </span>
        </Show>
      </td>
      <td class="api-keys__actions">
        <Show when={!props.apiKey.revokedAt}>
          <button
            class="button button--ghost api-keys__revoke"
            type="button"
            onClick={() => props.onRevoke()}
            aria-label={`Revoke ${props.apiKey.name}`}
          >
            Revoke
          </button>
        </Show>
      </td>
    </tr>
  );
}
