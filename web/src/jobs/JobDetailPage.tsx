import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createMemo, createSignal, onCleanup, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { canOperate } from "../devices/manage/access.js";
import JobControls from "../devices/manage/JobControls.js";
import { graphql } from "../gql/index.js";
import DetailItem from "../lib/DetailItem.js";
import {
  formatBytes,
  formatCount,
  formatDateTime,
  formatDuration,
  formatRelative,
  secondsBetween,
} from "../lib/format.js";
import { useRouteId } from "../lib/route-id.js";
import StatusBadge from "../lib/StatusBadge.js";
import LiveJobEvents, { type JobEventItem } from "./LiveJobEvents.js";
import ProgressBar from "./ProgressBar.js";
import "./jobs.css";

const JobDetailQuery = graphql(`
  query JobDetail($id: ID!) {
    job(id: $id) {
      id
      cometJobId
      status
      statusLabel
      outcome
      outcomeLabel
      cometStatus
      classification
      classificationLabel
      isRunning
      startedAt
      endedAt
      durationSeconds
      deviceId
      deviceName
      accountId
      accountUsername
      customerId
      customerName
      protectedItemId
      protectedItemName
      engine
      engineLabel
      storageVaultId
      storageVaultName
      totalBytes
      totalFiles
      totalDirectories
      uploadBytes
      downloadBytes
      progress {
        counter
        percent
        bytesDone
        itemsDone
        itemsTotal
        lastProgressAt
      }
    }
  }
`);

// What the viewer may do on the job's device (cancel, abandon); asked once the job names its device.
const JobDeviceActionsQuery = graphql(`
  query JobDeviceActions($id: ID!) {
    node(id: $id) {
      __typename
      ... on Device {
        id
        allowedActions
      }
    }
  }
`);

/** One job, every field; while it runs, its progress follows the device's job events. */
export default function JobDetailPage() {
  const viewer = useSession().viewer;
  const id = useRouteId();
  const [job, refetch] = createQuery({ query: JobDetailQuery, variables: () => ({ id: id() }) });
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 5_000);
  onCleanup(() => clearInterval(tick));

  // Events carry no percent: refetch on this job's events, at most once a second.
  let last = 0;
  const onEvent = (event: JobEventItem) => {
    if (event.jobId !== id()) return;
    if (event.kind !== "ENDED" && Date.now() - last < 1000) return;
    last = Date.now();
    refetch({ requestPolicy: "network-only" });
  };
  // A memo, so a refetch does not restart the stream (a new stream would start from "now").
  const deviceId = createMemo(() => job.data?.job?.deviceId ?? null);
  const [device] = createQuery({
    query: JobDeviceActionsQuery,
    variables: () => ({ id: deviceId() ?? "" }),
    pause: () => !deviceId() || !canOperate(viewer()),
  });
  const jobActions = () => {
    const node = device.data?.node;
    const allowed = node?.__typename === "Device" ? node.allowedActions : [];
    return allowed.filter((k) => k === "CANCEL_JOB" || k === "ABANDON_JOB");
  };

  return (
    <section class="card">
      <A href="/jobs" class="back-link">
        ← All jobs
      </A>
      {/* A malformed id errors with `data: { node: null }`: that is "not found", shown below. */}
      <Show when={job.error && !job.data}>
        <p class="form-error" role="alert">
          The job could not be loaded: {job.error?.message}
        </p>
      </Show>
      <Show when={job.data} fallback={<Show when={!job.error}>{<p class="page-loading">Loading job…</p>}</Show>}>
        <Show
          when={job.data?.job}
          fallback={
            <div role="status">
              <h2>Job not found</h2>
              <p class="muted">It does not exist or is not visible to you.</p>
            </div>
          }
        >
          {(j) => (
            <>
              <Show when={deviceId()}>{(d) => <LiveJobEvents deviceId={d()} onEvent={onEvent} />}</Show>
              <header class="section-head">
                <h2>
                  {j().classificationLabel}
                  <Show when={j().protectedItemName}> · {j().protectedItemName}</Show>
                </h2>
                <StatusBadge outcome={j().outcome} label={j().outcomeLabel} />
              </header>
              <Show when={j().isRunning && jobActions().length > 0}>
                <JobControls
                  jobId={j().id}
                  deviceName={j().deviceName || "the device"}
                  allowed={jobActions()}
                  onDone={() => refetch({ requestPolicy: "network-only" })}
                />
              </Show>
              <Show when={j().isRunning}>
                <ProgressBar percent={j().progress.percent} bytesDone={j().progress.bytesDone} />
                <p class="muted">
                  {formatCount(j().progress.itemsDone)} of{" "}
                  {j().progress.itemsTotal === "0" ? "?" : formatCount(j().progress.itemsTotal)} items · last report{" "}
                  {formatRelative(j().progress.lastProgressAt, now())}
                </p>
              </Show>
              <dl class="detail-grid">
                <DetailItem term="Status">
                  {j().statusLabel} ({j().outcomeLabel}, Comet code {j().cometStatus})
                </DetailItem>
                <DetailItem term="Type">{j().classificationLabel}</DetailItem>
                <DetailItem term="Device">
                  <Show when={j().deviceId} fallback={j().deviceName ?? "Unknown"}>
                    {(id) => <A href={`/devices/${encodeURIComponent(id())}`}>{j().deviceName || "(unnamed)"}</A>}
                  </Show>
                </DetailItem>
                <DetailItem term="Account">{j().accountUsername}</DetailItem>
                <DetailItem term="Customer">{j().customerName ?? "Unassigned"}</DetailItem>
                <DetailItem term="Protected item">{j().protectedItemName ?? "—"}</DetailItem>
                <DetailItem term="Engine">{j().engineLabel ?? "—"}</DetailItem>
                <DetailItem term="Storage vault">{j().storageVaultName ?? "—"}</DetailItem>
                <DetailItem term="Started">
                  {formatDateTime(j().startedAt)} ({formatRelative(j().startedAt, now())})
                </DetailItem>
                <DetailItem term="Ended">{j().isRunning ? "Still running" : formatDateTime(j().endedAt)}</DetailItem>
                <DetailItem term="Duration">
                  {formatDuration(j().isRunning ? secondsBetween(j().startedAt, null, now()) : j().durationSeconds)}
                </DetailItem>
                <DetailItem term="Size">{formatBytes(j().totalBytes)}</DetailItem>
                <DetailItem term="Files / folders">
                  {formatCount(j().totalFiles)} / {formatCount(j().totalDirectories)}
                </DetailItem>
                <DetailItem term="Uploaded">{formatBytes(j().uploadBytes)}</DetailItem>
                <DetailItem term="Downloaded">{formatBytes(j().downloadBytes)}</DetailItem>
                <DetailItem term="Progress reports">{j().progress.counter}</DetailItem>
                <DetailItem term="Comet job ID">
                  <code>{j().cometJobId}</code>
                </DetailItem>
              </dl>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
