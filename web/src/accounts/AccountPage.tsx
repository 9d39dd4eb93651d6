import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createMemo, createSignal, For, onCleanup, Show } from "solid-js";
import { useSession } from "../auth/session.js";
import { isMspStaff } from "../auth/viewer.js";
import { graphql } from "../gql/index.js";
import { formatDateTime } from "../lib/format.js";
import { useRouteId } from "../lib/route-id.js";
import AccountActions from "./AccountActions.js";
import AccountDevices from "./AccountDevices.js";
import { canManageAccounts } from "./access.js";
import QuotasCard from "./QuotasCard.js";
import "./accounts.css";

const AccountPageQuery = graphql(`
  query AccountPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on CometAccount {
        id
        username
        accountName
        serverName
        isSuspended
        missingSince
        emails
        cometCreatedAt
        lastSyncedAt
        customer { id name }
        ...AccountActions
        ...AccountQuotasCard
        ...AccountDevices
      }
    }
  }
`);

/** One Comet account (MSP staff): who it belongs to, its devices, its quotas and its lifecycle actions. */
export default function AccountPage() {
  const viewer = useSession().viewer;
  const id = useRouteId();
  const [page, refetch] = createQuery({
    query: AccountPageQuery,
    variables: () => ({ id: id() }),
    pause: () => !isMspStaff(viewer()),
  });
  const account = createMemo(() => {
    const node = page.data?.node;
    return node?.__typename === "CometAccount" ? node : null;
  });
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  const reload = () => refetch({ requestPolicy: "network-only" });

  return (
    <div class="account-page">
      <Show when={isMspStaff(viewer())} fallback={<p class="muted">Comet accounts are managed by your MSP.</p>}>
        <Show when={page.error && !page.data}>
          <p class="form-error" role="alert">
            The account could not be loaded: {page.error?.message}
          </p>
        </Show>
        <Show
          when={page.data}
          fallback={<Show when={!page.error}>{<p class="page-loading">Loading account…</p>}</Show>}
        >
          <Show
            when={account()}
            fallback={
              <section class="card" role="status">
                <h2>Account not found</h2>
                <p class="muted">It does not exist or is not visible to you.</p>
                <A href="/customers">Back to customers</A>
              </section>
            }
          >
            {(a) => (
              <>
                <p>
                  <Show when={a().customer} fallback={<A href="/customers">← Customers</A>}>
                    {(c) => <A href={`/customers/${encodeURIComponent(c().id)}`}>← {c().name}</A>}
                  </Show>
                </p>
                <section class="card" aria-labelledby="account-title">
                  <header class="account-head">
                    <h2 id="account-title">{a().username}</h2>
                    <Show when={a().isSuspended && !a().missingSince}>
                      <span class="account-badge account-badge--suspended">Suspended</span>
                    </Show>
                    <Show when={a().missingSince}>
                      <span class="account-badge account-badge--gone">Gone from Comet</span>
                    </Show>
                    <Show when={canManageAccounts(viewer())}>
                      <AccountActions account={a()} onChanged={reload} />
                    </Show>
                  </header>
                  <dl class="account-facts">
                    <div>
                      <dt>Customer</dt>
                      <dd>
                        <Show when={a().customer} fallback="Unassigned">
                          {(c) => <A href={`/customers/${encodeURIComponent(c().id)}`}>{c().name}</A>}
                        </Show>
                      </dd>
                    </div>
                    <div>
                      <dt>Comet server</dt>
                      <dd>{a().serverName}</dd>
                    </div>
                    <div>
                      <dt>Account name</dt>
                      <dd>{a().accountName || "—"}</dd>
                    </div>
                    <div>
                      <dt>Email</dt>
                      <dd>
                        <For each={a().emails} fallback="—">
                          {(email) => <span class="account-facts__email">{email}</span>}
                        </For>
                      </dd>
                    </div>
                    <div>
                      <dt>Created in Comet</dt>
                      <dd>{formatDateTime(a().cometCreatedAt)}</dd>
                    </div>
                    <Show when={a().missingSince}>
                      <div>
                        <dt>Gone since</dt>
                        <dd>{formatDateTime(a().missingSince)}</dd>
                      </div>
                    </Show>
                  </dl>
                </section>
                <div class="account-sections">
                  <QuotasCard account={a()} canEdit={canManageAccounts(viewer())} />
                  <AccountDevices account={a()} now={now()} />
                </div>
              </>
            )}
          </Show>
        </Show>
      </Show>
    </div>
  );
}
