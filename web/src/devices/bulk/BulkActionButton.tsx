import { createSignal, lazy, Show, Suspense } from "solid-js";
import type { MaybeViewer } from "../../auth/viewer.js";
import { canOperate } from "../manage/access.js";

/**
 * The device list's "Bulk action…" button. The dialog's code is its own chunk, loaded on first
 * opening; each opening mounts a new dialog (fresh choices, no stale preview).
 */

/** Bulk actions are for the MSP's staff who may operate (customers act on one device at a time here). */
export const canBulkOperate = (viewer: MaybeViewer) => {
  const kind = viewer?.kind;
  return (kind === "MSP_ADMIN" || kind === "MSP_OPERATOR") && canOperate(viewer);
};

const BulkActionDialog = lazy(() => import("./BulkActionDialog.js"));

export function BulkActionButton(props: {
  /** The dashboard's current search: the dialog's default scope. */
  search: string;
}) {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" class="button button--small" onClick={() => setOpen(true)}>
        Bulk action…
      </button>
      <Show when={open()}>
        {/* Its own boundary: loading the chunk must not suspend the page behind it. */}
        <Suspense>
          <BulkActionDialog open={open()} onOpenChange={setOpen} search={props.search} />
        </Suspense>
      </Show>
    </>
  );
}
