import { Show } from "solid-js";
import type { DeviceActionKind, ManageDeviceTabFragment } from "../../gql/graphql.js";
import { graphql } from "../../gql/index.js";
import type { PanelDevice } from "./act.js";
import BackupSection from "./BackupSection.js";
import RevokeSection from "./RevokeSection.js";
import SoftwareSection from "./SoftwareSection.js";

graphql(`
  fragment ManageDeviceTab on Device {
    id
    protectedItems {
      id
      description
      engineLabel
    }
    storageVaults {
      id
      description
    }
  }
`);

/** The Device tab: run a backup, update or uninstall the client, revoke the device. */
export default function DeviceTab(props: {
  device: ManageDeviceTabFragment;
  target: PanelDevice;
  allowed: ReadonlySet<DeviceActionKind>;
  /** RESTORE SLOT: the restore wizard's entry; shown when given and RESTORE is allowed. */
  onRestore?: () => void;
}) {
  const has = (kind: DeviceActionKind) => props.allowed.has(kind);
  const none = () =>
    !["RUN_BACKUP", "UPDATE_SOFTWARE", "UNINSTALL_SOFTWARE", "REVOKE_DEVICE"].some((k) => has(k as DeviceActionKind)) &&
    !(props.onRestore && has("RESTORE"));

  return (
    <div class="manage-sections">
      <Show when={none()}>
        <p class="muted">No device actions are allowed for you here.</p>
      </Show>
      <Show when={has("RUN_BACKUP")}>
        <BackupSection device={props.device} target={props.target} />
      </Show>
      {/* RESTORE SLOT: the restore wizard (web/src/devices/restore/) opens through `onRestore`. */}
      <Show when={props.onRestore && has("RESTORE")}>
        <section class="manage-section">
          <h3>Restore</h3>
          <button type="button" class="button button--ghost manage-action" onClick={() => props.onRestore?.()}>
            Restore…
          </button>
        </section>
      </Show>
      <Show when={has("UPDATE_SOFTWARE") || has("UNINSTALL_SOFTWARE")}>
        <SoftwareSection
          target={props.target}
          canUpdate={has("UPDATE_SOFTWARE")}
          canUninstall={has("UNINSTALL_SOFTWARE")}
        />
      </Show>
      <Show when={has("REVOKE_DEVICE")}>
        <RevokeSection target={props.target} />
      </Show>
    </div>
  );
}
