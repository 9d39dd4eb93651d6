import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { accountHref } from "../accounts/access.js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import type { DeviceSummaryFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import DetailItem from "../lib/DetailItem.js";
import { formatDateTime, formatRelative } from "../lib/format.js";
import { canOperate } from "./manage/access.js";
import ManageButton from "./manage/ManageButton.js";
import { RestoreWizardLauncher } from "./restore/open-restore.js";

graphql(`
  fragment DeviceSummary on Device {
    id
    friendlyName
    os
    osVersion
    distribution
    arch
    clientVersion
    timezone
    accountId
    accountUsername
    customerName
    serverName
    isOnline
    lastSeenAt
    connectedAt
    registeredAt
    revokedAt
    allowedActions
    cometDeviceId
  }
`);

/**
 * The device page's head card: name and online state, Restore… and Manage as far as the device's
 * `allowedActions` and the viewer allow, then the device's facts.
 */
export default function DeviceSummaryCard(props: {
  device: DeviceSummaryFragment;
  now: number;
  restoreOpen: boolean;
  onRestoreOpenChange: (open: boolean) => void;
  onManage: () => void;
}) {
  const viewer = useSession().viewer;
  const d = () => props.device;
  return (
    <section class="card">
      <header class="device-head">
        <h2>{d().friendlyName || "(unnamed device)"}</h2>
        <span class="online-state" classList={{ "online-state--online": d().isOnline }}>
          {d().isOnline ? "Online" : d().revokedAt ? "Removed" : "Offline"}
        </span>
        <Show when={d().allowedActions.includes("RESTORE")}>
          <button
            type="button"
            class="button button--ghost"
            style={{ "margin-left": "auto" }}
            onClick={() => props.onRestoreOpenChange(true)}
          >
            Restore…
          </button>
          <RestoreWizardLauncher deviceId={d().id} open={props.restoreOpen} onOpenChange={props.onRestoreOpenChange} />
        </Show>
        <Show when={canOperate(viewer()) && d().allowedActions.length > 0}>
          <ManageButton
            withLabel
            deviceId={d().id}
            deviceName={d().friendlyName || d().cometDeviceId}
            onClick={() => props.onManage()}
          />
        </Show>
      </header>
      <dl class="detail-grid">
        <DetailItem term="Operating system">
          {[d().distribution || d().os, d().osVersion].filter(Boolean).join(" ")} ({d().arch || "?"})
        </DetailItem>
        <DetailItem term="Client version">{d().clientVersion || "—"}</DetailItem>
        <DetailItem term="Account">
          <Show when={isMspStaff(viewer())} fallback={d().accountUsername}>
            <A href={accountHref(d().accountId)}>{d().accountUsername}</A>
          </Show>
        </DetailItem>
        <DetailItem term="Customer">{d().customerName ?? "Unassigned"}</DetailItem>
        <DetailItem term="Comet server">{d().serverName}</DetailItem>
        <DetailItem term="Last seen">
          <Show when={d().isOnline} fallback={formatRelative(d().lastSeenAt, props.now)}>
            Now (connected {formatRelative(d().connectedAt, props.now)})
          </Show>
        </DetailItem>
        <DetailItem term="Registered">{formatDateTime(d().registeredAt)}</DetailItem>
        <DetailItem term="Time zone">{d().timezone || "—"}</DetailItem>
      </dl>
    </section>
  );
}
