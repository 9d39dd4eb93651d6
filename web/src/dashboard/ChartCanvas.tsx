import type { ChartConfiguration, Chart as ChartInstance } from "chart.js";
import { createEffect, createSignal, onCleanup, onMount, Show } from "solid-js";

/**
 * A Chart.js canvas. Chart.js is imported here, on mount, so it never reaches the entry bundle,
 * and only the controllers and elements the dashboard draws are registered.
 */
let loading: Promise<typeof import("./chart-setup.js")> | null = null;

function loadChartJs() {
  loading ??= import("./chart-setup.js");
  return loading;
}

export function ChartCanvas(props: { config: () => ChartConfiguration; label: string; height?: number }) {
  let canvas!: HTMLCanvasElement;
  let chart: ChartInstance | undefined;
  const [failed, setFailed] = createSignal(false);
  const [ready, setReady] = createSignal(false);

  onMount(() => {
    loadChartJs()
      .then((m) => {
        chart = new m.Chart(canvas, props.config());
        setReady(true);
      })
      .catch(() => setFailed(true));
  });
  // New data: update in place (no re-creation, no flicker).
  createEffect(() => {
    const config = props.config();
    if (!ready() || !chart) return;
    chart.data = config.data;
    chart.update("none");
  });
  onCleanup(() => chart?.destroy());

  return (
    <div class="chart" style={{ height: `${props.height ?? 120}px` }}>
      <Show when={failed()}>
        <p class="muted">The chart could not be loaded.</p>
      </Show>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
