import type { ChartConfiguration } from "chart.js";
import { For, Show } from "solid-js";
import type { UsageCardsFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatBytes } from "../lib/format.js";
import { statusColours, statusTone } from "../lib/status.js";
import { ChartCanvas } from "./ChartCanvas.js";

graphql(`
  fragment UsageCards on Dashboard {
    asOf
    storageBytes
    devices {
      online
      offline
      total
    }
    protectedItemsByCategory {
      category
      label
      count
    }
    jobStatus24h {
      status
      label
      count
    }
    series30d {
      day
      devicesOnline
      devicesRegistered
      storageBytes
    }
  }
`);

const dayLabel = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const brand = () => getComputedStyle(document.documentElement).getPropertyValue("--brand-primary").trim() || "#1e3a8a";

function lineConfig(
  labels: string[],
  sets: { label: string; data: number[]; colour: string }[],
  tick?: (v: number) => string,
): ChartConfiguration {
  return {
    type: "line",
    data: {
      labels,
      datasets: sets.map((s) => ({
        label: s.label,
        data: s.data,
        borderColor: s.colour,
        backgroundColor: `${s.colour}22`,
        fill: true,
        pointRadius: 0,
        tension: 0.3,
        borderWidth: 2,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: {
        legend: { display: sets.length > 1, labels: { boxWidth: 10 } },
        tooltip: tick ? { callbacks: { label: (c) => `${c.dataset.label}: ${tick(Number(c.parsed.y))}` } } : {},
      },
      scales: {
        x: { ticks: { maxTicksLimit: 6 }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { maxTicksLimit: 4, callback: tick ? (v) => tick(Number(v)) : undefined } },
      },
    },
  };
}

/** The four usage cards: protected items, devices, storage, last-24-hours job statuses. */
export function UsageCards(props: { dashboard: UsageCardsFragment }) {
  const labels = () => props.dashboard.series30d.map((d) => dayLabel.format(Date.parse(d.day)));
  const jobsTotal = () => props.dashboard.jobStatus24h.reduce((n, s) => n + s.count, 0);

  return (
    <div class="usage-cards">
      <section class="card usage-card" aria-labelledby="uc-items">
        <h2 id="uc-items">Protected items</h2>
        <Show
          when={props.dashboard.protectedItemsByCategory.length > 0}
          fallback={<p class="muted">No protected items yet.</p>}
        >
          <ul class="category-list">
            <For each={props.dashboard.protectedItemsByCategory}>
              {(c) => (
                <li>
                  <span>{c.label}</span>
                  <strong>{c.count}</strong>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <section class="card usage-card" aria-labelledby="uc-devices">
        <h2 id="uc-devices">Devices</h2>
        <p class="usage-figures">
          <span>
            <strong>{props.dashboard.devices.online}</strong> online
          </span>
          <span>
            <strong>{props.dashboard.devices.offline}</strong> offline
          </span>
        </p>
        <ChartCanvas
          label="Devices registered and online per day, last 30 days"
          config={() =>
            lineConfig(labels(), [
              {
                label: "Online",
                data: props.dashboard.series30d.map((d) => d.devicesOnline),
                colour: statusColours.running,
              },
              { label: "Registered", data: props.dashboard.series30d.map((d) => d.devicesRegistered), colour: brand() },
            ])
          }
        />
      </section>

      <section class="card usage-card" aria-labelledby="uc-storage">
        <h2 id="uc-storage">Storage</h2>
        <p class="usage-figures">
          <strong>{formatBytes(props.dashboard.storageBytes)}</strong> used
        </p>
        <ChartCanvas
          label="Storage used per day, last 30 days"
          config={() =>
            lineConfig(
              labels(),
              [{ label: "Used", data: props.dashboard.series30d.map((d) => Number(d.storageBytes)), colour: brand() }],
              formatBytes,
            )
          }
        />
      </section>

      <section class="card usage-card" aria-labelledby="uc-status">
        <h2 id="uc-status">Last 24 hours</h2>
        <Show when={jobsTotal() > 0} fallback={<p class="muted">No jobs in the last 24 hours.</p>}>
          <div class="doughnut">
            <ChartCanvas
              height={130}
              label={`Jobs of the last 24 hours: ${props.dashboard.jobStatus24h.map((s) => `${s.label} ${s.count}`).join(", ")}`}
              config={() => ({
                type: "doughnut",
                data: {
                  labels: props.dashboard.jobStatus24h.map((s) => s.label),
                  datasets: [
                    {
                      data: props.dashboard.jobStatus24h.map((s) => s.count),
                      backgroundColor: props.dashboard.jobStatus24h.map((s) => statusColours[statusTone(s.status)]),
                      borderWidth: 1,
                    },
                  ],
                },
                options: {
                  responsive: true,
                  maintainAspectRatio: false,
                  animation: false,
                  cutout: "65%",
                  plugins: { legend: { display: false } },
                },
              })}
            />
            <ul class="legend">
              <For each={props.dashboard.jobStatus24h}>
                {(s) => (
                  <li>
                    <span class={`dot tone-${statusTone(s.status)}`} aria-hidden="true" />
                    {s.label}
                    <strong>{s.count}</strong>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
      </section>
    </div>
  );
}
