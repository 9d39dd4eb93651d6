import { type JSX, Show } from "solid-js";

/** "Load more" under a list while more pages exist, with how much is shown (`children`) and a failure to load. */
export default function LoadMore(props: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  error?: string | null;
  children: JSX.Element;
}) {
  return (
    <div class="load-more">
      <Show when={props.hasMore}>
        <button class="button" type="button" disabled={props.loading} onClick={() => props.onMore()}>
          {props.loading ? "Loading…" : "Load more"}
        </button>
      </Show>
      <span class="muted">{props.children}</span>
      <Show when={props.error}>
        <span class="form-error" role="alert">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
