import { createMutation, createQuery } from "@urql/solid";
import { createSignal, For, onCleanup, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import type { ServerRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { type FormErrors, formErrorsOf, isForbidden, noErrors, requestErrorMessage } from "../lib/form-errors.js";
import { formatDateTime, formatRelative } from "../lib/format.js";
import Modal from "../lib/Modal.js";
import { formatLag, formatReconcileStats, streamLabel, streamTone } from "./stream-state.js";
import "./servers.css";

graphql(`
  fragment ServerRow on CometServer {
    id
    name
    profileName
    baseUrl
    isEnabled
    isPlatformShared
    streamState
    streamConnectedAt
    lastStreamError
    lastEventAt
    lastHeartbeatAt
    reconnectCount
    lastReconcileAt
    lastReconcileStats
    serverVersion
  }
`);

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

const RegisterServerMutation = graphql(`
  mutation RegisterCometServer($input: RegisterCometServerInput!) {
    registerCometServer(input: $input) {
      __typename
      ... on CometServer { ...ServerRow }
      ...MutationErrorFields
    }
  }
`);

const UpdateServerMutation = graphql(`
  mutation UpdateCometServer($input: UpdateCometServerInput!) {
    updateCometServer(input: $input) {
      __typename
      ... on CometServer { ...ServerRow }
      ...MutationErrorFields
    }
  }
`);

const RemoveServerMutation = graphql(`
  mutation RemoveCometServer($input: RemoveCometServerInput!) {
    removeCometServer(input: $input) {
      __typename
      ... on RemoveCometServerPayload { id profileName removedAccounts removedDevices }
      ...MutationErrorFields
    }
  }
`);

const refreshMs = 15_000;
const serverFields = ["name", "baseUrl", "adminUsername", "adminPassword", "isEnabled", "mspId"];

type Editing = { mode: "register" } | { mode: "edit"; server: ServerRowFragment };

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
              <div class="table-wrap">
                <table class="table servers__table">
                  <thead>
                    <tr>
                      <th scope="col">Server</th>
                      <th scope="col">Stream</th>
                      <th scope="col">Last event</th>
                      <th scope="col">Lag</th>
                      <th scope="col">Last heartbeat</th>
                      <th scope="col">Reconnects</th>
                      <th scope="col">Last reconcile</th>
                      <Show when={canManage()}>
                        <th scope="col">
                          <span class="visually-hidden">Actions</span>
                        </th>
                      </Show>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data().cometServers}>
                      {(server) => (
                        <tr>
                          <td data-label="Server">
                            <div class="servers__name">
                              {server.name}
                              <Show when={!server.isEnabled}>
                                <span class="servers__tag">Paused</span>
                              </Show>
                              <Show when={server.isPlatformShared}>
                                <span class="servers__tag">Shared</span>
                              </Show>
                            </div>
                            <div class="muted">
                              <code>{server.profileName}</code> · {server.baseUrl}
                              <Show when={server.serverVersion}> · v{server.serverVersion}</Show>
                            </div>
                          </td>
                          <td data-label="Stream">
                            <div>
                              <span class={`stream-state stream-state--${streamTone(server.streamState)}`}>
                                <span
                                  class={`tone-dot tone-dot--${streamTone(server.streamState)}`}
                                  aria-hidden="true"
                                />
                                {streamLabel(server.streamState)}
                              </span>
                              <Show when={server.lastStreamError}>
                                <div class="servers__error">{server.lastStreamError}</div>
                              </Show>
                            </div>
                          </td>
                          <td data-label="Last event" title={formatDateTime(server.lastEventAt)}>
                            {formatRelative(server.lastEventAt, now())}
                          </td>
                          <td data-label="Lag">{formatLag(server.lastEventAt, now())}</td>
                          <td data-label="Last heartbeat" title={formatDateTime(server.lastHeartbeatAt)}>
                            {formatRelative(server.lastHeartbeatAt, now())}
                          </td>
                          <td data-label="Reconnects">{server.reconnectCount}</td>
                          <td data-label="Last reconcile">
                            <div>
                              <span title={formatDateTime(server.lastReconcileAt)}>
                                {formatRelative(server.lastReconcileAt, now())}
                              </span>
                              <Show when={formatReconcileStats(server.lastReconcileStats)}>
                                {(stats) => <div class="muted">{stats()}</div>}
                              </Show>
                            </div>
                          </td>
                          <Show when={canManage()}>
                            <td class="servers__actions">
                              <button
                                class="button button--ghost"
                                type="button"
                                onClick={() => setEditing({ mode: "edit", server })}
                                aria-label={`Edit ${server.name}`}
                              >
                                Edit
                              </button>
                              <button
                                class="button button--ghost servers__remove"
                                type="button"
                                onClick={() => setRemoving(server)}
                                aria-label={`Remove ${server.name}`}
                              >
                                Remove
                              </button>
                            </td>
                          </Show>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
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

/** Register a server, or edit one (a blank password keeps the stored one). */
function ServerForm(props: {
  editing: Editing;
  /** Platform operator only: the MSP that owns a newly registered server. */
  msps: { id: string; name: string }[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const existing = () => (props.editing.mode === "edit" ? props.editing.server : null);
  const [name, setName] = createSignal(existing()?.name ?? "");
  const [baseUrl, setBaseUrl] = createSignal(existing()?.baseUrl ?? "");
  const [adminUsername, setAdminUsername] = createSignal("");
  const [adminPassword, setAdminPassword] = createSignal("");
  const [isEnabled, setIsEnabled] = createSignal(existing()?.isEnabled ?? true);
  const [mspId, setMspId] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors>(noErrors);
  const [cometError, setCometError] = createSignal<string | null>(null);
  const [register, doRegister] = createMutation(RegisterServerMutation);
  const [update, doUpdate] = createMutation(UpdateServerMutation);
  const busy = () => register.fetching || update.fetching;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors(noErrors);
    setCometError(null);
    const server = existing();
    const result = server
      ? await doUpdate({
          input: {
            id: server.id,
            ...(name() !== server.name ? { name: name() } : {}),
            ...(baseUrl() !== server.baseUrl ? { baseUrl: baseUrl() } : {}),
            ...(adminUsername() ? { adminUsername: adminUsername() } : {}),
            ...(adminPassword() ? { adminPassword: adminPassword() } : {}),
            ...(isEnabled() !== server.isEnabled ? { isEnabled: isEnabled() } : {}),
          },
        })
      : await doRegister({
          input: {
            name: name(),
            baseUrl: baseUrl(),
            adminUsername: adminUsername(),
            adminPassword: adminPassword(),
            ...(mspId() ? { mspId: mspId() } : {}),
          },
        });
    if (result.error) return setErrors({ form: requestErrorMessage(result.error), fields: {} });
    const payload =
      result.data && "updateCometServer" in result.data
        ? result.data.updateCometServer
        : result.data && "registerCometServer" in result.data
          ? result.data.registerCometServer
          : null;
    if (!payload) return setErrors({ form: "Saving failed. Try again.", fields: {} });
    if (payload.__typename === "CometServer")
      return props.onSaved(server ? `Saved ${payload.name}.` : `Registered ${payload.name} (${payload.profileName}).`);
    if (payload.__typename === "CometServerError") return setCometError(payload.message);
    setErrors(formErrorsOf(payload, serverFields));
  }

  const fieldError = (key: string) => errors().fields[key];

  return (
    <Modal
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={existing() ? `Edit ${existing()?.name}` : "Register a Comet server"}
      description={
        existing()
          ? "Changed URLs and credentials are checked against the server before anything is saved. Leave the credentials blank to keep them."
          : "Partner Hub signs in with these admin credentials first; nothing is saved if that fails."
      }
    >
      <form class="modal-form" onSubmit={submit} noValidate>
        <Show when={cometError()}>
          <p class="alert" role="alert">
            <strong>The Comet server refused or could not be reached:</strong> {cometError()}
          </p>
        </Show>
        <Show when={errors().form}>
          <p class="form-error" role="alert">
            {errors().form}
          </p>
        </Show>
        <Show when={!existing() && props.msps.length > 0}>
          <Field label="Owning MSP" error={fieldError("mspId")}>
            {(id, describedBy) => (
              <select
                id={id}
                value={mspId()}
                onChange={(e) => setMspId(e.currentTarget.value)}
                aria-describedby={describedBy}
              >
                <option value="">Choose an MSP…</option>
                <For each={props.msps}>{(m) => <option value={m.id}>{m.name}</option>}</For>
              </select>
            )}
          </Field>
        </Show>
        <Field label="Name" error={fieldError("name")}>
          {(id, describedBy) => (
            <input
              id={id}
              value={name()}
              onInput={(e) => setName(e.currentTarget.value)}
              required
              maxLength={120}
              aria-invalid={!!fieldError("name")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label="Base URL" error={fieldError("baseUrl")}>
          {(id, describedBy) => (
            <input
              id={id}
              type="url"
              value={baseUrl()}
              placeholder="https://backup.example.com/"
              onInput={(e) => setBaseUrl(e.currentTarget.value)}
              required
              aria-invalid={!!fieldError("baseUrl")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label="Admin username" error={fieldError("adminUsername")}>
          {(id, describedBy) => (
            <input
              id={id}
              value={adminUsername()}
              autocomplete="off"
              placeholder={existing() ? "Unchanged" : ""}
              onInput={(e) => setAdminUsername(e.currentTarget.value)}
              required={!existing()}
              aria-invalid={!!fieldError("adminUsername")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field
          label="Admin password"
          hint="Write-only: stored encrypted, never shown again."
          error={fieldError("adminPassword")}
        >
          {(id, describedBy) => (
            <input
              id={id}
              type="password"
              value={adminPassword()}
              autocomplete="new-password"
              placeholder={existing() ? "Unchanged" : ""}
              onInput={(e) => setAdminPassword(e.currentTarget.value)}
              required={!existing()}
              aria-invalid={!!fieldError("adminPassword")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Show when={existing()}>
          <label class="servers__check">
            <input type="checkbox" checked={isEnabled()} onChange={(e) => setIsEnabled(e.currentTarget.checked)} />
            Mirror this server (unticked pauses ingestion; its data stays)
          </label>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--primary" type="submit" disabled={busy()}>
            {busy() ? "Checking…" : existing() ? "Save" : "Register"}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Removal deletes everything mirrored from the server: the profile name must be typed again. */
function RemoveServer(props: { server: ServerRowFragment; onClose: () => void; onRemoved: (message: string) => void }) {
  const [typed, setTyped] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [state, remove] = createMutation(RemoveServerMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setError(null);
    const result = await remove({ input: { id: props.server.id, confirmProfileName: typed() } });
    if (result.error) return setError(requestErrorMessage(result.error));
    const payload = result.data?.removeCometServer;
    if (!payload) return setError("Removing failed. Try again.");
    if (payload.__typename === "RemoveCometServerPayload")
      return props.onRemoved(
        `Removed ${payload.profileName} with ${payload.removedAccounts} accounts and ${payload.removedDevices} devices.`,
      );
    setError(formErrorsOf(payload).form ?? "Removing failed. Try again.");
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`Remove ${props.server.name}?`}>
      <form class="modal-form" onSubmit={submit}>
        <p class="alert alert--warning">
          This deletes every account, device, protected item, vault and job mirrored from this server. It cannot be
          undone. The Comet server itself is not touched. To only stop mirroring, edit the server and pause it.
        </p>
        <label class="field">
          <span>
            Type <code>{props.server.profileName}</code> to confirm
          </span>
          <input value={typed()} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button
            class="button button--danger"
            type="submit"
            disabled={state.fetching || typed() !== props.server.profileName}
          >
            {state.fetching ? "Removing…" : "Remove server and its data"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
