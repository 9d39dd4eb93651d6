import { createEffect, createSignal, lazy, Show, Suspense } from "solid-js";

/**
 * The one Manage panel of a page (a virtualised list cannot own one per row). Its code loads the
 * first time a device is chosen, so the dashboard's chunk stays as it was. Focus goes back to
 * whatever opened it (the row's gear) when it closes.
 */
const ManagePanel = lazy(() => import("./ManagePanel.js"));

export default function ManageSlideOver(props: {
  deviceId: string | null;
  onClose: () => void;
  /** RESTORE SLOT: when given, the Device tab offers "Restore…" (if allowed) and calls this. */
  onRestore?: (deviceId: string) => void;
}) {
  const [loaded, setLoaded] = createSignal(false);
  let opener: HTMLElement | null = null;
  createEffect(() => {
    if (!props.deviceId) return;
    setLoaded(true);
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  });
  const close = () => {
    const id = props.deviceId;
    props.onClose();
    const before = opener;
    opener = null;
    // After Kobalte's own close handling (which would leave focus on the body). A virtualised row
    // may show another device by now: look the gear up by device, else the element that opened it.
    setTimeout(() => {
      const gears = document.querySelectorAll<HTMLElement>("[data-manage-device]");
      const gear = id ? [...gears].find((el) => el.dataset.manageDevice === id) : undefined;
      const back = gear ?? before;
      if (back?.isConnected) back.focus();
    }, 0);
  };
  return (
    <Show when={loaded()}>
      <Suspense>
        <ManagePanel deviceId={props.deviceId} onClose={close} onRestore={props.onRestore} />
      </Suspense>
    </Show>
  );
}
