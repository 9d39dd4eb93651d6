import "./manage-button.css";

/** The small gear that opens a device's Manage panel (rows and the device page). */
export default function ManageButton(props: {
  deviceId: string;
  deviceName: string;
  onClick: () => void;
  withLabel?: boolean;
}) {
  return (
    <button
      type="button"
      class="manage-button"
      classList={{ "manage-button--labelled": props.withLabel }}
      aria-label={`Manage ${props.deviceName}`}
      data-manage-device={props.deviceId}
      title="Manage"
      onClick={() => props.onClick()}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" fill="currentColor">
        <path d="M11.1 1.5l.4 2.2a6.6 6.6 0 0 1 1.7 1l2.1-.8 1.1 1.9-1.7 1.5a6.7 6.7 0 0 1 0 2l1.7 1.4-1.1 2-2.1-.8a6.6 6.6 0 0 1-1.7 1l-.4 2.2H8.9l-.4-2.2a6.6 6.6 0 0 1-1.7-1l-2.1.8-1.1-2 1.7-1.4a6.7 6.7 0 0 1 0-2L3.6 5.8l1.1-1.9 2.1.8a6.6 6.6 0 0 1 1.7-1l.4-2.2h2.2zM10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />
      </svg>
      {props.withLabel ? <span>Manage</span> : null}
    </button>
  );
}
