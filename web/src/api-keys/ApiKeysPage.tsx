import { createMutation, createQuery, useClient } from "@urql/solid";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import type { ApiKeyCapability, ApiKeyRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import Field from "../lib/Field.js";
import { type FormErrors, formErrorsOf, isForbidden, noErrors, requestErrorMessage } from "../lib/form-errors.js";
import { formatDateTime, formatRelative } from "../lib/format.js";
import Modal from "../lib/Modal.js";
import "./api-keys.css";

graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    customerId
    capabilities
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

const ApiKeysPageQuery = graphql(`
  query ApiKeysPage($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApiKeyRow
        }
      }
    }
    customers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ApiKeysMoreQuery = graphql(`
  query ApiKeysMore($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApiKeyRow
        }
      }
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload {
        key
        apiKey { ...ApiKeyRow }
      }
      ...MutationErrorFields
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on ApiKey { ...ApiKeyRow }
      ...MutationErrorFields
    }
  }
`);

const pageSize = 50;
const allCapabilities: ApiKeyCapability[] = ["READ", "OPERATE", "ADMIN"];
const capabilityHints: Record<ApiKeyCapability, string> = {
  READ: "Run queries and subscriptions",
  OPERATE: "Act on devices and jobs",
  ADMIN: "Manage settings",
};

/** API keys of the MSP: list, create (the secret shown once), revoke. MSP admins only. */
export default function ApiKeysPage() {
  const client = useClient();
  const [page, refetch] = createQuery({ query: ApiKeysPageQuery, variables: { first: pageSize } });
  const [more, setMore] = createSignal<ApiKeyRowFragment[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [hasMore, setHasMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [creating, setCreating] = createSignal(false);
  const [created, setCreated] = createSignal<{ key: string; name: string } | null>(null);
  const [revoking, setRevoking] = createSignal<ApiKeyRowFragment | null>(null);

  createEffect(
    on(
      () => page.data,
      (data) => {
        if (!data) return;
        setMore([]);
        setCursor(data.apiKeys.pageInfo.endCursor ?? null);
        setHasMore(data.apiKeys.pageInfo.hasNextPage);
      },
    ),
  );

  const rows = createMemo(() => [...(page.data?.apiKeys.edges.map((e) => e.node) ?? []), ...more()]);
  const customers = createMemo(() => page.data?.customers.edges.map((e) => e.node) ?? []);
  const customerName = (id: string | null | undefined) =>
    id ? (customers().find((c) => c.id === id)?.name ?? "A customer") : "Whole MSP";
  const reload = () => refetch({ requestPolicy: "network-only" });

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(null);
    const result = await client.query(ApiKeysMoreQuery, { first: pageSize, after: cursor() }).toPromise();
    setLoadingMore(false);
    if (result.error || !result.data) return setMoreError("Loading more keys failed. Try again.");
    const nodes = result.data.apiKeys.edges.map((e) => e.node);
    setMore((m) => [...m, ...nodes]);
    setCursor(result.data.apiKeys.pageInfo.endCursor ?? null);
    setHasMore(result.data.apiKeys.pageInfo.hasNextPage);
  }

  return (
    <section class="api-keys" aria-labelledby="api-keys-title">
      <div class="section-head">
        <div>
          <h1 id="api-keys-title">API keys</h1>
          <p class="muted">Credentials for integrations (PSA sync, scripts). A key's secret is shown only once.</p>
        </div>
        <Show when={page.data}>
          <button class="button button--primary" type="button" onClick={() => setCreating(true)}>
            Create API key
          </button>
        </Show>
      </div>
      <Show
        when={!page.error || page.data}
        fallback={
          <p class="alert" role="alert">
            {isForbidden(page.error)
              ? "Only MSP admins can manage API keys. Ask an admin of your MSP to create or revoke keys."
              : requestErrorMessage(page.error as NonNullable<typeof page.error>)}
          </p>
        }
      >
        <Show when={page.data} fallback={<p class="page-loading">Loading API keys…</p>}>
          <Show when={rows().length > 0} fallback={<p class="muted">No API keys yet.</p>}>
            <div class="table-wrap">
              <table class="table api-keys__table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Prefix</th>
                    <th scope="col">Scope</th>
                    <th scope="col">Capabilities</th>
                    <th scope="col">Created</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(key) => {
                      const expired = () => !!key.expiresAt && Date.parse(key.expiresAt) <= Date.now();
                      return (
                        <tr classList={{ "api-keys__row--inactive": !!key.revokedAt || expired() }}>
                          <td data-label="Name" class="api-keys__name">
                            {key.name}
                          </td>
                          <td data-label="Prefix">
                            <code>phk_{key.prefix}_…</code>
                          </td>
                          <td data-label="Scope">{customerName(key.customerId)}</td>
                          <td data-label="Capabilities">{key.capabilities.join(", ")}</td>
                          <td data-label="Created" title={formatDateTime(key.createdAt)}>
                            {formatRelative(key.createdAt)}
                          </td>
                          <td data-label="Expires">{key.expiresAt ? formatDateTime(key.expiresAt) : "Never"}</td>
                          <td data-label="Last used" title={formatDateTime(key.lastUsedAt)}>
                            {formatRelative(key.lastUsedAt)}
                          </td>
                          <td data-label="Status">
                            <Show
                              when={key.revokedAt}
                              fallback={
                                <span class={expired() ? "api-keys__status--off" : "api-keys__status--on"}>
                                  {expired() ? "Expired" : "Active"}
                                </span>
                              }
                            >
                              <span class="api-keys__status--off" title={formatDateTime(key.revokedAt)}>
                                Revoked {formatRelative(key.revokedAt)}
                              </span>
                            </Show>
                          </td>
                          <td class="api-keys__actions">
                            <Show when={!key.revokedAt}>
                              <button
                                class="button button--ghost api-keys__revoke"
                                type="button"
                                onClick={() => setRevoking(key)}
                                aria-label={`Revoke ${key.name}`}
                              >
                                Revoke
                              </button>
                            </Show>
                          </td>
                        </tr>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </div>
            <p class="muted">
              {rows().length} of {page.data?.apiKeys.totalCount} keys
            </p>
            <Show when={hasMore()}>
              <button class="button button--ghost" type="button" disabled={loadingMore()} onClick={loadMore}>
                {loadingMore() ? "Loading…" : "Load more"}
              </button>
            </Show>
            <Show when={moreError()}>
              <p class="form-error" role="alert">
                {moreError()}
              </p>
            </Show>
          </Show>
        </Show>
      </Show>
      <Show when={creating()}>
        <CreateKey
          customers={customers()}
          onClose={() => setCreating(false)}
          onCreated={(key, name) => {
            setCreating(false);
            setCreated({ key, name });
            reload();
          }}
        />
      </Show>
      <Show when={created()}>{(c) => <ShowKeyOnce created={c()} onClose={() => setCreated(null)} />}</Show>
      <Show when={revoking()}>
        {(key) => (
          <RevokeKey
            apiKey={key()}
            onClose={() => setRevoking(null)}
            onRevoked={() => {
              setRevoking(null);
              reload();
            }}
          />
        )}
      </Show>
    </section>
  );
}

function CreateKey(props: {
  customers: { id: string; name: string }[];
  onClose: () => void;
  onCreated: (key: string, name: string) => void;
}) {
  const [name, setName] = createSignal("");
  const [customerId, setCustomerId] = createSignal("");
  const [capabilities, setCapabilities] = createSignal<ReadonlySet<ApiKeyCapability>>(new Set(["READ"]));
  const [expires, setExpires] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors>(noErrors);
  const [state, create] = createMutation(CreateApiKeyMutation);

  const toggle = (cap: ApiKeyCapability, on: boolean) =>
    setCapabilities((s) => {
      const next = new Set(s);
      if (on) next.add(cap);
      else next.delete(cap);
      return next;
    });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors(noErrors);
    // A date input means "until the end of that day" in the browser's time zone.
    const expiresAt = expires() ? new Date(`${expires()}T23:59:59`).toISOString() : null;
    const result = await create({
      input: {
        name: name().trim(),
        capabilities: allCapabilities.filter((c) => capabilities().has(c)),
        customerId: customerId() || null,
        expiresAt,
      },
    });
    if (result.error) return setErrors({ form: requestErrorMessage(result.error), fields: {} });
    const payload = result.data?.createApiKey;
    if (!payload) return setErrors({ form: "Creating the key failed. Try again.", fields: {} });
    if (payload.__typename === "CreateApiKeyPayload") return props.onCreated(payload.key, payload.apiKey.name);
    setErrors(formErrorsOf(payload, ["name", "customerId", "capabilities", "expiresAt"]));
  }

  const fieldError = (key: string) => errors().fields[key];

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title="Create an API key">
      <form class="modal-form" onSubmit={submit} noValidate>
        <Show when={errors().form}>
          <p class="form-error" role="alert">
            {errors().form}
          </p>
        </Show>
        <Field label="Name" error={fieldError("name")}>
          {(id, describedBy) => (
            <input
              id={id}
              value={name()}
              placeholder="PSA sync"
              maxLength={100}
              required
              onInput={(e) => setName(e.currentTarget.value)}
              aria-invalid={!!fieldError("name")}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label="Scope" error={fieldError("customerId")}>
          {(id, describedBy) => (
            <select
              id={id}
              value={customerId()}
              onChange={(e) => setCustomerId(e.currentTarget.value)}
              aria-describedby={describedBy}
            >
              <option value="">Whole MSP</option>
              <For each={props.customers}>{(c) => <option value={c.id}>Only {c.name}</option>}</For>
            </select>
          )}
        </Field>
        <fieldset class="api-keys__caps">
          <legend>Capabilities</legend>
          <For each={allCapabilities}>
            {(cap) => (
              <label class="api-keys__cap">
                <input
                  type="checkbox"
                  checked={capabilities().has(cap)}
                  onChange={(e) => toggle(cap, e.currentTarget.checked)}
                />
                <span>
                  <strong>{cap}</strong> <span class="muted">{capabilityHints[cap]}</span>
                </span>
              </label>
            )}
          </For>
          <Show when={fieldError("capabilities")}>
            <span class="field-error">{fieldError("capabilities")}</span>
          </Show>
        </fieldset>
        <Field label="Expires (optional)" hint="Works until the end of that day." error={fieldError("expiresAt")}>
          {(id, describedBy) => (
            <input
              id={id}
              type="date"
              value={expires()}
              onInput={(e) => setExpires(e.currentTarget.value)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--primary" type="submit" disabled={state.fetching}>
            {state.fetching ? "Creating…" : "Create key"}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The new key's secret, once: copy it now or never. */
function ShowKeyOnce(props: { created: { key: string; name: string }; onClose: () => void }) {
  const [copied, setCopied] = createSignal<"yes" | "failed" | null>(null);
  let input: HTMLInputElement | undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.created.key);
      setCopied("yes");
    } catch {
      input?.select();
      setCopied("failed");
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`API key "${props.created.name}" created`}>
      <div class="modal-form">
        <p class="alert alert--warning" role="alert">
          Copy this key now. It will not be shown again: Partner Hub keeps only a hash of it.
        </p>
        <label class="field">
          Key
          <input
            ref={input}
            class="api-keys__secret"
            readOnly
            value={props.created.key}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <Show when={copied()}>
          <p class="muted" role="status">
            {copied() === "yes" ? "Copied to the clipboard." : "Copying failed: the key is selected, press Ctrl+C."}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--primary" type="button" onClick={copy}>
            Copy key
          </button>
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Done
          </button>
        </div>
      </div>
    </Modal>
  );
}

function RevokeKey(props: { apiKey: ApiKeyRowFragment; onClose: () => void; onRevoked: () => void }) {
  const [error, setError] = createSignal<string | null>(null);
  const [state, revoke] = createMutation(RevokeApiKeyMutation);

  async function confirm() {
    setError(null);
    const result = await revoke({ id: props.apiKey.id });
    if (result.error) return setError(requestErrorMessage(result.error));
    const payload = result.data?.revokeApiKey;
    if (!payload) return setError("Revoking failed. Try again.");
    if (payload.__typename === "ApiKey") return props.onRevoked();
    setError(payload.message);
  }

  return (
    <Modal open onOpenChange={(open) => !open && props.onClose()} title={`Revoke "${props.apiKey.name}"?`}>
      <div class="modal-form">
        <p>
          Integrations using <code>phk_{props.apiKey.prefix}_…</code> stop working at once. This cannot be undone.
        </p>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-form__actions">
          <button class="button button--ghost" type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button class="button button--danger" type="button" disabled={state.fetching} onClick={confirm}>
            {state.fetching ? "Revoking…" : "Revoke key"}
          </button>
        </div>
      </div>
    </Modal>
  );
}
