import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import type { IncidentsPanelFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { statusTone } from "../lib/status.js";

graphql(`
  fragment IncidentsPanel on IncidentConnection {
    totalCount
    edges {
      node {
        id
        deviceId
        deviceName
        accountUsername
        customerName
        protectedItemId
        protectedItemName
        status
        canSnooze
        job {
          id
          outcomeLabel
          classification
          startedAt
          endedAt
        }
      }
    }
  }
`);

const SnoozeMutation = graphql(`
  mutation SnoozeIncident($input: SnoozeIncidentInput!) {
    snoozeIncident(input: $input) {
      __typename
      ... on IncidentSnooze {
        id
        snoozedUntil
      }
      ...MutationErrorFields
    }
  }
`);

type Incident = IncidentsPanelFragment["edges"][number]["node"];

const timeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const hourChoices = [1, 4, 24, 72];

function SnoozeForm(props: { incident: Incident; onDone: (message: string) => void; onCancel: () => void }) {
  const [hours, setHours] = createSignal(4);
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [state, snooze] = createMutation(SnoozeMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    const result = await snooze({
      input: {
        deviceId: props.incident.deviceId,
        protectedItemId: props.incident.protectedItemId ?? null,
        hours: hours(),
        reason: reason().trim() || null,
      },
    });
    const r = result.data?.snoozeIncident;
    if (result.error || !r) setError(result.error?.message ?? "The snooze failed. Try again.");
    else if (r.__typename === "IncidentSnooze")
      props.onDone(`Snoozed until ${timeFmt.format(Date.parse(r.snoozedUntil))}.`);
    else setError(r.message);
  };

  return (
    <form class="snooze-form" onSubmit={submit}>
      <label class="field">
        <span>Snooze for</span>
        <select value={hours()} onChange={(e) => setHours(Number(e.currentTarget.value))}>
          <For each={hourChoices}>{(h) => <option value={h}>{h === 1 ? "1 hour" : `${h} hours`}</option>}</For>
        </select>
      </label>
      <label class="field">
        <span>Reason (optional)</span>
        <input maxLength={500} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <div class="snooze-form__actions">
        <button class="button button--primary" type="submit" disabled={state.fetching}>
          {state.fetching ? "Snoozing…" : "Snooze"}
        </button>
        <button class="button button--ghost" type="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
      <Show when={error()}>
        <p class="form-error" role="alert">
          {error()}
        </p>
      </Show>
    </form>
  );
}

/** Failed, missed and warning jobs of the last 24 hours that nobody snoozed, newest first. */
export function IncidentsPanel(props: { incidents: IncidentsPanelFragment; onSnoozed: () => void }) {
  const [open, setOpen] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  return (
    <section class="card incidents" aria-labelledby="incidents-title">
      <header class="section-head">
        <h2 id="incidents-title">Incidents</h2>
        <span class="muted">{props.incidents.totalCount} open</span>
      </header>
      <p class="incidents__notice" role="status">
        {notice()}
      </p>
      <Show when={props.incidents.edges.length > 0} fallback={<p class="muted">No open incidents. All quiet.</p>}>
        <ul class="incident-list">
          <For each={props.incidents.edges}>
            {(edge) => (
              <li class="incident">
                <span class={`dot tone-${statusTone(edge.node.status)}`} aria-hidden="true" />
                <div class="incident__body">
                  <strong>{edge.node.deviceName || "(unnamed)"}</strong>
                  <span class="muted">
                    {edge.node.protectedItemName ?? "Device"} · {edge.node.job.outcomeLabel} ·{" "}
                    {timeFmt.format(Date.parse(edge.node.job.endedAt ?? edge.node.job.startedAt))}
                  </span>
                  <span class="muted">
                    {edge.node.accountUsername}
                    {edge.node.customerName ? ` · ${edge.node.customerName}` : ""}
                  </span>
                  <Show when={open() === edge.node.id}>
                    <SnoozeForm
                      incident={edge.node}
                      onCancel={() => setOpen(null)}
                      onDone={(message) => {
                        setOpen(null);
                        setNotice(`${edge.node.deviceName}: ${message}`);
                        props.onSnoozed();
                      }}
                    />
                  </Show>
                </div>
                <Show when={edge.node.canSnooze && open() !== edge.node.id}>
                  <button
                    class="button button--ghost button--small"
                    type="button"
                    onClick={() => setOpen(edge.node.id)}
                  >
                    Snooze
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
