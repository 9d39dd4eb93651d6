import { createQuery } from "@urql/solid";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { graphql } from "../../gql/index.js";
import { requestErrorMessage } from "../../lib/form-errors.js";
import { formatBytes, formatDateTime } from "../../lib/format.js";
import { coveringFolder, toggleSelection } from "./tree-selection.js";

const RestoreSnapshotObjectsQuery = graphql(`
  query RestoreSnapshotObjects($deviceId: ID!, $vaultId: ID!, $snapshotId: String!, $treeId: String) {
    snapshotObjects(deviceId: $deviceId, storageVaultId: $vaultId, snapshotId: $snapshotId, treeId: $treeId) {
      __typename
      ... on DirectoryListing {
        path
        entries {
          name
          path
          isDirectory
          size
          modifiedAt
          subtree
        }
      }
      ... on UserError {
        message
      }
    }
  }
`);

interface TreeProps {
  deviceId: string;
  vaultId: string;
  snapshotId: string;
  selected: readonly string[];
  onSelect: (paths: string[]) => void;
  onOffline: () => void;
}

/**
 * The files and folders stored in a snapshot, one level at a time (a folder is listed when it is
 * opened, by its `subtree`). Checking a folder selects everything in it.
 */
export default function SnapshotTree(props: TreeProps) {
  return (
    <fieldset class="restore-tree">
      <legend class="visually-hidden">Files and folders in the snapshot</legend>
      <TreeLevel {...props} treeId={null} />
    </fieldset>
  );
}

function TreeLevel(props: TreeProps & { treeId: string | null }) {
  const [result, refetch] = createQuery({
    query: RestoreSnapshotObjectsQuery,
    variables: () => ({
      deviceId: props.deviceId,
      vaultId: props.vaultId,
      snapshotId: props.snapshotId,
      treeId: props.treeId,
    }),
  });
  const answer = () => result.data?.snapshotObjects;
  const entries = () => {
    const a = answer();
    return a?.__typename === "DirectoryListing" ? a.entries : null;
  };
  createEffect(() => {
    if (answer()?.__typename === "DeviceOfflineError") props.onOffline();
  });
  const problem = () => {
    const a = answer();
    if (a && a.__typename !== "DirectoryListing") return a.message;
    return result.error ? requestErrorMessage(result.error) : null;
  };

  return (
    <Switch>
      <Match when={result.fetching && !answer()}>
        <p class="muted restore-tree__state" role="status">
          Loading…
        </p>
      </Match>
      <Match when={problem()}>
        <p class="field-error restore-tree__state" role="alert">
          {answer()?.__typename === "DeviceOfflineError"
            ? "The device is offline; browsing needs a live connection."
            : `This folder could not be listed: ${problem()}`}{" "}
          <button
            type="button"
            class="button button--ghost restore-retry"
            onClick={() => refetch({ requestPolicy: "network-only" })}
          >
            Retry
          </button>
        </p>
      </Match>
      <Match when={entries()?.length === 0}>
        <p class="muted restore-tree__state">Empty folder.</p>
      </Match>
      <Match when={entries()}>
        <ul class="restore-tree__level">
          <For each={entries()}>
            {(entry) => {
              const [open, setOpen] = createSignal(false);
              const covered = () => coveringFolder(props.selected, entry.path) !== undefined;
              return (
                <li>
                  <div class="restore-tree__row">
                    <Show when={entry.isDirectory && entry.subtree} fallback={<span class="restore-tree__spacer" />}>
                      <button
                        type="button"
                        class="restore-tree__toggle"
                        aria-expanded={open()}
                        aria-label={`${open() ? "Close" : "Open"} ${entry.name}`}
                        onClick={() => setOpen(!open())}
                      >
                        <span aria-hidden="true">{open() ? "▾" : "▸"}</span>
                      </button>
                    </Show>
                    <label class="restore-tree__entry" title={entry.path}>
                      <input
                        type="checkbox"
                        value={entry.path}
                        checked={covered() || props.selected.includes(entry.path)}
                        disabled={covered()}
                        onChange={(e) =>
                          props.onSelect(toggleSelection(props.selected, entry.path, e.currentTarget.checked))
                        }
                      />
                      <span class="restore-tree__name">
                        {entry.name}
                        {entry.isDirectory ? "/" : ""}
                      </span>
                    </label>
                    <span class="restore-tree__meta muted">
                      {[
                        entry.isDirectory ? "" : formatBytes(entry.size),
                        entry.modifiedAt ? formatDateTime(entry.modifiedAt) : "",
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </div>
                  <Show when={open() && entry.subtree}>{(treeId) => <TreeLevel {...props} treeId={treeId()} />}</Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Match>
    </Switch>
  );
}
