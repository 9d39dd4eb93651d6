import { createUniqueId, type JSX, Show } from "solid-js";

/**
 * A labelled form field with an optional hint and its own error message beside it. The input is
 * rendered by `children(id, describedBy)` so it gets the label's `for` and the messages'
 * `aria-describedby` (the error is not part of the label, so the field keeps its name).
 */
export default function Field(props: {
  label: JSX.Element;
  hint?: string;
  error?: string | undefined;
  children: (id: string, describedBy: string | undefined) => JSX.Element;
}) {
  const id = createUniqueId();
  const describedBy = () =>
    [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(id, describedBy())}
      <Show when={props.hint}>
        <span id={`${id}-hint`} class="muted">
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span id={`${id}-error`} class="field-error">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
