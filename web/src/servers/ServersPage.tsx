import { createQuery } from "@urql/solid";
import { createSignal, onCleanup, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import type { ServerRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { isForbidden, requestErrorMessage } from "../lib/form-errors.js";
import RemoveServer from "./RemoveServer.js";
import ServerForm, { type Editing } from "./ServerForm.js";
import ServersTable from "./ServersTable.js";
import "./servers.css";

const ServersPageQuery = graphql(`
  query ServersPage($isPlatform: Boolean!) {
    cometServers {
      ...ServerRow
    }
    msps(first: 100) @include(if: $isPlatform) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const refreshMs = 15_000;

/** Comet servers and how their ingestion is doing; MSP admins register, edit and remove them. */
export default function ServersPage() {
  const viewer = useSession().viewer;
  const isPlatform = () => viewer()?.kind === "PLATFORM_OPERATOR";
  const [page, refetch] = createQuery({ query: ServersPageQuery, variables: () => ({ isPlatform: isPlatform() }) });
  const msps = () => page.data?.msps?.edges.map((e) => e.node) ?? [];
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => {
    setNow(Date.now());
    refetch({ requestPolicy: "network-only" });
  }, refreshMs);
  const tick = setInterval(() => setNow(Date.now()), 1_000);
  onCleanup(() => {
    clearInterval(timer);
    clearInterval(tick);
  });

  const canManage = () => {
    const kind = viewer()?.kind;
    return kind === "MSP_ADMIN" || kind === "PLATFORM_OPERATOR";
  };
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [removing, setRemoving] = createSignal<ServerRowFragment | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });

  return (
    <section class="servers" aria-labelledby="servers-title">
      <div class="section-head">
        <div>
          <h1 id="servers-title">Comet servers</h1>
          <p class="muted">Ingestion health, refreshed every 15 seconds.</p>
        </div>
        <Show when={canManage()}>
          <button class="button button--primary" type="button" onClick={() => setEditing({ mode: "register" })}>
            Register server
          </button>
        </Show>
      </div>
      <Show when={notice()}>
        <p class="servers__notice" role="status">
          {notice()}
        </p>
      </Show>
      <Show
        when={!page.error || page.data}
        fallback={
          <p class="alert" role="alert">
            {isForbidden(page.error)
              ? "Only MSP staff can see Comet servers."
              : requestErrorMessage(page.error as NonNullable<typeof page.error>)}
          </p>
        }
      >
        <Show when={page.data} fallback={<p class="page-loading">Loading servers…</p>}>
          {(data) => (
            <Show
              when={data().cometServers.length > 0}
              fallback={<p class="muted">No Comet server is registered yet.</p>}
            >
              <ServersTable
                servers={data().cometServers}
                now={now()}
                canManage={canManage()}
                onEdit={(server) => setEditing({ mode: "edit", server })}
                onRemove={setRemoving}
              />
            </Show>
          )}
        </Show>
      </Show>
      <Show when={editing()}>
        {(current) => (
          <ServerForm
            editing={current()}
            msps={msps()}
            onClose={() => setEditing(null)}
            onSaved={(message) => {
              setEditing(null);
              setNotice(message);
              reload();
            }}
          />
        )}
      </Show>
      <Show when={removing()}>
        {(server) => (
          <RemoveServer
            server={server()}
            onClose={() => setRemoving(null)}
            onRemoved={(message) => {
              setRemoving(null);
              setNotice(message);
              reload();
            }}
          />
        )}
      </Show>
    </section>
  );
}
