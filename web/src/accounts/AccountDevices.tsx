import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { For, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import { formatRelative } from "../lib/format.js";

/**
 * The account's devices. The API lists devices by customer or search, not by account, so this
 * asks for the username (which also matches longer usernames) and keeps the account's own: a
 * second query on the page until `CometAccount` has a devices field.
 */
const AccountDevicesQuery = graphql(`
  query AccountDevices($search: String!) {
    devices(first: 100, search: $search) {
      edges {
        node {
          id
          accountId
          friendlyName
          cometDeviceId
          os
          osVersion
          distribution
          clientVersion
          isOnline
          lastSeenAt
          revokedAt
        }
      }
    }
  }
`);

export default function AccountDevices(props: { accountId: string; username: string; now: number }) {
  const [devices] = createQuery({
    query: AccountDevicesQuery,
    variables: () => ({ search: props.username }),
  });
  const own = () => devices.data?.devices.edges.map((e) => e.node).filter((d) => d.accountId === props.accountId);

  return (
    <section class="card" aria-labelledby="account-devices-title">
      <header class="section-head">
        <h2 id="account-devices-title">Devices</h2>
      </header>
      <Show when={devices.error}>
        <p class="form-error" role="alert">
          The devices could not be loaded.
        </p>
      </Show>
      <Show when={own()} fallback={<Show when={!devices.error}>{<p class="muted">Loading devices…</p>}</Show>}>
        {(list) => (
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Operating system</th>
                  <th scope="col">Client</th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={list()}
                  fallback={
                    <tr>
                      <td colSpan={4} class="muted">
                        No devices registered yet.
                      </td>
                    </tr>
                  }
                >
                  {(d) => (
                    <tr>
                      <th scope="row">
                        <A href={`/devices/${encodeURIComponent(d.id)}`}>{d.friendlyName || d.cometDeviceId}</A>
                      </th>
                      <td>{[d.distribution || d.os, d.osVersion].filter(Boolean).join(" ")}</td>
                      <td>{d.clientVersion || "—"}</td>
                      <td>
                        {d.revokedAt ? "Removed" : d.isOnline ? "Online now" : formatRelative(d.lastSeenAt, props.now)}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
}
