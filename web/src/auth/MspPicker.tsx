import { createQuery } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { graphql } from "../gql/index.js";
import Modal from "../lib/Modal.js";
import { useSession } from "./session.js";

const MspPickerQuery = graphql(`
  query MspPicker($search: String) {
    msps(first: 20, search: $search) {
      totalCount
      edges { node { id name slug status } }
    }
  }
`);

/**
 * The platform operator picks an MSP to act within (as its admin) from a searchable list. On
 * success the session, socket and client start over in that MSP (session.ts), closing this dialog.
 */
export default function MspPicker(props: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const session = useSession();
  const [search, setSearch] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [msps] = createQuery({
    query: MspPickerQuery,
    variables: () => ({ search: search().trim() || null }),
    requestPolicy: "cache-and-network",
  });
  const page = () => msps.data?.msps;

  async function pick(mspId: string) {
    setBusy(true);
    setError(null);
    const failure = await session.switchViewer({ mspId });
    setBusy(false);
    if (failure) setError(failure);
  }

  return (
    <Modal
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="View as an MSP"
      description="See Partner Hub exactly as the MSP's admins do, live data and forms included. Platform view switches back."
    >
      <div class="msp-picker">
        <label class="field">
          <span>Search MSPs</span>
          <input type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
        <Show when={page()} fallback={<p class="muted">Loading…</p>}>
          {(found) => (
            <>
              <ul class="msp-picker__list" aria-busy={busy()}>
                <For each={found().edges} fallback={<li class="muted">No MSP matches.</li>}>
                  {(edge) => (
                    <li>
                      <button
                        type="button"
                        class="msp-picker__item"
                        disabled={busy() || edge.node.status === "ARCHIVED"}
                        onClick={() => void pick(edge.node.id)}
                      >
                        <span>{edge.node.name}</span>
                        <span class="muted">
                          {edge.node.slug}
                          {edge.node.status === "ACTIVE" ? "" : ` · ${edge.node.status.toLowerCase()}`}
                        </span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={found().totalCount > found().edges.length}>
                <p class="muted">
                  {found().edges.length} of {found().totalCount}: narrow the search to find the others.
                </p>
              </Show>
            </>
          )}
        </Show>
      </div>
    </Modal>
  );
}
