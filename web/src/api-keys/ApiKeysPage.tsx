import { createQuery, useClient } from "@urql/solid";
import { createEffect, createMemo, createSignal, on, Show } from "solid-js";
import type { ApiKeyRowFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { isForbidden, requestErrorMessage } from "../lib/form-errors.js";
import ApiKeysTable from "./ApiKeysTable.js";
import CreateKeyDialog from "./CreateKeyDialog.js";
import KeyOnceDialog from "./KeyOnceDialog.js";
import RevokeKeyDialog from "./RevokeKeyDialog.js";
import "./api-keys.css";

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

const pageSize = 50;

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
            <ApiKeysTable keys={rows()} customerName={customerName} onRevoke={setRevoking} />
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
        <CreateKeyDialog
          customers={customers()}
          onClose={() => setCreating(false)}
          onCreated={(key, name) => {
            setCreating(false);
            setCreated({ key, name });
            reload();
          }}
        />
      </Show>
      <Show when={created()}>{(c) => <KeyOnceDialog created={c()} onClose={() => setCreated(null)} />}</Show>
      <Show when={revoking()}>
        {(key) => (
          <RevokeKeyDialog
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
