import { createQuery } from "@urql/solid";
import { createEffect, createMemo, For, Match, Switch } from "solid-js";
import { graphql } from "../../gql/index.js";
import { requestErrorMessage } from "../../lib/form-errors.js";
import { formatDateTime } from "../../lib/format.js";

const RestoreSnapshotsQuery = graphql(`
  query RestoreSnapshots($deviceId: ID!, $vaultId: ID!, $itemId: ID!) {
    restoreSnapshots(deviceId: $deviceId, storageVaultId: $vaultId, protectedItemId: $itemId) {
      __typename
      ... on VaultSnapshotList {
        snapshots {
          id
          createdAt
        }
      }
      ... on UserError {
        message
      }
    }
  }
`);

export type Snapshot = { id: string; createdAt: string | null | undefined };

/**
 * The snapshots of one item in one vault, newest first, asked of the device. "Latest" is the
 * default; `onListed` reports the list (its first is what "Latest" means now, and the tree to browse).
 */
export default function SnapshotPicker(props: {
  deviceId: string;
  vaultId: string;
  itemId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  onListed: (snapshots: Snapshot[]) => void;
  onOffline: () => void;
  error: string | undefined;
}) {
  const [result, refetch] = createQuery({
    query: RestoreSnapshotsQuery,
    variables: () => ({ deviceId: props.deviceId, vaultId: props.vaultId, itemId: props.itemId }),
    requestPolicy: "cache-and-network",
  });
  const answer = () => result.data?.restoreSnapshots;
  const snapshots = createMemo(() => {
    const a = answer();
    return a?.__typename === "VaultSnapshotList" ? a.snapshots : null;
  });
  createEffect(() => {
    const list = snapshots();
    if (list) props.onListed(list);
    if (answer()?.__typename === "DeviceOfflineError") props.onOffline();
  });
  const problem = () => {
    const a = answer();
    if (a && a.__typename !== "VaultSnapshotList") return a.message;
    return result.error ? requestErrorMessage(result.error) : null;
  };

  return (
    <div class="field">
      <label for="restore-snapshot">Snapshot</label>
      <select
        id="restore-snapshot"
        value={props.value ?? ""}
        onChange={(e) => props.onChange(e.currentTarget.value || null)}
        aria-describedby={props.error ? "restore-snapshot-error" : undefined}
        aria-invalid={props.error ? "true" : undefined}
      >
        <option value="">Latest{snapshots()?.[0] ? ` (${formatDateTime(snapshots()?.[0]?.createdAt)})` : ""}</option>
        <For each={snapshots() ?? []}>{(s) => <option value={s.id}>{formatDateTime(s.createdAt)}</option>}</For>
      </select>
      <Switch>
        <Match when={result.fetching && !answer()}>
          <span class="muted" role="status">
            Loading snapshots…
          </span>
        </Match>
        <Match when={answer()?.__typename === "DeviceOfflineError"}>
          <span class="muted">
            The device is offline, so its snapshots cannot be listed: the latest one is restored.
          </span>
        </Match>
        <Match when={problem()}>
          <span class="field-error" role="alert">
            Snapshots could not be listed: {problem()}{" "}
            <button
              type="button"
              class="button button--ghost restore-retry"
              onClick={() => refetch({ requestPolicy: "network-only" })}
            >
              Retry
            </button>
          </span>
        </Match>
        <Match when={snapshots()?.length === 0}>
          <span class="muted">This item has no snapshot in this Storage Vault.</span>
        </Match>
        <Match when={snapshots()}>
          <span class="muted">{snapshots()?.length} snapshots, newest first.</span>
        </Match>
      </Switch>
      {props.error && (
        <span id="restore-snapshot-error" class="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
