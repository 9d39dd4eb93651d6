import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { AccountDevicesFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { formatRelative } from "../lib/format.js";

/** The account's devices, read with the account page's own query (devices removed from Comet are not listed). */
graphql(`
  fragment AccountDevices on CometAccount {
    id
    devices(first: 100) {
      totalCount
      edges {
        node {
          id
          friendlyName
          cometDeviceId
          os
          osVersion
          distribution
          clientVersion
          isOnline
          lastSeenAt
        }
      }
    }
  }
`);

export default function AccountDevices(props: { account: AccountDevicesFragment; now: number }) {
  const list = () => props.account.devices.edges.map((e) => e.node);

  return (
    <section class="card" aria-labelledby="account-devices-title">
      <header class="section-head">
        <h2 id="account-devices-title">Devices</h2>
      </header>
      <Show when={props.account.devices.totalCount > list().length}>
        <p class="muted">
          The first {list().length} of {props.account.devices.totalCount} devices, by name.
        </p>
      </Show>
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
                  <td>{d.isOnline ? "Online now" : formatRelative(d.lastSeenAt, props.now)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
