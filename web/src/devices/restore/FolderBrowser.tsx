import { createQuery } from "@urql/solid";
import { createEffect, createSignal, For, Match, Show, Switch } from "solid-js";
import { graphql } from "../../gql/index.js";
import { requestErrorMessage } from "../../lib/form-errors.js";

const RestoreDeviceFoldersQuery = graphql(`
  query RestoreDeviceFolders($deviceId: ID!, $path: String) {
    deviceFilesystem(deviceId: $deviceId, path: $path) {
      __typename
      ... on DirectoryListing {
        path
        entries {
          name
          path
          isDirectory
        }
      }
      ... on UserError {
        message
      }
    }
  }
`);

interface BrowserProps {
  deviceId: string;
  value: string;
  onPick: (path: string) => void;
  onOffline: () => void;
}

/**
 * The device's own folders, to pick where the restore goes: the top level (drives, volumes) first,
 * each folder listed when it is opened. Clicking a folder picks it and opens it.
 */
export default function FolderBrowser(props: BrowserProps) {
  return (
    <section class="restore-tree restore-tree--folders" aria-label="Folders on the device">
      <FolderLevel {...props} path="" />
    </section>
  );
}

function FolderLevel(props: BrowserProps & { path: string }) {
  const [result, refetch] = createQuery({
    query: RestoreDeviceFoldersQuery,
    variables: () => ({ deviceId: props.deviceId, path: props.path || null }),
  });
  const answer = () => result.data?.deviceFilesystem;
  const folders = () => {
    const a = answer();
    return a?.__typename === "DirectoryListing" ? a.entries.filter((e) => e.isDirectory) : null;
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
          Loading folders…
        </p>
      </Match>
      <Match when={problem()}>
        <p class="field-error restore-tree__state" role="alert">
          {answer()?.__typename === "DeviceOfflineError"
            ? "The device is offline; browsing needs a live connection. Type the folder instead."
            : `Folders could not be listed: ${problem()}`}{" "}
          <button
            type="button"
            class="button button--ghost restore-retry"
            onClick={() => refetch({ requestPolicy: "network-only" })}
          >
            Retry
          </button>
        </p>
      </Match>
      <Match when={folders()?.length === 0}>
        <p class="muted restore-tree__state">No folders here.</p>
      </Match>
      <Match when={folders()}>
        <ul class="restore-tree__level">
          <For each={folders()}>
            {(folder) => {
              const [open, setOpen] = createSignal(false);
              const picked = () => props.value === folder.path;
              return (
                <li>
                  <button
                    type="button"
                    class="restore-tree__folder"
                    classList={{ "restore-tree__folder--picked": picked() }}
                    aria-expanded={open()}
                    aria-current={picked() ? "true" : undefined}
                    title={folder.path}
                    onClick={() => {
                      props.onPick(folder.path);
                      setOpen(!open() || !picked());
                    }}
                  >
                    <span aria-hidden="true" class="restore-tree__caret">
                      {open() ? "▾" : "▸"}
                    </span>
                    {folder.name}
                  </button>
                  <Show when={open()}>
                    <FolderLevel {...props} path={folder.path} />
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Match>
    </Switch>
  );
}
