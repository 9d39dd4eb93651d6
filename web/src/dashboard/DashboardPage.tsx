import { createQuery } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { graphql } from "../gql/index.js";

/**
 * The dashboard. First slice: the device list with search; usage cards, chips, timelines and
 * incidents build on the dashboard query next.
 */

const DevicesQuery = graphql(`
  query DashboardDevices($first: Int!, $search: String) {
    devices(first: $first, search: $search) {
      totalCount
      edges {
        node {
          id
          friendlyName
          accountUsername
          customerName
          isOnline
        }
      }
    }
  }
`);

export default function DashboardPage() {
  const [search, setSearch] = createSignal("");
  const [devices] = createQuery({
    query: DevicesQuery,
    variables: () => ({ first: 100, search: search() || null }),
  });

  return (
    <section class="card">
      <header class="section-head">
        <h2>Devices</h2>
        <label class="field">
          <span class="visually-hidden">Search devices</span>
          <input
            type="search"
            placeholder="Search name, account…"
            value={search()}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </label>
      </header>
      <Show when={devices.error}>
        <p class="form-error" role="alert">
          Devices could not be loaded: {devices.error?.message}
        </p>
      </Show>
      <Show when={devices.data} fallback={<p class="page-loading">Loading devices…</p>}>
        {(data) => (
          <>
            <p class="muted">{data().devices.totalCount} devices</p>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Account</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Online</th>
                </tr>
              </thead>
              <tbody>
                <For each={data().devices.edges}>
                  {(edge) => (
                    <tr>
                      <td>{edge.node.friendlyName || "(unnamed)"}</td>
                      <td>{edge.node.accountUsername}</td>
                      <td>{edge.node.customerName ?? "Unassigned"}</td>
                      <td>{edge.node.isOnline ? "Online" : "Offline"}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </>
        )}
      </Show>
    </section>
  );
}
