import { createVirtualizer } from "@tanstack/solid-virtual";
import { createEffect, For, Show } from "solid-js";
import { DeviceRow } from "./DeviceRow.js";
import type { FleetDevice } from "./fleet.js";

const rowHeight = 52;

/**
 * The filtered, sorted devices in a virtualised list: only the rows in view (plus a few) exist in
 * the DOM, so 10,000 devices scroll like 20.
 */
export function DeviceList(props: {
  devices: FleetDevice[];
  now: number;
  onVisible: (ids: string[]) => void;
  onManage?: (deviceId: string) => void;
}) {
  let scroller!: HTMLDivElement;
  const virtualizer = createVirtualizer({
    get count() {
      return props.devices.length;
    },
    getScrollElement: () => scroller,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Before the first measurement (and in tests): assume a typical viewport.
    initialRect: { width: 1000, height: 640 },
    getItemKey: (i) => props.devices[i]?.id ?? i,
  });

  // Rows in view (and the overscan) ask for their timelines and 13-day dots.
  createEffect(() => {
    const ids: string[] = [];
    for (const item of virtualizer.getVirtualItems()) {
      const d = props.devices[item.index];
      if (d && !d.detailsLoaded) ids.push(d.id);
    }
    if (ids.length > 0) props.onVisible(ids);
  });

  return (
    <div class="device-list">
      <div class="device-row device-row--head" aria-hidden="true">
        <span>Device · account</span>
        <span class="device-row__customer">Customer</span>
        <span>State</span>
        <span class="device-row__timeline">Last 24 hours</span>
        <span class="device-row__days">13 days</span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard scrollable */}
      <div class="device-list__scroller" ref={scroller} tabIndex={0}>
        <ul class="device-list__rows" style={{ height: `${virtualizer.getTotalSize()}px` }} aria-label="Devices">
          <For each={virtualizer.getVirtualItems()}>
            {(item) => (
              <Show when={props.devices[item.index]}>
                {(device) => (
                  <li
                    class="device-list__slot"
                    style={{ transform: `translateY(${item.start}px)`, height: `${rowHeight}px` }}
                    aria-setsize={props.devices.length}
                    aria-posinset={item.index + 1}
                  >
                    <DeviceRow device={device()} now={props.now} onManage={props.onManage} />
                  </li>
                )}
              </Show>
            )}
          </For>
        </ul>
      </div>
    </div>
  );
}
