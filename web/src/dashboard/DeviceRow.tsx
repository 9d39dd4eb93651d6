import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import ManageButton from "../devices/manage/ManageButton.js";
import { graphql } from "../gql/index.js";
import { chipLabels, chipOf, statusTone, toneOf } from "../lib/status.js";
import type { FleetDevice } from "./fleet.js";
import { sliverOf } from "./timeline.js";

/** The fields every device row needs to be searched, counted, filtered and sorted (all devices load them). */
graphql(`
  fragment DeviceRow on Device {
    id
    friendlyName
    cometDeviceId
    accountUsername
    customerName
    isOnline
    latestJob24h {
      id
      startedAt
      endedAt
      outcome
      outcomeLabel
    }
  }
`);

/** What only rows in view need: loaded for the visible ones (it costs about three times the above). */
graphql(`
  fragment DeviceRowDetails on Device {
    id
    timeline24h {
      id
      startedAt
      endedAt
      outcome
      outcomeLabel
    }
    history13d {
      day
      status
      jobCount
    }
  }
`);

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayFmt = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** The 24 h track: one sliver per job, running ones pulse and grow with `now`. */
export function Timeline(props: { device: FleetDevice; now: number }) {
  return (
    <div class="timeline" role="img" aria-label={`${props.device.timeline.length} jobs in the last 24 hours`}>
      <For each={props.device.timeline}>
        {(job) => {
          const box = () => sliverOf(job.startedAt, job.endedAt, props.now);
          return (
            <Show when={box()}>
              {(b) => (
                <span
                  class={`sliver tone-${toneOf(chipOf(job.outcome))}`}
                  classList={{ "sliver--running": b().running }}
                  style={{ left: `${b().left}%`, width: `${b().width}%` }}
                  title={`${job.outcomeLabel} · ${timeFmt.format(Date.parse(job.startedAt))}${
                    job.endedAt ? `–${timeFmt.format(Date.parse(job.endedAt))}` : " (running)"
                  }`}
                />
              )}
            </Show>
          );
        }}
      </For>
    </div>
  );
}

/** `onManage`: given when the viewer may act on devices; the row then shows the Manage gear. */
export function DeviceRow(props: { device: FleetDevice; now: number; onManage?: (deviceId: string) => void }) {
  const chip = () => (props.device.latest ? chipOf(props.device.latest.outcome) : null);
  return (
    <div class="device-row">
      <span class="device-row__main" classList={{ "device-row__main--manage": !!props.onManage }}>
        <span
          class={`dot tone-${chip() ? toneOf(chip() ?? "SUCCESS") : "none"}`}
          title={chip() ? chipLabels[chip() ?? "SUCCESS"] : "No job in 24 h"}
        />
        <A class="device-row__name" href={`/devices/${encodeURIComponent(props.device.id)}`}>
          {props.device.friendlyName || "(unnamed)"}
        </A>
        <span class="device-row__sub">{props.device.accountUsername}</span>
        <Show when={props.onManage}>
          {(manage) => (
            <ManageButton
              deviceId={props.device.id}
              deviceName={props.device.friendlyName || props.device.cometDeviceId}
              onClick={() => manage()(props.device.id)}
            />
          )}
        </Show>
      </span>
      <span class="device-row__customer">{props.device.customerName ?? "Unassigned"}</span>
      <span class="device-row__online" classList={{ "is-online": props.device.isOnline }}>
        {props.device.isOnline ? "Online" : "Offline"}
      </span>
      <span class="device-row__timeline">
        <Timeline device={props.device} now={props.now} />
      </span>
      <span class="device-row__days">
        <For each={props.device.history}>
          {(d) => (
            <span
              class={`day-dot tone-${d.status ? statusTone(d.status) : "none"}`}
              title={`${dayFmt.format(Date.parse(d.day))}: ${d.status ? `${d.status.toLowerCase()}, ${d.jobCount} jobs` : "no jobs"}`}
            />
          )}
        </For>
      </span>
    </div>
  );
}
